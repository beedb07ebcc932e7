//! The cohort view for decision-makers: many exported assessments (no names: the export format
//! has no field for one, and notes are never read here) summed up — the most common missing
//! skills by industry and by city, the courses the most plans need, and total training hours,
//! subsidy and money out of pocket. The browser and `skillgap-cli cohort` both call
//! [`aggregate`] and [`to_csv`], so a CSV from either is the same for the same files.
//!
//! Plans are made as for each worker (their city, free months, hours per week and objective),
//! scheduled from January so the result does not depend on the day it is computed.

use std::collections::BTreeMap;

use crate::domain::{assess_match, plan_courses, Catalogue, CourseIdx, Lang, SkillIdx};
use crate::state::AssessmentState;

/// The month plans are scheduled from.
pub const COHORT_START_MONTH: u8 = 1;
/// Files read at once, at most.
pub const MAX_COHORT_FILES: usize = 5_000;

/// Counts, biggest first (ties by catalogue order).
pub type Counts<T> = Vec<(T, u32)>;

#[derive(Clone, Debug, Default, PartialEq)]
pub struct Cohort {
    pub assessments: usize,
    /// Assessments with a target occupation (only these have gaps and plans).
    pub with_target: usize,
    /// Missing skills over the whole cohort.
    pub missing: Counts<SkillIdx>,
    /// Missing skills per industry of the target (an occupation in two industries counts in both).
    pub missing_by_industry: Vec<(String, Counts<SkillIdx>)>,
    /// Missing skills per worker's city (`any` when no city was given).
    pub missing_by_city: Vec<(String, Counts<SkillIdx>)>,
    /// How many plans include each course.
    pub courses: Counts<CourseIdx>,
    pub total_hours: u64,
    pub total_subsidy: u64,
    pub total_out_of_pocket: u64,
    /// Month by month, per city: the workers free that month (of those who gave their free
    /// months) against the seasonal openings of the catalogue then. Cities in city order, the
    /// workers without a city last as `any`; a city appears when it has either.
    pub seasons: Vec<SeasonRow>,
}

/// Slack-season supply and seasonal demand of one city, January to December.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SeasonRow {
    /// A city id, or `any` for workers who gave no city.
    pub city: String,
    /// Workers free in each month (index 0 = January).
    pub free: [u32; 12],
    /// Seasonal openings in each month: a row's openings count in every month it names, each
    /// occupation code once.
    pub openings: [u32; 12],
}

/// The seasonal openings of `catalogue` per city and month (each code counted once).
pub fn seasonal_openings(catalogue: &Catalogue) -> BTreeMap<&'static str, [u32; 12]> {
    let mut out: BTreeMap<&'static str, [u32; 12]> = BTreeMap::new();
    let mut seen_codes: std::collections::HashSet<&str> = std::collections::HashSet::new();
    for o in catalogue.occupation_indices() {
        if !seen_codes.insert(catalogue.occupation(o).code.as_str()) {
            continue;
        }
        for d in catalogue.seasonal(o) {
            let months = out.entry(d.city.id).or_insert([0; 12]);
            for (i, n) in months.iter_mut().enumerate() {
                if d.months & (1 << (i + 1)) != 0 {
                    *n += d.openings;
                }
            }
        }
    }
    out
}

fn sorted<T: Ord + Copy>(map: BTreeMap<T, u32>) -> Counts<T> {
    let mut v: Vec<(T, u32)> = map.into_iter().collect();
    crate::domain::order::sort_by(&mut v, |a, b| b.1.cmp(&a.1).then(a.0.cmp(&b.0)));
    v
}

/// Sums up the assessments (already restored into `catalogue`).
pub fn aggregate(catalogue: &Catalogue, assessments: &[AssessmentState]) -> Cohort {
    let mut sum = CohortSum::default();
    for a in assessments {
        sum.add(catalogue, a);
    }
    sum.finish(catalogue)
}

