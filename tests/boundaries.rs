//! The crates' boundaries, as Cargo resolves them: the core (`crates/core`) depends on no browser
//! or UI crate, and the CLI (`crates/cli`) does not compile Yew. The compiler then keeps every
//! module of the core away from the browser: it has nothing to import.

use std::process::Command;

const BROWSER: &[&str] = &["yew", "web-sys", "gloo", "wasm-bindgen", "js-sys", "wasm-bindgen-futures"];

/// The names of the crates `package` depends on (normal and build dependencies, all targets,
/// every feature), as `cargo tree` prints them.
fn dependencies(package: &str) -> Vec<String> {
    let out = Command::new(env!("CARGO"))
        .args(["tree", "--locked", "-p", package, "-e", "normal,build", "--all-features", "--target", "all"])
        .args(["--prefix", "none", "--format", "{p}"])
        .current_dir(env!("CARGO_MANIFEST_DIR"))
        .output()
        .expect("cargo runs");
    assert!(out.status.success(), "cargo tree -p {package}: {}", String::from_utf8_lossy(&out.stderr));
    let text = String::from_utf8(out.stdout).expect("UTF-8");
    let names: Vec<String> = text.lines().filter_map(|l| l.split_whitespace().next()).map(str::to_owned).collect();
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
