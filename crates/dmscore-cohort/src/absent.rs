//! Columns a file lacks: the id, and what a definition needs beside values
//! the file has. A study on one MMT scale may leave `mmt-max` out as the
//! same in every row; then no row's MMT counts towards partial remission
//! or the TIS. Each row's summary names the missing value; this says it
//! once for the file, naming the column to add. What each definition needs
//! is asked of the core, so this cannot drift from the rules.

use crate::header::Columns;
use crate::{Row, ID_COLUMN};
use dmscore_core::format::join_and;
use dmscore_core::{tis, Criterion, Field, Form, Inputs};

/// A part of a definition (a criterion or a measure) and the number fields
/// it needs, choices left out.
#[derive(PartialEq, Eq)]
struct Need {
    definition: &'static str,
    fields: Vec<Field>,
}

/// Every definition's needs under each choice a row may make: the defaults
/// (CK followed, MMT), and another enzyme and CMAS.
fn needs() -> Vec<Need> {
    let numbers = |fields: &[Field]| -> Vec<Field> {
        fields.iter().copied().filter(|f| !f.is_choice()).collect()
    };
    let mut needs: Vec<Need> = Criterion::ALL
        .iter()
        .map(|c| Need {
            definition: "partial remission",
            fields: numbers(c.fields()),
        })
        .collect();
    let chosen = Form::empty()
        .with(Field::Population, "juvenile")
        .with(Field::Strength, "cmas")
        .with(Field::EnzymeName, "aldolase");
    for form in [Form::empty(), chosen] {
        let inputs = Inputs::from_form(&form);
        for measure in inputs.core_set() {
            for need in [
                Need {
                    definition: "the TIS",
                    fields: numbers(&tis::fields(measure, &inputs)),
                },
                Need {
                    definition: "the DOI",
                    fields: numbers(&inputs.core_fields(measure)),
                },
            ] {
                if !needs.contains(&need) {
                    needs.push(need);
                }
            }
        }
    }
    needs
}

/// A value measured at a visit, not the scale's maximum or the laboratory's
/// upper limit of normal: a file with only those holds nothing to score.
fn is_measurement(field: Field) -> bool {
    !field.is_choice() && !matches!(field, Field::CkUln | Field::MmtMax | Field::EnzymeUln)
}

/// Without an id column, the results carry no ids (hazard H9): a file
/// whose ids are headed `id` or `subject` has them listed as ignored, and
/// its results match its rows only by their order.
fn id_note(columns: &Columns, rows: &[Row]) -> Option<String> {
    (columns.id.is_none() && !rows.is_empty()).then(|| {
        format!("no {ID_COLUMN} column, so no result carries an id and the results match the file's rows only by their order: to carry each row's id, name its column {ID_COLUMN}")
    })
}

/// The id's note, then, for each column the file lacks that a definition
/// needs beside measurements some row has, what is left unscored: "no
/// mmt-max column, which partial remission and the TIS need: they leave
/// mmt-baseline and mmt-week24 unscored in every row (the DOI does not
/// need it)".
pub(crate) fn notes(columns: &Columns, rows: &[Row]) -> Vec<String> {
    let absent: Vec<Field> = Field::ALL
        .into_iter()
        .filter(|f| !f.is_choice() && columns.fields[f.index()].is_none())
        .collect();
    let needs = needs();
    // Only the measurements beside an absent column are looked for in the
    // rows: a file with every column its values need is not read again.
    let mut asked: Vec<Field> = needs
        .iter()
        .filter(|n| n.fields.iter().any(|f| absent.contains(f)))
        .flat_map(|n| n.fields.iter().copied())
        .filter(|f| is_measurement(*f))
        .collect();
    asked.sort();
    asked.dedup();
    let held = held_fields(columns, rows, &asked);
    let unscored = absent.into_iter().filter_map(|a| note(a, &needs, &held));
    id_note(columns, rows).into_iter().chain(unscored).collect()
}

/// The note for one absent column, if a definition needs it beside held
/// measurements.
fn note(absent: Field, needs: &[Need], held: &[bool; Field::COUNT]) -> Option<String> {
    let mut definitions: Vec<&str> = Vec::new();
    let mut values: Vec<Field> = Vec::new();
    for need in needs.iter().filter(|n| n.fields.contains(&absent)) {
        let measured: Vec<Field> = need
            .fields
            .iter()
            .copied()
            .filter(|f| is_measurement(*f) && held[f.index()])
            .collect();
        if measured.is_empty() {
            continue;
        }
        if !definitions.contains(&need.definition) {
            definitions.push(need.definition);
        }
        values.extend(measured);
    }
    if definitions.is_empty() {
        return None;
    }
    values.sort();
    values.dedup();
    // The definitions that read these values without the column.
    let mut others: Vec<&str> = Vec::new();
    for need in needs.iter().filter(|n| !n.fields.contains(&absent)) {
        let uses = need.fields.iter().any(|f| values.contains(f));
        if uses && !definitions.contains(&need.definition) && !others.contains(&need.definition) {
            others.push(need.definition);
        }
    }
    let ids: Vec<&str> = values.iter().map(|f| f.id()).collect();
    let (need, leave) = if definitions.len() == 1 {
        ("needs", "it leaves")
    } else {
        ("need", "they leave")
    };
    let not_needed_by_others = match others.len() {
        0 => String::new(),
        1 => format!(" ({} does not need it)", others[0]),
        _ => format!(" ({} do not need it)", join_and(&others)),
    };
    Some(format!(
        "no {} column, which {} {need}: {leave} {} unscored in every row{not_needed_by_others}",
        absent.id(),
        join_and(&definitions),
        join_and(&ids),
    ))
}

