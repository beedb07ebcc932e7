//! The commands of `skillgap-cli` (see `main.rs`).

use std::collections::BTreeMap;
use std::fs;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use crate::cohort;
use skillgap_core::domain::assemble::assemble;
use skillgap_core::domain::format::{CatalogueFile, OccupationEntry};
use skillgap_core::domain::import::classification::Classification;
use skillgap_core::domain::import::{self, decode_upload, demand, esco, onet, shortage, ImportReport};
use skillgap_core::domain::profile_input::{resolve, ProfileInput};
use skillgap_core::domain::ranking::RankBy;
use skillgap_core::domain::{compact, spine, Catalogue, Lang};

use crate::report;

const USAGE: &str = "usage:
  skillgap-cli assess CATALOGUE PROFILE.json
  skillgap-cli rank CATALOGUE PROFILE.json [--top N] [--by fit|closeness|effort]
  skillgap-cli validate FILE [--lang zh|en]
  skillgap-cli stats FILE
  skillgap-cli build DIR -o FILE [--check]
  skillgap-cli import-esco DIR -o FILE
  skillgap-cli import-onet DIR -o FILE
  skillgap-cli import-classification CSV -o FILE   (the national classification's groups and detailed occupations as JSON)
  skillgap-cli map-tasks CATALOGUE CSV [--json FILE]   (which of the catalogue's skills each occupation's official tasks name: a report)
  skillgap-cli apply-shortage CATALOGUE TABLE -o FILE   (TABLE: .csv in UTF-8, UTF-16 or GB18030, or .xlsx)
  skillgap-cli apply-demand CATALOGUE TABLE -o FILE
  skillgap-cli apply-courses CATALOGUE TABLE -o FILE
  skillgap-cli apply-requirements CATALOGUE TABLE -o FILE
  skillgap-cli cohort CATALOGUE (ASSESSMENT.json|FOLDER)... [--lang zh|en]   (CSV on standard output)
  skillgap-cli cohort CATALOGUE --list PATHS.txt|- [--lang zh|en]   (the paths one a line)
  skillgap-cli cohort CATALOGUE --jsonl ASSESSMENTS.jsonl|- [--lang zh|en]   (one assessment a line)
  skillgap-cli quality CATALOGUE --onet DIR --fixtures DIR [--json FILE]   (how the suggestions rank: a report)";

/// The order in which `build` assembles the parts of `data/catalogue/`.
/// The national classification as `skillgap-cli import-classification` writes it, and the
/// English names of its detailed occupations by code, beside the parts.
const CLASSIFICATION: &str = "classification.json";
const CLASSIFICATION_EN: &str = "classification.en.json";
/// Where the derived occupations' definitions and tasks go, a file per group, beside the halves.
const SPINE_DIR: &str = "spine";

const PARTS: [&str; 12] = [
    "shared.json",
    "equipment.json",
    "materials.json",
    "consumer.json",
    "services.json",
    "cooking-care.json",
    "construction.json",
    "transport-farming.json",
    "logistics-care-industry.json",
    "seasonal.json",
    "origins.json",
    "demand.json",
];

/// A failure to report: the lines to print and the exit status.
struct Failure(Vec<String>, u8);

fn usage() -> Failure {
    Failure(vec![USAGE.to_owned()], 2)
}

fn fail(lines: Vec<String>) -> Failure {
    Failure(lines, 1)
}

struct Args {
    positional: Vec<String>,
    output: Option<PathBuf>,
    lang: Lang,
    check: bool,
    top: usize,
    by: RankBy,
    onet: Option<PathBuf>,
    fixtures: Option<PathBuf>,
    json: Option<PathBuf>,
    list: Option<PathBuf>,
    jsonl: Option<PathBuf>,
}

fn parse_args(raw: &[String]) -> Result<Args, Failure> {
    let mut args = Args {
        positional: Vec::new(),
        output: None,
        lang: Lang::En,
        check: false,
        top: 10,
        by: RankBy::Fit,
        onet: None,
        fixtures: None,
        json: None,
        list: None,
        jsonl: None,
    };
    let mut it = raw.iter();
    while let Some(a) = it.next() {
        match a.as_str() {
            "-o" | "--output" => args.output = Some(it.next().ok_or_else(usage)?.into()),
            "--lang" => {
                args.lang = match it.next().map(String::as_str) {
                    Some("zh") => Lang::Zh,
                    Some("en") => Lang::En,
                    _ => return Err(usage()),
                }
            }
            "--check" => args.check = true,
            "--top" => args.top = it.next().and_then(|n| n.parse().ok()).ok_or_else(usage)?,
            "--by" => {
                args.by = match it.next().map(String::as_str) {
                    Some("fit") => RankBy::Fit,
                    Some("effort") => RankBy::Effort,
                    Some("closeness") => RankBy::Closeness,
                    _ => return Err(usage()),
                }
            }
            "--onet" => args.onet = Some(it.next().ok_or_else(usage)?.into()),
            "--fixtures" => args.fixtures = Some(it.next().ok_or_else(usage)?.into()),
            "--json" => args.json = Some(it.next().ok_or_else(usage)?.into()),
            "--list" => args.list = Some(it.next().ok_or_else(usage)?.into()),
            "--jsonl" => args.jsonl = Some(it.next().ok_or_else(usage)?.into()),
            s if s.starts_with('-') => return Err(usage()),
            s => args.positional.push(s.to_owned()),
        }
    }
    Ok(args)
}

/// The bytes of `path` (a table the importers sniff: a workbook, or text in any encoding read).
fn read_bytes(path: &Path) -> Result<Vec<u8>, Failure> {
    fs::read(path).map_err(|e| fail(vec![format!("{}: {e}", path.display())]))
}

fn read_text(path: &Path) -> Result<String, Failure> {
    let bytes = read_bytes(path)?;
    let name = path.display().to_string();
    decode_upload(&name, &bytes).map(|t| t.into_owned()).map_err(|e| fail(vec![e.message(Lang::En)]))
}

/// Reads `name` from `dir`, or `name.gz` decompressed.
fn read_maybe_gz(dir: &Path, name: &str) -> Result<String, Failure> {
    let plain = dir.join(name);
    if plain.exists() {
        return read_text(&plain);
    }
    let gz = dir.join(format!("{name}.gz"));
    let file = fs::File::open(&gz).map_err(|e| fail(vec![format!("{}: {e}", gz.display())]))?;
    let mut bytes = Vec::new();
    flate2::read::GzDecoder::new(file)
        .take(import::MAX_FILE_BYTES as u64 + 1)
        .read_to_end(&mut bytes)
        .map_err(|e| fail(vec![format!("{}: {e}", gz.display())]))?;
    decode_upload(name, &bytes).map(|t| t.into_owned()).map_err(|e| fail(vec![e.message(Lang::En)]))
}

fn load(path: &Path) -> Result<(CatalogueFile, Catalogue), Failure> {
    let text = read_text(path)?;
    let file: CatalogueFile = serde_json::from_str(text.strip_prefix('\u{feff}').unwrap_or(&text))
        .map_err(|e| fail(vec![format!("{}: line {}, column {}: {e}", path.display(), e.line(), e.column())]))?;
    let catalogue = validate(path, file.clone(), Lang::En)?;
    Ok((file, catalogue))
}

fn validate(path: &Path, file: CatalogueFile, lang: Lang) -> Result<Catalogue, Failure> {
    Catalogue::from_file(file)
        .map_err(|errors| fail(errors.iter().map(|e| format!("{}: {}", path.display(), e.message(lang))).collect()))
}

fn write_json(path: &Path, file: &CatalogueFile, pretty: bool) -> Result<(), Failure> {
    let text = if pretty { serde_json::to_string_pretty(file) } else { serde_json::to_string(file) }
        .map_err(|e| fail(vec![e.to_string()]))?;
    fs::write(path, text + "\n").map_err(|e| fail(vec![format!("{}: {e}", path.display())]))
}

fn print_report(report: &ImportReport) {
    for (file, rows) in &report.rows_read {
        eprintln!("read {rows} rows from {file}");
    }
    for w in &report.warnings {
        eprintln!("warning: {}", w.message(Lang::En));
    }
    if report.warning_count > report.warnings.len() {
        eprintln!("… and {} more warnings", report.warning_count - report.warnings.len());
    }
}

/// The end of every command that writes a catalogue: report what was read and skipped, check
/// the result, write it.
fn finish(out: &Path, file: &CatalogueFile, report: &ImportReport) -> Result<(), Failure> {
    print_report(report);
    validate(out, file.clone(), Lang::En)?;
    write_json(out, file, false)
}

fn output(args: &Args) -> Result<&Path, Failure> {
    args.output.as_deref().ok_or_else(usage)
}

fn run(raw: &[String]) -> Result<(), Failure> {
    let (command, rest) = raw.split_first().ok_or_else(usage)?;
    let args = parse_args(rest)?;
    let pos = |i: usize| args.positional.get(i).map(Path::new).ok_or_else(usage);
    match command.as_str() {
        "cohort" => {
            let (_, catalogue) = load(pos(0)?)?;
            let source = match (&args.list, &args.jsonl) {
                (Some(list), None) if args.positional.len() == 1 => cohort::Source::List(list.clone()),
                (None, Some(lines)) if args.positional.len() == 1 => cohort::Source::JsonLines(lines.clone()),
                (None, None) if args.positional.len() > 1 => {
                    cohort::Source::Paths(args.positional.iter().skip(1).map(PathBuf::from).collect())
                }
                _ => return Err(usage()),
            };
            let cohort = cohort::stream(&catalogue, &source, args.lang).map_err(|e| fail(vec![e]))?.finish(&catalogue);
            print!("{}", skillgap_core::state::cohort::to_csv(&catalogue, &cohort, args.lang));
        }
        "assess" | "rank" => {
            let (_, catalogue) = load(pos(0)?)?;
            let profile_path = pos(1)?;
            let text = read_text(profile_path)?;
            let input: ProfileInput =
                serde_json::from_str(text.strip_prefix('\u{feff}').unwrap_or(&text)).map_err(|e| {
                    fail(vec![format!("{}: line {}, column {}: {e}", profile_path.display(), e.line(), e.column())])
                })?;
            let resolved = resolve(&catalogue, &input);
            let value = if command == "assess" {
                let target = resolved.target.ok_or_else(|| {
                    fail(vec![format!(
                        "{}: no target occupation (\"target\": code, id or name)",
                        profile_path.display()
                    )])
                })?;
                report::assess(&catalogue, &resolved, target)
            } else {
                report::rank(&catalogue, &resolved, args.top, args.by)
            };
            println!("{}", serde_json::to_string_pretty(&value).map_err(|e| fail(vec![e.to_string()]))?);
        }
        "quality" => {
            let (_, catalogue) = load(pos(0)?)?;
            let onet = match &args.onet {
                Some(dir) => Some(crate::quality::Onet::read(dir).map_err(|e| fail(vec![e]))?),
                None => None,
            };
            let fixtures = args.fixtures.as_deref().ok_or_else(usage)?;
            let report = crate::quality::report(&catalogue, fixtures, onet.as_ref()).map_err(|e| fail(vec![e]))?;
            if let Some(path) = &args.json {
                let text = serde_json::to_string_pretty(&report).map_err(|e| fail(vec![e.to_string()]))?;
                fs::write(path, text + "\n").map_err(|e| fail(vec![format!("{}: {e}", path.display())]))?;
            }
        }
        "validate" => {
            let path = pos(0)?;
            let text = read_text(path)?;
            let catalogue = Catalogue::from_json(&text).map_err(|errors| {
                fail(errors.iter().map(|e| format!("{}: {}", path.display(), e.message(args.lang))).collect())
            })?;
            for w in catalogue.warnings() {
                eprintln!("warning: {}: {}", path.display(), w.message(args.lang));
            }
            println!("{}: ok ({} warnings)", path.display(), catalogue.warnings().len());
        }
        "stats" => {
            let (file, _) = load(pos(0)?)?;
            println!("{}", serde_json::to_string(&file.stats()).map_err(|e| fail(vec![e.to_string()]))?);
        }
        "build" => {
            let dir = pos(0)?;
            let out = output(&args)?;
            let header = read_text(&dir.join("header.json"))?;
            let mut texts = Vec::new();
            for name in PARTS {
                texts.push((name, read_text(&dir.join(name))?));
            }
            let parts: Vec<(&str, &str)> = texts.iter().map(|(n, t)| (*n, t.as_str())).collect();
            let mut file = assemble(("header.json", &header), &parts)
                .map_err(|errors| fail(errors.iter().map(|e| e.message(Lang::En)).collect()))?;
            // The national classification is the spine: the reviewed occupations take its names
            // of their codes, and every other detailed occupation joins with requirements mapped
            // from its official tasks (`domain::spine`).
            let classification: Classification = serde_json::from_str(&read_text(&dir.join(CLASSIFICATION))?)
                .map_err(|e| fail(vec![format!("{}: {e}", dir.join(CLASSIFICATION).display())]))?;
            let english_names: BTreeMap<String, String> =
                serde_json::from_str(&read_text(&dir.join(CLASSIFICATION_EN))?)
                    .map_err(|e| fail(vec![format!("{}: {e}", dir.join(CLASSIFICATION_EN).display())]))?;
            spine::add_official_names(&mut file, &classification);
            crate::pinyin::add_pinyin(&mut file);
            let reviewed = validate(dir, file.clone(), Lang::En)?;
            let derived = spine::derived_occupations(&classification, &reviewed, &english_names);
            let mut whole = file.clone();
            whole.occupations.extend(derived.iter().cloned());
            crate::pinyin::add_pinyin(&mut whole);
            // One table for both, so that the whole without its derived occupations is exactly
            // the file the public page's halves are made of (`domain::spine::split`).
            file.pinyin_table.clone_from(&whole.pinyin_table);
            let catalogue = validate(dir, whole.clone(), Lang::En)?;
            for w in catalogue.warnings() {
                eprintln!("warning: {}", w.message(Lang::En));
            }
            let text = serde_json::to_string(&whole).map_err(|e| fail(vec![e.to_string()]))? + "\n";
            // The public page's first load carries the Chinese half of the reviewed part; the
            // English half loads when a person switches to English (`domain::english`).
            let (chinese, english) = skillgap_core::domain::english::split(&file);
            let halves = out.parent().unwrap_or(Path::new(".")).join("public");
            let chinese_text = skillgap_core::domain::english::chinese_half_text(&chinese);
            // The public page embeds the Chinese half in its compact form (`domain::compact`), in
            // two parts: the first load carries the first, the parts that need the rest bring it.
            let named = skillgap_core::domain::english::fingerprint(&chinese_text);
            let (first, rest) = skillgap_core::domain::compact::split(&chinese);
            let skill_ids: Vec<String> = first.skills.iter().map(|x| x.id.clone()).collect();
            // The derived occupations travel apart: names and requirements in the spine, the
            // definitions and tasks in a file per group.
            let mut names_only =
                CatalogueFile { occupations: derived.clone(), ..CatalogueFile::empty("", Default::default()) };
            crate::pinyin::add_pinyin(&mut names_only);
            let spine_part = compact::Spine {
                occupations: derived
                    .iter()
                    .map(|o| OccupationEntry { description: Default::default(), tasks: Vec::new(), ..o.clone() })
                    .collect(),
                pinyin_table: names_only.pinyin_table,
            };
            let mut outputs: Vec<(PathBuf, Vec<u8>)> = vec![
                (out.to_path_buf(), text.into_bytes()),
                (halves.join("catalogue.zh.json"), chinese_text.into_bytes()),
                (
                    halves.join("catalogue.zh.bin"),
                    compact::encode_first(&first, named)
                        .ok_or_else(|| fail(vec!["the first part is no first part".into()]))?,
                ),
                (halves.join("catalogue.zh.rest.bin"), compact::encode_rest(&rest, named, &skill_ids)),
                (halves.join("catalogue.zh.spine.bin"), compact::encode_spine(&spine_part, named, &skill_ids)),
                (
                    halves.join("catalogue.en.json"),
                    (serde_json::to_string(&english).map_err(|e| fail(vec![e.to_string()]))? + "\n").into_bytes(),
                ),
            ];
            let groups = halves.join(SPINE_DIR);
            for (group, text) in spine::details_text(&derived, named) {
                outputs.push((groups.join(format!("{group}.txt")), text.into_bytes()));
            }
            let listed = |path: &Path| outputs.iter().any(|(p, _)| p == path);
            let stale: Vec<PathBuf> = fs::read_dir(&groups)
                .map(|entries| entries.filter_map(|e| e.ok().map(|e| e.path())).filter(|p| !listed(p)).collect())
                .unwrap_or_default();
            if args.check {
                for (path, bytes) in &outputs {
                    let current = fs::read(path).unwrap_or_default();
                    if current != *bytes {
                        return Err(fail(vec![format!(
                            "{} is out of date with {}: run `cargo run -p skillgap-cli -- build {} -o {}`",
                            path.display(),
                            dir.display(),
                            dir.display(),
                            out.display()
                        )]));
                    }
                }
                if let Some(path) = stale.first() {
                    return Err(fail(vec![format!("{} is no longer built: run the build again", path.display())]));
                }
                println!("{} files are up to date", outputs.len());
            } else {
                fs::create_dir_all(&groups).map_err(|e| fail(vec![format!("{}: {e}", groups.display())]))?;
                for path in &stale {
                    fs::remove_file(path).map_err(|e| fail(vec![format!("{}: {e}", path.display())]))?;
                }
                for (path, bytes) in &outputs {
                    fs::write(path, bytes).map_err(|e| fail(vec![format!("{}: {e}", path.display())]))?;
                }
                println!("{}", serde_json::to_string(&whole.stats()).unwrap_or_default());
            }
        }
        "import-esco" => {
            let dir = pos(0)?;
            let out = output(&args)?;
            let occupations = read_maybe_gz(dir, esco::OCCUPATIONS_FILE)?;
            let skills = read_maybe_gz(dir, esco::SKILLS_FILE)?;
            let relations = read_maybe_gz(dir, esco::RELATIONS_FILE)?;
            let (file, report) = esco::import_esco(esco::EscoFiles {
                occupations: &occupations,
                skills: &skills,
                relations: &relations,
            })
            .map_err(|e| fail(vec![e.message(Lang::En)]))?;
            finish(out, &file, &report)?;
            println!("{}", serde_json::to_string(&file.stats()).unwrap_or_default());
        }
        "import-onet" => {
            let dir = pos(0)?;
            let out = output(&args)?;
            let occupations = read_text(&dir.join(onet::OCCUPATIONS_FILE))?;
            let skills = read_text(&dir.join(onet::SKILLS_FILE))?;
            let knowledge_path = dir.join(onet::KNOWLEDGE_FILE);
            let knowledge = if knowledge_path.exists() { Some(read_text(&knowledge_path)?) } else { None };
            let (file, report) = onet::import_onet(onet::OnetFiles {
                occupations: &occupations,
                skills: &skills,
                knowledge: knowledge.as_deref(),
            })
            .map_err(|e| fail(vec![e.message(Lang::En)]))?;
            finish(out, &file, &report)?;
            println!("{}", serde_json::to_string(&file.stats()).unwrap_or_default());
        }
        "import-classification" => {
            let csv_path = pos(0)?;
            let out = output(&args)?;
            let text = read_text(csv_path)?;
            let name = csv_path
                .file_name()
                .map_or_else(|| csv_path.display().to_string(), |n| n.to_string_lossy().into_owned());
            let (classification, report) =
                skillgap_core::domain::import::classification::read_classification(&name, &text)
                    .map_err(|e| fail(vec![e.message(Lang::En)]))?;
            print_report(&report);
            let json = serde_json::to_string_pretty(&classification).unwrap_or_default() + "\n";
            fs::write(out, json).map_err(|e| fail(vec![format!("{}: {e}", out.display())]))?;
            let o = &classification.occupations;
            println!(
                "{{\"groups\":{},\"occupations\":{},\"other_names\":{},\"tasks\":{},\"green\":{},\"digital\":{}}}",
                classification.groups.len(),
                o.len(),
                o.iter().map(|x| x.other_names.len()).sum::<usize>(),
                o.iter().map(|x| x.tasks.len()).sum::<usize>(),
                o.iter().filter(|x| x.green).count(),
                o.iter().filter(|x| x.digital).count(),
            );
        }
        "map-tasks" => {
            let (_, catalogue) = load(pos(0)?)?;
            let csv_path = pos(1)?;
            let text = read_text(csv_path)?;
            let (classification, _) =
                skillgap_core::domain::import::classification::read_classification("csco22.csv", &text)
                    .map_err(|e| fail(vec![e.message(Lang::En)]))?;
            let extractor = skillgap_core::domain::extract::Extractor::for_tasks(&catalogue);
            let mut rows = Vec::new();
            let (mut any, mut three, mut total) = (0, 0, 0);
            let tasks_of: Vec<&[String]> = classification.occupations.iter().map(|o| o.tasks.as_slice()).collect();
            let mapped = skillgap_core::domain::derive::map_tasks(&catalogue, &extractor, &tasks_of);
            for (o, found) in classification.occupations.iter().zip(mapped) {
                any += usize::from(!found.is_empty());
                three += usize::from(found.len() >= 3);
                total += found.len();
                let skills: Vec<serde_json::Value> = found
                    .iter()
                    .map(|t| {
                        let s = catalogue.skill(t.skill);
                        serde_json::json!({"skill": s.id, "name": s.name.zh, "tasks": t.tasks, "words": t.words})
                    })
                    .collect();
                rows.push(
                    serde_json::json!({"code": o.code, "name": o.name, "tasks": o.tasks.len(), "skills": skills}),
                );
            }
            if let Some(out) = &args.json {
                let json = serde_json::to_string_pretty(&rows).unwrap_or_default() + "\n";
                fs::write(out, json).map_err(|e| fail(vec![format!("{}: {e}", out.display())]))?;
            }
            println!(
                "{{\"occupations\":{},\"with_a_skill\":{any},\"with_3_skills\":{three},\"skills_mapped\":{total}}}",
                classification.occupations.len()
            );
        }
        "apply-demand" => {
            let (mut file, _) = load(pos(0)?)?;
            let csv_path = pos(1)?;
            let out = output(&args)?;
            let bytes = read_bytes(csv_path)?;
            let outcome = demand::apply_demand(&mut file, &csv_path.display().to_string(), bytes.as_slice())
                .map_err(|e| fail(vec![e.message(Lang::En)]))?;
            finish(out, &file, &outcome.report)?;
            println!("{{\"rows\":{},\"replaced\":{}}}", outcome.rows, outcome.replaced);
        }
        "apply-courses" => {
            let (mut file, _) = load(pos(0)?)?;
            let path = pos(1)?;
            let out = output(&args)?;
            let bytes = read_bytes(path)?;
            let outcome = import::courses::apply_courses(&mut file, &path.display().to_string(), bytes.as_slice())
                .map_err(|e| fail(vec![e.message(Lang::En)]))?;
            finish(out, &file, &outcome.report)?;
            println!("{{\"added\":{},\"replaced\":{}}}", outcome.added, outcome.replaced);
        }
        "apply-requirements" => {
            let (mut file, _) = load(pos(0)?)?;
            let path = pos(1)?;
            let out = output(&args)?;
            let bytes = fs::read(path).map_err(|e| fail(vec![format!("{}: {e}", path.display())]))?;
            let outcome =
                import::requirements::apply_requirements(&mut file, &path.display().to_string(), bytes.as_slice())
                    .map_err(|e| fail(vec![e.message(Lang::En)]))?;
            finish(out, &file, &outcome.report)?;
            println!("{{\"occupations\":{},\"rows\":{}}}", outcome.occupations, outcome.rows);
        }
        "apply-shortage" => {
            let (mut file, _) = load(pos(0)?)?;
            let csv_path = pos(1)?;
            let out = output(&args)?;
            let bytes = read_bytes(csv_path)?;
            let outcome = shortage::apply_shortage(&mut file, &csv_path.display().to_string(), bytes.as_slice())
                .map_err(|e| fail(vec![e.message(Lang::En)]))?;
            finish(out, &file, &outcome.report)?;
            println!("{{\"flagged\":{},\"cleared\":{}}}", outcome.flagged, outcome.cleared);
        }
        _ => return Err(usage()),
    }
    Ok(())
}

pub fn main() -> ExitCode {
    let raw: Vec<String> = std::env::args().skip(1).collect();
    match run(&raw) {
        Ok(()) => ExitCode::SUCCESS,
        Err(Failure(lines, code)) => {
            for l in lines {
                eprintln!("{l}");
            }
            ExitCode::from(code)
        }
    }
}
