//! The page: the form's text is the only state; the assessment is derived
//! from it on each change and the fragment mirrors it.

use crate::announce::{spoken, Announcer};
use crate::fields::{FieldInput, MmtScale, UnitSelect};
use crate::fragment;
use crate::results::Results;
use dmscore_core::{assess, Field, Form};
use yew::prelude::*;

/// Sets one field of the form.
pub type OnEdit = Callback<(Field, String)>;

#[function_component(App)]
pub fn app() -> Html {
    let form = use_state(fragment::read);
    let assessment = use_memo((*form).clone(), assess);

    {
        let form = form.clone();
        use_effect_with((), move |_| {
            let listener = fragment::HashListener::new(move |linked| form.set(linked));
            move || drop(listener)
        });
    }
    use_effect_with((*form).clone(), fragment::write);

    let on_edit: OnEdit = {
        let form = form.clone();
        Callback::from(move |(field, text): (Field, String)| {
            form.set((*form).clone().with(field, text));
        })
    };
    let on_clear = {
        let form = form.clone();
        Callback::from(move |_| form.set(Form::page_default()))
    };

    let unit_symbol = assessment
        .inputs
        .ck_unit
        .value()
        .map_or("unit?", |u| u.symbol());
    let mmt_range = assessment.inputs.mmt_max.value().map_or_else(
        || "points".to_owned(),
        |m| format!("0–{}", dmscore_core::format::value(m)),
    );
    let field = |field: Field, label: String, hint: Option<String>| {
        html! {
            <FieldInput
                {field}
                {label}
                {hint}
                text={form.get(field).to_owned()}
                error={assessment.inputs.error(field).map(str::to_owned)}
                on_edit={on_edit.clone()}
            />
        }
    };

    html! {
        <>
        <header class="masthead">
            <h1>{ "Dermatomyositis: partial remission at week 24" }</h1>
            <p class="lede">
                { "Enter baseline and week-24 values. Partial remission is reached when any one domain improves by at least 50 %, as prespecified in the rituximab pilot trial of Chung et al. (Arch Dermatol 2007)." }
            </p>
        </header>
        <main class="layout">
            <form class="inputs" aria-label="Patient values" onsubmit={Callback::from(|e: SubmitEvent| e.prevent_default())}>
                <fieldset>
                    <legend>{ "Creatine kinase (CK/CPK)" }</legend>
                    <UnitSelect
                        text={form.get(Field::CkUnit).to_owned()}
                        error={assessment.inputs.error(Field::CkUnit).map(str::to_owned)}
                        on_edit={on_edit.clone()}
                    />
                    { field(Field::CkUln, format!("Upper limit of normal ({unit_symbol})"), Some("Your laboratory's reference value.".to_owned())) }
                    { field(Field::CkBaseline, format!("Baseline ({unit_symbol})"), None) }
                    { field(Field::CkWeek24, format!("Week 24 ({unit_symbol})"), None) }
                </fieldset>
                <fieldset>
                    <legend>{ "Muscle strength (Manual Muscle Test)" }</legend>
                    <MmtScale text={form.get(Field::MmtMax).to_owned()} on_edit={on_edit.clone()} />
                    { field(Field::MmtMax, "Scale maximum (points)".to_owned(), Some("A modified MRC 0–5 total over n muscle groups has maximum 5 × n.".to_owned())) }
                    { field(Field::MmtBaseline, format!("Baseline score ({mmt_range})"), None) }
                    { field(Field::MmtWeek24, format!("Week-24 score ({mmt_range})"), None) }
                </fieldset>
                <fieldset>
                    <legend>{ "Skin (Dermatomyositis Skin Severity Index)" }</legend>
                    { field(Field::DssiBaseline, "Baseline DSSI (0–72)".to_owned(), None) }
                    { field(Field::DssiWeek24, "Week-24 DSSI (0–72)".to_owned(), None) }
                </fieldset>
                <button type="button" class="secondary" onclick={on_clear}>{ "Clear all values" }</button>
            </form>
            <Results assessment={assessment.clone()} />
            <Announcer message={spoken(&assessment)} />
        </main>
        <footer class="colophon">
            <p>
                { "Source: Chung L, Genovese MC, Fiorentino DF. A pilot trial of rituximab in the treatment of patients with dermatomyositis. " }
                <cite>{ "Arch Dermatol" }</cite>
                { " 2007;143(6):763–767." }
            </p>
            <p>
                <a class="source-link" href="https://doi.org/10.1001/archderm.143.6.763" rel="noopener noreferrer">
                    { "Read the article (doi:10.1001/archderm.143.6.763)" }
                </a>
            </p>
            <p>
                { "Private by design: everything is computed in this browser tab and nothing is sent anywhere. The values are kept in the part of the address after #, which browsers never send to a server, so the address can be bookmarked or shared with a colleague." }
            </p>
            <p>{ "A decision aid for applying published trial criteria; it does not replace clinical judgement." }</p>
        </footer>
        </>
    }
}
