//! Hooks over the platform's timers.

use crate::platform::Settle;
use yew::prelude::*;

/// Calls `act(value)` once `value` has stayed the same for `ms`.
#[hook]
pub fn use_settled<T>(value: &T, ms: i32, act: impl Fn(T) + 'static)
where
    T: Clone + PartialEq + 'static,
{
    let settle = use_memo((), move |_| Settle::new(ms, act));
    use_effect_with(value.clone(), move |value| settle.push(value.clone()));
}
