//! Seasonal work in the slack season: a Chaoyang farm worker free from November to March sees
//! seasonal openings in those months with a plan that ends in time; a season with no openings;
//! a plan that cannot end before the season; the months column of the openings table.

use skillgap::domain::format::CatalogueFile;
use skillgap::domain::import::demand::apply_demand;
use skillgap::domain::planner::month_mask;
use skillgap::domain::season::{months_after, plan_length, seasonal_work, SeasonalWork};
use skillgap::domain::{Catalogue, Lang, PlanOptions, Profile, SkillLevel};
use skillgap::i18n::seasonal_when;

fn file() -> CatalogueFile {
    serde_json::from_str(skillgap::DEFAULT_CATALOGUE_JSON).unwrap()
}

fn farm_worker(c: &Catalogue) -> Profile {
    ["safety", "cs-agri-machine-op"]
        .iter()
        .filter_map(|id| c.skill_by_id(id))
        .map(|s| (s, SkillLevel::new(2).unwrap()))
        .collect()
}

fn chaoyang(free: &[u8], start_month: u8) -> PlanOptions {
    PlanOptions {
        city: skillgap::domain::city::find_city("朝阳"),
        free_months: month_mask(free),
        start_month,
        ..PlanOptions::default()
    }
}

fn when(c: &Catalogue, w: &SeasonalWork, lang: Lang) -> String {
    let courses: Vec<(&str, u32)> =
        w.plan.courses.iter().map(|p| (c.course(p.course).name.get(lang), c.course(p.course).hours)).collect();
    seasonal_when(lang, &courses, &w.season, &w.work, w.next_season)
}

#[test]
fn a_chaoyang_worker_free_november_to_march_sees_work_with_a_plan_that_ends_in_time() {
    let c = Catalogue::from_file(file()).unwrap();
    let options = chaoyang(&[11, 12, 1, 2, 3], 10);
    let found = seasonal_work(&c, &farm_worker(&c), &options, 50);
    assert!(found.len() >= 3, "{} seasonal jobs", found.len());
    for w in &found {
        let name = &c.occupation(w.occupation).name.zh;
        assert!(w.openings > 0, "{name}");
        assert!(w.season.iter().all(|m| [11, 12, 1, 2, 3].contains(m)), "{name}: {:?} is in the free months", w.season);
        assert!(w.work.iter().all(|m| w.season.contains(m)), "{name}");
        // Months in order across the new year, from October.
        let after: Vec<u8> = w.season.iter().map(|m| months_after(10, *m)).collect();
        assert!(after.windows(2).all(|p| p[0] < p[1]), "{name}: {:?}", w.season);
        if w.ready_in_time() {
            assert!(plan_length(&w.plan) <= months_after(10, w.season[0]), "{name}: the plan ends before the season");
        }
        assert!(!when(&c, w, Lang::Zh).is_empty() && !when(&c, w, Lang::En).is_empty());
    }
    assert!(found[0].ready_in_time(), "the jobs the worker can be ready for come first");
    let codes: Vec<&str> = found.iter().map(|w| c.occupation(w.occupation).code.as_str()).collect();
    assert!(
        codes.contains(&"4-02-06-04") || codes.contains(&"6-01-04-01"),
        "cold storage or slaughter before the Spring Festival: {codes:?}"
    );
    // No farm peak (sowing, harvest, crop protection) is offered in the slack season.
    assert!(!codes.contains(&"5-05-05-01") && !codes.contains(&"4-02-04-06"), "{codes:?}");
}

#[test]
fn a_month_without_seasonal_openings_offers_nothing() {
    let mut f = file();
    f.demand.retain(|d| !d.months.contains(&7));
    let c = Catalogue::from_file(f).unwrap();
    assert!(c.has_seasonal());
    assert!(seasonal_work(&c, &farm_worker(&c), &chaoyang(&[7], 6), 50).is_empty());
}

#[test]
fn a_plan_that_cannot_end_before_the_season_is_said_plainly() {
    let c = Catalogue::from_file(file()).unwrap();
    // Free in December and January only, planning from December, knowing nothing yet: a job that
    // needs a course of a month or more leaves less of the season, or none.
    let found = seasonal_work(&c, &Profile::new(), &chaoyang(&[12, 1], 12), 50);
    let late: Vec<&SeasonalWork> = found.iter().filter(|w| w.work.len() < w.season.len()).collect();
    assert!(!late.is_empty(), "some plan takes part of the season");
    for w in &found {
        if w.work.is_empty() {
            assert!(when(&c, w, Lang::Zh).contains("来不及"), "{}", when(&c, w, Lang::Zh));
            assert!(when(&c, w, Lang::En).to_lowercase().contains("too late"), "{}", when(&c, w, Lang::En));
        }
    }
    // Mid-season (free November–March, planning in December): a plan that needs an autumn course
    // points to the next season's first month, November.
    let found = seasonal_work(&c, &Profile::new(), &chaoyang(&[11, 12, 1, 2, 3], 12), 50);
    assert!(found.iter().all(|w| w.season.first() == Some(&12)), "the season under way comes first");
    let next: Vec<&SeasonalWork> = found.iter().filter(|w| w.next_season.is_some()).collect();
    assert!(next.iter().all(|w| w.next_season == Some(11)));
    for w in next {
        assert!(when(&c, w, Lang::Zh).contains("下一季 11月起能干"), "{}", when(&c, w, Lang::Zh));
    }
}

