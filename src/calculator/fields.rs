//! Form controls. Each shows the text as typed, never a reformatted value,
//! and its error right at the field; validation itself is the core's.

use super::state::{Change, OnEdit};
use crate::platform;
use dmscore_core::{number, Field, Form, Inputs};
use rust_decimal::Decimal;
use yew::prelude::*;

/// What every control of the form renders from: the text as typed, the
/// core's checked values, and the dispatcher that edits the text.
pub struct Controls<'a> {
    pub form: &'a Form,
    pub inputs: &'a Inputs,
    pub on_edit: &'a OnEdit,
}

impl Controls<'_> {
    /// A decimal text input with its label (which includes the unit or
    /// range, so screen readers announce it with the field), its hint and
    /// its error, tied to it for assistive technology. `type="text"` with
    /// `inputmode="decimal"` rather than `type="number"`: number inputs
    /// silently drop `1,200`, so the field could not say why it was refused.
    /// A plain function rather than a component: each component type costs
    /// the page bytes, and re-rendering a field is cheap.
    pub fn input(&self, field: Field, label: String, hint: Option<&'static str>) -> Html {
        let id = field.id();
        let error = self.inputs.error(field);
        let doubt = self.inputs.doubt(field);
        let hint_id = format!("{id}-hint");
        let error_id = format!("{id}-error");
        let doubt_id = format!("{id}-doubt");
        // Written out rather than collected and joined: fewer bytes shipped.
        let mut described_by = String::new();
        for (shown, part) in [
            (hint.is_some(), &hint_id),
            (error.is_some(), &error_id),
            (doubt.is_some(), &doubt_id),
        ] {
            if shown {
                if !described_by.is_empty() {
                    described_by.push(' ');
                }
                described_by.push_str(part);
            }
        }
        let oninput = {
            let on_edit = self.on_edit.clone();
            Callback::from(move |e: InputEvent| {
                on_edit.dispatch(Change::Edit(field, platform::value_of(&e)));
            })
        };
        // A decimal comma offered as a point, taken only when the clinician
        // follows the link (this form with the point): a phone's decimal
        // keypad may have no point to type (hazard H21). A link, not a
        // button: the page already applies a link opened in its tab, so
        // this costs the first load no handler of its own. A decimal comma
        // is always an error, so a valid field skips the check.
        let decimal_point = error
            .and(number::with_decimal_point(self.form.get(field)))
            .map(|text| {
                let form = self.form.clone().with(field, text.clone());
                (text, format!("#{}", dmscore_core::link::encode(&form)))
            });
        html! {
            <div class={classes!("field", error.map(|_| "invalid"))}>
                <label for={id}>{ label }</label>
                <input
                    {id}
                    type="text"
                    inputmode="decimal"
                    autocomplete="off"
                    spellcheck="false"
                    value={self.form.get(field).to_owned()}
                    {oninput}
                    aria-invalid={error.map(|_| "true")}
                    aria-describedby={(!described_by.is_empty()).then_some(described_by)}
                />
                if let Some(error) = error {
                    <p id={error_id} class="field-error">{ error.to_owned() }</p>
                }
                if let Some((text, href)) = decimal_point {
                    <a class="source-link screen-only" {href}>{ format!("Use {text}") }</a>
                }
                if let Some(doubt) = doubt {
                    <p id={doubt_id} class="field-doubt">{ doubt }</p>
                }
                if let Some(hint) = hint {
                    <p id={hint_id} class="hint">{ hint }</p>
                }
            </div>
        }
    }

    /// A choice (a unit, the population, the strength measure, the
    /// enzyme), with `selected` the code the core reads from its text. A
    /// value from a link that is not a choice stays visible as an extra
    /// option with its error, rather than being silently replaced. A plain
    /// function rather than a component: it is re-rendered with the form
    /// anyway, and each component type costs the page bytes.
    pub fn choice(
        &self,
        field: Field,
        label: &'static str,
        options: &[(&'static str, &'static str)],
        selected: Option<&'static str>,
        hint: Option<&'static str>,
    ) -> Html {
        let id = field.id();
        let error = self.inputs.error(field);
        let text = self.form.get(field);
        let onchange = {
            let on_edit = self.on_edit.clone();
            Callback::from(move |e: Event| {
                on_edit.dispatch(Change::Edit(field, platform::value_of(&e)))
            })
        };
        let error_id = format!("{id}-error");
        html! {
            <div class={classes!("field", "screen-only", error.map(|_| "invalid"))}>
                <label for={id}>{ label }</label>
                <select
                    {id}
                    {onchange}
                    aria-invalid={error.map(|_| "true")}
                    aria-describedby={error.map(|_| error_id.clone())}
                >
                    { for options.iter().map(|(code, label)| html! {
                        <option value={*code} selected={selected == Some(*code)}>{ *label }</option>
                    }) }
                    if selected.is_none() {
                        <option value={text.to_owned()} selected=true>{ format!("{text} (not a choice here)") }</option>
                    }
                </select>
                if let Some(error) = error {
                    <p id={error_id} class="field-error">{ error.to_owned() }</p>
                }
                if let Some(hint) = hint {
                    <p class="hint">{ hint }</p>
                }
            </div>
        }
    }

    /// Whether anything is typed in the field.
    pub fn typed(&self, field: Field) -> bool {
        !self.form.get(field).trim().is_empty()
    }
}

/// The unit choices for CK and the other enzymes.
pub fn units() -> [(&'static str, &'static str); 2] {
    dmscore_core::CkUnit::ALL.map(|u| (u.code(), u.symbol()))
}

/// The MMT scales in common use, by maximum.
const SCALES: [(u32, &str); 2] = [
    (150, "MMT-8 both sides, 0–150 (IMACS)"),
    (80, "MMT-8 one side, 0–80"),
];

const CUSTOM: &str = "custom";

/// Presets for the MMT maximum; `mmt-max` always holds the number in
/// effect. The preset shown is derived from `max`, the core's checked
/// maximum, so the two can never disagree.
pub fn mmt_scale(max: Option<Decimal>, on_edit: &OnEdit) -> Html {
    let preset = SCALES
        .iter()
        .find(|(m, _)| max == Some(Decimal::from(*m)))
        .map(|(m, _)| *m);
    let onchange = {
        let on_edit = on_edit.clone();
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
