//! Pinyin of catalogue terms, from a per-character table the catalogue carries.
//!
//! `skillgap-cli build` writes one `pinyin_table` entry (character → tone-less syllable) for every
//! Chinese character used in skill and previous-job names and synonyms; the browser turns each
//! term into syllables with it when the catalogue loads. This is about 20 KB (gzip) smaller than
//! storing the syllables of every term, and gives the same result as the build tool's pinyin
//! crate, which reads characters one at a time too (a test in the CLI checks it on the default
//! catalogue).

/// The syllables of `term` separated by spaces (`"dian han"` for 电焊), or `None` when no
/// character of it has a reading. Latin letters and digits stay together as one lower-case word
/// (`"plc bian cheng"`); other characters separate words.
pub fn syllables<S: AsRef<str>>(term: &str, reading: impl Fn(char) -> Option<S>) -> Option<String> {
    let mut words: Vec<String> = Vec::new();
    let mut latin = String::new();
    let mut has_han = false;
    for ch in term.chars() {
        match reading(ch) {
            Some(p) => {
                has_han = true;
                if !latin.is_empty() {
                    words.push(std::mem::take(&mut latin));
                }
                words.push(p.as_ref().to_owned());
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

/// The distinct syllable strings of `terms`, in order.
pub fn terms<'b, S: AsRef<str>>(
    terms: impl Iterator<Item = &'b String>,
    reading: impl Fn(char) -> Option<S>,
) -> Vec<String> {
    let mut out: Vec<String> = Vec::new();
    for t in terms {
        if let Some(s) = syllables(t, &reading) {
            if !out.contains(&s) {
                out.push(s);
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn table(ch: char) -> Option<&'static str> {
        match ch {
            '电' => Some("dian"),
            '焊' => Some("han"),
            '编' => Some("bian"),
            '程' => Some("cheng"),
            _ => None,
        }
    }

    #[test]
    fn terms_become_toneless_syllables() {
        assert_eq!(syllables("电焊", table).as_deref(), Some("dian han"));
        assert_eq!(syllables("PLC编程", table).as_deref(), Some("plc bian cheng"));
        assert_eq!(syllables("PLC 编程 2", table).as_deref(), Some("plc bian cheng 2"));
        assert_eq!(syllables("forklift", table), None);
        assert_eq!(syllables("", table), None);
    }

    #[test]
    fn terms_are_deduplicated_in_order() {
        let t = ["电焊".to_owned(), "welding".to_owned(), "电焊".to_owned(), "编程".to_owned()];
        assert_eq!(terms(t.iter(), table), vec!["dian han".to_owned(), "bian cheng".to_owned()]);
    }
}
