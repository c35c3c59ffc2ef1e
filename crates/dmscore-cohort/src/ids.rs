//! Patient ids given to more than one row. A patient entered twice (a row
//! pasted again, a re-export appended) counts twice in every proportion,
//! and two ids that a code page's `�` made alike can no longer be told
//! apart (hazard H9). Two rows may also be two courses of one patient, so
//! the rows are scored as written and the clinician is asked to check.

use std::collections::HashMap;

/// Each row whose id (trimmed; empty ids are none) an earlier row has, with
/// that first row's index, in row order.
pub(crate) fn repeated<'a>(ids: impl Iterator<Item = &'a str>) -> Vec<(usize, usize)> {
    // Sized once: growing the map as a 100 000-row file is read cost more
    // than the lookups.
    let mut first: HashMap<&str, usize> = HashMap::with_capacity(ids.size_hint().0);
    ids.enumerate()
        .filter_map(|(index, id)| {
            let id = id.trim();
            if id.is_empty() {
                return None;
            }
            let earlier = *first.entry(id).or_insert(index);
            (earlier != index).then_some((index, earlier))
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_later_row_names_the_first_row_with_its_id() {
        let ids = ["P1", "P2", " P1", "", "", "P2", "P1", "p1"];
        assert_eq!(repeated(ids.into_iter()), [(2, 0), (5, 1), (6, 0)]);
        assert!(repeated(["P1", "P2"].into_iter()).is_empty());
    }
}
