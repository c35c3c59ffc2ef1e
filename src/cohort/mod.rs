//! The cohort page: choose or paste a CSV, read the counts, look through
//! the patients, download the results. The file is read and scored in the
//! browser with the same core as the calculator (through `dmscore-cohort`,
//! as the `dmscore --csv` CLI does); it has its own wasm, so the
//! calculator's first load carries neither the CSV reader nor the table.

mod counts;
mod download;
mod scored;
mod source;
mod table;

use crate::shared::Shared;
use counts::{grouped, patients, Counts};
use dmscore_cohort::RowResult;
use dmscore_core::format::joined;
use dmscore_core::RULES_VERSION;
use download::download;
use scored::{score, CsvInput, Scored};
use source::Source;
use table::CohortTable;
use yew::prelude::*;

/// Problems listed in full; the rest are counted (the table's "Invalid
/// rows" view shows every one).
const LISTED_PROBLEMS: usize = 100;

#[function_component(CohortPage)]
pub fn cohort_page() -> Html {
    // The scored cohort is derived from the text once, when it arrives; the
    // text itself is not kept twice.
    let loaded = use_state(|| None::<Result<Shared<Scored>, String>>);
    let on_csv = {
        let loaded = loaded.clone();
        Callback::from(move |csv: Result<CsvInput, String>| {
            loaded.set(Some(csv.and_then(score).map(Shared::new)));
        })
    };
    html! {
        <>
            <Source {on_csv} />
            { match &*loaded {
                None => html! {},
                Some(Err(message)) => html! {
                    <p id="cohort-error" class="load-error" role="alert">{ message.clone() }</p>
                },
                Some(Ok(scored)) => html! { <Report scored={scored.clone()} /> },
            } }
        </>
    }
}

#[derive(Properties, PartialEq)]
struct ReportProps {
    scored: Shared<Scored>,
}

#[function_component(Report)]
fn report(props: &ReportProps) -> Html {
    let scored = &*props.scored;
    let download_error = use_state(|| None::<String>);
    let on_download = {
        let scored = props.scored.clone();
        let download_error = download_error.clone();
        Callback::from(move |_: MouseEvent| download_error.set(download(&scored).err()))
    };
    let s = scored.summary;
    html! {
        <>
            <p id="cohort-status" role="status" data-rows={s.rows.to_string()}
               data-millis={format!("{:.0}", scored.millis)}>
                { format!(
                    "{}: {} read and scored in {} ms.",
                    scored.name,
                    patients(s.rows),
                    grouped(scored.millis.max(0.0).round() as usize)
                ) }
            </p>
            <p id="cohort-provenance">
                { format!("Rules {RULES_VERSION} · scored on {}", scored.date) }
            </p>
            <Counts summary={s} />
            <Problems scored={props.scored.clone()} />
            <div class="actions">
                <button type="button" class="primary" id="cohort-download" onclick={on_download}>
                    { "Download results (CSV)" }
                </button>
                { for (*download_error).clone().map(|e| html! { <p class="load-error" role="alert">{ e }</p> }) }
            </div>
            <CohortTable scored={props.scored.clone()} />
        </>
    }
}

/// A message as a sentence: its first letter a capital, a full stop after.
fn as_sentence(message: &str) -> String {
    let mut chars = message.chars();
    let first = chars.next().map(|c| c.to_ascii_uppercase());
    format!(
        "{}{}.",
        first.map(String::from).unwrap_or_default(),
        chars.as_str()
    )
}

