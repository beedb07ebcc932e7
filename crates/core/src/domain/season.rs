//! Work for the slack season: the seasonal openings (demand rows with months) that fall in the
//! months a worker is free, near the worker, each with the match and the short plan that would
//! close the gap before the work starts.
//!
//! Time runs in months from the plan's start month, across the new year: with the start in
//! November, November is month 0, December 1, January 2 … A plan that takes two months leaves
//! the work from month 2 on; the work months are the season's months that are free, not taken by
//! the plan, in that order.

use crate::domain::catalogue::{Catalogue, OccupationIdx};
use crate::domain::matching::{assess_match, GapReport, Profile};
use crate::domain::planner::{plan_courses, CoursePlan, PlanOptions};

/// Every month.
pub const ALL_MONTHS: u16 = 0b1_1111_1111_1110;

/// The calendar months (1–12) of `mask`, in the order they come from `start` (1–12) on: with
/// the start in November, `11, 12, 1, 2, 3`.
pub fn months_from(mask: u16, start: u8) -> Vec<u8> {
    let start = start.clamp(1, 12);
    (0..12u8).map(|k| (start - 1 + k) % 12 + 1).filter(|m| mask & (1 << m) != 0).collect()
}

/// The months of `mask` in the twelve months from `start`, as runs of consecutive months: the
/// run under way at `start` or coming next first. Free November–March and starting in
/// December: `[[12, 1, 2, 3], [11]]` (the second run is the next season's beginning).
pub fn runs_from(mask: u16, start: u8) -> Vec<Vec<u8>> {
    let mut runs: Vec<Vec<u8>> = Vec::new();
    let mut previous_in = false;
    for m in months_from(ALL_MONTHS, start) {
        let inside = mask & (1 << m) != 0;
        if inside {
            match runs.last_mut() {
                Some(run) if previous_in => run.push(m),
                _ => runs.push(vec![m]),
            }
        }
        previous_in = inside;
    }
    runs
}

/// How many months from `start` (0 = `start` itself) `month` is.
pub fn months_after(start: u8, month: u8) -> u8 {
    (month + 12 - start.clamp(1, 12)) % 12
}

/// Months as people write them: `3、9、11`, `3月、9月`, a range `4-10`, one across the new year
/// `11-3` (`11月至次年3月`, `11–3`), or `全年`. A bit for each month (1–12).
pub fn parse_months(text: &str) -> Option<u16> {
    let text = text.trim();
    if matches!(text, "全年" | "每月" | "all year") {
        return Some(ALL_MONTHS);
    }
    let month = |s: &str| -> Option<u8> {
        let s = s.trim().trim_start_matches("次年").trim_end_matches('份').trim_end_matches('月').trim();
        s.parse::<u8>().ok().filter(|m| (1..=12).contains(m))
    };
    let mut mask = 0u16;
    for item in text.split(['、', '，', ',', '；', ';', '/', ' ']).map(str::trim).filter(|s| !s.is_empty()) {
        let range = item.split_once(['-', '–', '—', '~', '～', '至', '到']);
        match range {
            Some((from, to)) => {
                let (from, to) = (month(from)?, month(to)?);
                let mut m = from;
                loop {
                    mask |= 1 << m;
                    if m == to {
                        break;
                    }
                    m = m % 12 + 1;
                }
            }
            None => mask |= 1 << month(item)?,
        }
    }
    (mask != 0).then_some(mask)
}

/// One occupation with seasonal openings in the worker's free months.
#[derive(Clone, Debug)]
pub struct SeasonalWork {
    pub occupation: OccupationIdx,
    /// Openings in the worker's city (or, with no city, the province) in those months.
    pub openings: u32,
    /// The city the openings are in, or `None` for the whole province.
    pub city: Option<&'static crate::domain::city::City>,
    /// The season's months that are also free, in order from the plan's start: the run under
    /// way or coming next.
    pub season: Vec<u8>,
    /// Of those, the months left to work once the plan is done; empty when the plan cannot end
    /// before the season does.
    pub work: Vec<u8>,
    /// When this season is too late: the first month of the next season, if the plan ends by
    /// then.
    pub next_season: Option<u8>,
    pub report: GapReport,
    pub plan: CoursePlan,
    /// Months the plan takes, counted from its start month (0 when nothing is missing).
    pub plan_months: u8,
}

impl SeasonalWork {
    /// Whether the plan ends before the first month of the season.
    pub fn ready_in_time(&self) -> bool {
        !self.work.is_empty() && self.work.first() == self.season.first()
    }
}

