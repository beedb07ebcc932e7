//! `skillgap-cli quality`: how well "what fits me?" ranks, measured, never tuned to pass.
//!
//! 1. Against an expert reference: O*NET's `Related Occupations.tsv` lists, for each occupation,
//!    the related occupations its analysts reviewed (tiers Primary-Short and Primary-Long, about
//!    ten). For every O*NET occupation with ratings, the profile is the occupation itself (every
//!    rated skill and knowledge area at its own level: "full"), or only its 8 most important
//!    ("8 skills", as a worker names a few). The figure is recall@10: the share of the related
//!    occupations found in the ranking's first ten, the occupation itself left out, averaged. It
//!    is given for the suggestion order (by fit), for the match score alone (by closeness), and
//!    for the baseline of a plain cosine similarity of level × importance vectors computed on the
//!    same catalogue (the profile's vector takes the importance of the occupation it came from,
//!    which a worker's profile does not have).
//! 2. Against a counsellor's judgement: `suggestions.json` (written before the suggestion score)
//!    and `suggestions_heldout.json` (a second set, never used to choose anything) in the fixtures
//!    folder label targets good, acceptable or poor for worker profiles of the default catalogue.
//!    The figures: the share of profiles with a good target in the first five, and with no poor
//!    one in the first ten; and the same per label.
//!
//! Only the O*NET reading is O*NET's; the ranking is the engine's, as the app runs it.

use std::collections::HashMap;
use std::fs;
use std::path::Path;

use serde::Deserialize;
use serde_json::{json, Value};
use skillgap_core::domain::catalogue::{Catalogue, OccupationIdx};
use skillgap_core::domain::import::onet;
use skillgap_core::domain::level::SkillLevel;
use skillgap_core::domain::matching::Profile;
use skillgap_core::domain::ranking::{rank_occupations, RankBy, RankOptions};

/// What the suggestions are held to on the reference, full profiles.
const AIM_FULL: f64 = 0.45;

/// The O*NET catalogue and its expert reference.
pub struct Onet {
    catalogue: Catalogue,
    /// Occupation → the related occupations (Primary tiers) that are in the catalogue.
    related: HashMap<OccupationIdx, Vec<OccupationIdx>>,
}

fn read(dir: &Path, name: &str) -> Result<String, String> {
    fs::read_to_string(dir.join(name)).map_err(|e| {
        format!(
            "{}: {e} (the O*NET 29.2 files are in ../shared/data/onet-29.2; see its SOURCE.md)",
            dir.join(name).display()
        )
    })
}

impl Onet {
    pub fn read(dir: &Path) -> Result<Onet, String> {
        let occupations = read(dir, onet::OCCUPATIONS_FILE)?;
        let skills = read(dir, onet::SKILLS_FILE)?;
        let knowledge = read(dir, onet::KNOWLEDGE_FILE)?;
        let (file, _) = onet::import_onet(onet::OnetFiles {
            occupations: &occupations,
            skills: &skills,
            knowledge: Some(&knowledge),
        })
        .map_err(|e| e.message(skillgap_core::domain::Lang::En))?;
        let catalogue = Catalogue::from_file(file).map_err(|e| format!("the O*NET import is not valid: {e:?}"))?;
        let text = read(dir, "Related Occupations.tsv")?;
        let mut reader = csv::ReaderBuilder::new().delimiter(b'\t').from_reader(text.as_bytes());
        let headers = reader.headers().map_err(|e| e.to_string())?.clone();
        let col = |name: &str| {
            headers.iter().position(|h| h == name).ok_or_else(|| format!("Related Occupations.tsv: no column {name}"))
        };
        let (from, to, tier) = (col("O*NET-SOC Code")?, col("Related O*NET-SOC Code")?, col("Relatedness Tier")?);
        let mut related: HashMap<OccupationIdx, Vec<OccupationIdx>> = HashMap::new();
        for row in reader.records() {
            let row = row.map_err(|e| format!("Related Occupations.tsv: {e}"))?;
            if !row[tier].starts_with("Primary") {
                continue;
            }
            if let (Some(a), Some(b)) = (catalogue.occupation_by_id(&row[from]), catalogue.occupation_by_id(&row[to])) {
                related.entry(a).or_default().push(b);
            }
        }
        Ok(Onet { catalogue, related })
    }
}