/// A cohort summed one assessment at a time: its memory grows with the distinct skills, courses,
/// cities and industries met, never with the number of assessments (a city's quarter can be
/// streamed through it).
#[derive(Debug, Default)]
pub struct CohortSum {
    assessments: usize,
    with_target: usize,
    missing: BTreeMap<SkillIdx, u32>,
    by_industry: BTreeMap<String, BTreeMap<SkillIdx, u32>>,
    by_city: BTreeMap<String, BTreeMap<SkillIdx, u32>>,
    courses: BTreeMap<CourseIdx, u32>,
    total_hours: u64,
    total_subsidy: u64,
    total_out_of_pocket: u64,
    free: BTreeMap<String, [u32; 12]>,
}

impl CohortSum {
    /// Counts one assessment (restored into `catalogue`).
    pub fn add(&mut self, catalogue: &Catalogue, a: &AssessmentState) {
        self.assessments += 1;
        if a.constraints.free_months != 0 {
            let free = self.free.entry(a.constraints.city.unwrap_or("any").to_owned()).or_insert([0; 12]);
            for (i, n) in free.iter_mut().enumerate() {
                if a.constraints.free_months & (1 << (i + 1)) != 0 {
                    *n += 1;
                }
            }
        }
        let Some(target) = a.target else { return };
        self.with_target += 1;
        let report = assess_match(catalogue, &a.profile, target);
        let plan = plan_courses(catalogue, &a.profile, &report, &a.constraints.plan_options(COHORT_START_MONTH));
        let city = a.constraints.city.unwrap_or("any");
        let industries = &catalogue.occupation(target).industries;
        for g in report.skills.iter().filter(|g| !g.is_met()) {
            *self.missing.entry(g.skill).or_insert(0) += 1;
            *self.by_city.entry(city.to_owned()).or_default().entry(g.skill).or_insert(0) += 1;
            for i in industries {
                let id = &catalogue.industries[i.get()].id;
                *self.by_industry.entry(id.clone()).or_default().entry(g.skill).or_insert(0) += 1;
            }
        }
        for p in &plan.courses {
            *self.courses.entry(p.course).or_insert(0) += 1;
        }
        self.total_hours += u64::from(plan.total_hours);
        self.total_subsidy += u64::from(plan.total_subsidy);
        self.total_out_of_pocket += u64::from(plan.total_out_of_pocket);
    }

    /// How many assessments have been counted.
    pub fn assessments(&self) -> usize {
        self.assessments
    }

    /// The cohort, with the seasonal openings of `catalogue` beside the workers' free months.
    pub fn finish(self, catalogue: &Catalogue) -> Cohort {
        let openings = seasonal_openings(catalogue);
        let mut seasons: Vec<SeasonRow> = crate::domain::city::CITIES
            .iter()
            .filter(|c| self.free.contains_key(c.id) || openings.contains_key(c.id))
            .map(|c| SeasonRow {
                city: c.id.to_owned(),
                free: self.free.get(c.id).copied().unwrap_or([0; 12]),
                openings: openings.get(c.id).copied().unwrap_or([0; 12]),
            })
            .collect();
        if let Some(free) = self.free.get("any") {
            seasons.push(SeasonRow { city: "any".to_owned(), free: *free, openings: [0; 12] });
        }
        Cohort {
            assessments: self.assessments,
            with_target: self.with_target,
            missing: sorted(self.missing),
            missing_by_industry: self.by_industry.into_iter().map(|(k, m)| (k, sorted(m))).collect(),
            missing_by_city: self.by_city.into_iter().map(|(k, m)| (k, sorted(m))).collect(),
            courses: sorted(self.courses),
            total_hours: self.total_hours,
            total_subsidy: self.total_subsidy,
            total_out_of_pocket: self.total_out_of_pocket,
            seasons,
        }
    }
}

