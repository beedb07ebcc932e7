//! A counsellor's list of assessments saved on this device (`?mode=counsellor`), each saved only
//! after an explicit consent click, each deletable. Stored as one JSON array; a damaged list
//! reads as empty with an error, so the counsellor is told and the app keeps working.

use serde::{Deserialize, Serialize};

use crate::state::export::{AssessmentError, AssessmentExport, MAX_ASSESSMENT_BYTES};

/// The storage key of the list.
pub const SAVED_KEY: &str = "skillgap.saved.v1";
/// Where a saved list that cannot be read is moved (cleared by "forget").
pub const SAVED_SET_ASIDE_KEY: &str = "skillgap.saved.set-aside";
/// At most this many assessments are kept (the oldest goes first).
pub const MAX_SAVED: usize = 100;

#[derive(Clone, Debug, PartialEq, Serialize, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct SavedEntry {
    /// Milliseconds since 1970 when it was saved (also its identity).
    pub id: u64,
    /// Local date and time as shown, e.g. `2026-11-29 11:20`.
    pub saved_at: String,
    pub assessment: AssessmentExport,
}

/// Reads the stored list; `None` text is an empty list.
pub fn parse(text: Option<&str>) -> Result<Vec<SavedEntry>, AssessmentError> {
    let Some(text) = text else { return Ok(Vec::new()) };
    if text.len() > MAX_ASSESSMENT_BYTES * MAX_SAVED {
        return Err(AssessmentError::TooLarge { bytes: text.len() });
    }
    serde_json::from_str(text).map_err(|e| AssessmentError::Syntax { line: e.line(), column: e.column() })
}

/// The list with `entry` added first (same id replaced), at most [`MAX_SAVED`] long.
pub fn add(list: &[SavedEntry], entry: SavedEntry) -> Vec<SavedEntry> {
    let mut out = vec![entry.clone()];
    out.extend(list.iter().filter(|e| e.id != entry.id).cloned());
    out.truncate(MAX_SAVED);
    out
}

/// The list without the entry `id`.
pub fn remove(list: &[SavedEntry], id: u64) -> Vec<SavedEntry> {
    list.iter().filter(|e| e.id != id).cloned().collect()
}

pub fn to_json(list: &[SavedEntry]) -> String {
    serde_json::to_string(list).unwrap_or_else(|_| "[]".to_owned())
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Catalogue;
    use crate::state::export::export;
    use crate::state::{AssessmentAction, AssessmentState};

    fn entry(id: u64) -> SavedEntry {
        let c = Catalogue::from_json(include_str!("../../../../data/catalogue.sample.json")).unwrap();
        let s = AssessmentState::default().apply(AssessmentAction::SetTarget(c.occupation_by_id("welder")));
        SavedEntry { id, saved_at: "2026-11-29 11:20".into(), assessment: export(&s, &c) }
    }

    #[test]
    fn add_remove_and_read_back() {
        let list = add(&add(&[], entry(1)), entry(2));
        assert_eq!(list.iter().map(|e| e.id).collect::<Vec<_>>(), vec![2, 1], "newest first");
        assert_eq!(add(&list, entry(1)).len(), 2, "saving again replaces");
        assert_eq!(parse(Some(&to_json(&list))).unwrap(), list);
        assert_eq!(remove(&list, 2), vec![entry(1)]);
        assert_eq!(parse(None).unwrap(), vec![]);
    }

    #[test]
    fn the_list_is_bounded_and_a_damaged_one_is_an_error() {
        let mut list = Vec::new();
        for id in 0..(MAX_SAVED as u64 + 5) {
            list = add(&list, entry(id));
        }
        assert_eq!(list.len(), MAX_SAVED);
        assert_eq!(list.last().unwrap().id, 5, "the oldest went first");
        assert!(matches!(parse(Some("[{\"id\": 1,")), Err(AssessmentError::Syntax { .. })));
        assert!(parse(Some("{\"name\": \"张三\"}")).is_err());
    }
}
