//! The readings the results rest on (hazards H10–H13) are written twice:
//! in the core's `IN_BRIEF` texts, which the copied note carries, and in
//! `static/how-scored.html`, which the prerender puts on the pages as
//! static HTML. This holds them together: each reading's words must be in
//! both, so a change to one fails here until the other says the same.

use dmscore_core::{doi, partial_remission, tis};

/// "How this is scored" as text: its opening comment and tags dropped,
/// `&gt;` read back.
fn how_scored() -> String {
    let file = include_str!("../static/how-scored.html");
    let html = file.split_once("-->").map_or(file, |(_, after)| after);
    let mut text = String::new();
    let mut in_tag = false;
    for c in html.chars() {
        match c {
            '<' => in_tag = true,
            '>' => in_tag = false,
            c if !in_tag => text.push(c),
            _ => {}
        }
    }
    text.replace("&gt;", ">").replace("&lt;", "<")
}

#[test]
fn the_copied_notes_readings_are_the_ones_how_this_is_scored_states() {
    let page = how_scored();
    let readings = [
        // H10: the MMT criterion.
        (partial_remission::IN_BRIEF, "halving the strength deficit (scale maximum − score), after the abstract's \"muscle strength deficit\""),
        // H11: the DSSI threshold.
        (partial_remission::IN_BRIEF, "the same ≥ 50 % reduction"),
        (partial_remission::IN_BRIEF, "states only the CK and MMT thresholds"),
        // The CK arm's entry condition.
        (partial_remission::IN_BRIEF, "above 2 × "),
        // H12: the TIS formula.
        (tis::IN_BRIEF, "not checked against the official calculator"),
        // H13: the DOI's enzyme.
        (doi::IN_BRIEF, "the TIS's, the most abnormal at baseline"),
    ];
    for (brief, words) in readings {
        assert!(brief.contains(words), "the note lacks {words:?}: {brief}");
        assert!(
            page.contains(words),
            "How this is scored lacks {words:?}: {page}"
        );
    }
}
