//! The plain text a clinician pastes into a chart note: every value with
//! its unit, each definition's result, the notes and readings it rests on,
//! the sources and the date.

use crate::definitions::partial_remission::{
    entry_notes, Criterion, Outcome, Status, Verdict, IN_BRIEF, SOURCE,
};
use crate::definitions::{doi, tis, Assessment};
use crate::field::{Field, Form};
use crate::format::{joined, percent, value};
use crate::measures::Inputs;
use crate::measures::Population;
use rust_decimal::Decimal;

/// A field's value for the note, or "not entered".
fn shown(inputs: &Inputs, field: Field, unit: &str) -> String {
    inputs.value(field).map_or_else(
        || "not entered".to_owned(),
        |v| format!("{}{unit}", value(v)),
    )
}

/// "Met (58.3 % reduction)".
fn outcome_words(outcome: &Outcome, what: &str) -> String {
    let status = outcome.status().label();
    match (outcome.status(), outcome.improvement()) {
        (Status::NotEntered, _) | (_, None) => status.to_owned(),
        (_, Some(p)) if p < Decimal::ZERO => {
            format!("{status} ({} % {what} increase)", percent(-p))
        }
        (_, Some(p)) => format!("{status} ({} % {what} reduction)", percent(p)),
    }
}

/// The rules version and the values' fingerprint, as every printout and
/// note states them: "Rules 2026.4 · values 3f2a-91c0-5b7e".
pub fn provenance(form: &Form) -> String {
    format!(
        "Rules {} · values {}",
        crate::RULES_VERSION,
        crate::link::fingerprint(form)
    )
}

/// The plain text for a chart note: every value with its unit, each
/// criterion's status and change, the verdict and its notes, the sources,
/// `date`, the rules version and the fingerprint of `form`, the values
/// assessed.
pub fn summary_text(a: &Assessment, form: &Form, date: &str) -> String {
    let i = &a.inputs;
    let r = &a.remission;
    let unit = i
        .ck_unit
        .value()
        .map_or(String::new(), |u| format!(" {}", u.symbol()));
    let scale = i.value(Field::MmtMax).map_or_else(
        || "maximum not entered".to_owned(),
        |m| format!("scale 0–{}", value(m)),
    );
    let outcome = |c: Criterion| &r.criterion(c).outcome;
    let mut lines = vec![
        "Dermatomyositis: partial remission at week 24 (criteria of Chung et al., Arch Dermatol 2007)".to_owned(),
        format!("Date: {date} · {}", provenance(form)),
        format!(
            "CK: ULN {}, baseline {}, week 24 {} — {}",
            shown(i, Field::CkUln, &unit),
            shown(i, Field::CkBaseline, &unit),
            shown(i, Field::CkWeek24, &unit),
            outcome_words(outcome(Criterion::Ck), "")
        ),
        format!(
            "MMT ({scale}): baseline {}, week 24 {} — {}",
            shown(i, Field::MmtBaseline, ""),
            shown(i, Field::MmtWeek24, ""),
            outcome_words(outcome(Criterion::Mmt), "deficit")
        ),
        format!(
            "DSSI: baseline {}, week 24 {} — {}",
            shown(i, Field::DssiBaseline, ""),
            shown(i, Field::DssiWeek24, ""),
            outcome_words(outcome(Criterion::Dssi), "")
        ),
    ];
    // A value read as typed but perhaps meant otherwise (1.200 U/L) goes on
    // record beside the values, before the verdict that rests on it.
    let checks = i.doubt_notes(&Field::ALL).into_iter();
    lines.extend(checks.map(|n| format!("To check: {n}")));
    // The summary sentence names the verdict except while it is open.
    lines.push(match r.verdict {
        Verdict::Indeterminate => format!("Verdict: {}. {}", r.verdict.label(), r.summary),
        _ => format!("Verdict: {}", r.summary),
    });
    // What the page says beside the verdict goes with it: a baseline below
    // the trial's entry levels (hazard H13).
    lines.extend(entry_notes(i).into_iter().map(|n| format!("Note: {n}")));
    lines.push(format!("Rule: {IN_BRIEF}"));
    lines.push(format!("Source: {}", SOURCE.reference()));
    joined(&lines, "\n").replace("  ", " ") + &today_text(a)
}

