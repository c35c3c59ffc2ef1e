//! One row per patient, a page at a time: a 100 000-row cohort renders as
//! fast as an 8-row one, and the reasons and percentages of a row are worked
//! out only when its page is shown.

use super::counts::grouped;
use super::scored::Scored;
use crate::platform;
use crate::shared::Shared;
use crate::today_results::tis_score_text;
use dmscore_cohort::{Cohort, RowResult};
use dmscore_core::format::{joined, percent};
use dmscore_core::{doi, link, outcomes, tis, Criterion, Status, Verdict};
use yew::prelude::*;

/// Rows per page: a screenful on a laptop, cheap to render.
const PAGE_ROWS: usize = 50;

/// Which rows the table shows.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Filter {
    All,
    Achieved,
    NotAchieved,
    Indeterminate,
    Invalid,
}

impl Filter {
    const ALL: [Filter; 5] = [
        Filter::All,
        Filter::Achieved,
        Filter::NotAchieved,
        Filter::Indeterminate,
        Filter::Invalid,
    ];

    fn code(self) -> &'static str {
        match self {
            Filter::All => "all",
            Filter::Achieved => "achieved",
            Filter::NotAchieved => "not_achieved",
            Filter::Indeterminate => "indeterminate",
            Filter::Invalid => "invalid",
        }
    }

    fn label(self) -> &'static str {
        match self {
            Filter::All => "All patients",
            Filter::Achieved => "Achieved",
            Filter::NotAchieved => "Not achieved",
            Filter::Indeterminate => "Not yet determinable",
            Filter::Invalid => "Invalid rows",
        }
    }

    fn keeps(self, result: RowResult) -> bool {
        match (self, result) {
            (Filter::All, _) => true,
            (Filter::Invalid, r) => r == RowResult::Invalid,
            (f, RowResult::Scored { verdict, .. }) => {
                f == match verdict {
                    Verdict::Achieved => Filter::Achieved,
                    Verdict::NotAchieved => Filter::NotAchieved,
                    Verdict::Indeterminate => Filter::Indeterminate,
                }
            }
            (_, RowResult::Invalid) => false,
        }
    }
}

#[derive(Properties, PartialEq)]
pub struct TableProps {
    pub scored: Shared<Scored>,
}

