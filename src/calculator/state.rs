//! The calculator's state: the form's text, and whether the address has
//! been read yet. Everything shown is derived from the text; the
//! components import this module and get the dispatcher as a prop, so no
//! component imports another to change the form.

use dmscore_core::{Field, Form};
use std::rc::Rc;
use yew::prelude::*;

/// What can happen to the form.
pub enum Change {
    /// One field edited.
    Edit(Field, String),
    /// The form from the address: once the page is live, and whenever
    /// another link is opened in this tab.
    Linked(Box<Form>),
    /// Every value cleared back to the page's defaults.
    Clear,
}

/// The form as reducer state, so edits always apply to the current form
/// and the dispatcher stays the same across renders (fields do not
/// re-render just because a new callback was made).
#[derive(PartialEq, Default)]
pub struct FormState {
    pub form: Form,
    /// False until the address has been read: until then the page shows
    /// the default form and writes nothing to the address.
    pub linked: bool,
}

impl FormState {
    /// What the first render shows, in the browser and the prerender alike.
    pub fn initial() -> FormState {
        FormState {
            form: Form::page_default(),
            linked: false,
        }
    }
}

impl Reducible for FormState {
    type Action = Change;

    /// Returns `self` when nothing changed, so an edit that restores the
    /// same text renders nothing.
    fn reduce(self: Rc<Self>, change: Change) -> Rc<Self> {
        let form = match change {
            Change::Edit(field, text) => self.form.clone().with(field, text),
            Change::Linked(form) => *form,
            Change::Clear => Form::page_default(),
        };
        if form == self.form && self.linked {
            self
        } else {
            Rc::new(FormState { form, linked: true })
        }
    }
}

/// Changes the form; stable across renders.
pub type OnEdit = UseReducerDispatcher<FormState>;
