//! The plan on a month calendar: one bar per course from its start month over the months it
//! runs, months the worker is not free hatched. The course list below is the text version.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::CoursePlan;
use crate::i18n::{month, months_total, t, PartMsg};
use crate::ui::gap_chart::clip_label;
use crate::ui::{use_lang, use_whole};

#[derive(Properties, PartialEq)]
pub struct TimelineProps {
    pub plan: Rc<CoursePlan>,
    /// Calendar month (1–12) of the plan's first column.
    pub start_month: u8,
    /// Bit `m` for each free month; 0: every month.
    pub free_months: u16,
}

const LABEL_W: u32 = 210;
const COL: u32 = 34;
const ROW: u32 = 28;
const TOP: u32 = 26;

/// Months from the start until the last course ends.
pub fn plan_months(plan: &CoursePlan) -> u8 {
    plan.courses.iter().map(|p| p.starts_after_months.saturating_add(p.months_spanned())).max().unwrap_or(0)
}

#[component]
pub fn Timeline(props: &TimelineProps) -> Html {
    let lang = use_lang();
    let Some(catalogue) = use_whole() else { return html! {} };
    let plan = &props.plan;
    if plan.courses.is_empty() {
        return html! {};
    }
    let total = plan_months(plan);
    let columns = total.clamp(6, 24);
    let width = LABEL_W + COL * u32::from(columns) + 4;
    let height = TOP + ROW * plan.courses.len() as u32 + 4;
    let cal = |offset: u8| (props.start_month.max(1) - 1 + offset) % 12 + 1;
    let busy = |offset: u8| props.free_months != 0 && props.free_months & (1 << cal(offset)) == 0;
    let x = |offset: u8| LABEL_W + COL * u32::from(offset);
    html! {
        <section class="timeline" aria-labelledby="timeline-title">
            <h3 id="timeline-title">{ t(lang, PartMsg::TimelineTitle) }</h3>
            <p class="hint">{ t(lang, PartMsg::TimelineHint) }</p>
            <p class="timeline__total">{ months_total(lang, total) }</p>
            <svg class="timeline__svg" viewBox={format!("0 0 {width} {height}")} role="img" aria-labelledby="timeline-title" preserveAspectRatio="xMinYMin meet">
                <defs>
                    <pattern id="busy-hatch" width="6" height="6" patternUnits="userSpaceOnUse" patternTransform="rotate(45)">
                        <line x1="0" y1="0" x2="0" y2="6" class="timeline__hatch" />
                    </pattern>
                </defs>
                { for (0..columns).map(|c| html! {
                    <>
                        if busy(c) {
                            <rect x={x(c).to_string()} y={(TOP - 4).to_string()} width={COL.to_string()} height={(height - TOP).to_string()} fill="url(#busy-hatch)" />
                        }
                        <line x1={x(c).to_string()} x2={x(c).to_string()} y1="4" y2={height.to_string()} class="chart__grid" />
                        <text x={(x(c) + COL / 2).to_string()} y="16" class="timeline__month">{ month(lang, cal(c)) }</text>
                    </>
                }) }
                { for plan.courses.iter().enumerate().map(|(i, p)| {
                    let y = TOP + ROW * i as u32;
                    let name = catalogue.course(p.course).name.get(lang);
                    // A course beyond the last column (plans over two years) keeps its label only.
                    let shown = p.months_spanned().min(columns.saturating_sub(p.starts_after_months));
                    html! {
                        <g>
                            <title>{ format!("{name}: {} · {} {}", month(lang, p.start_month), p.weeks, t(lang, PartMsg::Weeks)) }</title>
                            <text x="0" y={(y + 16).to_string()} class="chart__label">{ format!("{}. {}", i + 1, clip_label(name, 24)) }</text>
                            if shown > 0 {
                            <rect x={(x(p.starts_after_months) + 2).to_string()} y={(y + 4).to_string()}
                                width={(COL * u32::from(shown)).saturating_sub(4).max(4).to_string()} height="18" rx="3" class="timeline__bar" />
                            }
                        </g>
                    }
                }) }
            </svg>
        </section>
    }
}
