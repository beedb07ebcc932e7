//! Pinyin for catalogue terms, computed at build time so the browser needs no pinyin table.
//!
//! Each Chinese name or synonym becomes one entry of tone-less syllables separated by spaces
//! ("dian han" for 电焊); Latin letters and digits in a term are kept as one lower-case word
//! ("plc bian cheng yu tiao shi"). Polyphonic characters take the crate's most common reading.

use pinyin::ToPinyin;
use skillgap::domain::format::CatalogueFile;

/// The syllables of `term`, or `None` when it has no Chinese character.
pub fn syllables(term: &str) -> Option<String> {
    let mut words: Vec<String> = Vec::new();
    let mut latin = String::new();
    let mut has_han = false;
    for (ch, py) in term.chars().zip(term.to_pinyin()) {
        match py {
            Some(p) => {
                has_han = true;
                if !latin.is_empty() {
                    words.push(std::mem::take(&mut latin));
                }
                words.push(p.plain().to_owned());
            }
            None if ch.is_ascii_alphanumeric() => latin.push(ch.to_ascii_lowercase()),
            None => {
                if !latin.is_empty() {
                    words.push(std::mem::take(&mut latin));
                }
            }
        }
    }
    if !latin.is_empty() {
        words.push(latin);
    }
    has_han.then(|| words.join(" "))
}

fn pinyin_of<'a>(terms: impl Iterator<Item = &'a String>) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for t in terms {
        if let Some(s) = syllables(t) {
            if !out.contains(&s) {
                out.push(s);
            }
        }
    }
    out
}

/// Fills the `pinyin` field of every skill and origin occupation.
pub fn add_pinyin(file: &mut CatalogueFile) {
    for s in &mut file.skills {
        s.pinyin = pinyin_of(std::iter::once(&s.name.zh).chain(&s.synonyms.zh));
    }
    for o in &mut file.origins {
        o.pinyin = pinyin_of(std::iter::once(&o.name.zh).chain(&o.synonyms.zh));
    }
}

#[cfg(test)]
mod tests {
    use super::syllables;

    #[test]
    fn terms_become_toneless_syllables() {
        assert_eq!(syllables("电焊").as_deref(), Some("dian han"));
        assert_eq!(syllables("PLC编程").as_deref(), Some("plc bian cheng"));
        assert_eq!(syllables("开叉车").as_deref(), Some("kai cha che"));
        assert_eq!(syllables("N1叉车司机").as_deref(), Some("n1 cha che si ji"));
        assert_eq!(syllables("forklift"), None);
    }
}
