//! The skill-level scale: one ladder from 0 (none) through the national certificate levels
//! (五级 … 一级) to the top of the new eight-level ladder (新八级工).
//!
//! | level | 新八级工 | national certificate |
//! |---|---|---|
//! | 0 | — (none) | — |
//! | 1 | 学徒工 apprentice | — |
//! | 2 | 初级工 | 五级 |
//! | 3 | 中级工 | 四级 |
//! | 4 | 高级工 | 三级 |
//! | 5 | 技师 | 二级 |
//! | 6 | 高级技师 | 一级 |
//! | 7 | 特级技师 | — |
//! | 8 | 首席技师 | — |
//!
//! The plain-language descriptions shown to workers live in the catalogue (`levels`), so a
//! publisher can word them; the numbers and their meaning are fixed here.

use serde::{Deserialize, Serialize};

/// A skill level on the 0–8 scale described in the module docs.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, PartialOrd, Ord, Hash, Serialize, Deserialize)]
#[serde(transparent)]
pub struct SkillLevel(u8);

impl SkillLevel {
    /// No ability at all.
    pub const NONE: SkillLevel = SkillLevel(0);
    /// The highest level of the scale (首席技师).
    pub const MAX: SkillLevel = SkillLevel(8);

    /// A level from a number, or `None` when it is outside 0–8.
    pub const fn new(value: u8) -> Option<SkillLevel> {
        if value <= Self::MAX.0 {
            Some(SkillLevel(value))
        } else {
            None
        }
    }

    /// A level from any integer, clamped into 0–8 (for values that were already validated or
    /// that come from arithmetic).
    pub fn clamped(value: i64) -> SkillLevel {
        SkillLevel(value.clamp(0, Self::MAX.0 as i64) as u8)
    }

    pub fn value(self) -> u8 {
        self.0
    }

    /// The national vocational-skill certificate grade (5 = 五级/初级工 … 1 = 一级/高级技师) that
    /// corresponds to this level, if any.
    pub fn national_grade(self) -> Option<u8> {
        match self.0 {
            2..=6 => Some(7 - self.0),
            _ => None,
        }
    }

    /// The level that corresponds to a national certificate grade (5 = 五级 … 1 = 一级).
    pub fn from_national_grade(grade: u8) -> Option<SkillLevel> {
        (1..=5).contains(&grade).then(|| SkillLevel(7 - grade))
    }

    /// Levels short of `required` (0 when this level meets it).
    pub fn shortfall(self, required: SkillLevel) -> u8 {
        required.0.saturating_sub(self.0)
    }

    /// Every level of the scale, lowest first.
    pub fn all() -> impl Iterator<Item = SkillLevel> {
        (0..=Self::MAX.0).map(SkillLevel)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn levels_outside_the_scale_are_rejected() {
        assert_eq!(SkillLevel::new(8), Some(SkillLevel::MAX));
        assert_eq!(SkillLevel::new(9), None);
        assert_eq!(SkillLevel::clamped(-3), SkillLevel::NONE);
        assert_eq!(SkillLevel::clamped(99), SkillLevel::MAX);
    }

    #[test]
    fn national_grades_map_both_ways() {
        let cases = [
            (0, None),
            (1, None),
            (2, Some(5)),
            (3, Some(4)),
            (4, Some(3)),
            (5, Some(2)),
            (6, Some(1)),
            (7, None),
            (8, None),
        ];
        for (level, grade) in cases {
            let l = SkillLevel::new(level).unwrap();
            assert_eq!(l.national_grade(), grade, "level {level}");
            if let Some(g) = grade {
                assert_eq!(SkillLevel::from_national_grade(g), Some(l));
            }
        }
        assert_eq!(SkillLevel::from_national_grade(0), None);
        assert_eq!(SkillLevel::from_national_grade(6), None);
    }

    #[test]
    fn shortfall_counts_levels_missing() {
        let l = |v| SkillLevel::new(v).unwrap();
        assert_eq!(l(2).shortfall(l(4)), 2);
        assert_eq!(l(5).shortfall(l(4)), 0);
        assert_eq!(l(0).shortfall(l(0)), 0);
    }
}
