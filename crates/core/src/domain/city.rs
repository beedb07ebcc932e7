//! The 14 prefecture-level cities of Liaoning, where courses are offered and workers live.

use crate::domain::text::{Bilingual, Lang};

/// A prefecture-level city of Liaoning: a stable id used in catalogue files and its names.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct City {
    pub id: &'static str,
    pub zh: &'static str,
    pub en: &'static str,
}

impl City {
    pub fn name(&self, lang: Lang) -> &'static str {
        match lang {
            Lang::Zh => self.zh,
            Lang::En => self.en,
        }
    }

    pub fn bilingual(&self) -> Bilingual {
        Bilingual::new(self.zh, self.en)
    }
}

/// All 14 prefecture-level cities, in the order of the provincial statistics yearbook.
pub const CITIES: [City; 14] = [
    City { id: "shenyang", zh: "沈阳市", en: "Shenyang" },
    City { id: "dalian", zh: "大连市", en: "Dalian" },
    City { id: "anshan", zh: "鞍山市", en: "Anshan" },
    City { id: "fushun", zh: "抚顺市", en: "Fushun" },
    City { id: "benxi", zh: "本溪市", en: "Benxi" },
    City { id: "dandong", zh: "丹东市", en: "Dandong" },
    City { id: "jinzhou", zh: "锦州市", en: "Jinzhou" },
    City { id: "yingkou", zh: "营口市", en: "Yingkou" },
    City { id: "fuxin", zh: "阜新市", en: "Fuxin" },
    City { id: "liaoyang", zh: "辽阳市", en: "Liaoyang" },
    City { id: "panjin", zh: "盘锦市", en: "Panjin" },
    City { id: "tieling", zh: "铁岭市", en: "Tieling" },
    City { id: "chaoyang", zh: "朝阳市", en: "Chaoyang" },
    City { id: "huludao", zh: "葫芦岛市", en: "Huludao" },
];

/// Finds a city by id (`fuxin`), Chinese name with or without 市 (`阜新市`, `阜新`) or English
/// name (`Fuxin`, any case).
pub fn find_city(key: &str) -> Option<&'static City> {
    let key = key.trim();
    // Ids first: catalogues name cities by id (1,472 demand rows in the default one, checked at
    // every start-up), the other names come from people.
    CITIES.iter().find(|c| c.id == key).or_else(|| {
        CITIES.iter().find(|c| c.zh == key || c.zh.trim_end_matches('市') == key || c.en.eq_ignore_ascii_case(key))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn finds_cities_by_any_name() {
        assert_eq!(find_city("阜新市").map(|c| c.id), Some("fuxin"));
        assert_eq!(find_city("阜新").map(|c| c.id), Some("fuxin"));
        assert_eq!(find_city("huludao").map(|c| c.zh), Some("葫芦岛市"));
        assert_eq!(find_city("Tieling").map(|c| c.id), Some("tieling"));
        assert_eq!(find_city("北京"), None);
    }

    #[test]
    fn ids_are_unique() {
        for (i, a) in CITIES.iter().enumerate() {
            for b in &CITIES[i + 1..] {
                assert_ne!(a.id, b.id);
                assert_ne!(a.zh, b.zh);
            }
        }
    }
}
