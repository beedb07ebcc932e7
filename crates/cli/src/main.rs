//! `skillgap-cli`: the native command-line tool for catalogue authors and tests.
//!
//! ```text
//! skillgap-cli assess CATALOGUE PROFILE.json
//! skillgap-cli rank CATALOGUE PROFILE.json [--top N] [--by fit|closeness|effort]
//! skillgap-cli validate FILE [--lang zh|en]
//! skillgap-cli stats FILE
//! skillgap-cli build DIR -o FILE [--check]
//! skillgap-cli import-esco DIR -o FILE
//! skillgap-cli import-onet DIR -o FILE
//! skillgap-cli apply-shortage CATALOGUE CSV -o FILE
//! skillgap-cli apply-demand CATALOGUE CSV -o FILE
//! skillgap-cli cohort CATALOGUE ASSESSMENT.json... [--lang zh|en]
//! skillgap-cli quality CATALOGUE --onet DIR --fixtures DIR [--json FILE]
//! ```
//! Exit status: 0 on success, 1 on invalid input (with located messages on stderr), 2 on a
//! usage error.

// The CLI is native only; for wasm32 (where `cargo test --target wasm32…` also builds bins) it
// compiles to an empty program.
#[cfg(not(target_arch = "wasm32"))]
mod cli;
/// The cohort command: assessments summed as they stream by.
mod cohort;
#[cfg(not(target_arch = "wasm32"))]
mod pinyin;
#[cfg(not(target_arch = "wasm32"))]
mod quality;
#[cfg(not(target_arch = "wasm32"))]
mod report;

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    cli::main()
}

#[cfg(target_arch = "wasm32")]
fn main() {}
