//! Rules of the house that the docs state, checked on the sources:
//! - one sort: the core and the web app sort through `domain::order` (each `sort_by` site
//!   compiles its own copy of the standard library's sort into the wasm);
//! - no literal interface text in components: Chinese words in `src/ui` live in `i18n`.
//!
//! Test code (after `#[cfg(test)]`) and comments are not checked.

use std::fs;
use std::path::{Path, PathBuf};

fn rust_files(dir: &Path, out: &mut Vec<PathBuf>) {
    for entry in fs::read_dir(dir).expect("source folder exists") {
        let path = entry.expect("readable entry").path();
        if path.is_dir() {
            rust_files(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push(path);
        }
    }
}

/// The lines of `source` before its tests, without comments, numbered from 1.
fn code_lines(source: &str) -> impl Iterator<Item = (usize, &str)> {
    source
        .lines()
        .take_while(|l| !l.trim_start().starts_with("#[cfg(test)]"))
        .enumerate()
        .map(|(n, l)| (n + 1, l.split("//").next().unwrap_or("")))
}

fn sources(dirs: &[&str]) -> Vec<(PathBuf, String)> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    for dir in dirs {
        rust_files(&root.join(dir), &mut files);
    }
    assert!(files.len() > 20, "expected the sources, found {}", files.len());
    files.into_iter().map(|f| (f.clone(), fs::read_to_string(&f).expect("readable"))).collect()
}

/// `.sort_by(`, `.sort_by_key(`, `.sort(`, `.sort_unstable_by(`… calls in `line`.
fn sorts(line: &str) -> bool {
    ["sort(", "sort_by(", "sort_by_key(", "sort_by_cached_key(", "sort_unstable_by(", "sort_unstable_by_key("]
        .iter()
        .any(|call| line.contains(&format!(".{call}")))
}

fn chinese(line: &str) -> bool {
    line.chars().any(|c| ('\u{4e00}'..='\u{9fff}').contains(&c))
}

#[test]
fn the_detectors_see_what_they_look_for() {
    assert!(sorts("    v.sort_by(|a, b| a.cmp(b));") && sorts("x.sort();") && !sorts("order::sort_by(&mut v, f)"));
    assert!(chinese(r#"html! { <p>{ "出错了" }</p> }"#) && !chinese(r#"t(lang, Msg::Title)"#));
    let lines: Vec<_> = code_lines("a // 出错了\n#[cfg(test)]\nb").collect();
    assert_eq!(lines, vec![(1, "a ")]);
}

#[test]
fn everything_sorts_through_domain_order() {
    let mut found = Vec::new();
    for (path, text) in sources(&["src", "crates/core/src"]) {
        if path.ends_with("domain/order.rs") {
            continue;
        }
        found.extend(
            code_lines(&text).filter(|(_, l)| sorts(l)).map(|(n, l)| format!("{}:{n}: {}", path.display(), l.trim())),
        );
    }
    assert!(found.is_empty(), "sort through domain::order instead:\n{}", found.join("\n"));
}

#[test]
fn components_hold_no_chinese_text() {
    let mut found = Vec::new();
    for (path, text) in sources(&["src/ui"]) {
        found.extend(
            code_lines(&text).filter(|(_, l)| chinese(l)).map(|(n, l)| format!("{}:{n}: {}", path.display(), l.trim())),
        );
    }
    assert!(found.is_empty(), "interface text belongs in i18n:\n{}", found.join("\n"));
}
