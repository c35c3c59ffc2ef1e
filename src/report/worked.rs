//! The verdict, and each criterion's rule worked with the patient's
//! numbers, as the core writes them, with the notes on baselines below the
//! trial's entry levels; then the three definitions side by side and the
//! TIS and DOI worked measure by measure.

use crate::notes::notes;
use crate::shared::Shared;
use crate::today_results::{doi_detail, side_by_side, tis_detail};
use dmscore_core::partial_remission::{entry_notes, working, SOURCE};
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
            // A baseline below the trial's entry levels, as the calculator
            // notes it (hazard H13); a doubtful value is said at the value.
            { notes(&entry_notes(inputs)) }
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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::platform::render_to_string;
    use dmscore_core::{assess, Field, Form};

    fn worked(values: &[(Field, &str)]) -> String {
        let assessment = Shared::new(assess(&Form::typed(values)));
        render_to_string::<Worked>(WorkedProps { assessment })
    }

    #[test]
    fn a_baseline_below_the_trials_entry_levels_is_noted_as_on_the_calculator() {
        use Field::*;
        let inactive = worked(&[(CkUln, "200"), (CkBaseline, "300"), (MmtBaseline, "100")]);
        assert!(
            inactive.contains("<li>Baseline CK 300 U/L is not above 400 U/L and MMT 100 is not below 85: the trial enrolled active muscle disease"),
            "{inactive}"
        );
        let active = worked(&[(CkUln, "200"), (CkBaseline, "1200"), (MmtBaseline, "100")]);
        assert!(!active.contains("class=\"notes\""), "{active}");
        // A doubtful value is said at the value in the report, not again here.
        let doubtful = worked(&[(CkUln, "200"), (CkBaseline, "1.200"), (MmtBaseline, "100")]);
        assert!(!doubtful.contains("is read as 1.2 U/L"), "{doubtful}");
        assert!(
            doubtful.contains("Baseline CK 1.2 U/L is not above 400 U/L"),
            "{doubtful}"
        );
    }
}
