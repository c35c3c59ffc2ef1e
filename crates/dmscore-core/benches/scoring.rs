//! Patients scored per second (issue 4: ≥ 5 000 000 for the decision).
//!
//! `decide` is the decision (three statuses and the verdict) from checked
//! values, which is what scoring a cohort needs; `assess` is the page's full
//! path from typed text, with every reason and note written out.

use criterion::{criterion_group, criterion_main, BatchSize, Criterion, Throughput};
use dmscore_core::{assess, decide, Field, Form, Inputs, Verdict};
use std::hint::black_box;

/// A fixed, varied cohort: every status of every criterion occurs.
fn cohort() -> Vec<Form> {
    (0..1000u32)
        .map(|i| {
            let n = |x: u32| x.to_string();
            Form::page_default()
                .with(Field::CkUln, n(150 + i % 100))
                .with(
                    Field::CkBaseline,
                    format!("{}.{}", 200 + (i * 37) % 2000, i % 10),
                )
                .with(
                    Field::CkWeek24,
                    if i % 11 == 0 {
                        String::new()
                    } else {
                        n((i * 53) % 1500)
                    },
                )
                .with(Field::MmtBaseline, format!("{}.5", 60 + (i * 7) % 90))
                .with(Field::MmtWeek24, n(70 + (i * 13) % 81))
                .with(Field::DssiBaseline, n(i % 40))
                .with(Field::DssiWeek24, format!("{}.25", (i * 3) % 30))
        })
        .collect()
}

fn scoring(c: &mut Criterion) {
    let forms = cohort();
    let inputs: Vec<Inputs> = forms.iter().map(Inputs::from_form).collect();
    let mut group = c.benchmark_group("patients");
    group.throughput(Throughput::Elements(inputs.len() as u64));
    group.bench_function("decide", |b| {
        b.iter(|| {
            for i in &inputs {
                black_box(Verdict::from_statuses(decide(black_box(i))));
            }
        })
    });
    group.bench_function("assess_from_text", |b| {
        b.iter_batched(
            || forms.clone(),
            |forms| {
                for f in &forms {
                    black_box(assess(black_box(f)));
                }
            },
            BatchSize::LargeInput,
        )
    });
    group.finish();
}

criterion_group!(benches, scoring);
criterion_main!(benches);
