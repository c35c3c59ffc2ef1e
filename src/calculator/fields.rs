//! Form controls. Each shows the text as typed, never a reformatted value,
//! and its error right at the field; validation itself is the core's.

use super::state::{Change, OnEdit};
use crate::platform;
use dmscore_core::{CkUnit, Field};
use rust_decimal::Decimal;
use yew::prelude::*;

#[derive(Properties, PartialEq)]
pub struct FieldInputProps {
    pub field: Field,
    /// Includes the unit, so screen readers announce it with the field.
    pub label: String,
    pub hint: Option<String>,
    pub text: String,
    pub error: Option<String>,
    pub on_edit: OnEdit,
}

/// A decimal text input. `type="text"` with `inputmode="decimal"` rather
/// than `type="number"`: number inputs silently drop `1,200`, so the field
/// could not say why it was refused.
#[function_component(FieldInput)]
pub fn field_input(props: &FieldInputProps) -> Html {
    let id = props.field.id();
    let hint_id = format!("{id}-hint");
    let error_id = format!("{id}-error");
    let described_by: Vec<&str> = [
        props.hint.as_ref().map(|_| hint_id.as_str()),
        props.error.as_ref().map(|_| error_id.as_str()),
    ]
    .into_iter()
    .flatten()
    .collect();
    let oninput = {
        let (on_edit, field) = (props.on_edit.clone(), props.field);
        Callback::from(move |e: InputEvent| {
            on_edit.dispatch(Change::Edit(field, platform::value_of(&e)));
        })
    };
    html! {
        <div class={classes!("field", props.error.as_ref().map(|_| "invalid"))}>
            <label for={id}>{ &props.label }</label>
            <input
                {id}
                type="text"
                inputmode="decimal"
                autocomplete="off"
                spellcheck="false"
                value={props.text.clone()}
                {oninput}
                aria-invalid={props.error.as_ref().map(|_| "true")}
                aria-describedby={(!described_by.is_empty()).then(|| described_by.join(" "))}
            />
            if let Some(error) = &props.error {
                <p id={error_id} class="field-error">{ error }</p>
            }
            if let Some(hint) = &props.hint {
                <p id={hint_id} class="hint">{ hint }</p>
            }
        </div>
    }
}

#[derive(Properties, PartialEq)]
pub struct UnitSelectProps {
    pub text: String,
    /// The core's reading of `text` (an empty unit means U/L there).
    pub unit: Option<CkUnit>,
    pub error: Option<String>,
    pub on_edit: OnEdit,
}

/// The CK unit. A value from a link that is not a unit stays visible as an
/// extra option with its error, rather than being silently replaced.
#[function_component(UnitSelect)]
pub fn unit_select(props: &UnitSelectProps) -> Html {
    let id = Field::CkUnit.id();
    let onchange = {
        let on_edit = props.on_edit.clone();
        Callback::from(move |e: Event| {
            on_edit.dispatch(Change::Edit(Field::CkUnit, platform::value_of(&e)));
        })
    };
    let option = |unit: CkUnit| {
        html! {
            <option value={unit.code()} selected={props.unit == Some(unit)}>{ unit.symbol() }</option>
        }
    };
    let error_id = format!("{id}-error");
    html! {
        <div class={classes!("field", "screen-only", props.error.as_ref().map(|_| "invalid"))}>
            <label for={id}>{ "Unit for all CK values" }</label>
            <select
                {id}
                {onchange}
                aria-invalid={props.error.as_ref().map(|_| "true")}
                aria-describedby={props.error.as_ref().map(|_| error_id.clone())}
            >
                { option(CkUnit::UnitsPerLitre) }
                { option(CkUnit::MicrokatalPerLitre) }
                if props.unit.is_none() {
                    <option value={props.text.clone()} selected=true>{ format!("{} (not a CK unit)", props.text) }</option>
                }
            </select>
            if let Some(error) = &props.error {
                <p id={error_id} class="field-error">{ error }</p>
            }
            <p class="hint">{ "1 µkat/L = 60 U/L. The criterion is the same in either unit." }</p>
        </div>
    }
}

/// The MMT scales in common use, by maximum.
const SCALES: [(u32, &str); 2] = [
    (150, "MMT-8 both sides, 0–150 (IMACS)"),
    (80, "MMT-8 one side, 0–80"),
];

const CUSTOM: &str = "custom";

#[derive(Properties, PartialEq)]
pub struct MmtScaleProps {
    /// The maximum in effect (the core's checked value): the preset shown is
    /// derived from it, so the two can never disagree.
    pub max: Option<Decimal>,
    pub on_edit: OnEdit,
}

/// Presets for the MMT maximum; `mmt-max` always holds the number in effect.
#[function_component(MmtScale)]
pub fn mmt_scale(props: &MmtScaleProps) -> Html {
    let preset = SCALES
        .iter()
        .find(|(m, _)| props.max == Some(Decimal::from(*m)))
        .map(|(m, _)| *m);
    let onchange = {
        let on_edit = props.on_edit.clone();
        Callback::from(move |e: Event| {
            let value = platform::value_of(&e);
            if value == CUSTOM {
                // An empty maximum asks for the custom value; focus it.
                on_edit.dispatch(Change::Edit(Field::MmtMax, String::new()));
                platform::focus(Field::MmtMax.id());
            } else {
                on_edit.dispatch(Change::Edit(Field::MmtMax, value));
            }
        })
    };
    html! {
        <div class="field screen-only">
            <label for="mmt-scale">{ "MMT scale" }</label>
            <select id="mmt-scale" {onchange}>
                { for SCALES.iter().map(|(m, name)| html! {
                    <option value={m.to_string()} selected={preset == Some(*m)}>{ *name }</option>
                }) }
                <option value={CUSTOM} selected={preset.is_none()}>{ "Other scale (enter maximum)" }</option>
            </select>
            <p class="hint">
                { "Kendall 0–10 grades per muscle group. The criterion halves the strength deficit: scale maximum − score." }
            </p>
        </div>
    }
}