/// Which of the `asked` fields the file has a column for hold a value in
/// some row whose cells are used; one pass, stopping once every one is
/// known to.
fn held_fields(columns: &Columns, rows: &[Row], asked: &[Field]) -> [bool; Field::COUNT] {
    let mut held = [false; Field::COUNT];
    let read: Vec<(Field, usize)> = asked
        .iter()
        .filter_map(|f| Some((*f, columns.fields[f.index()]?)))
        .collect();
    for row in rows {
        if read.iter().all(|(f, _)| held[f.index()]) {
            break;
        }
        let Row::Read(record) = row else { continue };
        for (field, column) in &read {
            if record.get(*column).is_some_and(|c| !c.trim().is_empty()) {
                held[field.index()] = true;
            }
        }
    }
    held
}

#[cfg(test)]
mod tests {
    use crate::tests::cohort;

    #[test]
    fn a_scale_maximum_left_out_is_named_with_what_it_leaves_unscored() {
        let c = cohort("patient_id,ck-uln,ck-baseline,ck-week24,mmt-baseline,mmt-week24\nP1,200,1200,900,100,120\n");
        assert_eq!(
            c.absent_column_notes(),
            ["no mmt-max column, which partial remission and the TIS need: they leave mmt-baseline and mmt-week24 unscored in every row (the DOI does not need it)"]
        );
        let c = cohort("patient_id,ck-baseline,ck-week24\nP1,1200,900\n");
        assert_eq!(
            c.absent_column_notes(),
            ["no ck-uln column, which partial remission needs: it leaves ck-baseline and ck-week24 unscored in every row (the TIS and the DOI do not need it)"]
        );
    }

    #[test]
    fn a_visit_left_out_is_named_for_every_definition_that_needs_it() {
        let c = cohort("patient_id,ck-uln,ck-baseline,pga-week24,cmas-baseline,enzyme-week24\nP1,200,1200,3,40,12\n");
        assert_eq!(
            c.absent_column_notes(),
            [
                "no ck-week24 column, which partial remission, the TIS and the DOI need: they leave ck-baseline unscored in every row",
                "no pga-baseline column, which the TIS and the DOI need: they leave pga-week24 unscored in every row",
                "no cmas-week24 column, which the TIS and the DOI need: they leave cmas-baseline unscored in every row",
                "no enzyme-baseline column, which the TIS and the DOI need: they leave enzyme-week24 unscored in every row",
            ]
        );
    }

    #[test]
    fn a_file_without_an_id_column_is_told_its_results_carry_none() {
        let c = cohort("id,dssi-baseline,dssi-week24\nA,10,4\nB,12,9\n");
        assert_eq!(c.ignored_columns(), ["id"]);
        assert_eq!(
            c.absent_column_notes(),
            ["no patient_id column, so no result carries an id and the results match the file's rows only by their order: to carry each row's id, name its column patient_id"]
        );
        assert_eq!(c.id(0), "");
        // With no rows, there is no result to match.
        assert!(cohort("dssi-baseline,dssi-week24\n")
            .absent_column_notes()
            .is_empty());
    }

    #[test]
    fn nothing_is_said_where_nothing_measured_goes_unscored() {
        // Every column a value needs is there.
        let full = "patient_id,ck-uln,ck-baseline,ck-week24,mmt-max,mmt-baseline,mmt-week24,dssi-baseline,dssi-week24\nP1,200,1200,900,150,100,120,10,4\n";
        assert!(cohort(full).absent_column_notes().is_empty());
        // A read column no row fills, a limit without values, a row whose
        // cells are not used, or no rows at all: nothing measured.
        for csv in [
            "patient_id,mmt-baseline,dssi-baseline,dssi-week24\nP1,,10,4\n",
            "patient_id,ck-uln,mmt-max\nP1,200,150\n",
            "patient_id,mmt-baseline\nP1,100,extra\n",
            "patient_id,mmt-baseline\n",
        ] {
            assert!(cohort(csv).absent_column_notes().is_empty(), "{csv:?}");
        }
    }
}
