//! The pages' markup, rendered natively with yew's server renderer: the
//! contract's ids, labels and aria attributes, and the result for a given
//! form, without a browser (the end-to-end tests cover the behaviour).

use dm_remission::calculator::fields::{mmt_scale, Controls};
use dm_remission::calculator::results::results;
use dm_remission::calculator::state::FormState;
use dm_remission::calculator::today;
use dm_remission::calculator::Calculator;
use dm_remission::cohort::CohortPage;
use dm_remission::platform::render_to_string;
use dm_remission::report::ReportPage;
use dmscore_core::{assess, Field, Form};
use yew::prelude::*;

fn calculator() -> String {
    render_to_string::<Calculator>(())
}

/// The opening tag of the element with this id.
fn tag<'a>(html: &'a str, id: &str) -> &'a str {
    let at = html
        .find(&format!("id=\"{id}\""))
        .unwrap_or_else(|| panic!("no #{id} in {html}"));
    let start = html[..at].rfind('<').unwrap();
    let end = at + html[at..].find('>').unwrap();
    &html[start..=end]
}

#[test]
fn the_calculator_has_every_contract_input_with_a_label() {
    let html = calculator();
    for field in Field::SEED {
        let t = tag(&html, field.id());
        assert!(t.starts_with("<input") || t.starts_with("<select"), "{t}");
        assert!(
            html.contains(&format!("<label for=\"{}\">", field.id())),
            "no label for {}",
            field.id()
        );
        if t.starts_with("<input") {
            assert!(t.contains("inputmode=\"decimal\""), "{t}");
            assert!(!t.contains("aria-invalid"), "{t}");
        }
        assert!(!html.contains(&format!("id=\"{}-error\"", field.id())));
    }
    // The first render is the page's default form, whatever the address.
    assert!(tag(&html, "mmt-max").contains("value=\"150\""));
    assert!(html.contains("<option value=\"U/L\" selected=\"selected\">"));
}

#[test]
fn the_empty_result_waits_for_values() {
    let html = calculator();
    assert!(tag(&html, "verdict").contains("data-verdict=\"indeterminate\""));
    for c in ["ck", "mmt", "dssi"] {
        assert!(tag(&html, &format!("{c}-status")).contains("data-status=\"not_entered\""));
    }
    assert!(tag(&html, "announcer").contains("aria-live=\"polite\""));
}

#[derive(Properties, PartialEq)]
struct Patient {
    form: Form,
    today: bool,
}

/// The result panel for a form, as the calculator renders it.
#[function_component(ResultPanel)]
fn result_panel(props: &Patient) -> Html {
    results(&assess(&props.form), props.today)
}

fn result_html(form: Form, today: bool) -> String {
    render_to_string::<ResultPanel>(Patient { form, today })
}

#[test]
fn the_result_for_a_patient_shows_verdict_statuses_reasons_and_worked_rules() {
    let form = Form::page_default()
        .with(Field::CkUln, "200")
        .with(Field::CkBaseline, "1200")
        .with(Field::CkWeek24, "500")
        .with(Field::MmtBaseline, "110")
        .with(Field::MmtWeek24, "120");
    let html = result_html(form, false);
    assert!(tag(&html, "verdict").contains("data-verdict=\"achieved\""));
    assert!(tag(&html, "ck-status").contains("data-status=\"met\""));
    assert!(tag(&html, "mmt-status").contains("data-status=\"not_met\""));
    assert!(html.contains(
        "CK fell 58.3 % from 1200 to 500 U/L; ≥ 50 % needed because baseline was above 2× ULN (400 U/L)."
    ));
    assert!(html.contains("2 × week 24 500 = 1000 ≤ baseline 1200: met"));
    assert!(html.contains("week-24 score at least 130"));
    // Marks that carry the meaning without colour, hidden from screen
    // readers, which read the words beside them.
    assert!(
        html.contains(
            "<span aria-hidden=\"true\" class=\"mark\">✓</span>Partial remission achieved"
        ),
        "{html}"
    );
    assert!(html.contains("<span aria-hidden=\"true\">✓ </span>Met</span>"));
    assert!(html.contains("<span aria-hidden=\"true\">✗ </span>Not met</span>"));
    assert!(html.contains("<span aria-hidden=\"true\">… </span>Not entered</span>"));
    let none = result_html(Form::page_default(), false);
    assert!(none.contains("<span aria-hidden=\"true\" class=\"mark\">?</span>"));
}

