//! The result as short sentences for the ear ("读给我听" / "Read to me"): what a counsellor would
//! say across the desk, not the screen read out. One idea a sentence, the biggest gap and the
//! first course first, everyday words (自己要花 rather than 自付, 还差 rather than 差距), and numbers
//! said the way people say them (一千二百元, 三个月, 百分之七十五).

use crate::domain::Lang;

/// A number as it is said in Chinese: 0 → 零, 12 → 十二, 105 → 一百零五, 1200 → 一千二百,
/// 25000 → 两万五千, 120000 → 十二万. Up to 99,999,999.
pub fn number_zh(n: u32) -> String {
    if n >= 100_000_000 {
        return n.to_string();
    }
    if n == 0 {
        return "零".to_owned();
    }
    let (wan, rest) = (n / 10_000, n % 10_000);
    let mut out = String::new();
    if wan > 0 {
        out.push_str(&if wan == 2 { "两".to_owned() } else { below_ten_thousand(wan, false) });
        out.push('万');
        if rest > 0 && rest < 1000 {
            out.push('零');
        }
    }
    if rest > 0 {
        out.push_str(&below_ten_thousand(rest, wan > 0));
    }
    out
}

/// 1–9999; `inner`: the number follows a higher unit (then 10–19 keep their 一: 一万零一十).
/// A leading 2 before 千 or 百 is 两, as people say it.
fn below_ten_thousand(n: u32, inner: bool) -> String {
    const DIGITS: [char; 10] = ['零', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
    const UNITS: [&str; 4] = ["千", "百", "十", ""];
    let digits = [n / 1000, n / 100 % 10, n / 10 % 10, n % 10];
    let mut out = String::new();
    let mut zero = false;
    let mut started = false;
    for (i, &d) in digits.iter().enumerate() {
        if d == 0 {
            zero = started;
            continue;
        }
        if zero {
            out.push('零');
            zero = false;
        }
        // 十二, not 一十二, at the start of a number; 两千 and 两百 as people say them.
        let leading = !started && !inner;
        if !(leading && i == 2 && d == 1) {
            out.push(if d == 2 && !started && i < 2 { '两' } else { DIGITS[d as usize] });
        }
        out.push_str(UNITS[i]);
        started = true;
    }
    out
}

/// A count before a measure word: 两 for 2 (两门课, 两级), otherwise [`number_zh`].
pub fn count_zh(n: u32) -> String {
    if n == 2 {
        "两".to_owned()
    } else {
        number_zh(n)
    }
}

/// A small count in English words (one to twelve), else digits with separators.
fn count_en(n: u32) -> String {
    const WORDS: [&str; 13] =
        ["no", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve"];
    WORDS.get(n as usize).map_or_else(|| super::yuan_plain(n), |w| (*w).to_owned())
}

const MONTHS_EN: [&str; 12] = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
];

/// A calendar month as said: 三月 / March.
fn month_said(lang: Lang, m: u8) -> String {
    match lang {
        Lang::Zh => format!("{}月", number_zh(u32::from(m))),
        Lang::En => MONTHS_EN.get(m.wrapping_sub(1) as usize).copied().unwrap_or("?").to_owned(),
    }
}

/// A missing skill: its name and how many levels short.
#[derive(Clone, Debug, PartialEq)]
pub struct SpokenGap {
    pub skill: String,
    pub levels_short: u8,
}

/// A course of the plan, as the ear needs it.
#[derive(Clone, Debug, PartialEq)]
pub struct SpokenCourse {
    pub name: String,
    pub hours: u32,
    /// Calendar month it starts (1–12).
    pub start_month: u8,
    /// The city it is held in (the worker's, when it is there), or None when it is online.
    pub place: Option<String>,
    pub out_of_pocket: u32,
}

/// What "read to me" says about one result.
#[derive(Clone, Debug, PartialEq)]
pub struct SpokenResult {
    pub occupation: String,
    pub percent: u8,
    /// The biggest gaps first.
    pub gaps: Vec<SpokenGap>,
    pub courses: Vec<SpokenCourse>,
    pub total_hours: u32,
    pub total_out_of_pocket: u32,
    /// Missing skills no course of the catalogue teaches.
    pub unclosable: usize,
    /// Openings now, and the city they were counted in (None: the province).
    pub openings: Option<(u32, Option<String>)>,
}

/// How many gaps and courses are said one by one; the rest are counted.
const SAID: usize = 3;

/// The sentences "read to me" says for `r`, in `lang`.
pub fn result_sentences(lang: Lang, r: &SpokenResult) -> Vec<String> {
    let mut out = Vec::new();
    // The biggest gap, the next ones by name, and how many more.
    let gaps = r.gaps.split_first().map(|(first, others)| {
        let named: Vec<&str> = others.iter().take(SAID - 1).map(|g| g.skill.as_str()).collect();
        let more = (others.len() - named.len()) as u32;
        (first, named, more)
    });
    match lang {
        Lang::Zh => {
            out.push(format!("你和{}的匹配度是百分之{}。", r.occupation, number_zh(u32::from(r.percent))));
            match gaps {
                None => out.push("这个岗位要的技能你都够了，不用再上课。".to_owned()),
                Some((first, named, more)) => {
                    out.push(format!("最缺的是{}，还差{}级。", first.skill, count_zh(u32::from(first.levels_short))));
                    if !named.is_empty() {
                        out.push(format!("还要补：{}。", named.join("、")));
                    }
                    if more > 0 {
                        out.push(format!("另外还有{}项要补。", count_zh(more)));
                    }
                }
            }
            for (i, c) in r.courses.iter().take(SAID).enumerate() {
                let first = if i == 0 { "建议先上" } else { "然后上" };
                let place = match &c.place {
                    Some(city) => format!("在{city}上课"),
                    None => "在网上学".to_owned(),
                };
                let pay = if c.out_of_pocket == 0 {
                    "不用自己花钱".to_owned()
                } else {
                    format!("自己要花{}元", number_zh(c.out_of_pocket))
                };
                out.push(format!(
                    "{first}“{}”，{}个小时，{}开课，{place}，{pay}。",
                    c.name,
                    number_zh(c.hours),
                    month_said(lang, c.start_month)
                ));
            }
            if r.courses.len() > 1 {
                let pay = if r.total_out_of_pocket == 0 {
                    "都不用自己花钱".to_owned()
                } else {
                    format!("自己一共花{}元", number_zh(r.total_out_of_pocket))
                };
                out.push(format!(
                    "一共{}门课，{}个小时，{pay}。",
                    count_zh(r.courses.len() as u32),
                    number_zh(r.total_hours)
                ));
            }
            if r.unclosable > 0 {
                out.push(format!("有{}项技能，现在还没有课能学。", count_zh(r.unclosable as u32)));
            }
            match &r.openings {
                Some((n, Some(city))) if *n > 0 => out.push(format!("现在{city}有{}个这样的岗位。", number_zh(*n))),
                Some((n, None)) if *n > 0 => out.push(format!("现在全省有{}个这样的岗位。", number_zh(*n))),
                _ => {}
            }
        }
        Lang::En => {
            out.push(format!("You match the job {} at {} percent.", r.occupation, r.percent));
            match gaps {
                None => out.push("You have every skill this job asks for. No course is needed.".to_owned()),
                Some((first, named, more)) => {
                    let levels = if first.levels_short == 1 { "level" } else { "levels" };
                    out.push(format!(
                        "The biggest gap is {}: {} {levels} short.",
                        first.skill,
                        count_en(u32::from(first.levels_short))
                    ));
                    if !named.is_empty() {
                        out.push(format!("Also to learn: {}.", named.join(", ")));
                    }
                    if more > 0 {
                        out.push(format!("And {} more.", count_en(more)));
                    }
                }
            }
            for (i, c) in r.courses.iter().take(SAID).enumerate() {
                let first = if i == 0 { "Start with" } else { "Then" };
                let place = match &c.place {
                    Some(city) => format!("in {city}"),
                    None => "online".to_owned(),
                };
                let pay = if c.out_of_pocket == 0 {
                    "it costs you nothing".to_owned()
                } else {
                    format!("you pay {} yuan yourself", super::yuan_plain(c.out_of_pocket))
                };
                out.push(format!(
                    "{first} the course {}: {} hours, starting in {}, {place}; {pay}.",
                    c.name,
                    super::yuan_plain(c.hours),
                    month_said(lang, c.start_month)
                ));
            }
            if r.courses.len() > 1 {
                out.push(format!(
                    "In all: {} courses, {} hours, and {} yuan out of your own pocket.",
                    count_en(r.courses.len() as u32),
                    super::yuan_plain(r.total_hours),
                    super::yuan_plain(r.total_out_of_pocket)
                ));
            }
            if r.unclosable > 0 {
                let skills = if r.unclosable == 1 { "skill" } else { "skills" };
                out.push(format!("No course here teaches {} of the {skills} yet.", count_en(r.unclosable as u32)));
            }
            match &r.openings {
                Some((n, Some(city))) if *n > 0 => {
                    out.push(format!("There are {} openings for this job in {city} now.", super::yuan_plain(*n)))
                }
                Some((n, None)) if *n > 0 => {
                    out.push(format!("There are {} openings for this job in the province now.", super::yuan_plain(*n)))
                }
                _ => {}
            }
        }
    }
    out
}

/// What "read to me" says for a step of the page (1: your skills, 2: the job you want, 3: when
/// and where), in the words of a counsellor showing the way.
pub fn step_sentences(lang: Lang, step: u8) -> Vec<String> {
    let said: &[&str] = match (lang, step) {
        (Lang::Zh, 1) => &[
            "第一步：说说你会干什么。",
            "可以在框里打字找，比如电焊、开叉车。",
            "不想打字，就点“不想打字？看图选”，看图片点一点。",
            "也可以选以前干过的活，常用的技能就都加上了。",
        ],
        (Lang::Zh, 2) => &["第二步：选一个想干的工作。", "可以在框里找，也可以看下面“适合我的职业”，点“看这个”。"],
        (Lang::Zh, _) => &["第三步：说说你在哪个城市，哪几个月有空上课，每个星期能学几个小时。"],
        (Lang::En, 1) => &[
            "Step one: tell us what you can do.",
            "Type it in the box, like welding or forklift.",
            "Rather not type? Tap “Choose by pictures” and tap the pictures.",
            "Or pick a job you had before, and its usual skills are added.",
        ],
        (Lang::En, 2) => &[
            "Step two: choose a job you want.",
            "Find it in the box, or look at the jobs that fit you below and tap Show.",
        ],
        (Lang::En, _) => {
            &["Step three: say which city you are in, which months you are free to study, and how many hours a week."]
        }
    };
    said.iter().map(|s| (*s).to_owned()).collect()
}

/// What "read to me" says about the suggested jobs (name and match, best first).
pub fn suggestion_sentences(lang: Lang, jobs: &[(String, u8)]) -> Vec<String> {
    const ORDINAL_EN: [&str; 5] = ["First", "Second", "Third", "Fourth", "Fifth"];
    let mut out = Vec::with_capacity(jobs.len() + 1);
    match lang {
        Lang::Zh => {
            out.push(format!("适合你的工作有{}个。", count_zh(jobs.len() as u32)));
            for (i, (name, percent)) in jobs.iter().enumerate() {
                out.push(format!(
                    "第{}个，{name}，匹配度百分之{}。",
                    number_zh(i as u32 + 1),
                    number_zh(u32::from(*percent))
                ));
            }
        }
        Lang::En => {
            let n = count_en(jobs.len() as u32);
            let mut chars = n.chars();
            let n: String = chars.next().map(|c| c.to_uppercase().chain(chars).collect()).unwrap_or_default();
            out.push(format!("{n} {} fit you.", if jobs.len() == 1 { "job" } else { "jobs" }));
            for (i, (name, percent)) in jobs.iter().enumerate() {
                let nth = ORDINAL_EN.get(i).map_or_else(|| format!("Number {}", i + 1), |s| (*s).to_owned());
                out.push(format!("{nth}: {name}, a {percent} percent match."));
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn numbers_are_said_the_way_people_say_them() {
        let said: Vec<(u32, &str)> = vec![
            (0, "零"),
            (2, "二"),
            (10, "十"),
            (12, "十二"),
            (20, "二十"),
            (75, "七十五"),
            (100, "一百"),
            (105, "一百零五"),
            (120, "一百二十"),
            (200, "两百"),
            (1200, "一千二百"),
            (2000, "两千"),
            (2400, "两千四百"),
            (3005, "三千零五"),
            (10_000, "一万"),
            (10_010, "一万零一十"),
            (25_000, "两万五千"),
            (120_000, "十二万"),
            (100_500, "十万零五百"),
        ];
        for (n, words) in said {
            assert_eq!(number_zh(n), words, "{n}");
        }
        assert_eq!(count_zh(2), "两");
        assert_eq!(count_zh(3), "三");
        assert_eq!(count_en(3), "three");
        assert_eq!(count_en(1200), "1,200");
    }

    fn example() -> SpokenResult {
        SpokenResult {
            occupation: "焊工".to_owned(),
            percent: 75,
            gaps: vec![
                SpokenGap { skill: "熔化极气体保护焊".to_owned(), levels_short: 2 },
                SpokenGap { skill: "焊接识图".to_owned(), levels_short: 1 },
                SpokenGap { skill: "焊接质量检验".to_owned(), levels_short: 1 },
                SpokenGap { skill: "安全".to_owned(), levels_short: 1 },
            ],
            courses: vec![
                SpokenCourse {
                    name: "焊工（五级）培训".to_owned(),
                    hours: 120,
                    start_month: 3,
                    place: Some("阜新".to_owned()),
                    out_of_pocket: 1200,
                },
                SpokenCourse { name: "识图".to_owned(), hours: 40, start_month: 5, place: None, out_of_pocket: 0 },
            ],
            total_hours: 160,
            total_out_of_pocket: 1200,
            unclosable: 0,
            openings: Some((120, Some("阜新".to_owned()))),
        }
    }

    #[test]
    fn the_result_is_said_in_short_sentences() {
        let zh = result_sentences(Lang::Zh, &example());
        assert_eq!(
            zh,
            [
                "你和焊工的匹配度是百分之七十五。",
                "最缺的是熔化极气体保护焊，还差两级。",
                "还要补：焊接识图、焊接质量检验。",
                "另外还有一项要补。",
                "建议先上“焊工（五级）培训”，一百二十个小时，三月开课，在阜新上课，自己要花一千二百元。",
                "然后上“识图”，四十个小时，五月开课，在网上学，不用自己花钱。",
                "一共两门课，一百六十个小时，自己一共花一千二百元。",
                "现在阜新有一百二十个这样的岗位。",
            ]
        );
        let en = result_sentences(Lang::En, &example());
        assert_eq!(en[0], "You match the job 焊工 at 75 percent.");
        assert_eq!(en[1], "The biggest gap is 熔化极气体保护焊: two levels short.");
        assert!(en[4].starts_with(
            "Start with the course 焊工（五级）培训: 120 hours, starting in March, in 阜新; you pay 1,200 yuan"
        ));
        // Nothing missing: one sentence says so, and no course is read.
        let done = SpokenResult { gaps: vec![], courses: vec![], openings: None, ..example() };
        assert_eq!(result_sentences(Lang::Zh, &done)[1], "这个岗位要的技能你都够了，不用再上课。");
        assert_eq!(result_sentences(Lang::Zh, &done).len(), 2);
    }

    #[test]
    fn the_suggestions_are_said_in_order() {
        let jobs = vec![("焊工".to_owned(), 82), ("电工".to_owned(), 64)];
        assert_eq!(
            suggestion_sentences(Lang::Zh, &jobs),
            ["适合你的工作有两个。", "第一个，焊工，匹配度百分之八十二。", "第二个，电工，匹配度百分之六十四。"]
        );
        assert_eq!(suggestion_sentences(Lang::En, &jobs)[0], "Two jobs fit you.");
        assert_eq!(suggestion_sentences(Lang::En, &jobs)[2], "Second: 电工, a 64 percent match.");
    }
}