#[test]
fn the_openings_table_carries_months_across_the_new_year() {
    let mut f = file();
    let csv = "职业编码,城市,岗位数,月薪下限,月薪上限,期间,用工月份\n4-02-06-04,朝阳市,40,3800,5200,2026Q4,11-3\n6-31-01-03,阜新市,12,4000,6500,2026Q4,\n";
    apply_demand(&mut f, "d.csv", csv).unwrap();
    assert_eq!(f.demand[0].months, vec![1, 2, 3, 11, 12]);
    assert!(f.demand[1].months.is_empty(), "no months: a row of the quarter");
    let c = Catalogue::from_file(f.clone()).unwrap();
    let cold = c.occupation_indices().find(|o| c.occupation(*o).code == "4-02-06-04").unwrap();
    assert_eq!(c.seasonal(cold).len(), 1);
    assert!(c.demand(cold).is_empty(), "a seasonal row is not counted in the quarter's openings");

    let bad = "职业编码,城市,岗位数,月薪下限,月薪上限,期间,用工月份\n4-02-06-04,朝阳市,40,3800,5200,2026Q4,冬天\n";
    let e = apply_demand(&mut f, "d.csv", bad).unwrap_err();
    assert!(e.message(Lang::Zh).contains("冬天"), "{}", e.message(Lang::Zh));
}

/// The cohort's month-by-month supply and demand against a hand-computed fixture: three workers
/// (two in Chaoyang free November–March and December–January, one in Fuxin free in July, one
/// with no months) and a catalogue whose only seasonal rows are 40 openings in Chaoyang from
/// November to January and 10 in Fuxin in July.
#[test]
fn the_cohort_sums_free_workers_and_seasonal_openings_by_month_and_city() {
    use skillgap::state::cohort::{aggregate, to_csv};
    use skillgap::state::{AssessmentAction, AssessmentState};
    let mut f = file();
    f.demand.retain(|d| d.months.is_empty());
    let csv = "职业编码,城市,岗位数,月薪下限,月薪上限,期间,用工月份\n4-02-06-04,朝阳市,40,3800,5200,2026Q4,11-1\n6-01-04-01,阜新市,10,3800,5200,2026Q4,7\n6-31-01-03,阜新市,12,4000,6500,2026Q4,\n";
    // Keep the quarter's rows, add the two seasonal ones.
    let quarter = f.demand.clone();
    apply_demand(&mut f, "d.csv", csv).unwrap();
    f.demand.extend(quarter);
    let c = Catalogue::from_file(f).unwrap();
    let worker = |city: Option<&'static str>, months: &[u8]| {
        let mut a = AssessmentState::default().apply(AssessmentAction::SetCity(city));
        for &m in months {
            a = a.apply(AssessmentAction::ToggleMonth(m));
        }
        a
    };
    let cohort = aggregate(
        &c,
        &[
            worker(Some("chaoyang"), &[11, 12, 1, 2, 3]),
            worker(Some("chaoyang"), &[12, 1]),
            worker(Some("fuxin"), &[7]),
            worker(None, &[]),
        ],
    );
    let row = |city: &str| cohort.seasons.iter().find(|r| r.city == city).unwrap();
    //                 Jan Feb Mar Apr May Jun Jul Aug Sep Oct Nov Dec
    assert_eq!(row("chaoyang").free, [2, 1, 1, 0, 0, 0, 0, 0, 0, 0, 1, 2]);
    assert_eq!(row("chaoyang").openings, [40, 0, 0, 0, 0, 0, 0, 0, 0, 0, 40, 40]);
    assert_eq!(row("fuxin").free, [0, 0, 0, 0, 0, 0, 1, 0, 0, 0, 0, 0]);
    assert_eq!(row("fuxin").openings, [0, 0, 0, 0, 0, 0, 10, 0, 0, 0, 0, 0]);
    assert_eq!(cohort.seasons.len(), 2, "no row for a worker without months, nor for cities with neither");
    let text = to_csv(&c, &cohort, Lang::En);
    assert!(text.contains("\nseason_free_workers,chaoyang,1,Jan,2\n"), "{text}");
    assert!(text.contains("\nseason_openings,chaoyang,11,Nov,40\n"), "{text}");
}
