//! The verdict and each criterion's result, exactly as the core words them.

use crate::notes::notes;
use crate::today_results::{doi_detail, side_by_side, tis_detail};
use dmscore_core::format::percent;
use dmscore_core::partial_remission::working;
use dmscore_core::{Assessment, CriterionResult, Status, Verdict};
use yew::prelude::*;

/// A mark that carries the meaning without colour.
fn status_mark(status: Status) -> &'static str {
    match status {
        Status::Met => "✓",
        Status::NotMet => "✗",
        Status::NotEvaluable => "–",
        Status::NotEntered => "…",
    }
}

fn verdict_mark(verdict: Verdict) -> &'static str {
    match verdict {
        Verdict::Achieved => "✓",
        Verdict::NotAchieved => "✗",
        Verdict::Indeterminate => "?",
    }
}

/// The result panel; `today` shows the TIS and DOI worked measure by
/// measure (the side-by-side line is always there). A plain function: it
/// changes with every keystroke, so a component would only add bytes.
pub fn results(assessment: &Assessment, today: bool) -> Html {
    let inputs = &assessment.inputs;
    let a = &assessment.remission;
    html! {
        <section class={classes!("results", today.then_some("long"))} aria-labelledby="results-heading">
            <h2 id="results-heading" class="visually-hidden">{ "Result" }</h2>
            <div>
                <div id="verdict" class="verdict" data-verdict={a.verdict.code()}>
                    <p class="verdict-label">
                        <span class="mark" aria-hidden="true">{ verdict_mark(a.verdict) }</span>
                        { a.verdict.label() }
                    </p>
                    <p class="verdict-summary">{ &a.summary }</p>
                </div>
                <ul class="criteria">
                    { for a.criteria.iter().map(|c| criterion(c, working(c.criterion, inputs))) }
                </ul>
                { notes(&a.notes) }
                { side_by_side(assessment) }
                if today {
                    { tis_detail(assessment) }
                    { doi_detail(assessment) }
                }
            </div>
        </section>
    }
}

/// A criterion's card; `worked` is its rule with the patient's numbers.
fn criterion(result: &CriterionResult, worked: Option<String>) -> Html {
    let status = result.outcome.status();
    let id = format!("{}-status", result.criterion.id());
    html! {
        <li id={id} class="criterion" data-status={status.code()}>
            <div class="criterion-head">
                <h3>{ result.criterion.name() }</h3>
                <span class="badge">
                    <span aria-hidden="true">{ status_mark(status) }{ " " }</span>
                    { status.label() }
                </span>
            </div>
            if let Some(p) = result.outcome.improvement() {
                <p class="improvement">{ format!("{} % improvement", percent(p)) }</p>
            }
            <p class="reason">{ &result.reason }</p>
            if let Some(worked) = worked {
                <p class="working">{ worked }</p>
            }
            <p class="rule">{ result.criterion.rule() }</p>
        </li>
    }
}
