//! The verdict, and each criterion's rule worked with the patient's
//! numbers, as the core writes them; then the three definitions side by
//! side and the TIS and DOI worked measure by measure.

use crate::shared::Shared;
use crate::today_results::{doi_detail, side_by_side, tis_detail};
use dmscore_core::partial_remission::{working, SOURCE};
use dmscore_core::{Assessment, Criterion};
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct WorkedProps {
    pub assessment: Shared<Assessment>,
}

#[function_component(Worked)]
pub fn worked(props: &WorkedProps) -> Html {
    let inputs = &props.assessment.inputs;
    let a = &props.assessment.remission;
    html! {
        <section class="worked panel" aria-labelledby="worked-heading">
            <h2 id="worked-heading">{ "The rules, worked with these numbers" }</h2>
            <p id="verdict" class="verdict" data-verdict={a.verdict.code()}>
                <strong>{ a.verdict.label() }</strong>{ ". " }{ a.summary.clone() }
            </p>
            <ol class="worked-list">
                { for Criterion::ALL.into_iter().map(|c| {
                    let result = a.criterion(c);
                    let status = result.outcome.status();
                    html! {
                        <li id={format!("{}-worked", c.id())} data-status={status.code()}>
                            <h3>{ c.name() }{ ": " }{ status.label() }</h3>
                            <p class="rule">{ c.rule() }</p>
                            <p class="working">{ working(c, inputs).unwrap_or_else(|| result.reason.clone()) }</p>
                        </li>
                    }
                }) }
            </ol>
            <p class="source">
                { "Source of the criteria: " }
                <a class="source-link" href={SOURCE.url()} rel="noopener noreferrer">{ SOURCE.reference() }</a>
                { " (trial protocol: any one domain improved by at least 50 % at week 24)." }
            </p>
            if inputs.core_set_entered() {
                { side_by_side(&props.assessment) }
                { tis_detail(&props.assessment) }
                { doi_detail(&props.assessment) }
            } else {
                <p id="today-not-scored" class="screen-only">
                    { "ACR/EULAR 2016 TIS and IMACS 2004 DOI: not scored here, as the other core set measures were not entered (open “Today's criteria” in the calculator)." }
                </p>
            }
        </section>
    }
}