#[function_component(CohortTable)]
pub fn cohort_table(props: &TableProps) -> Html {
    let filter = use_state(|| Filter::All);
    let page = use_state(|| 0usize);
    let rows = use_memo((props.scored.clone(), *filter), |(scored, filter)| {
        let results = &scored.results;
        (0..results.len())
            .filter(|i| filter.keeps(results[*i]))
            .collect::<Vec<usize>>()
    });
    let pages = rows.len().div_ceil(PAGE_ROWS).max(1);
    let current = (*page).min(pages - 1);
    let first = current * PAGE_ROWS;
    let shown = rows
        .get(first..rows.len().min(first + PAGE_ROWS))
        .unwrap_or(&[]);

    let on_filter = {
        let (filter, page) = (filter.clone(), page.clone());
        Callback::from(move |e: Event| {
            let chosen = platform::value_of(&e);
            let chosen = Filter::ALL.into_iter().find(|f| f.code() == chosen);
            filter.set(chosen.unwrap_or(Filter::All));
            page.set(0);
        })
    };
    let go = |to: usize| {
        let page = page.clone();
        Callback::from(move |_: MouseEvent| page.set(to))
    };
    let scored = &*props.scored;
    let range = if shown.is_empty() {
        "No rows".to_owned()
    } else {
        format!(
            "Rows {}–{} of {}",
            grouped(first + 1),
            grouped(first + shown.len()),
            grouped(rows.len())
        )
    };

    html! {
        <section class="patients panel" aria-labelledby="patients-heading">
            <h2 id="patients-heading">{ "Patients" }</h2>
            <div class="table-controls">
                <div class="field">
                    <label for="cohort-filter">{ "Show" }</label>
                    <select id="cohort-filter" onchange={on_filter}>
                        { for Filter::ALL.into_iter().map(|f| html! {
                            <option value={f.code()} selected={f == *filter}>{ f.label() }</option>
                        }) }
                    </select>
                </div>
                <nav class="pager" aria-label="Table pages">
                    <button type="button" class="secondary" id="page-previous"
                        disabled={current == 0} onclick={go(current.saturating_sub(1))}>
                        { "Previous page" }
                    </button>
                    <span id="page-range" aria-live="polite">{ range }</span>
                    <button type="button" class="secondary" id="page-next"
                        disabled={current + 1 >= pages} onclick={go(current + 1)}>
                        { "Next page" }
                    </button>
                </nav>
            </div>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="patients-heading">
                <table id="cohort-table">
                    <thead>
                        <tr>
                            <th scope="col">{ "Row" }</th>
                            <th scope="col">{ "Patient" }</th>
                            { for Criterion::ALL.iter().map(|c| html! {
                                <th scope="col">{ c.short() }<span class="unit">{ change_heading(*c) }</span></th>
                            }) }
                            <th scope="col">{ "Verdict" }</th>
                            <th scope="col">{ "TIS" }<span class="unit">{ ", ACR/EULAR 2016" }</span></th>
                            <th scope="col">{ "DOI" }<span class="unit">{ ", IMACS 2004" }</span></th>
                            <th scope="col">{ "Calculator" }</th>
                        </tr>
                    </thead>
                    <tbody>
                        { for shown.iter().map(|i| row(&scored.cohort, *i, scored.results.get(*i).copied())) }
                    </tbody>
                </table>
            </div>
        </section>
    }
}

/// What a column's percentage measures.
fn change_heading(c: Criterion) -> &'static str {
    match c {
        Criterion::Mmt => ", % deficit reduction",
        Criterion::Ck | Criterion::Dssi => ", % reduction",
    }
}

/// A criterion's cell: the status in words and its change, e.g. "Met 62.5 %"
/// (a rise shows with a minus sign: "Not met −7.7 %").
fn criterion_cell(status: Status, improvement: Option<String>) -> Html {
    html! {
        <td data-status={status.code()}>
            <span class="status">{ status.label() }</span>
            { for improvement.map(|p| html! { <span class="pct">{ format!(" {p} %") }</span> }) }
        </td>
    }
}