#[function_component(Problems)]
fn problems(props: &ReportProps) -> Html {
    let scored: &Scored = &props.scored;
    let cohort = &scored.cohort;
    let ignored = cohort.ignored_columns();
    let absent = cohort.absent_column_notes();
    let invalid = scored.summary.invalid;
    let lines: Vec<String> = (0..cohort.len())
        .filter(|i| scored.results.get(*i) == Some(&RowResult::Invalid))
        .take(LISTED_PROBLEMS)
        .flat_map(|i| cohort.problem_lines(i))
        .collect();
    let doubts = &scored.doubts;
    let encoding = cohort.encoding_note();
    if ignored.is_empty()
        && absent.is_empty()
        && invalid == 0
        && doubts.is_empty()
        && encoding.is_none()
    {
        return html! {};
    }
    html! {
        <section id="cohort-problems" class="problems panel" aria-labelledby="problems-heading">
            <h2 id="problems-heading">{ "To check" }</h2>
            if let Some(note) = encoding {
                <p id="cohort-encoding">{ as_sentence(&note) }</p>
            }
            if !ignored.is_empty() {
                <p id="cohort-ignored">
                    { format!("Ignored unknown columns: {}.", joined(ignored, ", ")) }
                </p>
            }
            if !absent.is_empty() {
                <ul id="cohort-absent-columns">
                    { for absent.iter().map(|note| html! { <li>{ as_sentence(note) }</li> }) }
                </ul>
            }
            if invalid > 0 {
                <p>{ format!(
                    "{} {} could not be scored; the others were. Correct the values in the file and open it again.",
                    grouped(invalid),
                    if invalid == 1 { "row has a value that" } else { "rows have values that" },
                ) }</p>
                <ul id="cohort-problem-list">
                    { for lines.into_iter().map(|l| html! { <li>{ l }</li> }) }
                </ul>
                if invalid > LISTED_PROBLEMS {
                    <p>{ format!(
                        "The first {LISTED_PROBLEMS} rows are listed; choose “Invalid rows” in the table to see all {}.",
                        grouped(invalid)
                    ) }</p>
                }
            }
            if !doubts.is_empty() {
                <p>{ "Scored as written, but perhaps meant otherwise:" }</p>
                <ul id="cohort-doubt-list">
                    { for doubts.iter().take(LISTED_PROBLEMS).map(|d| html! { <li>{ d }</li> }) }
                </ul>
                if doubts.len() > LISTED_PROBLEMS {
                    <p>{ format!(
                        "The first {LISTED_PROBLEMS} of {} are listed.",
                        grouped(doubts.len())
                    ) }</p>
                }
            }
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cohort::scored::score_text;
    use crate::platform::render_to_string;

    fn problems_of(csv: &str) -> String {
        let scored = score_text("study.csv", csv).expect("the file reads");
        render_to_string::<Problems>(ReportProps {
            scored: Shared::new(scored),
        })
    }

    #[test]
    fn a_report_says_what_was_read_by_which_rules_in_order_with_its_download() {
        let scored = score_text(
            "study.csv",
            "patient_id,mmt-max,mmt-baseline,mmt-week24\nP1,150,100,120\nP2,150,100,160\n",
        )
        .expect("the file reads");
        let html = render_to_string::<Report>(ReportProps {
            scored: Shared::new(scored),
        });
        // The native clock stands still, so the file took 0 ms.
        let parts = [
            "<p id=\"cohort-status\" role=\"status\" data-rows=\"2\" data-millis=\"0\">study.csv: 2 patients read and scored in 0 ms.</p>",
            &format!("<p id=\"cohort-provenance\">Rules {RULES_VERSION} · scored on "),
            "id=\"cohort-summary\"",
            "id=\"cohort-problems\"",
            "id=\"cohort-download\"",
            "id=\"cohort-table\"",
        ];
        let at: Vec<_> = parts.iter().map(|part| html.find(part)).collect();
        assert!(
            at.iter().all(Option::is_some),
            "{parts:?} not all in {html}"
        );
        assert!(at.is_sorted(), "{parts:?} not in this order in {html}");
    }

    #[test]
    fn a_column_the_file_lacks_is_listed_to_check_as_a_sentence() {
        let html = problems_of("patient_id,mmt-baseline,mmt-week24\nP1,100,120\n");
        assert!(
            html.contains("<h2 id=\"problems-heading\">To check</h2>"),
            "{html}"
        );
        assert!(
            html.contains("<ul id=\"cohort-absent-columns\"><li>No mmt-max column, which partial remission and the TIS need: they leave mmt-baseline and mmt-week24 unscored in every row (the DOI does not need it).</li></ul>"),
            "{html}"
        );
        // A file with every column its values need has nothing to check.
        let complete = "patient_id,mmt-max,mmt-baseline,mmt-week24\nP1,150,100,120\n";
        assert_eq!(problems_of(complete), "");
    }

    #[test]
    fn only_the_rows_that_could_not_be_scored_are_listed_with_their_problem() {
        let html = problems_of(
            "patient_id,mmt-max,mmt-baseline,mmt-week24\nP1,150,100,120\nP2,150,100,160\nP3,150,90,100\n",
        );
        assert!(
            html.contains("1 row has a value that could not be scored; the others were."),
            "{html}"
        );
        let list = html
            .split("<ul id=\"cohort-problem-list\">")
            .nth(1)
            .and_then(|rest| rest.split("</ul>").next())
            .unwrap_or_else(|| panic!("no problem list in {html}"));
        assert_eq!(
            list, "<li>row 3, mmt-week24: must be between 0 and 150</li>",
            "P2 (row 3) only"
        );
    }
}
