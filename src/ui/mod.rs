//! The Yew interface: thin components that render state and dispatch actions.
//!
//! Components find their words in `i18n`, their data in the `CatalogueHandle` and `Lang`
//! contexts, and decide nothing themselves: scores, gaps and plans come from `domain`.

mod app;
mod assessment;
pub mod boot;
mod cohort_view;
mod combobox;
mod compare_view;
mod constraints_form;
mod context;
mod counsellor;
mod course_list;
mod data_panel;
mod describe_box;
mod english;
mod gap_chart;
mod gap_table;
mod kiosk_guard;
mod later;
pub mod lazy;
mod origin_search;
pub mod prefs;
mod print_header;
mod profile_list;
mod reading;
pub mod recovery;
pub(crate) mod result_section;
mod result_view;
mod seasonal;
mod skill_search;
pub(crate) mod suggestions;
mod take_away;
mod target_picker;
mod timeline;
mod whole;

pub use app::{default_session, first_load_session, App, AppProps, SessionState};
pub use assessment::{Assessment, AssessmentProps};
pub use cohort_view::CohortView;
pub use combobox::{ComboOption, Combobox};
pub use compare_view::CompareView;
pub use constraints_form::ConstraintsForm;
pub use context::{focus_id, use_catalogue, use_lang, use_whole, CatalogueHandle, WholeCatalogue};
pub use counsellor::CounsellorPanel;
pub use course_list::CourseList;
pub use data_panel::DataPanel;
pub use describe_box::DescribeBox;
pub use english::{use_english_for_latin_queries, use_english_half, EnglishStatus, WantEnglish, ENGLISH_HALF};
pub use gap_chart::GapChart;
pub use gap_table::GapTable;
pub use kiosk_guard::KioskGuard;
pub use later::Later;
pub use origin_search::OriginSearch;
pub use print_header::PrintHeader;
pub use profile_list::ProfileList;
pub use result_view::ResultView;
pub use seasonal::SeasonalWork;
pub use skill_search::{use_prepared_index, SkillSearch};
pub use suggestions::Suggestions;
pub use take_away::{OpenAssessment, TakeAway};
pub use target_picker::TargetPicker;
pub use timeline::Timeline;
pub use whole::Whole;