#[test]
fn todays_criteria_are_collapsed_but_their_results_are_always_there() {
    let html = calculator();
    let details = tag(&html, "today");
    assert!(details.starts_with("<details"), "{details}");
    assert!(!details.contains("open"), "collapsed at first: {details}");
    // Collapsed, the section renders its summary only.
    for id in ["population", "pga-baseline", "enzyme-name"] {
        assert!(
            !html.contains(&format!("id=\"{id}\"")),
            "{id} rendered while collapsed"
        );
    }
    assert!(tag(&html, "tis-score").contains("data-score=\"\""));
    assert!(tag(&html, "tis-category").contains("data-category=\"indeterminate\""));
    assert!(tag(&html, "doi-status").contains("data-status=\"indeterminate\""));
    for what in ["category", "status"] {
        let waiting = format!("data-{what}=\"indeterminate\">Not yet determinable</strong>");
        assert!(html.contains(&waiting), "{html}");
    }
}

#[derive(Properties, PartialEq)]
struct Section {
    form: Form,
}

/// Today's section opened, as the calculator renders it.
#[function_component(OpenSection)]
fn open_section(props: &Section) -> Html {
    let state = use_reducer(FormState::page_default);
    let inputs = dmscore_core::Inputs::from_form(&props.form);
    let controls = Controls {
        form: &props.form,
        inputs: &inputs,
        on_edit: &state.dispatcher(),
    };
    today::inputs(&controls, true, Callback::noop())
}

fn open_section_html(form: Form) -> String {
    render_to_string::<OpenSection>(Section { form })
}

#[test]
fn opened_the_section_has_every_core_set_input_with_a_label() {
    let html = open_section_html(Form::page_default());
    assert!(tag(&html, "today").contains("open"));
    for id in [
        "population",
        "pga-baseline",
        "pga-week24",
        "ptga-baseline",
        "ptga-week24",
        "haq-baseline",
        "haq-week24",
        "extra-baseline",
        "extra-week24",
        "enzyme-name",
    ] {
        tag(&html, id);
        assert!(
            html.contains(&format!("<label for=\"{id}\">")),
            "no label for {id}"
        );
    }
    // CMAS, the strength choice and another enzyme's fields appear when chosen.
    for id in ["strength", "cmas-baseline", "enzyme-uln"] {
        assert!(
            !html.contains(&format!("id=\"{id}\"")),
            "{id} shown too early"
        );
    }
    assert!(html.contains("Not offered: the Likert (0–4) versions of the global scales"));
    for population in ["Adult (DM/PM)", "Juvenile (JDM)"] {
        assert!(html.contains(&format!(">{population}</option>")), "{html}");
    }
    let child = open_section_html(
        Form::page_default()
            .with(Field::Population, "juvenile")
            .with(Field::Strength, "cmas")
            .with(Field::EnzymeName, "ldh"),
    );
    for id in [
        "strength",
        "cmas-baseline",
        "cmas-week24",
        "enzyme-unit",
        "enzyme-uln",
    ] {
        tag(&child, id);
    }
    assert!(child.contains("Parent global baseline (0–10 cm)"));
    assert!(child.contains("LDH upper limit of normal (U/L)"));
}

#[test]
fn values_the_choices_leave_unscored_stay_in_view_and_say_so() {
    // From a link, or typed before CK or MMT was chosen again (hazard H20):
    // kept and shown, under choices that name what is scored instead, and
    // said at the field not to be scored.
    let html = open_section_html(
        Form::page_default()
            .with(Field::Population, "juvenile")
            .with(Field::EnzymeBaseline, "24")
            .with(Field::CmasWeek24, "40"),
    );
    assert!(tag(&html, "enzyme-baseline").contains("value=\"24\""));
    assert!(tag(&html, "cmas-week24").contains("value=\"40\""));
    assert!(
        html.contains("<option value=\"ck\" selected=\"selected\">CK (the values above)</option>")
    );
    assert!(html
        .contains("<option value=\"mmt\" selected=\"selected\">MMT (the scores above)</option>"));
    let not_scored = "Not scored: the TIS and DOI score MMT;";
    assert!(tag(&html, "cmas-baseline").contains("aria-describedby=\"cmas-baseline-hint\""));
    assert!(html.contains(not_scored));
    let ck_followed = "Not scored: the TIS and DOI follow CK (the values above)";
    assert!(tag(&html, "enzyme-baseline").contains("aria-describedby=\"enzyme-baseline-hint\""));
    assert!(html.contains(ck_followed));
    // Another enzyme named scores them; a name to correct leaves the enzyme
    // waiting for it, with its own error.
    for name in ["aldolase", "cpk"] {
        let html = open_section_html(
            Form::page_default()
                .with(Field::EnzymeName, name)
                .with(Field::EnzymeBaseline, "24"),
        );
        assert!(tag(&html, "enzyme-baseline").contains("value=\"24\""));
        assert!(!html.contains(ck_followed), "{html}");
    }
    // An adult has no strength choice to show: the fields themselves say it.
    let adult = open_section_html(Form::page_default().with(Field::CmasBaseline, "30"));
    assert!(!adult.contains("id=\"strength\""));
    assert!(tag(&adult, "cmas-baseline").contains("aria-describedby=\"cmas-baseline-hint\""));
    assert!(adult.contains(not_scored));
    // Scored, or refused with its own error at the choice: no such line.
    for strength_chosen in [
        Form::page_default()
            .with(Field::Population, "juvenile")
            .with(Field::Strength, "cmas"),
        Form::page_default().with(Field::Strength, "cmas"),
    ] {
        let html = open_section_html(strength_chosen.with(Field::CmasBaseline, "30"));
        assert!(!html.contains(not_scored), "{html}");
    }
}