/// The months a plan takes, from its start month: until its last course ends.
pub fn plan_length(plan: &CoursePlan) -> u8 {
    plan.courses.iter().map(|c| c.starts_after_months + c.months_spanned()).max().unwrap_or(0)
}

/// The occupations with seasonal openings in the worker's free months (`options.free_months`;
/// 0 means every month) near `options.city`, best first: those the worker can be ready for in
/// time, then by match, then by openings. At most `limit`.
pub fn seasonal_work(
    catalogue: &Catalogue,
    profile: &Profile,
    options: &PlanOptions,
    limit: usize,
) -> Vec<SeasonalWork> {
    let free = if options.free_months == 0 { ALL_MONTHS } else { options.free_months };
    let mut found: Vec<SeasonalWork> = Vec::new();
    for occupation in catalogue.occupation_indices() {
        let rows = catalogue.seasonal(occupation);
        let near: Vec<_> = rows.iter().filter(|d| options.city.is_none_or(|c| c.id == d.city.id)).collect();
        let season_mask = near.iter().fold(0u16, |acc, d| acc | d.months) & free;
        if season_mask == 0 {
            continue;
        }
        let openings = near.iter().filter(|d| d.months & free != 0).map(|d| d.openings).sum();
        let report = assess_match(catalogue, profile, occupation);
        let plan = plan_courses(catalogue, profile, &report, options);
        let plan_months = plan_length(&plan);
        let start = options.start_month;
        let runs = runs_from(season_mask, start);
        let season = runs.first().cloned().unwrap_or_default();
        let closable = plan.unclosable.is_empty();
        let work: Vec<u8> = if closable {
            season.iter().copied().filter(|m| months_after(start, *m) >= plan_months).collect()
        } else {
            Vec::new()
        };
        let next_season = if closable && work.is_empty() {
            runs.get(1).and_then(|r| r.first().copied()).filter(|m| months_after(start, *m) >= plan_months)
        } else {
            None
        };
        found.push(SeasonalWork {
            occupation,
            openings,
            city: options.city,
            season,
            work,
            next_season,
            report,
            plan,
            plan_months,
        });
    }
    crate::domain::order::sort_by(&mut found, |a, b| {
        (b.ready_in_time(), !b.work.is_empty(), b.report.percent(), b.openings).cmp(&(
            a.ready_in_time(),
            !a.work.is_empty(),
            a.report.percent(),
            a.openings,
        ))
    });
    found.truncate(limit);
    found
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mask(months: &[u8]) -> u16 {
        crate::domain::planner::month_mask(months)
    }

    #[test]
    fn seasons_are_runs_from_the_start() {
        assert_eq!(runs_from(mask(&[11, 12, 1, 2, 3]), 12), vec![vec![12, 1, 2, 3], vec![11]]);
        assert_eq!(runs_from(mask(&[11, 12, 1, 2, 3]), 10), vec![vec![11, 12, 1, 2, 3]]);
        assert_eq!(runs_from(mask(&[4, 5, 9, 10]), 1), vec![vec![4, 5], vec![9, 10]]);
        assert_eq!(runs_from(ALL_MONTHS, 3).len(), 1);
    }

    #[test]
    fn months_run_across_the_new_year() {
        assert_eq!(months_from(mask(&[1, 2, 3, 11, 12]), 11), vec![11, 12, 1, 2, 3]);
        assert_eq!(months_from(mask(&[1, 2, 3, 11, 12]), 1), vec![1, 2, 3, 11, 12]);
        assert_eq!(months_after(11, 11), 0);
        assert_eq!(months_after(11, 2), 3);
        assert_eq!(months_after(11, 10), 11);
    }

    #[test]
    fn months_as_people_write_them() {
        assert_eq!(parse_months("11-3"), Some(mask(&[11, 12, 1, 2, 3])));
        assert_eq!(parse_months("11月至次年3月"), Some(mask(&[11, 12, 1, 2, 3])));
        assert_eq!(parse_months("4–10"), Some(mask(&[4, 5, 6, 7, 8, 9, 10])));
        assert_eq!(parse_months("3、9、11"), Some(mask(&[3, 9, 11])));
        assert_eq!(parse_months("12月，1月"), Some(mask(&[12, 1])));
        assert_eq!(parse_months("全年"), Some(ALL_MONTHS));
        assert_eq!(parse_months("13"), None);
        assert_eq!(parse_months(""), None);
        assert_eq!(parse_months("冬天"), None);
    }
}
