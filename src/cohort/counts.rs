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
                <caption>{ format!("Verdicts for {} patients", grouped(s.rows)) }</caption>
                <tbody>
                    { verdict_row("achieved", "Partial remission achieved", s.achieved) }
                    { verdict_row("not-achieved", "Not achieved", s.not_achieved) }
                    { verdict_row("indeterminate", "Not yet determinable", s.indeterminate) }
                    { verdict_row("invalid", "Invalid rows (to correct)", s.invalid) }
                </tbody>
            </table>
            <table>
                <caption>{ format!("How the {} remissions were reached", grouped(s.achieved)) }</caption>
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
                <caption>{ format!("Today's criteria for the {} scored patients", grouped(s.rows - s.invalid)) }</caption>
                <tbody>
                    { for tis::Category::ALL.iter().map(|c| html! {
                        <tr>
                            <th scope="row">{ format!("TIS (ACR/EULAR 2016): {}", c.label()) }</th>
                            <td id={format!("count-tis-{}", c.code())} data-count={s.tis[c.index()].to_string()}>
                                { share(s.tis[c.index()], s.rows) }
                            </td>
                        </tr>
                    }) }
                    { for Population::ALL.iter().map(|p| html! {
                        <tr>
                            <th scope="row">{ format!("TIS thresholds, {}", tis::thresholds_words(*p)) }</th>
                            <td id={format!("count-population-{}", p.code())} data-count={s.populations[p.index()].to_string()}>
                                { share(s.populations[p.index()], s.rows) }
                            </td>
                        </tr>
                    }) }
                    { for doi::Status::ALL.iter().map(|d| html! {
                        <tr>
                            <th scope="row">{ format!("DOI (IMACS 2004): {}", d.label()) }</th>
                            <td id={format!("count-doi-{}", d.code())} data-count={s.doi[d.index()].to_string()}>
                                { share(s.doi[d.index()], s.rows) }
                            </td>
                        </tr>
                    }) }
                </tbody>
            </table>
        </section>
    }
}
