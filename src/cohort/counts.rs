//! The cohort's counts: verdicts, the criteria behind each remission, and
//! the TIS categories (with the thresholds that judged them) and DOI results
//! of the same visits.

use dmscore_cohort::Summary;
use dmscore_core::{doi, tis, Criterion, Population};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct CountsProps {
    pub summary: Summary,
}

/// `12,345`: counts a coordinator reads at a glance.
pub fn grouped(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i) % 3 == 0 {
            out.push(',');
        }
        out.push(c);
    }
    out
}

/// `1 patient`, `12,345 patients`.
pub fn patients(n: usize) -> String {
    let noun = if n == 1 { "patient" } else { "patients" };
    format!("{} {noun}", grouped(n))
}

/// `3 (37.5 %)` of `total`.
fn share(n: usize, total: usize) -> String {
    if total == 0 {
        return grouped(n);
    }
    // Tenths of a percent in integers: exact for any count.
    let tenths = (n * 1000 + total / 2) / total;
    format!("{} ({}.{} %)", grouped(n), tenths / 10, tenths % 10)
}

#[function_component(Counts)]
pub fn counts(props: &CountsProps) -> Html {
    let s = props.summary;
    // Today's criteria are counted over the rows that could be scored, so
    // their shares are of those rows, as their caption says.
    let scored = s.rows - s.invalid;
    let verdict_row = |id: &str, label: &str, n: usize| {
        html! {
            <tr>
                <th scope="row">{ label.to_owned() }</th>
                <td id={format!("count-{id}")} data-count={n.to_string()}>{ share(n, s.rows) }</td>
            </tr>
        }
    };
    html! {
        <section id="cohort-summary" class="counts panel" aria-labelledby="counts-heading">
            <h2 id="counts-heading">{ "Summary" }</h2>
            <table>
                <caption>{ format!("Verdicts for {}", patients(s.rows)) }</caption>
                <tbody>
                    { verdict_row("achieved", "Partial remission achieved", s.achieved) }
                    { verdict_row("not-achieved", "Not achieved", s.not_achieved) }
                    { verdict_row("indeterminate", "Not yet determinable", s.indeterminate) }
                    { verdict_row("invalid", "Invalid rows (to correct)", s.invalid) }
                </tbody>
            </table>
            <table>
                <caption>{ if s.achieved == 1 {
                    "How the 1 remission was reached".to_owned()
                } else {
                    format!("How the {} remissions were reached", grouped(s.achieved))
                } }</caption>
                <thead>
                    <tr>
                        <th scope="col">{ "Criterion" }</th>
                        <th scope="col">{ "Met" }</th>
                        <th scope="col">{ "Met alone" }</th>
                    </tr>
                </thead>
                <tbody>
                    { for Criterion::ALL.iter().enumerate().map(|(i, c)| html! {
                        <tr>
                            <th scope="row">{ c.name() }</th>
                            <td id={format!("count-{}-met", c.id())} data-count={s.met[i].to_string()}>
                                { grouped(s.met[i]) }
                            </td>
                            <td id={format!("count-{}-alone", c.id())} data-count={s.met_alone[i].to_string()}>
                                { grouped(s.met_alone[i]) }
                            </td>
                        </tr>
                    }) }
                </tbody>
            </table>
            <table id="counts-today">
                <caption>{ format!("Today's criteria for the {} scored", patients(scored)) }</caption>
                <tbody>
                    { for tis::Category::ALL.iter().map(|c| html! {
                        <tr>
                            <th scope="row">{ format!("TIS (ACR/EULAR 2016): {}", c.label()) }</th>
                            <td id={format!("count-tis-{}", c.code())} data-count={s.tis[c.index()].to_string()}>
                                { share(s.tis[c.index()], scored) }
                            </td>
                        </tr>
                    }) }
                    { for Population::ALL.iter().map(|p| html! {
                        <tr>
                            <th scope="row">{ format!("TIS thresholds, {}", tis::thresholds_words(*p)) }</th>
                            <td id={format!("count-population-{}", p.code())} data-count={s.populations[p.index()].to_string()}>
                                { share(s.populations[p.index()], scored) }
                            </td>
                        </tr>
                    }) }
                    { for doi::Status::ALL.iter().map(|d| html! {
                        <tr>
                            <th scope="row">{ format!("DOI (IMACS 2004): {}", d.label()) }</th>
                            <td id={format!("count-doi-{}", d.code())} data-count={s.doi[d.index()].to_string()}>
                                { share(s.doi[d.index()], scored) }
                            </td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </section>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::cohort::scored::score_text;
    use crate::platform::render_to_string;

    #[test]
    fn counts_are_grouped_in_thousands() {
        let cases = [
            (0, "0"),
            (999, "999"),
            (1000, "1,000"),
            (100_000, "100,000"),
            (1_234_567, "1,234,567"),
        ];
        for (n, text) in cases {
            assert_eq!(grouped(n), text);
        }
        assert_eq!(patients(1), "1 patient");
        assert_eq!(patients(12_345), "12,345 patients");
    }

    #[test]
    fn shares_are_rounded_half_up_to_a_tenth_in_integers() {
        let cases = [
            (3, 8, "3 (37.5 %)"),
            (1, 3, "1 (33.3 %)"),
            (2, 3, "2 (66.7 %)"),
            (1, 16, "1 (6.3 %)"),
            (1, 2001, "1 (0.0 %)"),
            (1, 1999, "1 (0.1 %)"),
            (5, 5, "5 (100.0 %)"),
            (1000, 100_000, "1,000 (1.0 %)"),
            (0, 0, "0"),
        ];
        for (n, total, text) in cases {
            assert_eq!(share(n, total), text, "{n} of {total}");
        }
    }

    /// Renders the counts and checks that each text is in them.
    fn shows(summary: Summary, texts: &[&str]) {
        let html = render_to_string::<Counts>(CountsProps { summary });
        for text in texts {
            assert!(html.contains(text), "{text} not in {html}");
        }
    }

    /// The seed-trial fixture's 8 patients and one row that cannot be scored.
    fn with_an_invalid_row() -> Summary {
        let mut csv = include_str!("../../tests/fixtures/seed-trial-synthetic.csv").to_owned();
        csv.push_str(&format!(
            "BAD-1,U/L,200,1200,500,150,110,999{}\n",
            ",".repeat(12)
        ));
        score_text("nine.csv", &csv)
            .map(|s| s.summary)
            .expect("the fixture reads")
    }

    #[test]
    fn verdicts_are_shares_of_all_rows_and_todays_criteria_of_the_scored_ones() {
        let summary = with_an_invalid_row();
        assert_eq!((summary.rows, summary.invalid), (9, 1));
        shows(
            summary,
            &[
                "Verdicts for 9 patients",
                ">3 (33.3 %)</td>",
                ">1 (11.1 %)</td>",
                "How the 3 remissions were reached",
                "Today's criteria for the 8 patients scored",
                // TIS major 1, moderate 2, none 3; adult 8; DOI met 3 — of 8.
                "data-count=\"1\">1 (12.5 %)</td>",
                "data-count=\"2\">2 (25.0 %)</td>",
                "data-count=\"3\">3 (37.5 %)</td>",
                "data-count=\"8\">8 (100.0 %)</td>",
            ],
        );
    }

    #[test]
    fn one_patient_is_counted_in_the_singular() {
        let summary = Summary {
            rows: 1,
            achieved: 1,
            ..Summary::default()
        };
        shows(
            summary,
            &[
                "Verdicts for 1 patient<",
                "How the 1 remission was reached",
                "Today's criteria for the 1 patient scored",
                ">1 (100.0 %)</td>",
            ],
        );
    }
}