fn row(cohort: &Cohort, index: usize, result: Option<RowResult>) -> Html {
    let id = cohort.id(index);
    let number = cohort.row_number(index);
    let inputs = cohort.inputs(index);
    let outcomes = outcomes(&inputs);
    let (tis, doi) = (tis::decide(&inputs), doi::decide(&inputs));
    let today = match result {
        Some(RowResult::Scored { .. }) => html! {
            <>
                <td data-tis={tis.category.code()}>
                    { format!("{} ({})", tis_score_text(&tis), tis.category.label()) }
                </td>
                <td data-doi={doi.status.code()}>{ doi.status.label() }</td>
            </>
        },
        _ => html! { <><td>{ "—" }</td><td>{ "—" }</td></> },
    };
    let verdict = match result {
        Some(RowResult::Scored { verdict, .. }) => html! {
            <td data-verdict={verdict.code()}>{ verdict.label() }</td>
        },
        _ => html! {
            <td data-verdict="invalid">
                <span class="status">{ "Invalid: " }</span>
                <span class="row-problems">{ joined(&cohort.problems(index), "; ") }</span>
            </td>
        },
    };
    let who = if id.is_empty() {
        format!("row {number}")
    } else {
        format!("{id} (row {number})")
    };
    let open = if cohort.cells_used(index) {
        let href = format!("../#{}", link::encode(&cohort.form(index)));
        html! {
            <a class="open-row" href={href}>
                { "Open" }<span class="visually-hidden">{ format!(" {who} in the calculator") }</span>
            </a>
        }
    } else {
        html! { { "—" } }
    };
    html! {
        <tr data-row={number.to_string()}>
            <td>{ number }</td>
            <th scope="row">{ id.to_owned() }</th>
            { for outcomes.iter().map(|o| criterion_cell(o.status(), o.improvement().map(percent))) }
            { verdict }
            { today }
            <td>{ open }</td>
        </tr>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cohort::scored::{score_text, Scored};
    use crate::platform::render_to_string;

    /// One patient of each verdict, in this order: achieved (CK and MMT
    /// met, DSSI worse), not achieved (DSSI unchanged), not yet determinable
    /// (a DSSI missing), and a row without an id whose MMT is beyond the
    /// scale.
    const CSV: &str = "patient_id,ck-uln,ck-baseline,ck-week24,mmt-max,mmt-baseline,mmt-week24,dssi-baseline,dssi-week24
A,200,1200,500,150,110,135,12,13
B,200,300,290,150,110,115,10,10
C,200,300,290,150,110,115,10,
,200,1200,,150,110,999,,
";

    fn scored() -> Scored {
        score_text("four.csv", CSV).expect("the CSV reads")
    }

    #[test]
    fn each_filter_keeps_its_verdict_and_all_keeps_every_row() {
        let results = scored().results;
        let kept = |f: Filter| {
            (0..results.len())
                .filter(|i| f.keeps(results[*i]))
                .collect::<Vec<_>>()
        };
        assert_eq!(kept(Filter::All), [0, 1, 2, 3]);
        assert_eq!(kept(Filter::Achieved), [0]);
        assert_eq!(kept(Filter::NotAchieved), [1]);
        assert_eq!(kept(Filter::Indeterminate), [2]);
        assert_eq!(kept(Filter::Invalid), [3]);
    }

    #[test]
    fn a_row_shows_each_criterion_signed_the_verdict_and_todays_criteria() {
        let html = render_to_string::<CohortTable>(TableProps {
            scored: Shared::new(scored()),
        });
        for text in [
            "<option value=\"all\" selected=\"selected\">All patients</option>",
            "<option value=\"not_achieved\">Not achieved</option>",
            "<option value=\"invalid\">Invalid rows</option>",
            "Rows 1–4 of 4",
            "MMT<span class=\"unit\">, % deficit reduction</span>",
            "DSSI<span class=\"unit\">, % reduction</span>",
            // A: CK 1200 → 500, MMT deficit 40 → 15, DSSI 12 → 13 (a rise).
            "<td data-status=\"met\"><span class=\"status\">Met</span><span class=\"pct\"> 58.3 %</span></td>",
            "<span class=\"pct\"> 62.5 %</span>",
            "<td data-status=\"not_met\"><span class=\"status\">Not met</span><span class=\"pct\"> −8.3 %</span></td>",
            "<td data-verdict=\"achieved\">Partial remission achieved</td>",
            "<td data-tis=\"indeterminate\">27.5 to 87.5 (Not yet determinable)</td>",
            "mmt-week24=135",
            " A (row 2) in the calculator",
            // B: a CK baseline not above 2 × ULN cannot count; its change shows.
            "<td data-status=\"not_evaluable\"><span class=\"status\">Not evaluable</span><span class=\"pct\"> 3.3 %</span></td>",
            "<td data-status=\"not_met\"><span class=\"status\">Not met</span><span class=\"pct\"> 0.0 %</span></td>",
            "<td data-verdict=\"not_achieved\">",
            "<td data-verdict=\"indeterminate\">",
            // The fourth: its problem, no TIS or DOI, named by its row.
            "<span class=\"row-problems\">mmt-week24: must be between 0 and 150</span>",
            "<td>—</td><td>—</td>",
            " row 5 in the calculator",
        ] {
            assert!(html.contains(text), "{text} not in {html}");
        }
    }
}
