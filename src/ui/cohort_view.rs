//! The cohort view (`?mode=cohort`): many exported assessments dropped or chosen at once, summed
//! up by `state::cohort` — missing skills by industry and city, courses most plans need, total
//! hours, subsidy and money out of pocket — as bar charts (with tables) and a CSV download.

use wasm_bindgen_futures::JsFuture;
use web_sys::{DragEvent, FileList, HtmlInputElement};
use yew::prelude::*;

use crate::domain::city::find_city;
use crate::domain::Lang;
use crate::i18n::{cohort_cancel, cohort_read_line, cohort_reading_line, label_value, t, yuan, PartMsg, ToolsMsg};
use crate::state::cohort::{to_csv, Cohort, CohortSum, SeasonRow, MAX_COHORT_FILES};
use crate::state::export::{parse_bytes, restore, AssessmentError, MAX_ASSESSMENT_BYTES};
use crate::ui::gap_chart::clip_label;
use crate::ui::{use_lang, WholeCatalogue};

#[derive(Properties, PartialEq)]
pub struct CohortViewProps {
    pub catalogue: WholeCatalogue,
}

#[derive(Clone, PartialEq, Default)]
struct Loaded {
    cohort: Cohort,
    read: usize,
    /// The first files not read, with why, and how many there were in all.
    skipped: Vec<(String, AssessmentError)>,
    skipped_count: usize,
    truncated: bool,
    /// The reading was cancelled: the figures are of the files read until then.
    cancelled: bool,
}

/// Resolves in a new task (`ui::prefs::next_task`).
async fn yield_to_browser() {
    let promise = js_sys::Promise::new(&mut |resolve, _| {
        crate::ui::prefs::next_task(move || {
            let _ = resolve.call0(&wasm_bindgen::JsValue::NULL);
        });
    });
    let _ = JsFuture::from(promise).await;
}

/// How many skipped files are named.
const NAMED_SKIPS: usize = 20;

/// Reads and sums `files` one at a time (each file's read gives the page back to the browser,
/// and the sum grows one assessment at a time, so no task grows with the number of files),
/// telling `progress` how far it is every few files and stopping when `cancelled` is set.
async fn read_all(
    files: FileList,
    catalogue: WholeCatalogue,
    progress: Callback<(usize, usize)>,
    cancelled: std::rc::Rc<std::cell::Cell<bool>>,
) -> Loaded {
    let mut sum = CohortSum::default();
    let mut loaded = Loaded::default();
    let n = files.length() as usize;
    let total = n.min(MAX_COHORT_FILES);
    for i in 0..total {
        if cancelled.get() {
            loaded.cancelled = true;
            break;
        }
        if i % 20 == 0 {
            progress.emit((i, total));
            // Back to the browser between batches: small files are read so fast that their
            // promises would otherwise chain into one long task.
            yield_to_browser().await;
        }
        let Some(file) = files.get(i as u32) else { continue };
        let size = file.size() as usize;
        let result = if size > MAX_ASSESSMENT_BYTES {
            Err(AssessmentError::TooLarge { bytes: size })
        } else {
            match JsFuture::from(file.array_buffer()).await {
                Ok(buffer) => {
                    parse_bytes(&js_sys::Uint8Array::new(&buffer).to_vec()).and_then(|e| restore(&e, &catalogue))
                }
                Err(_) => Err(AssessmentError::NotText),
            }
        };
        match result {
            Ok(r) => sum.add(&catalogue, &r.state),
            Err(e) => {
                loaded.skipped_count += 1;
                if loaded.skipped.len() < NAMED_SKIPS {
                    loaded.skipped.push((file.name(), e));
                }
            }
        }
    }
    loaded.read = sum.assessments();
    loaded.cohort = sum.finish(&catalogue);
    loaded.truncated = n > MAX_COHORT_FILES;
    loaded
}

