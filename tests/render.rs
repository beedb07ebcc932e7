//! Components rendered to HTML strings with Yew's `ssr` feature (native tier).
#![cfg(not(target_arch = "wasm32"))]

use skillgap::domain::{Catalogue, Lang, SkillLevel};
use skillgap::state::{AssessmentAction, AssessmentState};
use skillgap::ui::{App, AppProps, Assessment, AssessmentProps, CatalogueHandle};
use yew::LocalServerRenderer;

/// The small hand-checked sample catalogue (a fixture; the app embeds the full default one).
const SAMPLE: &str = include_str!("../data/catalogue.sample.json");

async fn render_app(lang: Lang) -> String {
    LocalServerRenderer::<App>::with_props(AppProps { lang, ..AppProps::default() }).hydratable(false).render().await
}

fn filled_state(c: &Catalogue) -> AssessmentState {
    let skill = |id| c.skill_by_id(id).unwrap();
    AssessmentState::default()
        .apply(AssessmentAction::AddSkill(skill("smaw")))
        .apply(AssessmentAction::SetLevel(skill("safety"), SkillLevel::new(3).unwrap()))
        .apply(AssessmentAction::SetTarget(c.occupation_by_id("welder")))
}

async fn render_assessment(initial: AssessmentState) -> String {
    let catalogue = CatalogueHandle::new(Catalogue::from_json(SAMPLE).unwrap());
    let export = skillgap::state::export::export(&initial, &catalogue);
    let html = LocalServerRenderer::<Assessment>::with_props(AssessmentProps {
        catalogue,
        state: initial,
        on_action: yew::Callback::noop(),
        can_undo: false,
        on_undo: yew::Callback::noop(),
        export,
        persist: true,
        held: false,
        kiosk: false,
        on_forget: yew::Callback::noop(),
        on_open: yew::Callback::noop(),
    })
    .hydratable(false)
    .render()
    .await;
    html
}

