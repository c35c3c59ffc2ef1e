//! A value shared between components by reference.

use std::ops::Deref;
use std::rc::Rc;

/// A shared value equal only to itself: a prop of this type re-renders its
/// component when a new value arrives and never compares contents (a whole
/// assessment, a 100 000-row cohort), which is both faster and keeps the
/// deep comparison code out of the wasm.
pub struct Shared<T>(Rc<T>);

impl<T> Shared<T> {
    pub fn new(value: T) -> Shared<T> {
        Shared(Rc::new(value))
    }
}

impl<T> From<Rc<T>> for Shared<T> {
    fn from(value: Rc<T>) -> Shared<T> {
        Shared(value)
    }
}

impl<T> Clone for Shared<T> {
    fn clone(&self) -> Shared<T> {
        Shared(Rc::clone(&self.0))
    }
}

impl<T> PartialEq for Shared<T> {
    fn eq(&self, other: &Shared<T>) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl<T> Deref for Shared<T> {
    type Target = T;

    fn deref(&self) -> &T {
        &self.0
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_shared_value_is_equal_to_its_clones_only() {
        let one = Shared::new(vec![1200]);
        assert!(one == one.clone());
        assert!(
            one != Shared::new(vec![1200]),
            "equal contents are not looked at"
        );
        assert_eq!(*one, vec![1200]);
    }
}
