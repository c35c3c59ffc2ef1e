//! One polite announcement per pause in typing, not one per keystroke.
//!
//! The visible results update on every keystroke; if they were the live
//! region, a screen reader would read "1", "12", "120", "1200" in turn. This
//! region holds a copy of the result that is only updated once the result has
//! stayed the same for [`QUIET_MS`].

use crate::hooks::use_settled;
use dmscore_core::{format::joined, Assessment};
use yew::prelude::*;

/// Long enough to span the gap between keystrokes, short enough to feel
/// like an answer.
const QUIET_MS: i32 = 800;

/// The sentence a screen reader hears: the summary and each status
/// ("MMT: not met"; spelled from the status code, as `to_lowercase` would
/// ship Unicode case tables in the wasm).
pub fn spoken(a: &Assessment, today: bool) -> String {
    let r = &a.remission;
    let statuses: Vec<String> = r
        .criteria
        .iter()
        .map(|c| {
            format!(
                "{}: {}",
                c.criterion.short(),
                c.outcome.status().code().replace('_', " ")
            )
        })
        .collect();
    let mut said = format!("{} {}.", r.summary, joined(&statuses, "; "));
    if today {
        let t = &a.tis.decision;
        said.push_str(&format!(
            " TIS {}: {}. IMACS improvement: {}.",
            crate::today_results::tis_score_text(t),
            t.category.label(),
            a.doi.decision.status.label()
        ));
    }
    said
}

/// The live region's text: `message` once it has stayed the same for
/// [`QUIET_MS`]. A hook of the page rather than a component of its own,
/// which would cost the page bytes; its state changes once per pause, not
/// per keystroke.
#[hook]
pub fn use_announcement(message: String) -> String {
    let said = use_state(String::new);
    {
        let said = said.clone();
        use_settled(&message, QUIET_MS, move |message| said.set(message));
    }
    (*said).clone()
}

/// The polite live region holding the settled announcement.
pub fn announcer(said: String) -> Html {
    html! {
        <div id="announcer" class="visually-hidden" role="status" aria-live="polite" aria-atomic="true">
            { said }
        </div>
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use dmscore_core::{assess, Field, Form};

    #[test]
    fn the_announcement_says_each_status_and_todays_criteria_once_entered() {
        let form = Form::typed(&[
            (Field::CkUln, "200"),
            (Field::CkBaseline, "1200"),
            (Field::CkWeek24, "500"),
            (Field::MmtBaseline, "110"),
            (Field::MmtWeek24, "135"),
        ]);
        let seed = "Partial remission achieved at week 24: met by CK and MMT. CK: met; MMT: met; DSSI: not entered.";
        assert_eq!(spoken(&assess(&form), false), seed);
        assert_eq!(
            spoken(&assess(&form), true),
            format!("{seed} TIS 27.5 to 87.5: Not yet determinable. IMACS improvement: Not yet determinable.")
        );
    }
}
