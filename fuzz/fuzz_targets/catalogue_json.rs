//! Any bytes as a catalogue file: an error or a valid catalogue, never a panic; a catalogue that
//! loads can be assessed and planned for without panicking.
#![no_main]
use libfuzzer_sys::fuzz_target;
use skillgap_core::domain::{assess_match, plan_courses, Catalogue, PlanOptions, Profile};

fuzz_target!(|data: &[u8]| {
    let Ok(text) = std::str::from_utf8(data) else { return };
    if let Ok(c) = Catalogue::from_json(text) {
        let profile: Profile = c.skill_indices().take(3).map(|s| (s, skillgap_core::domain::SkillLevel::new(2).unwrap())).collect();
        for o in c.occupation_indices().take(3) {
            let report = assess_match(&c, &profile, o);
            let plan = plan_courses(&c, &profile, &report, &PlanOptions { node_limit: 2_000, ..PlanOptions::default() });
            assert!(report.score >= 0.0 && report.score <= 100.0 + 1e-3);
            assert!(plan.total_out_of_pocket <= plan.total_fee);
        }
    }
});
