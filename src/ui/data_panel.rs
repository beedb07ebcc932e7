//! The counsellor's data panel: which catalogue is loaded, and loading another one (our JSON
//! format, ESCO, O*NET) or this quarter's shortage list and openings table from files (workbooks
//! or CSV, with blank templates to download). Files are read in the
//! browser; the parsing and checks are the core's (`domain::upload`).

use std::rc::Rc;

use wasm_bindgen::JsCast;
use wasm_bindgen_futures::JsFuture;
use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::domain::format::{CatalogueFile, Stats};
use crate::domain::import::{
    courses, demand, requirements, shortage, ImportError, ImportErrorKind, ImportWarning, TableFormat, MAX_FILE_BYTES,
};
use crate::domain::upload::{load_upload, Loaded, Upload, UploadError, UploadKind};
use crate::i18n::{
    courses_summary, demand_summary, label_value, loaded_summary, requirements_summary, shortage_summary, t,
    template_link, ToolsMsg,
};
use crate::ui::{use_lang, CatalogueHandle};

/// What the table inputs offer to choose: workbooks and text tables.
const TABLE_ACCEPT: &str = ".xlsx,.xls,.xlsb,.ods,.csv,.txt,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet,application/vnd.ms-excel,application/vnd.oasis.opendocument.spreadsheet";

#[derive(Properties)]
pub struct DataPanelProps {
    pub catalogue: CatalogueHandle,
    pub file: Rc<CatalogueFile>,
    pub on_loaded: Callback<Loaded>,
    pub on_restore: Callback<()>,
}

/// The same file means the same `Rc` (a new file is a new `Rc`): comparing the contents would
/// walk the whole catalogue file on every render of the page.
impl PartialEq for DataPanelProps {
    fn eq(&self, other: &Self) -> bool {
        self.catalogue == other.catalogue
            && Rc::ptr_eq(&self.file, &other.file)
            && self.on_loaded == other.on_loaded
            && self.on_restore == other.on_restore
    }
}

#[derive(Clone, PartialEq)]
enum Status {
    Idle,
    Reading,
    Done {
        stats: Stats,
        millis: f64,
        memory_mb: f64,
        shortage: Option<(usize, usize)>,
        demand: Option<(usize, usize)>,
        courses: Option<(usize, usize)>,
        requirements: Option<(usize, usize)>,
        warnings: Vec<ImportWarning>,
        warning_count: usize,
    },
    Failed(UploadError),
}

/// Reads the chosen files, refusing any over the size limit before reading it.
async fn read_files(input: &HtmlInputElement) -> Result<Vec<Upload>, UploadError> {
    let mut out = Vec::new();
    let Some(list) = input.files() else { return Ok(out) };
    for i in 0..list.length() {
        let Some(file) = list.get(i) else { continue };
        let size = file.size() as usize;
        if size > MAX_FILE_BYTES {
            return Err(ImportError::new(
                &file.name(),
                None,
                ImportErrorKind::TooLarge { bytes: size, limit: MAX_FILE_BYTES },
            )
            .into());
        }
        let buffer = JsFuture::from(file.array_buffer())
            .await
            .map_err(|_| UploadError::Import(ImportError::new(&file.name(), None, ImportErrorKind::CannotOpen)))?;
        out.push((file.name(), js_sys::Uint8Array::new(&buffer).to_vec()));
    }
    Ok(out)
}

fn now_ms() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

fn wasm_memory_mb() -> f64 {
    wasm_bindgen::memory()
        .dyn_into::<js_sys::WebAssembly::Memory>()
        .map(|m| m.buffer().unchecked_into::<js_sys::ArrayBuffer>().byte_length() as f64 / (1024.0 * 1024.0))
        .unwrap_or(0.0)
}

