//! The gap chart: held against required level per skill, as an SVG that reads in greyscale (a
//! solid bar inside an outlined box). The gap table next to it is the text alternative, so the
//! chart is labelled as an image with a description that points there.

use std::rc::Rc;

use yew::prelude::*;

use crate::domain::{GapReport, SkillLevel};
use crate::i18n::{t, PartMsg};
use crate::ui::{use_lang, use_whole};

#[derive(Properties, PartialEq)]
pub struct GapChartProps {
    pub report: Rc<GapReport>,
}

const LABEL_W: u32 = 250;
const ROW: u32 = 28;
const TOP: u32 = 24;
/// Width of the level scale in SVG units.
const SCALE_W: u32 = 336;

/// `text` cut to about `width` units (a CJK character counts 2, others 1), with "…".
pub fn clip_label(text: &str, width: usize) -> String {
    let mut used = 0;
    let mut out = String::new();
    for ch in text.chars() {
        let w = if ch as u32 > 0x2E80 { 2 } else { 1 };
        if used + w > width {
            out.push('…');
            return out;
        }
        used += w;
        out.push(ch);
    }
    out
}

#[component]
pub fn GapChart(props: &GapChartProps) -> Html {
    let lang = use_lang();
    let Some(catalogue) = use_whole() else { return html! {} };
    let rows = &props.report.skills;
    // The scale ends one level above the highest level shown (at least 4), so bars stay readable.
    let top_level = rows.iter().map(|g| g.required.max(g.held).value()).max().unwrap_or(0);
    let max = (top_level + 1).clamp(4, SkillLevel::MAX.value());
    let step = SCALE_W / u32::from(max);
    let width = LABEL_W + step * u32::from(max) + 20;
    let height = TOP + ROW * rows.len() as u32 + 34;
    let x = |level: u8| LABEL_W + step * u32::from(level);
    html! {
        <figure class="chart">
            <svg class="chart__svg" viewBox={format!("0 0 {width} {height}")} role="img"
                aria-labelledby="gap-chart-title gap-chart-desc" preserveAspectRatio="xMinYMin meet">
                <title id="gap-chart-title">{ t(lang, PartMsg::GapChartTitle) }</title>
                <desc id="gap-chart-desc">{ t(lang, PartMsg::GapChartDesc) }</desc>
                { for (0..=max).map(|l| html! {
                    <>
                        <line x1={x(l).to_string()} x2={x(l).to_string()} y1={(TOP - 6).to_string()} y2={(height - 30).to_string()} class="chart__grid" />
                        <text x={x(l).to_string()} y={(TOP - 10).to_string()} class="chart__tick">{ l }</text>
                    </>
                }) }
                { for rows.iter().enumerate().map(|(i, g)| {
                    let y = TOP + ROW * i as u32;
                    let name = catalogue.skill(g.skill).name.get(lang);
                    html! {
                        <g class={classes!("chart__row", (!g.is_met()).then_some("chart__row--gap"))}>
                            <title>{ format!("{name}: {} / {}", g.held.value(), g.required.value()) }</title>
                            <text x="0" y={(y + 15).to_string()} class="chart__label">{ clip_label(name, 28) }</text>
                            <rect x={x(0).to_string()} y={(y + 2).to_string()} width={(step * u32::from(g.required.value())).to_string()} height="18" class="chart__required" />
                            <rect x={x(0).to_string()} y={(y + 7).to_string()} width={(step * u32::from(g.held.value())).to_string()} height="8" class="chart__held" />
                        </g>
                    }
                }) }
                <g class="chart__legend">
                    <rect x={x(0).to_string()} y={(height - 22).to_string()} width="30" height="8" class="chart__held" />
                    <text x={(x(0) + 38).to_string()} y={(height - 14).to_string()}>{ t(lang, PartMsg::ChartHeld) }</text>
                    <rect x={(x(0) + 170).to_string()} y={(height - 27).to_string()} width="30" height="18" class="chart__required" />
                    <text x={(x(0) + 208).to_string()} y={(height - 14).to_string()}>{ t(lang, PartMsg::ChartRequired) }</text>
                </g>
            </svg>
        </figure>
    }
}

#[cfg(test)]
mod tests {
    use super::clip_label;

    #[test]
    fn labels_are_cut_by_display_width() {
        assert_eq!(clip_label("安全生产", 8), "安全生产");
        assert_eq!(clip_label("安全生产与操作规程", 8), "安全生产…");
        assert_eq!(clip_label("Workplace safety", 9), "Workplace…");
    }
}
