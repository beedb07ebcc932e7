//! Browsing by pictures, for a worker who would rather not type: the skill categories gathered
//! into trades a picture can show (`assets/pictograms/`), the common skills of a trade, and the
//! picture of a previous job or an occupation.

use crate::domain::catalogue::{Catalogue, Occupation, Origin, SkillIdx, Terms};
use crate::domain::Lang;

/// A trade of the picture browse: its pictogram (a file of `assets/pictograms/`), its name, and
/// the skill categories of the catalogue it gathers.
pub struct Trade {
    pub picture: &'static str,
    pub zh: &'static str,
    pub en: &'static str,
    pub categories: &'static [&'static str],
}

impl Trade {
    pub fn name(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Zh => self.zh,
            Lang::En => self.en,
        }
    }
}

/// The trades, in the order the browse shows them (the ones the seed's workers come from and
/// go to first). A category of another catalogue that none names falls under the last.
pub const TRADES: &[Trade] = &[
    Trade { picture: "mining", zh: "矿山", en: "Mining", categories: &["mining", "drilling"] },
    Trade { picture: "farming", zh: "种地", en: "Farming", categories: &["agriculture", "farm", "forestry"] },
    Trade { picture: "greenhouse", zh: "大棚", en: "Greenhouses", categories: &[] },
    Trade { picture: "livestock", zh: "养殖", en: "Livestock and fish", categories: &["livestock", "fishing"] },
    Trade {
        picture: "construction",
        zh: "盖房装修",
        en: "Building and fitting out",
        categories: &[
            "construction",
            "decoration",
            "plumbing",
            "heating",
            "hvac",
            "lift",
            "rural-building",
            "woodwork",
            "facade",
            "roads",
        ],
    },
    Trade { picture: "driving", zh: "开车", en: "Driving", categories: &["driving", "rail", "aviation"] },
    Trade { picture: "lifting", zh: "起重叉车", en: "Cranes and forklifts", categories: &["lifting"] },
    Trade {
        picture: "logistics",
        zh: "物流仓储",
        en: "Warehouse and parcels",
        categories: &["logistics", "packaging"],
    },
    Trade { picture: "welding", zh: "焊接", en: "Welding", categories: &["welding", "shipbuilding"] },
    Trade {
        picture: "electrical",
        zh: "电工",
        en: "Electrical",
        categories: &[
            "electrical",
            "power",
            "electronics",
            "instrumentation",
            "semiconductor",
            "battery",
            "energy",
            "gas",
        ],
    },
    Trade {
        picture: "machining",
        zh: "机械加工",
        en: "Machines and factories",
        categories: &[
            "machining",
            "mechanical",
            "machinery",
            "assembly",
            "additive",
            "automation",
            "maintenance",
            "ndt",
            "testing",
            "quality",
            "materials",
            "coating",
            "plastics",
            "metallurgy",
            "chemical",
            "pharma",
            "environment",
        ],
    },
    Trade { picture: "repair", zh: "修理", en: "Repair", categories: &["repair", "automotive"] },
    Trade {
        picture: "cooking",
        zh: "做饭",
        en: "Cooking and food",
        categories: &["catering", "food", "bakery", "beverage"],
    },
    Trade { picture: "cleaning", zh: "保洁", en: "Cleaning", categories: &["cleaning"] },
    Trade { picture: "caring", zh: "照顾人", en: "Caring", categories: &["care", "health"] },
    Trade {
        picture: "security", zh: "保安消防", en: "Security and fire", categories: &["security", "fire", "safety"]
    },
    Trade {
        picture: "sales",
        zh: "卖货服务",
        en: "Selling and serving",
        categories: &["retail", "service", "hospitality", "property", "sports"],
    },
    Trade { picture: "beauty", zh: "美容美发", en: "Hair and beauty", categories: &["beauty"] },
    Trade { picture: "sewing", zh: "缝纫", en: "Sewing", categories: &["textile"] },
    Trade {
        picture: "computers",
        zh: "电脑手机",
        en: "Computers and phones",
        categories: &["it", "digital", "ecommerce"],
    },
    Trade { picture: "office", zh: "其他", en: "Other", categories: &["general"] },
];

/// The trade a skill category belongs to (the last, "other", when none names it).
pub fn trade_of(category: &str) -> usize {
    TRADES.iter().position(|t| t.categories.contains(&category)).unwrap_or(TRADES.len() - 1)
}

/// What a picture is wanted for: a skill (its category and Chinese name) or a previous job (its
/// Chinese name). The lists of the first screen describe what they show this way and leave the
/// choice of picture ([`picture_of`]) to code loaded on demand.
#[derive(Clone, Copy, Debug, PartialEq)]
pub enum Subject<'a> {
    Skill { category: &'a str, name: &'a str },
    Origin(&'a str),
}

/// The trade of a skill of `category` named `name`: greenhouse work (大棚, 温室, 设施蔬菜) is its
/// own trade, gathered from farming, where a grower looks for it.
fn trade_of_skill(category: &str, name: &str) -> usize {
    let greenhouse = ["大棚", "温室", "设施蔬菜"].iter().any(|w| name.contains(w));
    match TRADES.iter().position(|t| t.picture == "greenhouse") {
        Some(g) if greenhouse => g,
        _ => trade_of(category),
    }
}

