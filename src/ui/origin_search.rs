//! "Start from a previous job": the combobox over the described previous jobs (a miner's, a
//! farm worker's… typical skills at typical levels) and over every occupation of the catalogue.
//! Picking a described job fills its skills at once; picking an occupation fills its
//! requirements at their levels (someone who did the job has them), which the whole catalogue
//! holds: that code and the catalogue's rest load on demand ([`JOB_SKILLS`]).

use yew::prelude::*;

use crate::domain::catalogue::OriginIdx;
use crate::domain::search::PreviousJob;
use crate::domain::{CatalogueError, OccupationIdx, SkillIdx, SkillLevel};
use crate::i18n::{origin_filled, t, Msg};
use crate::state::AssessmentAction;
use crate::ui::{
    use_catalogue, use_english_for_latin_queries, use_lang, use_prepared_index, CatalogueHandle, ComboOption, Combobox,
};

/// How many previous jobs the search suggests at once.
const MAX_SUGGESTIONS: usize = 8;

/// An occupation's requirements as a previous job's skills.
type JobSkills = fn(&CatalogueHandle, OccupationIdx) -> Result<Vec<(SkillIdx, SkillLevel)>, CatalogueError>;

fn job_skills(c: &CatalogueHandle, occupation: OccupationIdx) -> Result<Vec<(SkillIdx, SkillLevel)>, CatalogueError> {
    let whole = c.whole(crate::ui::whole::complete)?;
    Ok(whole.occupation(occupation).requires.iter().map(|r| (r.skill, r.level)).collect())
}

crate::on_demand! {
    /// An occupation picked as a previous job: its requirements, from the whole catalogue.
    pub static JOB_SKILLS: Lazy<JobSkills> = job_skills_chunk => job_skills;
}

/// A suggestion's entry in the combobox: described jobs first, then occupations after them.
fn entry(job: PreviousJob, origins: usize) -> u32 {
    match job {
        PreviousJob::Origin(i) => i.0,
        PreviousJob::Occupation(o) => (origins + o.get()) as u32,
    }
}

fn job_of(entry: u32, origins: usize) -> PreviousJob {
    let entry = entry as usize;
    if entry < origins {
        PreviousJob::Origin(OriginIdx(entry as u32))
    } else {
        PreviousJob::Occupation(OccupationIdx((entry - origins) as u32))
    }
}

#[derive(Properties, PartialEq)]
pub struct OriginSearchProps {
    pub on_action: Callback<AssessmentAction>,
}

#[component]
pub fn OriginSearch(props: &OriginSearchProps) -> Html {
    let lang = use_lang();
    let catalogue = use_catalogue();
    use_prepared_index(catalogue.clone(), CatalogueHandle::origin_index);
    use_prepared_index(catalogue.clone(), CatalogueHandle::occupation_index);
    // The job whose skills were filled in and how many, or that they could not be.
    let filled = use_state(|| None::<Result<(PreviousJob, usize), ()>>);
    let on_no_match = use_english_for_latin_queries();
    let Some(c) = catalogue.clone() else { return html! {} };
    let origins = c.origins.len();
    let search = {
        let c = c.clone();
        Callback::from(move |query: String| -> Vec<ComboOption> {
            c.previous_jobs(&query, lang, MAX_SUGGESTIONS)
                .into_iter()
                .map(|(job, _)| {
                    let (name, detail, picture) = match job {
                        PreviousJob::Origin(i) => {
                            let origin = &c.origins[i.get()];
                            let name = &origin.name;
                            let other = if name.has(lang.other()) { name.get(lang.other()) } else { "" };
                            (
                                name.get(lang),
                                other.to_owned(),
                                Some(crate::domain::browse::Subject::Origin(&origin.name.zh)),
                            )
                        }
                        PreviousJob::Occupation(o) => {
                            let o = c.occupation(o);
                            (o.name.get(lang), o.code.clone(), crate::domain::browse::occupation_subject(&c, o))
                        }
                    };
                    ComboOption {
                        entry: entry(job, origins),
                        label: AttrValue::from(name.to_owned()),
                        detail: AttrValue::from(detail),
                        picture: crate::ui::pictogram::picture_if_loaded(picture),
                    }
                })
                .collect()
        })
    };
    let on_pick = {
        let (c, on_action, filled) = (c.clone(), props.on_action.clone(), filled.clone());
        Callback::from(move |entry: u32| match job_of(entry, origins) {
            PreviousJob::Origin(i) => {
                let origin = &c.origins[i.get()];
                on_action.emit(AssessmentAction::FillFrom(origin.skills.clone()));
                filled.set(Some(Ok((PreviousJob::Origin(i), origin.skills.len()))));
            }
            PreviousJob::Occupation(o) => {
                let (c, on_action, filled) = (c.clone(), on_action.clone(), filled.clone());
                wasm_bindgen_futures::spawn_local(async move {
                    let skills = match JOB_SKILLS.load().await {
                        Ok(job_skills) => job_skills(&c, o).ok(),
                        Err(_) => None,
                    };
                    match skills {
                        Some(skills) => {
                            let n = skills.len();
                            on_action.emit(AssessmentAction::FillFrom(skills));
                            filled.set(Some(Ok((PreviousJob::Occupation(o), n))));
                        }
                        None => filled.set(Some(Err(()))),
                    }
                });
            }
        })
    };
    let name_of = |job: PreviousJob| match job {
        PreviousJob::Origin(i) => c.origins.get(i.get()).map_or("", |x| x.name.get(lang)),
        PreviousJob::Occupation(o) => c.occupations.get(o.get()).map_or("", |x| x.name.get(lang)),
    };
    html! {
        <div class="origin">
            <Combobox
                id="origin"
                label={t(lang, Msg::OriginSearchLabel)}
                placeholder={t(lang, Msg::OriginSearchPlaceholder)}
                describedby={Some(AttrValue::from("origin-hint"))}
                empty_text={t(lang, Msg::NoOriginFound)}
                {search}
                {on_pick}
                {on_no_match}
            />
            <p class="hint" id="origin-hint">{ t(lang, Msg::OriginHint) }</p>
            {
                match *filled {
                    Some(Ok((pick, n))) => html! { <p class="ok" role="status">{ origin_filled(lang, name_of(pick), n) }</p> },
                    Some(Err(())) => html! { <p class="notice notice--fault" role="alert">{ t(lang, Msg::PartFailed) }</p> },
                    None => html! {},
                }
            }
        </div>
    }
}
