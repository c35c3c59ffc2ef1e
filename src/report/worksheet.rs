//! The MMT-8 worksheet: grade each muscle group on the Kendall 0–10 scale
//! at baseline and week 24, and fill the MMT fields with the totals the
//! core adds up. A grade that is not a whole number from 0 to 10 is marked
//! at its cell and never counted; an incomplete sheet names what is
//! missing and fills nothing.

use crate::platform;
use dmscore_core::mmt8::{grade_meaning, parse_grade, Cell, Sheet, Sides, Total};
use dmscore_core::{format::joined, Form};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WorksheetProps {
    pub form: Form,
    /// The grades as typed; the page keeps them (and their address).
    pub sheet: Sheet,
    pub on_totals: Callback<Form>,
    pub on_change: Callback<SheetChange>,
    pub open: bool,
}

/// The two time points, in `Sheet` order: the key in element ids, and the
/// label.
const TIMES: [(&str, &str); 2] = [("baseline", "Baseline"), ("week24", "Week 24")];

const SIDES: [(Sides, &str); 3] = [
    (Sides::Both, "Both sides (total 0–150)"),
    (Sides::Right, "Right side only (total 0–80)"),
    (Sides::Left, "Left side only (total 0–80)"),
];

/// What a time point's total says, for the line under the table.
fn describe(label: &str, t: &Total) -> String {
    match t {
        Total::Complete { total, max } => format!("{label}: total {total} of {max}."),
        Total::Incomplete { missing } => format!(
            "{label}: no total yet; missing {}.",
            joined(&missing.iter().map(|c| c.label()).collect::<Vec<_>>(), "; ")
        ),
        Total::Invalid { cells } => format!(
            "{label}: no total until these are corrected: {}.",
            joined(&cells.iter().map(|c| c.label()).collect::<Vec<_>>(), "; ")
        ),
    }
}

/// One edit of the sheet, applied by the page to its current sheet (not
/// to the one this render saw), so quick successive edits are all kept.
pub enum SheetChange {
    Grade {
        time: usize,
        cell: usize,
        text: String,
    },
    Sides(Sides),
    Replace(Box<Sheet>),
}

impl SheetChange {
    pub fn apply(self, sheet: &Sheet) -> Sheet {
        let mut next = sheet.clone();
        match self {
            SheetChange::Grade { time, cell, text } => {
                if let Some(slot) = next.grades.get_mut(time).and_then(|row| row.get_mut(cell)) {
                    *slot = text;
                }
            }
            SheetChange::Sides(sides) => next.sides = sides,
            SheetChange::Replace(sheet) => next = *sheet,
        }
        next
    }
}

