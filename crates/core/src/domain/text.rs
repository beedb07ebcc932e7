//! Bilingual text: every name in the catalogue and the interface exists in Chinese and English.

use serde::{Deserialize, Serialize};

/// The interface languages. Chinese is the default.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash, Serialize, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum Lang {
    /// Simplified Chinese (zh-CN), the default.
    #[default]
    Zh,
    /// English.
    En,
}

impl Lang {
    /// The BCP 47 tag for the `lang` attribute.
    pub fn tag(self) -> &'static str {
        match self {
            Lang::Zh => "zh-CN",
            Lang::En => "en",
        }
    }

    /// The other language (for the switch button).
    pub fn other(self) -> Lang {
        match self {
            Lang::Zh => Lang::En,
            Lang::En => Lang::Zh,
        }
    }
}

/// A text in Chinese and English.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Bilingual {
    pub zh: String,
    pub en: String,
}

impl Bilingual {
    pub fn new(zh: &str, en: &str) -> Self {
        Bilingual { zh: zh.to_owned(), en: en.to_owned() }
    }

    /// Whether the text exists in `lang` (the public page's catalogue has no English until the
    /// English half arrives).
    pub fn has(&self, lang: Lang) -> bool {
        !match lang {
            Lang::Zh => &self.zh,
            Lang::En => &self.en,
        }
        .is_empty()
    }

    /// The text in `lang`, falling back to the other language when it is empty.
    pub fn get(&self, lang: Lang) -> &str {
        let (first, second) = match lang {
            Lang::Zh => (&self.zh, &self.en),
            Lang::En => (&self.en, &self.zh),
        };
        if first.is_empty() {
            second
        } else {
            first
        }
    }
}

/// A number as people write it (`0.5`, `150`, `-1.25`, up to six decimals, so a value just past
/// a limit such as 1.00001 does not read as the limit), without the floating-point formatter:
/// that alone would add 10 KB to the phone's download.
pub fn plain_number(x: f32) -> String {
    if x.is_nan() {
        return "NaN".into();
    }
    if x.abs() >= 1e12 {
        return if x > 0.0 { "> 1000000000000".into() } else { "< -1000000000000".into() };
    }
    // Six decimals of the f32's own digits (an f32 has about seven significant ones).
    let scaled = (f64::from(x) * 1e6).round() as i64;
    let (whole, fraction) = (scaled.unsigned_abs() / 1_000_000, scaled.unsigned_abs() % 1_000_000);
    let sign = if scaled < 0 { "-" } else { "" };
    if fraction == 0 {
        return format!("{sign}{whole}");
    }
    let digits = format!("{fraction:06}");
    format!("{sign}{whole}.{}", digits.trim_end_matches('0'))
}

/// An occupation's name before its specialisation: 焊工 of 焊工（船舶焊接）, which is what a worker
/// says (the search and the pinyin of occupations use it).
pub fn base_name(name: &str) -> &str {
    name.split(['（', '(']).next().unwrap_or_default().trim()
}

#[cfg(test)]
mod tests {
    #[test]
    fn numbers_are_written_plainly() {
        use super::plain_number;
        for (x, s) in [
            (0.5, "0.5"),
            (150.0, "150"),
            (-1.25, "-1.25"),
            (0.0, "0"),
            (0.0001, "0.0001"),
            (2.00004, "2.00004"),
            (1.00001, "1.00001"),
            (2.000_000_1, "2"),
            (-0.3, "-0.3"),
        ] {
            assert_eq!(plain_number(x), s, "{x}");
        }
        assert_eq!(plain_number(f32::NAN), "NaN");
        assert_eq!(plain_number(f32::INFINITY), "> 1000000000000");
        assert_eq!(plain_number(-3e20), "< -1000000000000");
    }

    use super::*;

    #[test]
    fn falls_back_to_the_other_language() {
        let t = Bilingual::new("焊工", "");
        assert_eq!(t.get(Lang::En), "焊工");
        assert_eq!(Bilingual::new("焊工", "Welder").get(Lang::En), "Welder");
        assert_eq!(Bilingual::new("焊工", "Welder").get(Lang::Zh), "焊工");
    }
}