/// The trade of a skill.
pub fn skill_trade(terms: &Terms, skill: SkillIdx) -> usize {
    let s = terms.skill(skill);
    trade_of_skill(&s.category, &s.name.zh)
}

/// The picture of `subject`, if one fits.
pub fn picture_of(subject: Subject<'_>) -> Option<&'static str> {
    match subject {
        Subject::Skill { category, name } => Some(TRADES[trade_of_skill(category, name)].picture),
        Subject::Origin(name) => origin_picture_by_name(name),
    }
}

/// What a skill's picture is chosen by (None in a first part, whose skills' categories come with
/// the rest).
pub fn skill_subject(terms: &Terms, skill: SkillIdx) -> Option<Subject<'_>> {
    let s = terms.skill(skill);
    (!s.category.is_empty()).then_some(Subject::Skill { category: &s.category, name: &s.name.zh })
}

/// What an occupation's picture is chosen by: the first skill of its signature.
pub fn occupation_subject<'a>(terms: &'a Terms, occupation: &Occupation) -> Option<Subject<'a>> {
    occupation.signature.first().and_then(|&s| skill_subject(terms, s))
}

/// The common skills of `trade`, most asked for first: by how many occupations require them and
/// previous jobs have them (then in catalogue order); at most `n`.
pub fn common_skills(catalogue: &Catalogue, trade: usize, n: usize) -> Vec<SkillIdx> {
    let mut count = vec![0u32; catalogue.skills.len()];
    for o in &catalogue.occupations {
        for r in &o.requires {
            count[r.skill.get()] += 1;
        }
    }
    for o in &catalogue.origins {
        for &(s, _) in &o.skills {
            count[s.get()] += 1;
        }
    }
    let mut skills: Vec<SkillIdx> =
        (0..catalogue.skills.len() as u32).map(SkillIdx).filter(|&s| skill_trade(catalogue, s) == trade).collect();
    crate::domain::order::sort_by(&mut skills, |a, b| count[b.get()].cmp(&count[a.get()]));
    skills.truncate(n);
    skills
}

/// The trades that have at least one skill in `terms`, in browse order.
pub fn trades_with_skills(terms: &Terms) -> Vec<usize> {
    let mut has = vec![false; TRADES.len()];
    for i in 0..terms.skills.len() as u32 {
        has[skill_trade(terms, SkillIdx(i))] = true;
    }
    (0..TRADES.len()).filter(|&t| has[t]).collect()
}

/// The picture of a previous job, from the words of its name (a mine, a field, a building site,
/// a kitchen, a truck, a factory line, home care…); None when no picture fits.
pub fn origin_picture(origin: &Origin) -> Option<&'static str> {
    origin_picture_by_name(&origin.name.zh)
}

fn origin_picture_by_name(name: &str) -> Option<&'static str> {
    const BY_WORD: &[(&str, &str)] = &[
        ("煤矿", "mine"),
        ("矿", "mine"),
        ("大棚", "greenhouse"),
        ("果农", "farming"),
        ("养殖", "livestock"),
        ("渔民", "livestock"),
        ("种植", "field"),
        ("农机", "field"),
        ("村", "field"),
        ("建筑", "building-site"),
        ("装修", "building-site"),
        ("厨", "kitchen"),
        ("货车", "truck"),
        ("骑手", "truck"),
        ("超市", "sales"),
        ("保安", "security"),
        ("保洁", "cleaning"),
        ("保姆", "home-care"),
        ("家庭", "home-care"),
        ("仓库", "logistics"),
        ("锅炉", "factory-line"),
        ("钢厂", "factory-line"),
        ("铸造", "factory-line"),
        ("机加工", "factory-line"),
        ("流水线", "factory-line"),
    ];
    BY_WORD.iter().find(|(w, _)| name.contains(w)).map(|&(_, p)| p)
}

/// The picture of an occupation: the trade of its signature's first skill.
pub fn occupation_picture(terms: &Terms, occupation: &Occupation) -> Option<&'static str> {
    occupation_subject(terms, occupation).and_then(picture_of)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_category_and_previous_job_of_the_default_catalogue_has_a_picture() {
        let c = Catalogue::from_json(crate::DEFAULT_CATALOGUE_JSON).unwrap();
        let other = TRADES.len() - 1;
        for s in &c.skills {
            assert!(
                trade_of(&s.category) != other || TRADES[other].categories.contains(&s.category.as_str()),
                "category {:?} of {} is in no trade",
                s.category,
                s.id
            );
        }
        for o in &c.origins {
            assert!(origin_picture(o).is_some(), "{} has no picture", o.name.zh);
        }
        // Every trade the browse shows has skills, and its common skills are its own.
        let shown = trades_with_skills(&c);
        assert!(shown.len() >= 15, "{shown:?}");
        for &t in &shown {
            let common = common_skills(&c, t, 12);
            assert!(!common.is_empty() && common.iter().all(|&s| skill_trade(&c, s) == t));
        }
        let welding = TRADES.iter().position(|t| t.picture == "welding").unwrap();
        assert!(common_skills(&c, welding, 3).iter().any(|&s| c.skill(s).id == "smaw"));
    }
}