/// The first ten of `order` without `me`.
fn top10(order: impl Iterator<Item = OccupationIdx>, me: OccupationIdx) -> Vec<OccupationIdx> {
    order.filter(|&o| o != me).take(10).collect()
}

fn recall(found: &[OccupationIdx], related: &[OccupationIdx]) -> f64 {
    related.iter().filter(|r| found.contains(r)).count() as f64 / related.len() as f64
}

/// Cosine similarity of level × weight vectors, the profile's weights being those of `me`.
fn cosine_order(c: &Catalogue, me: OccupationIdx, profile: &Profile) -> Vec<OccupationIdx> {
    let mut v = vec![0.0f64; c.skills.len()];
    for r in &c.occupation(me).requires {
        let held = profile.held(r.skill).value() as f64;
        v[r.skill.get()] = held * r.weight as f64;
    }
    let norm_v = v.iter().map(|x| x * x).sum::<f64>().sqrt();
    let mut scored: Vec<(f64, OccupationIdx)> = c
        .occupation_indices()
        .map(|o| {
            let reqs = &c.occupation(o).requires;
            let dot: f64 = reqs.iter().map(|r| r.level.value() as f64 * r.weight as f64 * v[r.skill.get()]).sum();
            let norm: f64 = reqs.iter().map(|r| (r.level.value() as f64 * r.weight as f64).powi(2)).sum::<f64>().sqrt();
            (if norm > 0.0 && norm_v > 0.0 { dot / (norm * norm_v) } else { 0.0 }, o)
        })
        .collect();
    scored.sort_by(|a, b| b.0.total_cmp(&a.0).then_with(|| c.occupation(a.1).id.cmp(&c.occupation(b.1).id)));
    scored.into_iter().map(|(_, o)| o).collect()
}

fn ranked(c: &Catalogue, profile: &Profile, by: RankBy) -> Vec<OccupationIdx> {
    let options = RankOptions { by, shortage_boost: 0.0, ..RankOptions::default() };
    rank_occupations(c, profile, &options).into_iter().map(|r| r.occupation).collect()
}

/// Recall@10 on the O*NET reference for the three orders, full and 8-skill profiles.
fn onet_figures(onet: &Onet) -> Value {
    let c = &onet.catalogue;
    let mut sums: HashMap<(&str, &str), f64> = HashMap::new();
    let mut count = 0usize;
    for me in c.occupation_indices() {
        let Some(related) = onet.related.get(&me) else { continue };
        let reqs = &c.occupation(me).requires;
        if reqs.is_empty() {
            continue;
        }
        count += 1;
        let full: Profile = reqs.iter().map(|r| (r.skill, r.level)).collect();
        let mut by_weight: Vec<_> = reqs.iter().collect();
        by_weight.sort_by(|a, b| b.weight.total_cmp(&a.weight));
        let eight: Profile = by_weight.iter().take(8).map(|r| (r.skill, r.level)).collect();
        for (name, profile) in [("full", &full), ("8 skills", &eight)] {
            for (order, list) in [
                ("fit", ranked(c, profile, RankBy::Fit)),
                ("closeness", ranked(c, profile, RankBy::Closeness)),
                ("cosine", cosine_order(c, me, profile)),
            ] {
                *sums.entry((name, order)).or_default() += recall(&top10(list.into_iter(), me), related);
            }
        }
    }
    let get = |p: &str, o: &str| sums.get(&(p, o)).copied().unwrap_or(0.0) / count.max(1) as f64;
    json!({
        "occupations": count,
        "full": {"fit": get("full", "fit"), "closeness": get("full", "closeness"), "cosine": get("full", "cosine")},
        "eight": {"fit": get("8 skills", "fit"), "closeness": get("8 skills", "closeness"), "cosine": get("8 skills", "cosine")},
    })
}

