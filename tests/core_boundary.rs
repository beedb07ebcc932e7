//! The pure core (`src/domain`, `src/state`, `src/i18n.rs`) must never import the browser or UI
//! crates. This test reads their sources and fails on any such reference.

use std::fs;
use std::path::{Path, PathBuf};

const FORBIDDEN: &[&str] = &["yew", "web_sys", "gloo", "wasm_bindgen", "js_sys", "web-sys", "wasm-bindgen"];

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

/// The forbidden crate names that occur in `source` as a path segment (`yew::`, `use gloo`…).
fn violations(source: &str) -> Vec<String> {
    let mut found = Vec::new();
    for (n, line) in source.lines().enumerate() {
        let code = line.split("//").next().unwrap_or("");
        for name in FORBIDDEN {
            let as_path = format!("{name}::");
            let as_use = format!("use {name}");
            let as_extern = format!("extern crate {name}");
            if code.contains(&as_path) || code.contains(&as_use) || code.contains(&as_extern) {
                found.push(format!("line {}: {}", n + 1, line.trim()));
            }
        }
    }
    found
}

#[test]
fn the_detector_catches_imports() {
    assert_eq!(violations("use yew::prelude::*;").len(), 1);
    assert_eq!(violations("let w = web_sys::window();").len(), 1);
    assert_eq!(violations("use gloo;").len(), 1);
    assert!(violations("// yew:: is mentioned in a comment only").is_empty());
    assert!(violations("let yewish = 1;").is_empty());
}

#[test]
fn core_imports_no_ui_or_browser_crate() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut files = Vec::new();
    rust_files(&root.join("src/domain"), &mut files);
    rust_files(&root.join("src/state"), &mut files);
    files.push(root.join("src/i18n.rs"));
    assert!(files.len() >= 10, "expected the core's files, found {}", files.len());
    let mut report = Vec::new();
    for file in &files {
        let text = fs::read_to_string(file).expect("readable source");
        for v in violations(&text) {
            report.push(format!("{}: {v}", file.display()));
        }
    }
    assert!(report.is_empty(), "the pure core imports UI/browser crates:\n{}", report.join("\n"));
}
