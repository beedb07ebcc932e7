//! The share link: the whole assessment in the URL fragment (`#a=1&s=…`), which browsers never
//! send to a server. Compact (ids, level digits, month numbers), versioned (`a=1`), holding no
//! personal name (the export format has no field for one).
//!
//! ```text
//! #a=1&e=2025Q2&s=smaw:4,gtaw:2&t=welder&k=welder,cnc&c=fuxin&m=11,12&h=12&o=c
//! ```
//!
//! `a` version (first), `e` catalogue edition, `s` skills `id:level`, `t` target, `k` compared
//! occupations, `c` city, `m` free months, `h` hours per week, `o` objective (`h` hours, `c`
//! cost). Values are percent-encoded except letters, digits and `-_.`. [`decode`] refuses
//! anything else (an unknown or repeated key, a damaged part, a newer version) with an
//! [`AssessmentError`]; it never panics, whatever the text (fuzzed in `fuzz/`).

use crate::state::export::{AssessmentError, AssessmentExport, ExportedSkill, EXPORT_FORMAT, EXPORT_VERSION};

/// The longest fragment read. A 60-skill assessment is about 1,500 characters.
pub const MAX_LINK_CHARS: usize = 4_000;

/// The fragment (without `#`) for an export.
pub fn encode(e: &AssessmentExport) -> String {
    let mut parts = vec![format!("a={}", e.version)];
    if !e.catalogue_edition.is_empty() {
        parts.push(format!("e={}", escape(&e.catalogue_edition)));
    }
    if !e.skills.is_empty() {
        let skills: Vec<String> = e.skills.iter().map(|s| format!("{}:{}", escape(&s.skill), s.level)).collect();
        parts.push(format!("s={}", skills.join(",")));
    }
    if let Some(t) = &e.target {
        parts.push(format!("t={}", escape(t)));
    }
    if !e.compare.is_empty() {
        parts.push(format!("k={}", e.compare.iter().map(|c| escape(c)).collect::<Vec<_>>().join(",")));
    }
    if let Some(c) = &e.city {
        parts.push(format!("c={}", escape(c)));
    }
    if !e.free_months.is_empty() {
        parts.push(format!("m={}", e.free_months.iter().map(u8::to_string).collect::<Vec<_>>().join(",")));
    }
    parts.push(format!("h={}", e.hours_per_week));
    parts.push(format!("o={}", if e.objective == "cost" { "c" } else { "h" }));
    parts.join("&")
}

/// True when `fragment` (with or without `#`) looks like a share link, so other fragments (an
/// in-page anchor) are left alone.
pub fn is_share_link(fragment: &str) -> bool {
    fragment.trim_start_matches('#').starts_with("a=")
}

/// The export a fragment describes. Range checks (levels, months, hours) are left to
/// [`crate::state::export::restore`], which applies them to files too.
pub fn decode(fragment: &str) -> Result<AssessmentExport, AssessmentError> {
    let text = fragment.strip_prefix('#').unwrap_or(fragment);
    if text.is_empty() {
        return Err(AssessmentError::Empty);
    }
    if text.len() > MAX_LINK_CHARS {
        return Err(AssessmentError::TooLarge { bytes: text.len() });
    }
    let bad = |part: &str| AssessmentError::BadLink { part: part.to_owned() };
    let mut e = AssessmentExport {
        format: EXPORT_FORMAT.to_owned(),
        version: 0,
        catalogue_edition: String::new(),
        skills: Vec::new(),
        target: None,
        compare: Vec::new(),
        city: None,
        free_months: Vec::new(),
        hours_per_week: 0,
        objective: String::new(),
        notes: String::new(),
    };
    let mut seen = String::new();
    for (i, part) in text.split('&').enumerate() {
        let (key, value) = part.split_once('=').ok_or_else(|| bad(part))?;
        if key.len() != 1 || seen.contains(key) || (i == 0) != (key == "a") {
            return Err(bad(part));
        }
        seen.push_str(key);
        let list = || value.split(',').map(unescape).collect::<Result<Vec<String>, ()>>().map_err(|_| bad(part));
        let number = |v: &str| v.parse::<u32>().map_err(|_| bad(part));
        match key {
            "a" => {
                e.version = number(value)?;
                if e.version > EXPORT_VERSION {
                    return Err(AssessmentError::NewerVersion { found: e.version });
                }
            }
            "e" => e.catalogue_edition = unescape(value).map_err(|_| bad(part))?,
            "s" => {
                for item in value.split(',') {
                    let (id, level) = item.rsplit_once(':').ok_or_else(|| bad(item))?;
                    let level = u8::try_from(number(level)?).map_err(|_| bad(item))?;
                    e.skills.push(ExportedSkill { skill: unescape(id).map_err(|_| bad(item))?, level });
                }
            }
            "t" => e.target = Some(unescape(value).map_err(|_| bad(part))?),
            "k" => e.compare = list()?,
            "c" => e.city = Some(unescape(value).map_err(|_| bad(part))?),
            "m" => {
                for m in value.split(',') {
                    e.free_months.push(u8::try_from(number(m)?).map_err(|_| bad(part))?);
                }
            }
            "h" => e.hours_per_week = number(value)?,
            "o" => {
                e.objective = match value {
                    "h" => "hours",
                    "c" => "cost",
                    _ => return Err(bad(part)),
                }
                .to_owned()
            }
            _ => return Err(bad(part)),
        }
    }
    if !seen.contains('h') || !seen.contains('o') {
        return Err(bad(text));
    }
    Ok(e)
}

