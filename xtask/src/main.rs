//! The project's build tasks, run as `cargo xtask <task>` (the alias is in .cargo/config.toml).
//!
//! `cargo xtask dist` is the release build of both pages:
//!   dist/        the public page (index.html): what a job seeker's phone downloads, its wasm split
//!                into the module and chunks loaded on demand;
//!   dist/tools/  the counsellors' page (tools.html), served under /tools/, with the import
//!                templates in dist/tools/templates/.
//!
//! `cargo xtask fixtures` writes the workbook test fixtures (tests/fixtures/workbooks/).
//! Every file a browser may keep for good is named by a hash of its final bytes; the pages carry
//! integrity values, a strict Content-Security-Policy and a filled-in service worker. The build
//! goes to a new directory that then takes dist/'s place, so a failed build leaves dist/ as it was.

mod build;
mod html;
mod name;
mod sheets;
mod sw;
mod tools;

use std::fs;
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::{bail, Context, Result};

use build::{build_page, files_under, Page};
use tools::Tools;

const USAGE: &str = "usage:
  cargo xtask dist          release build of both pages into dist/
  cargo xtask fixtures      write the workbook test fixtures (tests/fixtures/workbooks/)
  cargo xtask templates DIR write the import templates into DIR/templates/";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    let result = match args.iter().map(String::as_str).collect::<Vec<_>>().as_slice() {
        ["dist"] => dist(),
        ["fixtures"] => sheets::write_fixtures(&root()),
        ["templates", dir] => sheets::write_templates(Path::new(dir)),
        ["help" | "--help" | "-h"] => {
            println!("{USAGE}");
            Ok(())
        }
        _ => {
            eprintln!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    match result {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("cargo xtask: {e:#}");
            ExitCode::FAILURE
        }
    }
}

/// The project's root: the directory above xtask/.
fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).parent().expect("xtask/ has a parent").to_path_buf()
}

fn dist() -> Result<()> {
    let root = root();
    let tools = Tools::new(&root);
    let dist = root.join("dist");
    let next = root.join("dist.xtask-new");
    let old = root.join("dist.xtask-old");
    let work = root.join("target/xtask");
    for dir in [&next, &old, &work] {
        remove_dir(dir)?;
    }
    // The public page first: its service worker lists the files of dist/ as they are then,
    // before the counsellors' page is put in dist/tools/.
    build_page(&tools, &root, &Page { html: "index.html", out: &next, public_url: "/" }, &work.join("public"))?;
    build_page(
        &tools,
        &root,
        &Page { html: "tools.html", out: &next.join("tools"), public_url: "/tools/" },
        &work.join("tools"),
    )?;
    sheets::write_templates(&next.join("tools"))?;

    if dist.exists() {
        fs::rename(&dist, &old).with_context(|| format!("cannot move {} aside", dist.display()))?;
    }
    fs::rename(&next, &dist).with_context(|| format!("cannot move the build to {}", dist.display()))?;
    remove_dir(&old)?;

    let files = files_under(&dist)?;
    let mut total = 0;
    for (rel, path) in &files {
        let size = fs::metadata(path)?.len();
        total += size;
        println!("{size:>10}  dist/{rel}");
    }
    println!("{total:>10}  {} files in dist/", files.len());
    Ok(())
}

fn remove_dir(dir: &Path) -> Result<()> {
    match fs::remove_dir_all(dir) {
        Ok(()) => Ok(()),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Ok(()),
        Err(e) => bail!("cannot remove {}: {e}", dir.display()),
    }
}