/// The contract's §4 example: TIS 67.5 (major for an adult), DOI met.
fn core_set_patient() -> Form {
    Form::typed(&[
        (Field::CkUln, "200"),
        (Field::CkBaseline, "1200"),
        (Field::CkWeek24, "500"),
        (Field::MmtBaseline, "110"),
        (Field::MmtWeek24, "135"),
        (Field::PgaBaseline, "6"),
        (Field::PgaWeek24, "3"),
        (Field::PtgaBaseline, "7"),
        (Field::PtgaWeek24, "5"),
        (Field::HaqBaseline, "1.5"),
        (Field::HaqWeek24, "1.125"),
        (Field::ExtraBaseline, "4"),
        (Field::ExtraWeek24, "2"),
        (Field::EnzymeName, "aldolase"),
        (Field::EnzymeUln, "8"),
        (Field::EnzymeBaseline, "24"),
        (Field::EnzymeWeek24, "12"),
    ])
}

#[test]
fn the_tis_and_doi_are_worked_measure_by_measure() {
    let html = result_html(core_set_patient(), true);
    assert!(tag(&html, "tis-score").contains("data-score=\"67.5\""));
    assert!(tag(&html, "tis-category").contains("data-category=\"major\""));
    assert!(tag(&html, "doi-status").contains("data-status=\"met\""));
    // What a clinician reads: the category's and the status's words.
    assert!(html.contains("data-category=\"major\">Major improvement</strong>"));
    assert!(html.contains("data-status=\"met\">Improvement met</strong>"));
    assert!(tag(&html, "tis-pga").contains("data-result=\"17.5\""));
    assert!(html.contains(
        "(6 − 3) / 10 × 100 = 30.0 % of the 0–10 scale; band &gt; 25 to 40 %: 17.5 points"
    ));
    assert!(html.contains("(24 − 12) / 24 × 100 = 50.0 % of baseline; band &gt; 40 %: 7.5 points"));
    assert!(tag(&html, "doi-haq").contains("data-result=\"improved\""));
    assert!(html.contains("not checked against the official calculator"));
    // The DOI's enzyme is a reading (spec: open points), said where it is read.
    assert!(html.contains("The enzyme is the TIS's, the most abnormal at baseline"));
    // The TIS paper cited is the population's: adult here, juvenile below.
    assert!(
        html.contains("Aggarwal et al., Ann Rheum Dis 2017, doi:10.1136/annrheumdis-2017-211400")
    );
    let juvenile = result_html(core_set_patient().with(Field::Population, "juvenile"), true);
    assert!(juvenile.contains("Rider et al., Arthritis Rheumatol 2017, doi:10.1002/art.40060"));
    assert!(!juvenile.contains("Aggarwal"), "{juvenile}");
    // Without the section open only the side-by-side line is shown.
    let brief = result_html(core_set_patient(), false);
    assert!(brief.contains("id=\"tis-score\""));
    assert!(!brief.contains("id=\"tis-detail\""));
}

#[test]
fn a_normal_enzyme_at_baseline_is_said_where_the_tis_is_read() {
    // Hazard H13: the criteria follow the most abnormal enzyme at baseline.
    let form = core_set_patient().with(Field::EnzymeBaseline, "8");
    let html = result_html(form, true);
    let note = "Baseline Aldolase 8 U/L is not above its upper limit of normal (8 U/L): the criteria follow the most abnormal muscle enzyme at baseline. ";
    assert!(
        html.contains(&format!("{note}{}", dmscore_core::tis::IN_BRIEF)),
        "{html}"
    );
    assert!(!result_html(core_set_patient(), true).contains("is not above its upper limit"));
}