#[component]
pub fn DataPanel(props: &DataPanelProps) -> Html {
    let lang = use_lang();
    let status = use_state(|| Status::Idle);

    let upload = |kind: UploadKind| {
        let (status, on_loaded, file) = (status.clone(), props.on_loaded.clone(), props.file.clone());
        Callback::from(move |e: Event| {
            let input: HtmlInputElement = e.target_unchecked_into();
            let (status, on_loaded, file) = (status.clone(), on_loaded.clone(), file.clone());
            status.set(Status::Reading);
            yew::platform::spawn_local(async move {
                let started = now_ms();
                let result = match read_files(&input).await {
                    Ok(files) => load_upload(kind, &files, &file),
                    Err(e) => Err(e),
                };
                input.set_value("");
                match result {
                    Ok(loaded) => {
                        let millis = now_ms() - started;
                        status.set(Status::Done {
                            stats: loaded.file.stats(),
                            millis,
                            memory_mb: wasm_memory_mb(),
                            shortage: loaded.shortage,
                            demand: loaded.demand,
                            courses: loaded.courses,
                            requirements: loaded.requirements,
                            warnings: loaded.report.warnings.clone(),
                            warning_count: loaded.report.warning_count,
                        });
                        on_loaded.emit(loaded);
                    }
                    Err(e) => status.set(Status::Failed(e)),
                }
            });
        })
    };
    let on_restore = {
        let (status, on_restore) = (status.clone(), props.on_restore.clone());
        Callback::from(move |_: MouseEvent| {
            status.set(Status::Idle);
            on_restore.emit(());
        })
    };

    let c = &props.catalogue;
    let stats = props.file.stats();
    let field = |id: &'static str, msg: ToolsMsg, accept: &'static str, multiple: bool, kind: UploadKind| {
        html! {
            <div class="upload">
                <label for={id} class="field-label">{ t(lang, msg) }</label>
                <input id={id} type="file" {accept} {multiple} onchange={upload(kind)} />
            </div>
        }
    };
    // A bureau's table: a workbook (Excel, WPS, LibreOffice) or CSV text in any encoding read,
    // with links to its blank templates (written by the build from the table's definition).
    let table_field = |id: &'static str, msg: ToolsMsg, kind: UploadKind, table: &'static TableFormat| {
        html! {
            <div class="upload">
                <label for={id} class="field-label">{ t(lang, msg) }</label>
                <input id={id} type="file" accept={TABLE_ACCEPT} onchange={upload(kind)} />
                <p class="hint upload__templates">
                    { label_value(lang, t(lang, ToolsMsg::TemplatesLabel), "") }
                    <a href={format!("templates/{}.xlsx", table.id)} download="">{ template_link(lang, table, "Excel") }</a>
                    { " · " }
                    <a href={format!("templates/{}.csv", table.id)} download="">{ template_link(lang, table, "CSV") }</a>
                </p>
            </div>
        }
    };

    html! {
        <details class="data-panel">
            <summary>{ t(lang, ToolsMsg::DataPanel) }</summary>
            <p class="hint">{ t(lang, ToolsMsg::DataPanelHint) }</p>
            <p class="data-panel__current">
                { label_value(lang, t(lang, ToolsMsg::CurrentCatalogue), &format!("{} · {} · {}", c.publisher.get(lang), c.edition, crate::i18n::catalogue_counts(lang, &stats))) }
            </p>
            { field("upload-catalogue", ToolsMsg::LoadCatalogueFile, ".json,application/json", false, UploadKind::Catalogue) }
            { field("upload-esco", ToolsMsg::ImportEsco, ".csv,text/csv", true, UploadKind::Esco) }
            { field("upload-onet", ToolsMsg::ImportOnet, ".tsv,.txt,text/tab-separated-values", true, UploadKind::Onet) }
            { table_field("upload-shortage", ToolsMsg::ApplyShortage, UploadKind::Shortage, &shortage::FORMAT) }
            { table_field("upload-demand", ToolsMsg::ImportDemand, UploadKind::Demand, &demand::FORMAT) }
            { table_field("upload-courses", ToolsMsg::ImportCourses, UploadKind::Courses, &courses::FORMAT) }
            { table_field("upload-requirements", ToolsMsg::ImportRequirements, UploadKind::Requirements, &requirements::FORMAT) }
            <button type="button" class="button" onclick={on_restore}>{ t(lang, ToolsMsg::RestoreDefault) }</button>
            <div class="data-panel__status" role="status" aria-live="polite">
                {
                    match &*status {
                        Status::Idle => html! {},
                        Status::Reading => html! { <p>{ t(lang, ToolsMsg::Loading) }</p> },
                        Status::Done { stats, millis, memory_mb, shortage, demand, courses, requirements, warnings, warning_count } => html! {
                            <>
                                <p class="ok">{ loaded_summary(lang, stats, *millis, *memory_mb) }</p>
                                if let Some((flagged, cleared)) = shortage {
                                    <p class="ok">{ shortage_summary(lang, *flagged, *cleared) }</p>
                                }
                                if let Some((rows, replaced)) = demand {
                                    <p class="ok">{ demand_summary(lang, *rows, *replaced) }</p>
                                }
                                if let Some((added, replaced)) = courses {
                                    <p class="ok">{ courses_summary(lang, *added, *replaced) }</p>
                                }
                                if let Some((occupations, rows)) = requirements {
                                    <p class="ok">{ requirements_summary(lang, *occupations, *rows) }</p>
                                }
                                if *warning_count > 0 {
                                    <p>{ label_value(lang, t(lang, ToolsMsg::WarningsLabel), &warning_count.to_string()) }</p>
                                    <ul class="data-panel__warnings">
                                        { for warnings.iter().take(20).map(|w| html! { <li>{ w.message(lang) }</li> }) }
                                    </ul>
                                }
                            </>
                        },
                        Status::Failed(e) => html! {
                            <div class="error-panel" role="alert">
                                <p>{ t(lang, ToolsMsg::ImportFailed) }</p>
                                <ul>{ for e.messages(lang).into_iter().map(|m| html! { <li>{ m }</li> }) }</ul>
                            </div>
                        },
                    }
                }
            </div>
        </details>
    }
}