/// A horizontal bar chart of at most ten counts, with the same figures in a table.
fn bars(id: &'static str, title: &str, items: &[(String, u32)], unit: &str) -> Html {
    const ROW: u32 = 26;
    let max = items.iter().map(|(_, n)| *n).max().unwrap_or(1).max(1);
    let height = ROW * items.len() as u32 + 8;
    html! {
        <section class="cohort__chart" aria-labelledby={id}>
            <h3 id={id}>{ title }</h3>
            <svg class="chart__svg" viewBox={format!("0 0 640 {height}")} role="img" aria-labelledby={id} preserveAspectRatio="xMinYMin meet">
                { for items.iter().enumerate().map(|(i, (name, n))| {
                    let y = ROW * i as u32 + 4;
                    let w = 330 * n / max;
                    html! {
                        <g>
                            <text x="0" y={(y + 15).to_string()} class="chart__label">{ clip_label(name, 30) }</text>
                            <rect x="250" y={(y + 3).to_string()} width={w.max(1).to_string()} height="16" class="chart__held" />
                            <text x={(256 + w).to_string()} y={(y + 16).to_string()} class="chart__label">{ n }</text>
                        </g>
                    }
                }) }
            </svg>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby={id}>
                <table class="gap__table">
                    <thead><tr><th scope="col">{ title }</th><th scope="col">{ unit }</th></tr></thead>
                    <tbody>{ for items.iter().map(|(name, n)| html! { <tr><th scope="row">{ name }</th><td>{ n }</td></tr> }) }</tbody>
                </table>
            </div>
        </section>
    }
}

/// Supply and demand by month: the province's totals as paired bars (free workers, seasonal
/// openings), and the table per city behind them.
fn seasons(lang: Lang, rows: &[SeasonRow]) -> Html {
    if rows.is_empty() {
        return html! {};
    }
    let mut free = [0u32; 12];
    let mut open = [0u32; 12];
    for r in rows {
        for i in 0..12 {
            free[i] += r.free[i];
            open[i] += r.openings[i];
        }
    }
    let top = free.iter().chain(open.iter()).copied().max().unwrap_or(0).max(1);
    let (w, h, base) = (36.0_f32, 120.0_f32, 140.0_f32);
    let height = |n: u32| h * n as f32 / top as f32;
    let city_name = |id: &str| {
        if id == "any" {
            t(lang, ToolsMsg::CohortAnyCity).to_owned()
        } else {
            find_city(id).map_or_else(|| id.to_owned(), |c| c.name(lang).to_owned())
        }
    };
    let chart_label = format!("{} / {}", t(lang, ToolsMsg::SeasonsFree), t(lang, ToolsMsg::SeasonsOpenings));
    html! {
        <section aria-labelledby="cohort-seasons">
            <h3 id="cohort-seasons">{ t(lang, ToolsMsg::SeasonsTitle) }</h3>
            <p class="hint">{ t(lang, ToolsMsg::SeasonsHint) }</p>
            <svg class="seasons__chart" viewBox={format!("0 0 {} 170", 12.0 * w + 20.0)} role="img" aria-label={label_value(lang, t(lang, ToolsMsg::SeasonsProvince), &chart_label)}>
                { for (0..12usize).map(|i| {
                    let x = 10.0 + i as f32 * w;
                    let month_name = crate::i18n::month(lang, i as u8 + 1);
                    html! {
                        <g>
                            <rect class="seasons__free" x={(x + 4.0).to_string()} y={(base - height(free[i])).to_string()} width="13" height={height(free[i]).to_string()}>
                                <title>{ format!("{month_name} · {}: {}", t(lang, ToolsMsg::SeasonsFree), free[i]) }</title>
                            </rect>
                            <rect class="seasons__open" x={(x + 18.0).to_string()} y={(base - height(open[i])).to_string()} width="13" height={height(open[i]).to_string()}>
                                <title>{ format!("{month_name} · {}: {}", t(lang, ToolsMsg::SeasonsOpenings), open[i]) }</title>
                            </rect>
                            <text x={(x + 18.0).to_string()} y="160" text-anchor="middle" class="seasons__month">{ month_name }</text>
                        </g>
                    }
                }) }
            </svg>
            <p class="seasons__legend"><span class="seasons__key seasons__key--free"></span>{ t(lang, ToolsMsg::SeasonsFree) }<span class="seasons__key seasons__key--open"></span>{ t(lang, ToolsMsg::SeasonsOpenings) }</p>
            <div class="table-scroll" tabindex="0" role="region" aria-labelledby="cohort-seasons">
                <table class="gap__table seasons__table">
                    <thead><tr>
                        <th scope="col">{ t(lang, ToolsMsg::CohortGroup) }</th>
                        { for (1..=12u8).map(|m| html! { <th scope="col">{ crate::i18n::month(lang, m) }</th> }) }
                    </tr></thead>
                    <tbody>
                        { for rows.iter().map(|r| html! {
                            <tr>
                                <th scope="row">{ city_name(&r.city) }</th>
                                { for (0..12usize).map(|i| html! {
                                    <td class={classes!((r.openings[i] > r.free[i]).then_some("seasons__short"))}>{ format!("{} / {}", r.free[i], r.openings[i]) }</td>
                                }) }
                            </tr>
                        }) }
                    </tbody>
                </table>
            </div>
        </section>
    }
}