#[function_component(Worksheet)]
pub fn worksheet(props: &WorksheetProps) -> Html {
    let sheet = &props.sheet;
    let sides = sheet.sides;
    let filled = use_state(String::new);
    let totals = sheet.totals();

    let on_sides = {
        let on_change = props.on_change.clone();
        Callback::from(move |e: Event| {
            let chosen = Sides::from_code(&platform::value_of(&e)).unwrap_or(Sides::Both);
            on_change.emit(SheetChange::Sides(chosen));
        })
    };
    let on_use = {
        let (form, on_totals, filled) =
            (props.form.clone(), props.on_totals.clone(), filled.clone());
        let (sheet, totals) = (sheet.clone(), totals.clone());
        Callback::from(move |_: MouseEvent| {
            let mut said = vec![format!("maximum {}", sheet.sides.max())];
            for ((_, label), t) in TIMES.iter().zip(&totals) {
                if let Total::Complete { total, .. } = t {
                    said.push(format!("{} {total}", label.to_lowercase()));
                }
            }
            filled.set(format!("MMT filled in: {}.", joined(&said, ", ")));
            on_totals.emit(sheet.fill(form.clone()));
        })
    };
    let any_complete = totals.iter().any(|t| matches!(t, Total::Complete { .. }));

    let cell = |t: usize, i: usize, c: Cell| {
        let (key, label) = TIMES[t];
        let id = format!("mmt8-{key}-{}", c.key());
        let text = sheet.grades[t][i].clone();
        let grade = parse_grade(&text);
        let error = grade.err();
        let counted = sides.counts(c.side);
        let meaning = grade.ok().flatten().map(grade_meaning);
        let oninput = {
            let on_change = props.on_change.clone();
            Callback::from(move |e: InputEvent| {
                on_change.emit(SheetChange::Grade {
                    time: t,
                    cell: i,
                    text: platform::value_of(&e),
                });
            })
        };
        let described = format!("{id}-note");
        html! {
            <td class={classes!(error.is_some().then_some("invalid"))}>
                <input id={id.clone()} type="text" inputmode="numeric" autocomplete="off"
                    aria-label={format!("{}, {label}, grade 0 to 10", c.label())}
                    aria-invalid={error.is_some().then_some("true")}
                    aria-describedby={described.clone()}
                    disabled={!counted} value={text} {oninput} />
                <span id={described} class={if error.is_some() { "field-error" } else { "grade-meaning" }}>
                    { error.map(str::to_owned).or(meaning.map(str::to_owned)).unwrap_or_default() }
                </span>
            </td>
        }
    };

    html! {
        <details id="mmt8" class="worksheet panel" open={props.open}>
            <summary>{ "MMT-8 worksheet: enter strength by muscle group" }</summary>
            <p class="hint">{ "Grade each group on the Kendall 0–10 scale (IMACS MMT-8). Neck flexors are tested once; the other seven groups on each side." }</p>
            <div class="field">
                <label for="mmt8-sides">{ "Sides tested" }</label>
                <select id="mmt8-sides" onchange={on_sides}>
                    { for SIDES.iter().map(|(s, label)| html! {
                        <option value={s.code()} selected={*s == sides}>{ *label }</option>
                    }) }
                </select>
            </div>
            <div class="table-scroll" tabindex="0" role="region" aria-label="MMT-8 grades">
                <table id="mmt8-table">
                    <thead>
                        <tr>
                            <th scope="col">{ "Muscle group" }</th>
                            { for TIMES.iter().map(|(_, label)| html! { <th scope="col">{ *label }</th> }) }
                        </tr>
                    </thead>
                    <tbody>
                        { for Cell::ALL.into_iter().enumerate().map(|(i, c)| html! {
                            <tr>
                                <th scope="row">{ c.label() }</th>
                                { cell(0, i, c) }
                                { cell(1, i, c) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
            <ul id="mmt8-totals" class="totals">
                { for TIMES.iter().zip(&totals).map(|((key, label), t)| html! {
                    <li id={format!("mmt8-total-{key}")}
                        data-total={if let Total::Complete { total, .. } = t { total.to_string() } else { String::new() }}>
                        { describe(label, t) }
                    </li>
                }) }
            </ul>
            <button type="button" class="primary" id="mmt8-use" disabled={!any_complete} onclick={on_use}>
                { "Use these totals for MMT" }
            </button>
            <p id="mmt8-filled" role="status">{ (*filled).clone() }</p>
            <table class="grades">
                <caption>{ "Kendall 0–10 grades" }</caption>
                <tbody>
                    { for (0..=10u8).map(|g| html! {
                        <tr><th scope="row">{ g }</th><td>{ grade_meaning(g) }</td></tr>
                    }) }
                </tbody>
            </table>
        </details>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::platform::render_to_string;

    /// A sheet with every baseline cell graded 8 and, at week 24, neck
    /// flexors graded 11 and the rest empty.
    fn sheet() -> Sheet {
        let mut sheet = Sheet::default();
        sheet.grades[0] = std::array::from_fn(|_| "8".to_owned());
        sheet.grades[1][0] = "11".to_owned();
        sheet
    }

    #[test]
    fn each_edit_applies_to_the_sheet_it_is_given() {
        let edited = SheetChange::Grade {
            time: 1,
            cell: 14,
            text: "9".to_owned(),
        }
        .apply(&sheet());
        assert_eq!(edited.grades[1][14], "9");
        assert_eq!(edited.grades[0], sheet().grades[0], "the rest is kept");
        let outside = SheetChange::Grade {
            time: 2,
            cell: 0,
            text: "9".to_owned(),
        };
        assert_eq!(
            outside.apply(&sheet()),
            sheet(),
            "no such cell: nothing changes"
        );
        assert_eq!(
            SheetChange::Sides(Sides::Left).apply(&sheet()).sides,
            Sides::Left
        );
        let replaced = SheetChange::Replace(Box::default()).apply(&sheet());
        assert_eq!(replaced, Sheet::default());
    }

    #[test]
    fn each_time_points_total_or_what_it_lacks_is_said_under_the_table() {
        let html = render_to_string::<Worksheet>(WorksheetProps {
            form: Form::page_default(),
            sheet: sheet(),
            on_totals: Callback::noop(),
            on_change: Callback::noop(),
            open: true,
        });
        for text in [
            "<li id=\"mmt8-total-baseline\" data-total=\"120\">Baseline: total 120 of 150.</li>",
            "<li id=\"mmt8-total-week24\" data-total=\"\">Week 24: no total until these are corrected: Neck flexors.</li>",
            "aria-invalid=\"true\"",
        ] {
            assert!(html.contains(text), "{text} not in {html}");
        }
        let mut incomplete = sheet();
        incomplete.grades[1][0] = "10".to_owned();
        incomplete.sides = Sides::Right;
        let html = render_to_string::<Worksheet>(WorksheetProps {
            form: Form::page_default(),
            sheet: incomplete,
            on_totals: Callback::noop(),
            on_change: Callback::noop(),
            open: true,
        });
        assert!(
            html.contains("Baseline: total 64 of 80."),
            "the right side only: {html}"
        );
        assert!(
            html.contains(
                "Week 24: no total yet; missing Deltoid (middle), right; Biceps brachii, right;"
            ),
            "{html}"
        );
    }
}