fn keep(b: u8) -> bool {
    b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.')
}

fn escape(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for &b in s.as_bytes() {
        if keep(b) {
            out.push(b as char);
        } else {
            out.push_str(&format!("%{b:02X}"));
        }
    }
    out
}

fn unescape(s: &str) -> Result<String, ()> {
    let bytes = s.as_bytes();
    let mut out = Vec::with_capacity(bytes.len());
    let mut i = 0;
    while i < bytes.len() {
        match bytes[i] {
            b'%' => {
                let hex = s.get(i + 1..i + 3).ok_or(())?;
                out.push(u8::from_str_radix(hex, 16).map_err(|_| ())?);
                i += 3;
            }
            b if keep(b) => {
                out.push(b);
                i += 1;
            }
            _ => return Err(()),
        }
    }
    let text = String::from_utf8(out).map_err(|_| ())?;
    if text.is_empty() {
        Err(())
    } else {
        Ok(text)
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::domain::Catalogue;
    use crate::state::export::{export, restore};
    use crate::state::{AssessmentAction, AssessmentState};

    use crate::state::sample_catalogue as sample;

    fn state(c: &Catalogue) -> AssessmentState {
        AssessmentState::default()
            .apply(AssessmentAction::SetLevel(
                c.skill_by_id("smaw").unwrap(),
                crate::domain::SkillLevel::new(4).unwrap(),
            ))
            .apply(AssessmentAction::AddSkill(c.skill_by_id("gtaw").unwrap()))
            .apply(AssessmentAction::SetTarget(c.occupation_by_id("welder")))
            .apply(AssessmentAction::ToggleCompare(c.occupation_by_id("welder").unwrap()))
            .apply(AssessmentAction::SetCity(Some("fuxin")))
            .apply(AssessmentAction::ToggleMonth(11))
            .apply(AssessmentAction::ToggleMonth(12))
            .apply(AssessmentAction::SetHoursPerWeek(12))
            .apply(AssessmentAction::SetObjective(crate::domain::Objective::OutOfPocket))
    }

    #[test]
    fn the_link_is_compact_and_reads_back() {
        let c = sample();
        let s = state(&c);
        let link = encode(&export(&s, &c));
        assert_eq!(link, format!("a=1&e={}&s=smaw:4,gtaw:2&t=welder&k=welder&c=fuxin&m=11,12&h=12&o=c", c.edition));
        assert!(is_share_link(&format!("#{link}")));
        let back = restore(&decode(&format!("#{link}")).unwrap(), &c).unwrap();
        assert_eq!(back.state, s);
    }

    #[test]
    fn notes_never_go_into_a_link() {
        let c = sample();
        let s = state(&c).apply(AssessmentAction::SetNotes("see 13800000000".into()));
        let link = encode(&export(&s, &c));
        assert!(!link.contains("13800000000") && !link.contains("see"), "{link}");
        assert_eq!(restore(&decode(&link).unwrap(), &c).unwrap().state.notes, "");
    }

    #[test]
    fn odd_characters_in_ids_are_escaped() {
        let mut e = export(&AssessmentState::default(), &sample());
        e.skills.push(ExportedSkill { skill: "http://esco/skill a&b=c,d:1#焊".into(), level: 3 });
        e.catalogue_edition = "v1.1.1 & more".into();
        let link = encode(&e);
        assert!(link.bytes().all(|b| b.is_ascii_alphanumeric() || b"-_.%:,=&".contains(&b)), "{link}");
        assert_eq!(decode(&link).unwrap(), e);
    }

    #[test]
    fn doctored_links_are_refused() {
        let bad = |link: &str| decode(link).unwrap_err();
        assert_eq!(bad(""), AssessmentError::Empty);
        assert_eq!(bad("#"), AssessmentError::Empty);
        assert_eq!(bad("a=2&h=40&o=h"), AssessmentError::NewerVersion { found: 2 });
        for link in [
            "h=40&o=h&a=1",            // version not first
            "a=1&h=40",                // cut off
            "a=1&s=smaw&h=40&o=h",     // no level
            "a=1&s=smaw:x&h=40&o=h",   // level not a number
            "a=1&s=smaw:300&h=40&o=h", // level beyond a byte
            "a=1&t=a%2&h=40&o=h",      // broken escape
            "a=1&t=%FF&h=40&o=h",      // not UTF-8
            "a=1&t=<script>&h=40&o=h", // characters never written
            "a=1&z=1&h=40&o=h",        // unknown key
            "a=1&h=40&h=41&o=h",       // repeated key
            "a=1&h=40&o=x",            // unknown objective
            "a=1&t=&h=40&o=h",         // empty id
            "a=1&m=1,,2&h=40&o=h",     // empty month
        ] {
            assert!(matches!(bad(link), AssessmentError::BadLink { .. }), "{link}");
        }
        assert!(matches!(bad(&"a=1&".repeat(2_000)), AssessmentError::TooLarge { .. }));
    }

    #[test]
    fn range_faults_are_caught_when_restoring() {
        let c = sample();
        let e = decode("a=1&s=smaw:9&h=40&o=h").unwrap();
        assert_eq!(restore(&e, &c).unwrap_err(), AssessmentError::BadValue { field: "level", value: "9".into() });
        let e = decode("a=1&m=13&h=40&o=h").unwrap();
        assert!(restore(&e, &c).is_err());
        let e = decode("a=1&h=0&o=h").unwrap();
        assert!(restore(&e, &c).is_err());
    }
}