fn group_name(lang: Lang, catalogue: &crate::domain::Terms, city: bool, id: &str) -> String {
    if city {
        return find_city(id).map_or_else(|| t(lang, ToolsMsg::CohortAnyCity).to_owned(), |c| c.name(lang).to_owned());
    }
    catalogue.industries.iter().find(|i| i.id == id).map_or_else(|| id.to_owned(), |i| i.name.get(lang).to_owned())
}

#[component]
pub fn CohortView(props: &CohortViewProps) -> Html {
    let lang = use_lang();
    let loaded = use_state(|| None::<Loaded>);
    let dragging = use_state_eq(|| false);
    // Only the latest batch is shown, even when an earlier, larger one finishes later.
    let batch = use_mut_ref(|| 0u32);
    // (files read, files to read) while a batch is read; its cancel flag.
    let reading = use_state_eq(|| None::<(usize, usize)>);
    let cancel_flag = use_mut_ref(|| std::rc::Rc::new(std::cell::Cell::new(false)));
    let load = {
        let (loaded, catalogue, batch, reading, cancel_flag) =
            (loaded.clone(), props.catalogue.clone(), batch.clone(), reading.clone(), cancel_flag.clone());
        move |files: FileList| {
            let (loaded, catalogue, batch, reading) =
                (loaded.clone(), catalogue.clone(), batch.clone(), reading.clone());
            *batch.borrow_mut() += 1;
            let mine = *batch.borrow();
            // A new batch cancels the one before.
            cancel_flag.borrow().set(true);
            let cancelled = std::rc::Rc::new(std::cell::Cell::new(false));
            *cancel_flag.borrow_mut() = cancelled.clone();
            let progress = {
                let (batch, reading) = (batch.clone(), reading.clone());
                Callback::from(move |at: (usize, usize)| {
                    if *batch.borrow() == mine {
                        reading.set(Some(at));
                    }
                })
            };
            yew::platform::spawn_local(async move {
                let result = read_all(files, catalogue, progress, cancelled).await;
                if *batch.borrow() == mine {
                    reading.set(None);
                    loaded.set(Some(result));
                }
            });
        }
    };
    let on_cancel = {
        let cancel_flag = cancel_flag.clone();
        Callback::from(move |_: MouseEvent| cancel_flag.borrow().set(true))
    };
    let on_pick = {
        let load = load.clone();
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            if let Some(files) = input.files() {
                load(files);
            }
        })
    };
    let on_drop = {
        let (load, dragging) = (load.clone(), dragging.clone());
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(false);
            if let Some(files) = e.data_transfer().and_then(|d| d.files()) {
                load(files);
            }
        })
    };
    let on_over = {
        let dragging = dragging.clone();
        Callback::from(move |e: DragEvent| {
            e.prevent_default();
            dragging.set(true);
        })
    };
    let on_leave = {
        let dragging = dragging.clone();
        Callback::from(move |_: DragEvent| dragging.set(false))
    };
    let catalogue = &props.catalogue;
    let skill_name = |s: crate::domain::SkillIdx| catalogue.skill(s).name.get(lang).to_owned();

    html! {
        <main class="assessment cohort">
            <section class="step" aria-labelledby="cohort-title">
                <h2 id="cohort-title">{ t(lang, ToolsMsg::CohortTitle) }</h2>
                <p class="hint">{ t(lang, ToolsMsg::CohortHint) }</p>
                <div class={classes!("cohort__drop", dragging.then_some("is-dragging"))} ondrop={on_drop} ondragover={on_over} ondragleave={on_leave}>
                    <p>{ t(lang, ToolsMsg::CohortDrop) }</p>
                    <label for="cohort-files" class="field-label">{ t(lang, ToolsMsg::CohortPick) }</label>
                    <input id="cohort-files" type="file" multiple=true accept=".json,application/json" onchange={on_pick} />
                </div>
                if let Some((at, total)) = *reading {
                    <div class="cohort__progress">
                        <label for="cohort-progress">{ cohort_reading_line(lang, at, total) }</label>
                        <progress id="cohort-progress" max={total.to_string()} value={at.to_string()}></progress>
                        <button type="button" class="button button--small" onclick={on_cancel}>{ cohort_cancel(lang, false) }</button>
                    </div>
                }
                if let Some(l) = &*loaded {
                    <p class="cohort__status" role="status">{ cohort_read_line(lang, l.read, l.skipped_count) }</p>
                    if l.cancelled {
                        <p class="notice" role="note">{ cohort_cancel(lang, true) }</p>
                    }
                    if l.truncated {
                        <p class="notice notice--fault" role="alert">{ t(lang, ToolsMsg::CohortTooMany) }</p>
                    }
                    if !l.skipped.is_empty() {
                        <div class="cohort__skipped">
                            <p>{ t(lang, ToolsMsg::CohortSkipped) }</p>
                            <ul>{ for l.skipped.iter().take(20).map(|(name, e)| html! { <li>{ label_value(lang, name, &e.message(lang)) }</li> }) }</ul>
                        </div>
                    }
                }
            </section>
            if let Some(l) = &*loaded {
                <section class="step cohort__result" aria-labelledby="cohort-summary-title">
                    <h2 id="cohort-summary-title" class="sr-only">{ t(lang, ToolsMsg::CohortTitle) }</h2>
                    <dl class="plan__totals cohort__totals">
                        <div><dt>{ t(lang, ToolsMsg::CohortAssessments) }</dt><dd>{ l.cohort.assessments }</dd></div>
                        <div><dt>{ t(lang, ToolsMsg::CohortWithTarget) }</dt><dd>{ l.cohort.with_target }</dd></div>
                        <div><dt>{ t(lang, ToolsMsg::CohortHours) }</dt><dd>{ l.cohort.total_hours }</dd></div>
                        <div><dt>{ t(lang, ToolsMsg::CohortSubsidy) }</dt><dd>{ yuan(lang, u32::try_from(l.cohort.total_subsidy).unwrap_or(u32::MAX)) }</dd></div>
                        <div><dt>{ t(lang, ToolsMsg::CohortOutOfPocket) }</dt><dd>{ yuan(lang, u32::try_from(l.cohort.total_out_of_pocket).unwrap_or(u32::MAX)) }</dd></div>
                    </dl>
                    <a class="button" download="skillgap-cohort.csv"
                        href={format!("data:text/csv;charset=utf-8,{}", crate::ui::recovery::encode(&format!("\u{feff}{}", to_csv(catalogue, &l.cohort, lang))))}>
                        { t(lang, ToolsMsg::CohortCsv) }
                    </a>
                    { bars("cohort-missing", t(lang, ToolsMsg::CohortTopMissing), &l.cohort.missing.iter().take(10).map(|&(s, n)| (skill_name(s), n)).collect::<Vec<_>>(), t(lang, ToolsMsg::CohortAssessments)) }
                    { bars("cohort-courses", t(lang, ToolsMsg::CohortTopCourses), &l.cohort.courses.iter().take(10).map(|&(c, n)| (catalogue.course(c).name.get(lang).to_owned(), n)).collect::<Vec<_>>(), t(lang, ToolsMsg::CohortAssessments)) }
                    { for [(false, ToolsMsg::CohortByIndustry, &l.cohort.missing_by_industry, "cohort-industry"), (true, ToolsMsg::CohortByCity, &l.cohort.missing_by_city, "cohort-city")].into_iter().map(|(city, title, groups, id)| html! {
                        <section aria-labelledby={id}>
                            <h3 id={id}>{ t(lang, title) }</h3>
                            <div class="table-scroll" tabindex="0" role="region" aria-labelledby={id}>
                                <table class="gap__table">
                                    <thead><tr><th scope="col">{ t(lang, ToolsMsg::CohortGroup) }</th><th scope="col">{ t(lang, PartMsg::ColSkill) }</th></tr></thead>
                                    <tbody>
                                        { for groups.iter().map(|(group, counts)| html! {
                                            <tr>
                                                <th scope="row">{ group_name(lang, catalogue, city, group) }</th>
                                                <td>{ counts.iter().take(3).map(|&(s, n)| format!("{} ({n})", skill_name(s))).collect::<Vec<_>>().join(crate::i18n::list_separator(lang)) }</td>
                                            </tr>
                                        }) }
                                    </tbody>
                                </table>
                            </div>
                        </section>
                    }) }
                    { seasons(lang, &l.cohort.seasons) }
                </section>
            }
        </main>
    }
}