#[derive(Deserialize)]
struct Fixture {
    profiles: Vec<Labelled>,
}

#[derive(Deserialize)]
struct Labelled {
    id: String,
    #[serde(default)]
    origin: Option<String>,
    #[serde(default)]
    skills: Vec<LabelledSkill>,
    #[serde(default)]
    good: Vec<String>,
    #[serde(default)]
    poor: Vec<String>,
}

#[derive(Deserialize)]
struct LabelledSkill {
    skill: String,
    level: u8,
}

fn profile_of(c: &Catalogue, p: &Labelled) -> Result<Profile, String> {
    let mut profile = Profile::new();
    if let Some(origin) = &p.origin {
        let o = c.origins.iter().find(|o| &o.id == origin).ok_or_else(|| format!("{}: no origin {origin}", p.id))?;
        for &(s, l) in &o.skills {
            profile.set(s, l);
        }
    }
    for s in &p.skills {
        let skill = c.skill_by_id(&s.skill).ok_or_else(|| format!("{}: no skill {}", p.id, s.skill))?;
        let level = SkillLevel::new(s.level).ok_or_else(|| format!("{}: level {} out of range", p.id, s.level))?;
        profile.set(skill, level);
    }
    Ok(profile)
}

/// The fixture figures for one file and one order.
fn fixture_figures(c: &Catalogue, path: &Path, by: RankBy) -> Result<Value, String> {
    let text = fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let fixture: Fixture = serde_json::from_str(&text).map_err(|e| format!("{}: {e}", path.display()))?;
    let ids = |p: &Labelled, list: &[String]| -> Result<Vec<OccupationIdx>, String> {
        list.iter().map(|id| c.occupation_by_id(id).ok_or_else(|| format!("{}: no occupation {id}", p.id))).collect()
    };
    let (mut good_top5, mut no_poor_top10, mut good_labels, mut good_in, mut poor_labels, mut poor_out) =
        (0usize, 0usize, 0usize, 0usize, 0usize, 0usize);
    let mut misses = Vec::new();
    for p in &fixture.profiles {
        let profile = profile_of(c, p)?;
        let order = ranked(c, &profile, by);
        let (good, poor) = (ids(p, &p.good)?, ids(p, &p.poor)?);
        let rank_of = |o: &OccupationIdx| order.iter().position(|x| x == o).unwrap_or(usize::MAX);
        if good.iter().any(|g| rank_of(g) < 5) {
            good_top5 += 1;
        } else {
            misses.push(format!("{}: no good target in the first five", p.id));
        }
        if poor.iter().all(|q| rank_of(q) >= 10) {
            no_poor_top10 += 1;
        } else {
            let shown: Vec<&str> =
                poor.iter().filter(|q| rank_of(q) < 10).map(|q| c.occupation(*q).id.as_str()).collect();
            misses.push(format!("{}: poor in the first ten: {}", p.id, shown.join(", ")));
        }
        good_labels += good.len();
        good_in += good.iter().filter(|g| rank_of(g) < 5).count();
        poor_labels += poor.len();
        poor_out += poor.iter().filter(|q| rank_of(q) >= 10).count();
    }
    let n = fixture.profiles.len().max(1) as f64;
    Ok(json!({
        "profiles": fixture.profiles.len(),
        "good_in_top5": good_top5 as f64 / n,
        "no_poor_in_top10": no_poor_top10 as f64 / n,
        "good_labels_in_top5": good_in as f64 / good_labels.max(1) as f64,
        "poor_labels_outside_top10": poor_out as f64 / poor_labels.max(1) as f64,
        "misses": misses,
    }))
}