#[derive(Properties, PartialEq)]
struct OneField {
    field: Field,
    text: &'static str,
}

/// A field as the calculator renders it, with the page's own reducer.
#[function_component(Harness)]
fn harness(props: &OneField) -> Html {
    let state = use_reducer(FormState::page_default);
    let form = state.form.clone().with(props.field, props.text);
    let inputs = dmscore_core::Inputs::from_form(&form);
    let controls = Controls {
        form: &form,
        inputs: &inputs,
        on_edit: &state.dispatcher(),
    };
    controls.input(props.field, "Label".to_owned(), Some("A hint."))
}

#[test]
fn an_invalid_field_names_its_error_for_assistive_technology() {
    let html = render_to_string::<Harness>(OneField {
        field: Field::CkUln,
        text: "1,200",
    });
    let input = tag(&html, "ck-uln");
    assert!(input.contains("aria-invalid=\"true\""), "{input}");
    assert!(
        input.contains("aria-describedby=\"ck-uln-hint ck-uln-error\""),
        "{input}"
    );
    assert!(
        input.contains("value=\"1,200\""),
        "the text is kept as typed: {input}"
    );
    assert!(html.contains("no thousands separator (1200, not 1,200)"));
    let valid = render_to_string::<Harness>(OneField {
        field: Field::CkUln,
        text: "200",
    });
    assert!(!tag(&valid, "ck-uln").contains("aria-invalid"));
    assert!(!valid.contains("ck-uln-error"));
}

#[test]
fn a_doubtful_value_is_read_as_typed_and_says_so_at_the_field() {
    let html = render_to_string::<Harness>(OneField {
        field: Field::CkBaseline,
        text: "1.200",
    });
    let input = tag(&html, "ck-baseline");
    assert!(
        !input.contains("aria-invalid"),
        "valid, so not invalid: {input}"
    );
    assert!(
        input.contains("aria-describedby=\"ck-baseline-hint ck-baseline-doubt\""),
        "{input}"
    );
    assert!(
        tag(&html, "ck-baseline-doubt").contains("class=\"field-doubt\""),
        "{html}"
    );
    assert!(html.contains(
        "read as 1.2 U/L (a dot is always the decimal point): if you meant 1200 U/L, enter 1200"
    ));
    let plain = render_to_string::<Harness>(OneField {
        field: Field::CkBaseline,
        text: "1200",
    });
    assert!(!plain.contains("ck-baseline-doubt"), "{plain}");
}

#[test]
fn a_decimal_comma_is_offered_as_a_point_and_an_ambiguous_comma_is_not() {
    let html = render_to_string::<Harness>(OneField {
        field: Field::HaqBaseline,
        text: "1,5",
    });
    assert!(html.contains("use a decimal point, not a comma"), "{html}");
    // The link is the page's own form with the point, every default kept.
    let form = Form::page_default().with(Field::HaqBaseline, "1.5");
    let href = format!("href=\"#{}\"", dmscore_core::link::encode(&form));
    // Right after the error it answers.
    let after_error = html
        .split_once("id=\"haq-baseline-error\"")
        .map_or("", |(_, rest)| rest);
    let link = after_error.split_once("<a ").map_or("", |(_, a)| a);
    assert!(link.starts_with(&href.replace('&', "&amp;")), "{html}");
    assert!(
        link.contains("class=\"source-link screen-only\">Use 1.5</a>"),
        "{html}"
    );
    // `1,200` may be 1200 or 1.2: nothing is offered.
    let ambiguous = render_to_string::<Harness>(OneField {
        field: Field::CkUln,
        text: "1,200",
    });
    assert!(!ambiguous.contains("<a "), "{ambiguous}");
}

#[derive(Properties, PartialEq)]
struct Maximum {
    max: Option<u32>,
}

/// The MMT scale's presets for a checked maximum, as the calculator
/// renders them.
#[function_component(ScaleHarness)]
fn scale_harness(props: &Maximum) -> Html {
    let state = use_reducer(FormState::page_default);
    mmt_scale(
        props.max.map(rust_decimal::Decimal::from),
        &state.dispatcher(),
    )
}

