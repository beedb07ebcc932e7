//! The JSON reports of `assess` and `rank`.

use serde_json::{json, Value};
use skillgap_core::domain::ladder::outlook;
use skillgap_core::domain::profile_input::ResolvedInput;
use skillgap_core::domain::ranking::{rank_occupations, RankBy, RankOptions};
use skillgap_core::domain::{assess_match, plan_courses, Catalogue, OccupationIdx};

fn round1(x: f32) -> f64 {
    (x as f64 * 10.0).round() / 10.0
}

/// Score, explanation, gaps, ordered plan with hours, certificates and subsidy, unclosable
/// skills, the next certificate, and what in the profile named nothing.
pub fn assess(c: &Catalogue, input: &ResolvedInput, target: OccupationIdx) -> Value {
    let report = assess_match(c, &input.profile, target);
    let plan = plan_courses(c, &input.profile, &report, &input.options);
    let outlook = outlook(c, &report, &plan);
    let occ = c.occupation(target);
    let explanation: Vec<Value> = report
        .skills
        .iter()
        .map(|g| {
            json!({
                "skill": c.skill(g.skill).id, "name": c.skill(g.skill).name.zh,
                "required": g.required.value(), "held": g.held.value(), "weight": g.weight,
                "credited_from": g.credit.map(|x| json!({"skill": c.skill(x.from).id, "similarity": round1(x.similarity * 10.0) / 10.0, "level": round1(x.level)})),
                "effective": round1(g.effective), "points": round1(100.0 * g.contribution / report.total_weight),
                "short_by": g.shortfall(),
            })
        })
        .collect();
    let courses: Vec<Value> = plan
        .courses
        .iter()
        .enumerate()
        .map(|(i, p)| {
            let course = c.course(p.course);
            json!({
                "order": i + 1, "course": course.id, "name": course.name.zh, "hours": course.hours,
                "certificate": course.certificate.as_ref().map(|x| x.name.zh.clone()),
                "start_month": p.start_month, "starts_after_months": p.starts_after_months, "weeks": p.weeks,
                "fee": course.cost, "subsidy": p.subsidy, "out_of_pocket": p.out_of_pocket,
                "closes": p.closes.iter().map(|s| c.skill(*s).id.clone()).collect::<Vec<_>>(),
                "cities": course.cities.iter().map(|x| x.zh).collect::<Vec<_>>(),
            })
        })
        .collect();
    json!({
        "occupation": {"id": occ.id, "code": occ.code, "name": occ.name.zh, "shortage": occ.shortage},
        "score": round1(report.score),
        "met": report.met_count(), "required": report.skills.len(),
        "explanation": explanation,
        "gaps": report.missing().iter().map(|g| json!({"skill": c.skill(g.skill).id, "required": g.required.value(), "held": g.held.value(), "short_by": g.shortfall()})).collect::<Vec<_>>(),
        "plan": {
            "courses": courses, "total_hours": plan.total_hours, "total_fee": plan.total_fee,
            "total_subsidy": plan.total_subsidy, "total_out_of_pocket": plan.total_out_of_pocket,
            "optimal": plan.optimal, "lower_bound": plan.lower_bound, "nodes": plan.nodes,
        },
        "unclosable": plan.unclosable.iter().map(|u| json!({"skill": c.skill(u.skill).id, "required": u.required.value(), "best_taught": u.best_taught.value(), "reason": format!("{:?}", u.reason)})).collect::<Vec<_>>(),
        "certificate": {"ready_grade": outlook.ready_grade, "next_grade": outlook.next_grade},
        "unresolved": input.unresolved,
    })
}

/// The top `n` occupations for the profile.
pub fn rank(c: &Catalogue, input: &ResolvedInput, n: usize, by: RankBy) -> Value {
    let options = RankOptions { by, with_plans: true, plan: input.options, ..RankOptions::default() };
    let ranked = rank_occupations(c, &input.profile, &options);
    json!({
        "ranking": ranked.iter().take(n).enumerate().map(|(i, r)| {
            let occ = c.occupation(r.occupation);
            let name = if occ.name.zh.is_empty() { &occ.name.en } else { &occ.name.zh };
            json!({"rank": i + 1, "id": occ.id, "code": occ.code, "name": name, "score": round1(r.score),
                   "suggestion": round1(r.fit.points), "uses": r.fit.used, "of_skills": r.fit.held, "to_learn": r.fit.to_learn,
                   "over_qualified": r.fit.over_qualified, "asks_little": r.fit.asks_little,
                   "shortage": r.shortage, "plan_hours": r.plan_hours, "unclosable": r.unclosable})
        }).collect::<Vec<_>>(),
        "of": ranked.len(),
        "unresolved": input.unresolved,
    })
}
