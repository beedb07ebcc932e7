//! The service worker's pre-cache list and cache version (assets/sw.js's `__PRECACHE__` and
//! `__VERSION__`).
//!
//! Every file of the page's directory is pre-cached, index.html included, except the worker
//! itself and [`ON_DEMAND`]: the worker keeps those once a page has asked for them. The version is
//! a hash of the pre-cached files' paths and contents, so a new build gets a new cache and the old
//! one is deleted. Call it once every other file of the page is final.

use anyhow::{bail, Result};
use sha2::{Digest, Sha256};

/// Not pre-cached (scripts/budgets.json lists it as loaded on demand too; the chunks are listed
/// there but pre-cached all the same).
pub const ON_DEMAND: &[&str] = &["catalogue.en.json"];

/// Folders of files that are not pre-cached either: the official tasks of the classification's
/// groups (one is fetched when an occupation of that group is shown).
pub const ON_DEMAND_DIRS: &[&str] = &["spine/"];

/// The worker's own file name.
pub const WORKER: &str = "sw.js";

/// One file of the page: its path relative to the page's directory (`/`-separated) and bytes.
pub struct File<'a> {
    pub path: &'a str,
    pub bytes: &'a [u8],
}

/// The worker's file list (a JSON array of `./`-relative URLs, `./` first) and version (16 hex
/// digits) for `files`, all files of the page's directory.
pub fn precache(files: &[File]) -> (String, String) {
    let mut kept: Vec<&File> = files
        .iter()
        .filter(|f| {
            let name = f.path.rsplit('/').next().unwrap_or(f.path);
            name != WORKER && !ON_DEMAND.contains(&name) && !ON_DEMAND_DIRS.iter().any(|d| f.path.starts_with(d))
        })
        .collect();
    // Ordered by path components, so `a/b` comes before `a-b` as a sorted list of paths does.
    kept.sort_by(|a, b| a.path.split('/').cmp(b.path.split('/')));
    let mut version = Sha256::new();
    for f in &kept {
        version.update(f.path.as_bytes());
        version.update(f.bytes);
    }
    let version: String = version.finalize().iter().map(|b| format!("{b:02x}")).collect();
    let urls: Vec<String> =
        std::iter::once("./".to_string()).chain(kept.iter().map(|f| format!("./{}", f.path))).collect();
    (serde_json::to_string(&urls).expect("a list of strings is JSON"), version[..16].to_string())
}

/// assets/sw.js with its list and version filled in.
pub fn fill(template: &str, files: &[File]) -> Result<String> {
    for placeholder in ["__PRECACHE__", "__VERSION__"] {
        if template.matches(placeholder).count() != 1 {
            bail!("{WORKER} must contain {placeholder} exactly once");
        }
    }
    let (list, version) = precache(files);
    Ok(template.replace("__PRECACHE__", &list).replace("__VERSION__", &version))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn f<'a>(path: &'a str, bytes: &'a [u8]) -> File<'a> {
        File { path, bytes }
    }

    #[test]
    fn lists_every_file_but_the_worker_and_the_english_half() {
        let files = [
            f("sw.js", b"w"),
            f("index.html", b"<p>"),
            f("catalogue.en.json", b"{}"),
            f("spine/6-31-01.txt", b"SGD1"),
            f("snippets/split/chunk_8-00.wasm", b"c"),
            f("main-ab.css", b"x"),
        ];
        let (list, version) = precache(&files);
        assert_eq!(list, r#"["./","./index.html","./main-ab.css","./snippets/split/chunk_8-00.wasm"]"#);
        assert_eq!(version.len(), 16);
    }

    #[test]
    fn the_version_follows_contents_not_the_order_given() {
        let a = precache(&[f("a.js", b"1"), f("b.js", b"2")]).1;
        assert_eq!(a, precache(&[f("b.js", b"2"), f("a.js", b"1")]).1);
        assert_ne!(a, precache(&[f("a.js", b"1"), f("b.js", b"3")]).1);
        // sw.py's digest: the paths and bytes in order, nothing between them.
        let expected: String = Sha256::digest(b"a.js1b.js2").iter().map(|b| format!("{b:02x}")).collect();
        assert_eq!(a, expected[..16]);
    }

    #[test]
    fn sorted_by_path_components() {
        let (list, _) = precache(&[f("a-b/x", b""), f("a/b", b"")]);
        assert_eq!(list, r#"["./","./a/b","./a-b/x"]"#);
    }

    #[test]
    fn fill_needs_both_placeholders() {
        let out = fill("const C=`p-__VERSION__`;const P=__PRECACHE__;", &[f("index.html", b"")]).unwrap();
        assert!(out.starts_with("const C=`p-"));
        assert!(out.ends_with(r#"const P=["./","./index.html"];"#));
        assert!(fill("const P=__PRECACHE__;", &[]).is_err());
    }
}
