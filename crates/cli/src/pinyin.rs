//! Pinyin for catalogue terms, computed at build time: the catalogue carries a small table of the
//! characters it uses, so the browser ships no pinyin dictionary.
//!
//! Each Chinese name or synonym becomes one entry of tone-less syllables separated by spaces
//! ("dian han" for 电焊); Latin letters and digits in a term are kept as one lower-case word
//! ("plc bian cheng yu tiao shi"). Polyphonic characters take the crate's most common reading.

use pinyin::ToPinyin;
use skillgap_core::domain::format::CatalogueFile;

/// The crate's most common tone-less reading of `ch`, with `ü` written `v` as on every pinyin
/// keyboard (`lv` for 铝).
pub fn reading(ch: char) -> Option<String> {
    ch.to_pinyin().map(|p| p.plain().replace('ü', "v"))
}

/// The syllables of `term` (see [`skillgap_core::domain::pinyin::syllables`]).
#[cfg(test)]
pub fn syllables(term: &str) -> Option<String> {
    skillgap_core::domain::pinyin::syllables(term, reading)
}

/// Writes the catalogue's `pinyin_table`: the reading of every Chinese character in skill,
/// occupation and previous-job names and synonyms. The per-term `pinyin` lists are left out (the app derives
/// them from the table when it loads the catalogue).
pub fn add_pinyin(file: &mut CatalogueFile) {
    let mut table = std::collections::BTreeMap::new();
    let terms = file
        .skills
        .iter()
        .flat_map(|s| std::iter::once(&s.name.zh).chain(&s.synonyms.zh))
        .chain(file.occupations.iter().flat_map(|o| std::iter::once(&o.name.zh).chain(&o.synonyms.zh)))
        .chain(file.origins.iter().flat_map(|o| std::iter::once(&o.name.zh).chain(&o.synonyms.zh)));
    for t in terms {
        for ch in t.chars() {
            if let Some(p) = reading(ch) {
                table.insert(ch.to_string(), p);
            }
        }
    }
    for s in &mut file.skills {
        s.pinyin.clear();
    }
    for o in &mut file.origins {
        o.pinyin.clear();
    }
    file.pinyin_table = table;
}

#[cfg(test)]
mod tests {
    use super::{add_pinyin, syllables};
    use skillgap_core::domain::Catalogue;

    #[test]
    fn terms_become_toneless_syllables() {
        assert_eq!(syllables("电焊").as_deref(), Some("dian han"));
        assert_eq!(syllables("PLC编程").as_deref(), Some("plc bian cheng"));
        assert_eq!(syllables("开叉车").as_deref(), Some("kai cha che"));
        assert_eq!(syllables("N1叉车司机").as_deref(), Some("n1 cha che si ji"));
        assert_eq!(syllables("forklift"), None);
    }

    /// The app's pinyin (from the table in the default catalogue) is exactly the crate's pinyin of
    /// every term.
    #[test]
    fn the_table_gives_the_crates_pinyin_for_every_term() {
        let mut file: skillgap_core::domain::format::CatalogueFile =
            serde_json::from_str(skillgap_core::DEFAULT_CATALOGUE_JSON).unwrap();
        assert!(file.pinyin_table.len() > 500, "{} characters", file.pinyin_table.len());
        let catalogue = Catalogue::from_file(file.clone()).unwrap();
        let expected = |terms: Vec<&String>| {
            let mut out: Vec<String> = Vec::new();
            for s in terms.into_iter().filter_map(|t| syllables(t)) {
                if !out.contains(&s) {
                    out.push(s);
                }
            }
            out
        };
        for (i, s) in file.skills.iter().enumerate() {
            let want = expected(std::iter::once(&s.name.zh).chain(&s.synonyms.zh).collect());
            assert!(!want.is_empty(), "{}", s.id);
            assert_eq!(catalogue.skills[i].pinyin, want, "{}", s.id);
        }
        for (i, o) in file.origins.iter().enumerate() {
            let want = expected(std::iter::once(&o.name.zh).chain(&o.synonyms.zh).collect());
            assert_eq!(catalogue.origins[i].pinyin, want, "{}", o.id);
        }
        add_pinyin(&mut file);
        assert!(file.skills.iter().all(|s| s.pinyin.is_empty()));
    }
}
