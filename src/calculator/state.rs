//! The calculator's state: the form's text. Everything shown is derived
//! from it; the components import this module and get the dispatcher as a
//! prop, so no component imports another to change the form.

use crate::fragment;
use dmscore_core::{link, Field, Form};
use std::rc::Rc;
use yew::prelude::*;

/// What can happen to the form.
pub enum Change {
    /// One field edited.
    Edit(Field, String),
    /// The form from the address, when another link is opened in this tab
    /// or the fragment is edited.
    Linked(Box<Form>),
    /// Every value cleared back to the page's defaults.
    Clear,
}

/// The form as reducer state, so edits always apply to the current form
/// and the dispatcher stays the same across renders (fields do not
/// re-render just because a new callback was made).
#[derive(PartialEq)]
pub struct FormState {
    pub form: Form,
}

impl FormState {
    /// The page's first state: the form the address holds (natively, for
    /// the prerender, none: the default form).
    pub fn from_address() -> FormState {
        FormState {
            form: link::decode(&fragment::read()),
        }
    }

    /// The form before anything is typed (component tests).
    pub fn page_default() -> FormState {
        FormState {
            form: Form::page_default(),
        }
    }
}

impl Reducible for FormState {
    type Action = Change;

    /// Returns `self` when nothing changed, so an edit that restores the
    /// same text renders nothing. A changed form is saved in the address
    /// here, in the event that changed it, before yew renders it
    /// (`fragment::save`).
    fn reduce(self: Rc<Self>, change: Change) -> Rc<Self> {
        let form = match change {
            Change::Edit(field, text) => self.form.clone().with(field, text),
            Change::Linked(form) => *form,
            Change::Clear => Form::page_default(),
        };
        if form == self.form {
            self
        } else {
            fragment::save(&link::encode(&form));
            Rc::new(FormState { form })
        }
    }
}

/// Changes the form; stable across renders.
pub type OnEdit = UseReducerDispatcher<FormState>;

#[cfg(test)]
mod tests {
    use super::*;

    fn after(state: &Rc<FormState>, change: Change) -> Rc<FormState> {
        Rc::clone(state).reduce(change)
    }

    #[test]
    fn an_edit_changes_the_text_and_one_that_changes_nothing_keeps_the_state() {
        let empty = Rc::new(FormState::page_default());
        let typed = after(&empty, Change::Edit(Field::CkBaseline, "1,200".to_owned()));
        assert_eq!(typed.form.get(Field::CkBaseline), "1,200", "kept as typed");
        let again = after(&typed, Change::Edit(Field::CkBaseline, "1,200".to_owned()));
        assert!(
            Rc::ptr_eq(&typed, &again),
            "the same text again is the same state, so nothing re-renders"
        );
        let linked = after(&empty, Change::Linked(Box::new(typed.form.clone())));
        assert_eq!(linked.form, typed.form);
        let cleared = after(&typed, Change::Clear);
        assert_eq!(cleared.form, Form::page_default());
        assert!(Rc::ptr_eq(&empty, &after(&empty, Change::Clear)));
    }
}
