//! `skillgap-cli cohort`: a cohort of assessments summed as they stream by, from files,
//! folders (searched recursively for `.json` files), a list of paths, or JSON lines (one
//! assessment a line), with memory bounded by the distinct skills, courses, cities and industries
//! met, not by the number of assessments. Progress goes to standard error when it is a terminal.

use std::fs;
use std::io::{BufRead, BufReader, IsTerminal, Write};
use std::path::{Path, PathBuf};

use skillgap_core::domain::{Catalogue, Lang};
use skillgap_core::state::cohort::CohortSum;
use skillgap_core::state::export::{parse_bytes, restore};

/// How many skipped inputs are named on standard error (the rest are only counted).
const NAMED_SKIPS: usize = 20;

/// Where the assessments come from.
pub enum Source {
    /// Files and folders.
    Paths(Vec<PathBuf>),
    /// A file listing paths, one a line (`-`: standard input).
    List(PathBuf),
    /// A file of assessments, one JSON document a line (`-`: standard input).
    JsonLines(PathBuf),
}

struct Progress {
    sum: CohortSum,
    skipped: usize,
    terminal: bool,
    lang: Lang,
}

impl Progress {
    fn take(&mut self, catalogue: &Catalogue, what: &dyn std::fmt::Display, bytes: &[u8]) {
        match parse_bytes(bytes).and_then(|e| restore(&e, catalogue)) {
            Ok(r) => self.sum.add(catalogue, &r.state),
            Err(e) => self.skip(what, &e.message(self.lang)),
        }
        let seen = self.sum.assessments() + self.skipped;
        if self.terminal && seen.is_multiple_of(1_000) {
            eprint!("\r{} read, {} skipped", self.sum.assessments(), self.skipped);
            let _ = std::io::stderr().flush();
        }
    }

    fn skip(&mut self, what: &dyn std::fmt::Display, why: &str) {
        self.skipped += 1;
        if self.skipped <= NAMED_SKIPS {
            if self.terminal {
                eprint!("\r");
            }
            eprintln!("skipped: {what}: {why}");
        }
    }
}

fn reader(path: &Path) -> std::io::Result<Box<dyn BufRead>> {
    Ok(if path.as_os_str() == "-" {
        Box::new(BufReader::new(std::io::stdin()))
    } else {
        Box::new(BufReader::new(fs::File::open(path)?))
    })
}

/// Visits `path`: a file, or a folder's `.json` files at any depth, in name order.
fn walk(path: &Path, each: &mut dyn FnMut(&Path)) -> std::io::Result<()> {
    if path.is_dir() {
        let mut entries: Vec<PathBuf> = fs::read_dir(path)?.filter_map(|e| e.ok().map(|e| e.path())).collect();
        skillgap_core::domain::order::sort(&mut entries);
        for entry in entries {
            if entry.is_dir() || entry.extension().is_some_and(|x| x == "json") {
                walk(&entry, each)?;
            }
        }
    } else {
        each(path);
    }
    Ok(())
}

/// Sums the assessments of `source` over `catalogue`.
pub fn stream(catalogue: &Catalogue, source: &Source, lang: Lang) -> Result<CohortSum, String> {
    let mut p = Progress { sum: CohortSum::default(), skipped: 0, terminal: std::io::stderr().is_terminal(), lang };
    let read_file = |p: &mut Progress, path: &Path| match fs::read(path) {
        Ok(bytes) => p.take(catalogue, &path.display(), &bytes),
        Err(e) => p.skip(&path.display(), &e.to_string()),
    };
    match source {
        Source::Paths(paths) => {
            for path in paths {
                walk(path, &mut |f| read_file(&mut p, f)).map_err(|e| format!("{}: {e}", path.display()))?;
            }
        }
        Source::List(list) => {
            let lines = reader(list).map_err(|e| format!("{}: {e}", list.display()))?;
            for line in lines.lines() {
                let line = line.map_err(|e| format!("{}: {e}", list.display()))?;
                let line = line.trim();
                if !line.is_empty() {
                    walk(Path::new(line), &mut |f| read_file(&mut p, f)).map_err(|e| format!("{line}: {e}"))?;
                }
            }
        }
        Source::JsonLines(file) => {
            let mut lines = reader(file).map_err(|e| format!("{}: {e}", file.display()))?;
            let mut line = Vec::new();
            let mut number = 0u64;
            loop {
                line.clear();
                let n = lines.read_until(b'\n', &mut line).map_err(|e| format!("{}: {e}", file.display()))?;
                if n == 0 {
                    break;
                }
                number += 1;
                if line.iter().all(u8::is_ascii_whitespace) {
                    continue;
                }
                p.take(catalogue, &format_args!("{} line {number}", file.display()), &line);
            }
        }
    }
    if p.terminal {
        eprintln!("\r{} read, {} skipped", p.sum.assessments(), p.skipped);
    }
    if p.skipped > NAMED_SKIPS {
        eprintln!("skipped: {} more", p.skipped - NAMED_SKIPS);
    }
    Ok(p.sum)
}