/// The TIS and the DOI for the note: each measure worked, the summaries,
/// the notes and readings the page shows beside them (a followed enzyme
/// normal at baseline, hazard H13; the TIS formula's reading, H12) and the
/// sources; one line saying they were not scored when none of the other
/// core set measures is entered.
fn today_text(a: &Assessment) -> String {
    if !a.inputs.core_set_entered() {
        return "\nACR/EULAR 2016 TIS and IMACS 2004 DOI: not scored (the other core set measures were not entered)".to_owned();
    }
    let tis_source = match a.inputs.population.value() {
        Some(Population::Juvenile) => tis::JUVENILE_SOURCE,
        _ => tis::SOURCE,
    };
    let tis = a.tis.measures.iter();
    let doi = a.doi.measures.iter();
    let tis_notes = a.tis.notes.iter().map(|n| ("Note", n.clone()));
    let mut lines = worked(
        format!("ACR/EULAR 2016 Total Improvement Score: {}", a.tis.summary),
        tis.map(|m| (m.measure.name(), m.explained(&a.inputs)))
            .chain(tis_notes)
            .chain([("Rule", tis::IN_BRIEF.to_owned())]),
    );
    lines.extend(worked(
        format!("IMACS 2004 definition of improvement: {}", a.doi.summary),
        doi.map(|m| (m.measure.name(), m.explained(&a.inputs)))
            .chain([("Rule", doi::IN_BRIEF.to_owned())]),
    ));
    lines.push(format!("Source (TIS): {}", tis_source.reference()));
    lines.push(format!("Source (DOI): {}", doi::SOURCE.reference()));
    format!("\n{}", joined(&lines, "\n"))
}

