//! The pictograms of `assets/pictograms/` (drawn for this project, CC0): line drawings in the
//! text's colour that sit beside a word, never instead of it (each is `aria-hidden`). Only code
//! of the parts loaded on demand draws them directly; the lists of the first screen (the skill
//! search, the target search, the profile) draw them through [`PICTURES`], which loads with the
//! catalogue's rest when a person first touches the page, so they travel in chunks.

use yew::prelude::*;

use crate::domain::browse::Subject;

const PICTOGRAMS: &[(&str, &str)] = &[
    ("beauty", include_str!("../../assets/pictograms/beauty.svg")),
    ("building-site", include_str!("../../assets/pictograms/building-site.svg")),
    ("caring", include_str!("../../assets/pictograms/caring.svg")),
    ("cleaning", include_str!("../../assets/pictograms/cleaning.svg")),
    ("computers", include_str!("../../assets/pictograms/computers.svg")),
    ("construction", include_str!("../../assets/pictograms/construction.svg")),
    ("cooking", include_str!("../../assets/pictograms/cooking.svg")),
    ("driving", include_str!("../../assets/pictograms/driving.svg")),
    ("electrical", include_str!("../../assets/pictograms/electrical.svg")),
    ("factory-line", include_str!("../../assets/pictograms/factory-line.svg")),
    ("farming", include_str!("../../assets/pictograms/farming.svg")),
    ("field", include_str!("../../assets/pictograms/field.svg")),
    ("greenhouse", include_str!("../../assets/pictograms/greenhouse.svg")),
    ("home-care", include_str!("../../assets/pictograms/home-care.svg")),
    ("kitchen", include_str!("../../assets/pictograms/kitchen.svg")),
    ("lifting", include_str!("../../assets/pictograms/lifting.svg")),
    ("livestock", include_str!("../../assets/pictograms/livestock.svg")),
    ("logistics", include_str!("../../assets/pictograms/logistics.svg")),
    ("machining", include_str!("../../assets/pictograms/machining.svg")),
    ("mine", include_str!("../../assets/pictograms/mine.svg")),
    ("mining", include_str!("../../assets/pictograms/mining.svg")),
    ("office", include_str!("../../assets/pictograms/office.svg")),
    ("repair", include_str!("../../assets/pictograms/repair.svg")),
    ("safety", include_str!("../../assets/pictograms/safety.svg")),
    ("sales", include_str!("../../assets/pictograms/sales.svg")),
    ("security", include_str!("../../assets/pictograms/security.svg")),
    ("sewing", include_str!("../../assets/pictograms/sewing.svg")),
    ("truck", include_str!("../../assets/pictograms/truck.svg")),
    ("welding", include_str!("../../assets/pictograms/welding.svg")),
];

/// Draws the picture of a subject ([`crate::domain::browse::picture_of`]), from a chunk.
pub type Draw = for<'a> fn(Subject<'a>) -> Html;

fn draw(subject: Subject<'_>) -> Html {
    crate::domain::browse::picture_of(subject).map(pictogram).unwrap_or_default()
}

crate::on_demand! {
    /// The pictures of the lists of the first screen: the choice of picture and the drawings.
    pub static PICTURES: Lazy<Draw> = pictures_chunk => draw;
}

/// The picture of `subject` when the pictures are loaded, else nothing (the words are there).
pub fn picture_if_loaded(subject: Option<Subject<'_>>) -> Html {
    match (PICTURES.loaded(), subject) {
        (Some(draw), Some(subject)) => draw(subject),
        _ => html! {},
    }
}

/// The pictogram `id` (empty when there is none of that name), decorative.
pub fn pictogram(id: &str) -> Html {
    match PICTOGRAMS.iter().find(|(name, _)| *name == id) {
        Some((_, svg)) => {
            html! { <span class="picto" aria-hidden="true">{ Html::from_html_unchecked(AttrValue::Static(svg.trim_end())) }</span> }
        }
        None => html! {},
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn every_picture_the_browse_names_is_drawn() {
        use crate::domain::browse::TRADES;
        for t in TRADES {
            assert!(PICTOGRAMS.iter().any(|(n, _)| *n == t.picture), "{}", t.picture);
        }
        for (name, svg) in PICTOGRAMS {
            assert!(svg.contains("aria-hidden=\"true\"") && !svg.contains("<script"), "{name}");
        }
    }
}