/// The cohort as CSV (`section,group,id,name,count`), names in `lang`.
pub fn to_csv(catalogue: &Catalogue, c: &Cohort, lang: Lang) -> String {
    let mut w = csv::Writer::from_writer(Vec::new());
    let mut rows: Vec<[String; 5]> = Vec::new();
    let mut row = |section: &str, group: &str, id: &str, name: &str, count: u64| {
        rows.push([section.to_owned(), group.to_owned(), id.to_owned(), name.to_owned(), count.to_string()]);
    };
    row("section", "group", "id", "name", 0);
    for (id, n) in [
        ("assessments", c.assessments as u64),
        ("with_target", c.with_target as u64),
        ("training_hours", c.total_hours),
        ("subsidy_yuan", c.total_subsidy),
        ("out_of_pocket_yuan", c.total_out_of_pocket),
    ] {
        row("summary", "", id, "", n);
    }
    let skill = |s: SkillIdx| (catalogue.skill(s).id.as_str(), catalogue.skill(s).name.get(lang));
    for &(s, n) in &c.missing {
        let (id, name) = skill(s);
        row("missing_skill", "", id, name, u64::from(n));
    }
    for (group, counts) in &c.missing_by_industry {
        for &(s, n) in counts {
            let (id, name) = skill(s);
            row("missing_skill_by_industry", group, id, name, u64::from(n));
        }
    }
    for (group, counts) in &c.missing_by_city {
        for &(s, n) in counts {
            let (id, name) = skill(s);
            row("missing_skill_by_city", group, id, name, u64::from(n));
        }
    }
    for &(course, n) in &c.courses {
        let x = catalogue.course(course);
        row("course", "", &x.id, x.name.get(lang), u64::from(n));
    }
    for season in &c.seasons {
        for m in 1..=12u8 {
            let name = crate::i18n::month(lang, m);
            let i = usize::from(m - 1);
            row("season_free_workers", &season.city, &m.to_string(), &name, u64::from(season.free[i]));
            row("season_openings", &season.city, &m.to_string(), &name, u64::from(season.openings[i]));
        }
    }
    for r in &rows {
        let _ = w.write_record(r);
    }
    let bytes = w.into_inner().unwrap_or_default();
    // The header row's count column is the word "count".
    String::from_utf8(bytes).unwrap_or_default().replacen("section,group,id,name,0", "section,group,id,name,count", 1)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::state::AssessmentAction;

    use crate::state::sample_catalogue as sample;

    #[test]
    fn counts_gaps_courses_and_money() {
        let c = sample();
        let welder = AssessmentState::default().apply(AssessmentAction::SetTarget(c.occupation_by_id("welder")));
        let in_fuxin = welder.apply(AssessmentAction::SetCity(Some("fuxin")));
        let none = AssessmentState::default();
        let cohort = aggregate(&c, &[welder.clone(), in_fuxin.clone(), none]);
        assert_eq!((cohort.assessments, cohort.with_target), (3, 2));
        // Welder requires six skills; an empty profile misses all six, twice.
        assert_eq!(cohort.missing.len(), 6);
        assert!(cohort.missing.iter().all(|&(_, n)| n == 2));
        let cities: Vec<&str> = cohort.missing_by_city.iter().map(|(g, _)| g.as_str()).collect();
        assert_eq!(cities, vec!["any", "fuxin"]);
        // Totals are the sums of each worker's own plan (the Fuxin worker's plan uses courses
        // held in Fuxin, so it differs).
        let (a, b) = (aggregate(&c, &[welder]), aggregate(&c, &[in_fuxin]));
        assert!(a.total_hours > 0 && a.total_hours != b.total_hours);
        assert_eq!(cohort.total_hours, a.total_hours + b.total_hours);
        assert_eq!(cohort.total_subsidy, a.total_subsidy + b.total_subsidy);
        let plans_with = |x: &Cohort, course| x.courses.iter().find(|&&(k, _)| k == course).map_or(0, |&(_, n)| n);
        for &(course, n) in &cohort.courses {
            assert_eq!(n, plans_with(&a, course) + plans_with(&b, course));
        }
    }

    #[test]
    fn csv_has_a_header_a_summary_and_quoted_names() {
        let c = sample();
        let a = AssessmentState::default().apply(AssessmentAction::SetTarget(c.occupation_by_id("welder")));
        let text = to_csv(&c, &aggregate(&c, &[a]), Lang::En);
        let mut lines = text.lines();
        assert_eq!(lines.next(), Some("section,group,id,name,count"));
        assert_eq!(lines.next(), Some("summary,,assessments,,1"));
        assert!(text.contains("\nmissing_skill,,smaw,"), "{text}");
        assert!(text.lines().all(|l| l.split(',').count() >= 5));
        assert_eq!(to_csv(&c, &aggregate(&c, &[]), Lang::Zh).lines().count(), 6);
    }
}