#[tokio::test]
async fn the_start_screen_is_chinese_by_default_with_accessible_controls() {
    let html = render_app(Lang::default()).await;
    assert!(html.contains("<h1>技能差距评估</h1>"), "{html}");
    assert!(html.contains(r#"role="combobox""#));
    assert!(html.contains(r#"<label for="skill-search" class="field-label">查找技能</label>"#));
    assert!(html.contains(r#"<label for="target" class="field-label">目标职业</label>"#));
    assert!(html.contains("示例数据"), "the sample catalogue is marked as sample data");
    assert!(html.contains("选好目标职业后"), "no result before a target is chosen");
}

#[cfg(not(feature = "tools"))]
#[tokio::test]
async fn the_public_page_in_english_says_the_english_names_are_on_their_way() {
    // Its catalogue has the Chinese half only until the English half arrives (`ui::english`).
    let html = render_app(Lang::En).await;
    // As a line floating over the page (`english-status--loading`), so that it moves nothing.
    assert!(
        html.contains(
            r#"role="status" class="english-status notice english-status--loading"><p>Loading the English names"#
        ),
        "{html}"
    );
    assert!(!render_app(Lang::Zh).await.contains("Loading the English names"));
}

#[tokio::test]
async fn the_english_interface_is_complete() {
    // With the whole catalogue (the English half arrived, or the counsellors' page).
    let file: skillgap::domain::format::CatalogueFile = serde_json::from_str(skillgap::DEFAULT_CATALOGUE_JSON).unwrap();
    let session = skillgap::state::session::Session::fresh(
        skillgap::state::session::CatalogueHandle::new(Catalogue::from_file_ref(&file).unwrap()),
        file,
    );
    let props = AppProps { lang: Lang::En, preloaded: Some(std::rc::Rc::new(session)), ..AppProps::default() };
    let html = LocalServerRenderer::<App>::with_props(props).hydratable(false).render().await;
    assert!(html.contains("<h1>Skill Gap Check</h1>"));
    assert!(html.contains("Target occupation"));
    assert!(html.contains("Sample data"));
    assert!(!html.contains("Loading the English names"));
    // The only Chinese left is the language switch, which names the other language.
    let text_without_switch = html.replace("中文", "");
    let visible_cjk = text_without_switch.chars().filter(|c| ('\u{4e00}'..='\u{9fff}').contains(c)).count();
    assert_eq!(visible_cjk, 0, "Chinese text in the English start screen: {html}");
}

#[tokio::test]
async fn a_filled_assessment_shows_score_gap_and_courses() {
    let c = Catalogue::from_json(SAMPLE).unwrap();
    let html = render_assessment(filled_state(&c)).await;
    // Welder: smaw 2/3 of w3 = 2, safety 3 = 3 → 5/14 = 36 %.
    assert!(html.contains(r#"<span class="score__number">36</span>"#), "{html}");
    assert!(html.contains(r#"<h3 id="gap-title">技能差距</h3>"#));
    assert!(html.contains(r#"<table aria-labelledby="gap-title" class="gap__table">"#));
    assert!(html.contains(r#"<h3 id="plan-title">推荐课程</h3>"#));
    assert!(html.contains(r#"<ol aria-labelledby="plan-title" class="plan__list">"#));
    assert!(html.contains("焊工（四级）熔化焊培训"));
    assert!(html.contains("二氧化碳气体保护焊"), "a missing skill is listed");
}

#[tokio::test]
async fn names_from_the_catalogue_are_escaped() {
    let mut v: serde_json::Value = serde_json::from_str(SAMPLE).unwrap();
    v["occupations"][2]["name"]["zh"] = serde_json::json!("<script>alert(1)</script>焊工");
    let c = Catalogue::from_json(&v.to_string()).unwrap();
    let state = AssessmentState::default().apply(AssessmentAction::SetTarget(c.occupation_by_id("welder")));
    let export = skillgap::state::export::export(&state, &c);
    let catalogue = CatalogueHandle::new(c);
    let html = LocalServerRenderer::<Assessment>::with_props(AssessmentProps {
        catalogue,
        state,
        on_action: yew::Callback::noop(),
        can_undo: false,
        on_undo: yew::Callback::noop(),
        export,
        persist: true,
        held: false,
        kiosk: false,
        on_forget: yew::Callback::noop(),
        on_open: yew::Callback::noop(),
    })
    .hydratable(false)
    .render()
    .await;
    assert!(!html.contains("<script>alert(1)</script>"));
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;焊工"));
}

#[tokio::test]
async fn the_result_has_a_chart_a_calendar_a_comparison_and_ways_to_take_it_away() {
    let c = Catalogue::from_json(SAMPLE).unwrap();
    let state = filled_state(&c).apply(AssessmentAction::ToggleCompare(c.occupation_by_id("electrician").unwrap()));
    let html = render_assessment(state).await;
    // The chart is an image named by its title and description; the gap table is its text version.
    assert!(html.contains(r#"aria-labelledby="gap-chart-title gap-chart-desc""#), "{html}");
    assert_eq!(html.matches(r#"class="chart__row"#).count(), 6, "one row per required skill of welder");
    assert!(html.contains(r#"<h3 id="timeline-title">培训日程</h3>"#));
    assert!(html.contains(r#"class="timeline__bar""#));
    assert!(html.contains(r#"<h3 id="compare-title">职业比较</h3>"#));
    assert!(html.contains(r#"<h3 id="take-away-title">带走结果</h3>"#));
    // Rendered to a string there is no page address: the link is the fragment alone.
    assert!(html.contains(r##"value="#a=1&amp;e="##), "{html}");
    assert!(html.contains(r#"class="qr""#) && html.contains(r#"aria-label="用手机扫这个二维码"#));
    assert!(html.contains("删除这份评估"));
    assert!(html.contains(r#"class="print-only print-header""#));
}

#[derive(yew::Properties, PartialEq)]
struct InEnglishProps {
    state: AssessmentState,
}

/// The assessment under an English language context.
#[yew::component]
fn InEnglish(props: &InEnglishProps) -> yew::Html {
    let catalogue = CatalogueHandle::new(Catalogue::from_json(SAMPLE).unwrap());
    let export = skillgap::state::export::export(&props.state, &catalogue);
    yew::html! {
        <yew::ContextProvider<Lang> context={Lang::En}>
            <Assessment {catalogue} state={props.state.clone()} on_action={yew::Callback::noop()} {export} persist={true} />
        </yew::ContextProvider<Lang>>
    }
}

#[tokio::test]
async fn the_english_result_is_complete() {
    let c = Catalogue::from_json(SAMPLE).unwrap();
    let state = filled_state(&c).apply(AssessmentAction::ToggleCompare(c.occupation_by_id("electrician").unwrap()));
    let html = LocalServerRenderer::<InEnglish>::with_props(InEnglishProps { state }).hydratable(false).render().await;
    assert!(html.contains("Take your result with you") && html.contains("Training calendar"), "{html}");
    assert!(html.contains("Compare occupations") && html.contains("Gap chart"));
    let cjk: String = html.chars().filter(|c| ('\u{4e00}'..='\u{9fff}').contains(c)).collect();
    assert_eq!(cjk, "", "Chinese text in the English result: {html}");
}

/// The static first screen in index.html and tools.html (shown while the wasm loads) says what
/// the app says, and the two pages differ only where they must.
#[test]
fn the_loading_screen_matches_the_app() {
    use skillgap::i18n::{t, Msg};
    let read = |name: &str| std::fs::read_to_string(format!("{}/{name}", env!("CARGO_MANIFEST_DIR"))).unwrap();
    let (public, tools) = (read("index.html"), read("tools.html"));
    let shell = |html: &str| html[html.find(r#"<div id="shell""#).expect("a shell")..].to_owned();
    for msg in [Msg::AppTitle, Msg::AppTagline, Msg::SampleDataNotice] {
        assert!(shell(&public).contains(t(Lang::Zh, msg)), "{msg:?} differs between index.html and i18n");
    }
    assert_eq!(shell(&public), shell(&tools), "the first screens of index.html and tools.html differ");
    // The public page is split into chunks loaded on demand (`ui::lazy`); the tools page is not.
    assert!(
        tools.contains(r#"data-cargo-features="tools""#) && public.contains(r#"data-xtask-cargo-features="split""#)
    );
    // The shell shows the sample-data notice because the embedded catalogue is illustrative.
    assert!(Catalogue::from_json(skillgap::DEFAULT_CATALOGUE_JSON).unwrap().illustrative);
}

#[derive(yew::Properties, PartialEq)]
struct StatusProps {
    english: skillgap::state::session::English,
    lang: Lang,
}

#[yew::component]
fn Status(props: &StatusProps) -> yew::Html {
    yew::html! {
        <yew::ContextProvider<Lang> context={props.lang}>
            <skillgap::ui::EnglishStatus english={props.english} on_retry={yew::Callback::noop()} />
        </yew::ContextProvider<Lang>>
    }
}

#[tokio::test]
async fn the_english_half_failing_says_so_and_offers_a_new_try() {
    use skillgap::state::session::English;
    let render = |english, lang| {
        LocalServerRenderer::<Status>::with_props(StatusProps { english, lang }).hydratable(false).render()
    };
    let failed = render(English::Failed, Lang::En).await;
    assert!(
        failed.contains(r#"role="alert""#)
            && failed.contains("could not be loaded")
            && failed.contains(">Try again</button>"),
        "{failed}"
    );
    let outdated = render(English::Outdated, Lang::En).await;
    assert!(outdated.contains("has been updated") && outdated.contains(">Reload</button>"), "{outdated}");
    // The live region stays, empty, when there is nothing to say, and for Chinese readers.
    let empty = r#"<div id="english-status" tabindex="-1" role="status" class="english-status"></div>"#;
    assert_eq!(render(English::Complete, Lang::En).await, empty);
    assert_eq!(render(English::Failed, Lang::Zh).await, empty);
}

#[cfg(not(feature = "tools"))]
#[tokio::test]
async fn the_public_page_shows_courses_demand_and_descriptions_from_the_catalogue_s_second_part() {
    // The first load's catalogue lacks them (`domain::compact::split`); step 4 and the
    // suggestions make the whole one (`ui::Whole`).
    let mut session = skillgap::ui::default_session().expect("the embedded catalogue loads");
    assert!(session.catalogue.is_partial() && session.catalogue.whole_if_made().is_none());
    let whole: skillgap::domain::format::CatalogueFile =
        serde_json::from_str(include_str!("../data/public/catalogue.zh.json")).unwrap();
    let occupation = &whole.occupations[0];
    let c = &session.catalogue;
    let skill = c.skill_by_id(&occupation.requires[0].skill).or_else(|| c.skill_indices().next()).unwrap();
    session.assessment = AssessmentState::default()
        .apply(AssessmentAction::AddSkill(skill))
        .apply(AssessmentAction::SetTarget(c.occupation_by_id(&occupation.id)));
    let props = AppProps { preloaded: Some(std::rc::Rc::new(session)), ..AppProps::default() };
    let html = LocalServerRenderer::<App>::with_props(props).hydratable(false).render().await;
    assert!(html.contains(&occupation.description.zh), "the target's description: {html}");
    assert!(html.contains(r#"<h3 id="plan-title">推荐课程</h3>"#), "a plan of courses");
    let courses = whole.courses.iter().filter(|x| html.contains(&x.name.zh)).count();
    assert!(courses > 0, "course names from the second part");
    assert!(html.contains(r#"<h3 id="openings-title">"#), "openings from the demand rows");
}
