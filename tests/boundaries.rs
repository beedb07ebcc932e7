//! The crates' boundaries, as Cargo resolves them: the core (`crates/core`) depends on no browser
//! or UI crate, and the CLI (`crates/cli`) does not compile Yew. The compiler then keeps every
//! module of the core away from the browser: it has nothing to import.
//!
//! One path is pruned, by name: `getrandom`, which the workbook reader's zip crate depends on
//! (for writing encrypted archives, which nothing here does) and which, on wasm32 only, reaches
//! wasm-bindgen and js-sys. No crate but getrandom may bring a browser crate in.

use std::process::Command;

const BROWSER: &[&str] = &["yew", "web-sys", "gloo", "wasm-bindgen", "js-sys", "wasm-bindgen-futures"];

/// The names of the crates `package` depends on (normal and build dependencies, all targets,
/// every feature), as `cargo tree` prints them.
fn dependencies(package: &str) -> Vec<String> {
    let out = Command::new(env!("CARGO"))
        .args(["tree", "--locked", "-p", package, "-e", "normal,build", "--all-features", "--target", "all"])
        .args(["--prefix", "depth", "--format", "{p}"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo runs");
    assert!(out.status.success(), "cargo tree -p {package}: {}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    // Each line is "<depth><name> v<version> …"; what hangs under getrandom is left out.
    let mut names = Vec::new();
    let mut pruned_below: Option<usize> = None;
    for line in text.lines() {
        let digits = line.chars().take_while(char::is_ascii_digit).count();
        let Ok(depth) = line[..digits].parse::<usize>() else { continue };
        let Some(name) = line[digits..].split_whitespace().next() else { continue };
        match pruned_below {
            Some(d) if depth > d => continue,
            _ => pruned_below = None,
        }
        if name == "getrandom" {
            pruned_below = Some(depth);
        }
        names.push(name.to_owned());
    }
    assert!(names.len() > 3, "cargo tree -p {package} listed {names:?}");
    names
}

fn browser_crates(names: &[String]) -> Vec<&String> {
    names.iter().filter(|n| BROWSER.contains(&n.as_str())).collect()
}

#[test]
fn the_web_app_depends_on_the_browser_crates() {
    // The check below can see a browser crate when there is one.
    let app = dependencies("skillgap");
    assert!(browser_crates(&app).len() >= 4, "{app:?}");
}

#[test]
fn the_core_depends_on_no_browser_crate() {
    let core = dependencies("skillgap-core");
    assert_eq!(browser_crates(&core), Vec::<&String>::new());
}

#[test]
fn the_cli_does_not_compile_yew() {
    let cli = dependencies("skillgap-cli");
    assert!(cli.iter().any(|n| n == "skillgap-core"), "{cli:?}");
    assert_eq!(browser_crates(&cli), Vec::<&String>::new());
}