fn figure(what: String, value: f64, goal: Option<(&str, f64)>) -> Value {
    let (goal, met) = match goal {
        Some(("min", g)) => (json!({"min": (g * 1000.0).round() / 1000.0}), json!(value >= g)),
        _ => (Value::Null, Value::Null),
    };
    json!({"what": what, "value": value, "goal": goal, "met": met})
}

/// Runs both parts, prints them, and returns the report (with `figures` for scripts/report.py).
pub fn report(c: &Catalogue, fixtures: &Path, onet: Option<&Onet>) -> Result<Value, String> {
    let mut figures = Vec::new();
    let mut out = serde_json::Map::new();
    if let Some(onet) = onet {
        let o = onet_figures(onet);
        let n = o["occupations"].as_u64().unwrap_or(0);
        println!("O*NET 29.2 Related Occupations, recall@10 over {n} occupations (suggestion order / match score alone / cosine baseline):");
        for (key, label) in [("full", "full profile"), ("eight", "8-skill profile")] {
            let (fit, close, cos) = (
                o[key]["fit"].as_f64().unwrap_or(0.0),
                o[key]["closeness"].as_f64().unwrap_or(0.0),
                o[key]["cosine"].as_f64().unwrap_or(0.0),
            );
            println!("  {label}: {fit:.3} / {close:.3} / {cos:.3}");
            let aim = if key == "full" { cos.max(AIM_FULL) } else { cos };
            figures.push(figure(
                format!(
                    "suggestions vs O*NET Related Occupations, recall@10, {label} (aim: the cosine baseline{})",
                    if key == "full" { " and 0.45" } else { "" }
                ),
                fit,
                Some(("min", aim)),
            ));
            figures.push(figure(format!("cosine baseline (level × importance), recall@10, {label}"), cos, None));
            figures.push(figure(format!("match score alone (the old order), recall@10, {label}"), close, None));
        }
        out.insert("onet".into(), o);
    } else {
        println!("O*NET reference: not measured (no --onet folder)");
    }
    for (file, part) in [("suggestions.json", "tuning"), ("suggestions_heldout.json", "held-out")] {
        let path = fixtures.join(file);
        let fit = fixture_figures(c, &path, RankBy::Fit)?;
        let close = fixture_figures(c, &path, RankBy::Closeness)?;
        println!(
            "Counsellor's labels, {part} part ({} profiles), suggestion order (match score alone in brackets): a good target in the first five {:.2} ({:.2}); no poor one in the first ten {:.2} ({:.2}); good labels in the first five {:.2} ({:.2}); poor labels outside the first ten {:.2} ({:.2})",
            fit["profiles"], fit["good_in_top5"].as_f64().unwrap_or(0.0), close["good_in_top5"].as_f64().unwrap_or(0.0),
            fit["no_poor_in_top10"].as_f64().unwrap_or(0.0), close["no_poor_in_top10"].as_f64().unwrap_or(0.0),
            fit["good_labels_in_top5"].as_f64().unwrap_or(0.0), close["good_labels_in_top5"].as_f64().unwrap_or(0.0),
            fit["poor_labels_outside_top10"].as_f64().unwrap_or(0.0), close["poor_labels_outside_top10"].as_f64().unwrap_or(0.0),
        );
        for m in fit["misses"].as_array().into_iter().flatten() {
            println!("    {}", m.as_str().unwrap_or(""));
        }
        figures.push(figure(
            format!("counsellor's labels, {part}: profiles with a good target in the first five"),
            fit["good_in_top5"].as_f64().unwrap_or(0.0),
            None,
        ));
        figures.push(figure(
            format!("counsellor's labels, {part}: profiles with no poor target in the first ten"),
            fit["no_poor_in_top10"].as_f64().unwrap_or(0.0),
            None,
        ));
        out.insert(part.into(), json!({"fit": fit, "closeness": close}));
    }
    out.insert("figures".into(), Value::Array(figures));
    Ok(Value::Object(out))
}