#[test]
fn the_mmt_scale_shown_is_the_one_whose_maximum_is_in_effect() {
    let selected = |max: Option<u32>| {
        let html = render_to_string::<ScaleHarness>(Maximum { max });
        let chosen: Vec<&str> = html
            .split("<option ")
            .filter(|option| option.contains(" selected="))
            .filter_map(|option| option.split('"').nth(1))
            .collect();
        assert_eq!(chosen.len(), 1, "one option chosen: {html}");
        chosen[0].to_owned()
    };
    assert_eq!(selected(Some(150)), "150");
    assert_eq!(selected(Some(80)), "80");
    assert_eq!(selected(Some(100)), "custom", "a maximum of no preset");
    assert_eq!(selected(None), "custom", "no maximum yet");
}

/// Each `id="…"` in the markup, in order.
fn ids(html: &str) -> Vec<&str> {
    html.split(" id=\"")
        .skip(1)
        .filter_map(|rest| rest.split('"').next())
        .collect()
}

/// `parts` appear in `html` in this order.
fn in_order(html: &str, parts: &[&str]) {
    let mut rest = html;
    for part in parts {
        let at = rest
            .find(part)
            .unwrap_or_else(|| panic!("{part} not after the parts before it in {html}"));
        rest = &rest[at + part.len()..];
    }
}

#[test]
fn no_page_gives_two_elements_one_id() {
    // A label, an aria reference or a test finds the first of two.
    let calculator = calculator();
    let empty = ids(&calculator);
    let results = empty.iter().position(|id| *id == "results-heading");
    let (form, rest) = empty.split_at(results.expect("a result panel"));
    // The calculator as a patient's whole entry shows it: its form, today's
    // criteria opened, the result panel with every definition worked.
    let opened = open_section_html(core_set_patient());
    let worked = result_html(core_set_patient(), true);
    let mut whole: Vec<&str> = form.to_vec();
    whole.extend(ids(&opened).into_iter().filter(|id| *id != "today"));
    whole.extend(ids(&worked));
    whole.extend(rest.iter().skip_while(|id| **id != "open-report"));
    let report = render_to_string::<ReportPage>(());
    let cohort = render_to_string::<CohortPage>(());
    for (page, found) in [
        ("calculator, empty", empty.clone()),
        ("calculator, filled", whole),
        ("report", ids(&report)),
        ("cohort", ids(&cohort)),
    ] {
        assert!(found.len() >= 5, "{page}: {found:?}");
        let mut seen = std::collections::HashSet::new();
        for id in found {
            assert!(seen.insert(id), "{page}: two elements are #{id}");
        }
    }
}

#[test]
fn the_report_opens_with_its_sections_in_order_and_the_calculators_form_linked() {
    // Natively the address holds nothing: the default form, as prerendered.
    let html = render_to_string::<ReportPage>(());
    in_order(
        &html,
        &[
            "<a id=\"back-to-calculator\" href=\"../#v=1&amp;ck-unit=U%2FL&amp;mmt-max=150\">",
            "<details id=\"mmt8\"",
            "<h2 id=\"values-heading\">Values</h2>",
            "<h2 id=\"worked-heading\">",
            "<p id=\"verdict\" data-verdict=\"indeterminate\"",
            "<h2 id=\"chart-heading\">Chart</h2>",
            "<h2 id=\"share-heading\">Share and record</h2>",
            "<button type=\"button\" id=\"copy-link\" class=\"primary\">Copy link</button>",
            "<button type=\"button\" id=\"copy-summary\" class=\"primary\">Copy summary</button>",
            "<button type=\"button\" id=\"print-report\" class=\"primary\">Print report</button>",
            "<p id=\"share-status\" role=\"status\"></p>",
        ],
    );
}

#[test]
fn the_cohort_page_opens_with_a_labelled_file_and_paste_box_and_nothing_scored() {
    let html = render_to_string::<CohortPage>(());
    in_order(
        &html,
        &[
            "<h2 id=\"source-heading\">Open a cohort</h2>",
            "<label for=\"cohort-file\">",
            "<input id=\"cohort-file\" type=\"file\"",
            "<label for=\"cohort-text\">",
            "<textarea id=\"cohort-text\"",
            "<button id=\"cohort-paste-score\" type=\"button\" class=\"primary\">Score pasted text</button>",
            "<button id=\"cohort-example\" type=\"button\" class=\"secondary\">",
        ],
    );
    for later in ["cohort-status", "cohort-error", "cohort-table"] {
        assert!(!html.contains(later), "#{later} before a file: {html}");
    }
}