/// A definition's summary line, then each measure worked, indented.
fn worked(summary: String, measures: impl Iterator<Item = (&'static str, String)>) -> Vec<String> {
    std::iter::once(summary)
        .chain(measures.map(|(name, line)| format!("  {name}: {line}")))
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::assess;

    #[test]
    fn the_note_holds_values_units_statuses_verdict_source_and_date() {
        use Field::*;
        let values = Form::typed(&[
            (CkUln, "200"),
            (CkBaseline, "1200"),
            (CkWeek24, "500"),
            (MmtBaseline, "110"),
            (MmtWeek24, "135"),
        ]);
        let text = summary_text(&assess(&values), &values, "2026-11-25");
        assert!(
            text.contains(&format!(
                "Date: 2026-11-25 · Rules {} · values {}",
                crate::RULES_VERSION,
                crate::link::fingerprint(&values)
            )),
            "{text}"
        );
        assert!(
            text.contains(
                "CK: ULN 200 U/L, baseline 1200 U/L, week 24 500 U/L — Met (58.3 % reduction)"
            ),
            "{text}"
        );
        assert!(
            text.contains(
                "MMT (scale 0–150): baseline 110, week 24 135 — Met (62.5 % deficit reduction)"
            ),
            "{text}"
        );
        assert!(
            text.contains("DSSI: baseline not entered, week 24 not entered — Not entered"),
            "{text}"
        );
        assert!(
            text.contains("Verdict: Partial remission achieved at week 24: met by CK and MMT."),
            "{text}"
        );
        let only_uln = Form::typed(&[(CkUln, "200")]);
        let open = summary_text(&assess(&only_uln), &only_uln, "2026-11-25");
        assert!(
            open.contains("Verdict: Not yet determinable. No criterion is met so far"),
            "{open}"
        );
        assert!(text.contains("doi:10.1001/archderm.143.6.763"), "{text}");
        // Active disease at baseline (CK above 400 U/L): nothing to note.
        assert!(!text.contains("\nNote: "), "{text}");
        // The readings the verdict rests on (hazards H10, H11), before its source.
        assert!(
            text.contains("\nRule: Any one of CK (counted only when above 2 × ULN at baseline), MMT or DSSI at least 50 % better at week 24. MMT read as halving the strength deficit"),
            "{text}"
        );
        assert!(
            text.contains("DSSI taken as the same ≥ 50 % reduction, as the protocol text available states only the CK and MMT thresholds.\nSource: Chung L"),
            "{text}"
        );
        assert!(text.ends_with(
            "ACR/EULAR 2016 TIS and IMACS 2004 DOI: not scored (the other core set measures were not entered)"
        ));
    }

    #[test]
    fn only_a_change_the_wrong_way_is_an_increase_in_the_note() {
        use Field::*;
        let values = Form::typed(&[(DssiBaseline, "10"), (DssiWeek24, "12")]);
        let text = summary_text(&assess(&values), &values, "2026-11-25");
        assert!(
            text.contains("DSSI: baseline 10, week 24 12 — Not met (20.0 % increase)"),
            "{text}"
        );
        // No change is not a change the wrong way.
        let values = Form::typed(&[(DssiBaseline, "10"), (DssiWeek24, "10")]);
        let text = summary_text(&assess(&values), &values, "2026-11-25");
        assert!(
            text.contains("DSSI: baseline 10, week 24 10 — Not met (0.0 % reduction)"),
            "{text}"
        );
    }

    #[test]
    fn the_note_puts_a_doubtful_value_on_record_before_the_verdict() {
        use Field::*;
        let values = Form::typed(&[(CkUln, "200"), (CkBaseline, "1.200"), (CkWeek24, "500")]);
        let text = summary_text(&assess(&values), &values, "2026-11-25");
        let check = "To check: CK baseline: 1.200 is read as 1.2 U/L (a dot is always the decimal point): if you meant 1200 U/L, enter 1200.\nVerdict: ";
        assert!(text.contains(check), "{text}");
        let plain = Form::typed(&[(CkUln, "200"), (CkBaseline, "1200")]);
        assert!(!summary_text(&assess(&plain), &plain, "2026-11-25").contains("To check"));
    }

    #[test]
    fn the_note_says_what_the_page_says_beside_the_verdict_about_inactive_baselines() {
        use Field::*;
        let values = Form::typed(&[
            (CkUln, "200"),
            (CkBaseline, "300"),
            (CkWeek24, "100"),
            (MmtBaseline, "100"),
            (DssiBaseline, "2"),
        ]);
        let text = summary_text(&assess(&values), &values, "2026-11-25");
        let muscle = "Note: Baseline CK 300 U/L is not above 400 U/L and MMT 100 is not below 85: the trial enrolled active muscle disease";
        let skin = "Note: Baseline DSSI 2 is not above 2, the trial's entry level for skin disease; the criteria were defined for patients with active disease at baseline.";
        let verdict = text.find("\nVerdict: Not yet determinable").expect(&text);
        let source = text.find("\nSource: Chung L").expect(&text);
        for note in [muscle, skin] {
            let at = text
                .find(note)
                .unwrap_or_else(|| panic!("{note} not in {text}"));
            assert!(verdict < at && at < source, "{text}");
        }
    }

    #[test]
    fn the_note_carries_the_tis_and_doi_notes_and_readings() {
        use Field::*;
        let values = Form::typed(&[
            (PgaBaseline, "6"),
            (PgaWeek24, "3"),
            (EnzymeName, "aldolase"),
            (EnzymeUnit, "U/L"),
            (EnzymeUln, "8"),
            (EnzymeBaseline, "8"),
            (EnzymeWeek24, "4"),
        ]);
        let text = summary_text(&assess(&values), &values, "2026-11-25");
        for line in [
            "\n  Note: Baseline Aldolase 8 U/L is not above its upper limit of normal (8 U/L): the criteria follow the most abnormal muscle enzyme at baseline.\n  Rule: Change as a share of the scale's range",
            "Read from the papers, not checked against the official calculator.\nIMACS 2004 definition of improvement: ",
            "\n  Rule: 3 of the 6 measures improved by ≥ 20 % of baseline, with at most 2 worse by ≥ 25 %, never the strength measure. The enzyme is the TIS's, the most abnormal at baseline, as this calculator reads it.\nSource (TIS): ",
        ] {
            assert!(text.contains(line), "{line} not in {text}");
        }
    }

    #[test]
    fn the_note_carries_the_tis_and_doi_once_their_measures_are_entered() {
        use Field::*;
        let values = Form::typed(&[
            (MmtBaseline, "110"),
            (MmtWeek24, "135"),
            (PgaBaseline, "6"),
            (PgaWeek24, "3"),
        ]);
        let text = summary_text(&assess(&values), &values, "2026-11-25");
        assert!(
            text.contains("ACR/EULAR 2016 Total Improvement Score: TIS between 37.5 and"),
            "{text}"
        );
        assert!(
            text.contains("  Physician global activity: (6 − 3) / 10 × 100 = 30.0 % of the 0–10 scale; band > 25 to 40 %: 17.5 points"),
            "{text}"
        );
        assert!(
            text.contains("IMACS 2004 definition of improvement: Not yet determinable"),
            "{text}"
        );
        assert!(text.contains("Source (TIS): Aggarwal R"), "{text}");
        assert!(text.contains("doi:10.1002/art.20349"), "{text}");
        // A child's TIS is judged by, and cites, the juvenile criteria.
        let child = values.with(Population, "juvenile");
        let text = summary_text(&assess(&child), &child, "2026-11-25");
        assert!(
            text.contains("Source (TIS): Rider LG, Aggarwal R, Pistorio A"),
            "{text}"
        );
    }
}
