//! The programs the build runs: cargo, wasm-split-cli, wasm-bindgen, wasm-opt (binaryen from npm)
//! and node with scripts/minify.mjs (terser for JavaScript, lightningcss for CSS).
//!
//! Programs come from e2e/node_modules/.bin first (where `npm ci` in e2e/ puts wasm-opt), then
//! from PATH. A missing program is reported with the command that installs it.

use std::ffi::OsStr;
use std::io::BufRead;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

use anyhow::{bail, Context, Result};

pub struct Tools {
    root: PathBuf,
}

/// What scripts/minify.mjs does to the files it is given.
#[derive(Clone, Copy)]
pub enum Minify {
    /// ES modules (the glue, the chunks' loader).
    Module,
    /// A classic script (the service worker).
    Script,
    Css,
}

impl Tools {
    pub fn new(root: &Path) -> Self {
        Tools { root: root.to_path_buf() }
    }

    /// Where `name` is: e2e/node_modules/.bin, then PATH.
    fn find(&self, name: &str) -> Result<PathBuf> {
        let local = self.root.join("e2e/node_modules/.bin").join(name);
        if local.is_file() {
            return Ok(local);
        }
        let path = std::env::var_os("PATH").unwrap_or_default();
        std::env::split_paths(&path)
            .map(|d| d.join(name))
            .find(|p| p.is_file())
            .with_context(|| format!("{name} is missing; run scripts/setup.sh"))
    }

    fn run(&self, program: &str, args: &[&OsStr]) -> Result<()> {
        let path = self.find(program)?;
        let status = Command::new(&path)
            .args(args)
            .current_dir(&self.root)
            .status()
            .with_context(|| format!("could not start {}", path.display()))?;
        if !status.success() {
            bail!("{program} failed ({status})");
        }
        Ok(())
    }

    /// `cargo build --release` of `bin` for wasm32 with `features`; returns the wasm's path (as
    /// cargo reports it, so any target directory works).
    pub fn cargo_build_wasm(&self, bin: &str, features: &[String]) -> Result<PathBuf> {
        let cargo = std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into());
        let mut cmd = Command::new(cargo);
        cmd.args(["build", "--release", "--target", "wasm32-unknown-unknown", "-p", "skillgap", "--bin", bin])
            .args(["--message-format", "json-render-diagnostics"])
            .current_dir(&self.root)
            .stdout(Stdio::piped());
        if !features.is_empty() {
            cmd.args(["--features", &features.join(",")]);
        }
        let mut child = cmd.spawn().context("could not start cargo")?;
        let mut wasm = None;
        for line in std::io::BufReader::new(child.stdout.take().expect("piped")).lines() {
            let msg: serde_json::Value = serde_json::from_str(&line?).unwrap_or_default();
            if msg["reason"] == "compiler-artifact" && msg["target"]["name"] == bin {
                let files = msg["filenames"].as_array().into_iter().flatten();
                wasm = files.filter_map(|f| f.as_str()).find(|f| f.ends_with(".wasm")).map(PathBuf::from).or(wasm);
            }
        }
        let status = child.wait()?;
        if !status.success() {
            bail!("cargo build of {bin} for wasm32 failed ({status}); `rustup target add wasm32-unknown-unknown` if the target is missing");
        }
        wasm.with_context(|| format!("cargo built no wasm for {bin}"))
    }

    /// Splits a wasm with split points into `out`: `<name>.wasm`, one wasm per chunk and the
    /// chunks' loader `__wasm_split.js`.
    pub fn wasm_split(&self, input: &Path, out: &Path, name: &str) -> Result<()> {
        self.run(
            "wasm-split-cli",
            &["--target".as_ref(), "web".as_ref(), "--out-name".as_ref(), name.as_ref(), input.as_ref(), out.as_ref()],
        )
    }

    /// wasm-bindgen for the web: `<name>.js` (the glue) and `<name>_bg.wasm` in `out`.
    /// `keep_lld_exports`: a split module keeps the exports its chunks import.
    pub fn wasm_bindgen(&self, input: &Path, out: &Path, name: &str, keep_lld_exports: bool) -> Result<()> {
        let out_dir = format!("--out-dir={}", out.display());
        let out_name = format!("--out-name={name}");
        let mut args: Vec<&OsStr> =
            vec!["--target=web".as_ref(), out_dir.as_ref(), out_name.as_ref(), "--no-typescript".as_ref()];
        if keep_lld_exports {
            args.push("--keep-lld-exports".as_ref());
        }
        args.push(input.as_ref());
        self.run("wasm-bindgen", &args)
    }

    /// wasm-opt at `level` (`z` → `-Oz`) in place, repeated until it gains nothing more, without
    /// the debug and producers sections (names no browser needs).
    pub fn wasm_opt(&self, level: &str, file: &Path) -> Result<()> {
        let output = format!("--output={}", file.display());
        let level = format!("-O{level}");
        let args: [&OsStr; 6] = [
            output.as_ref(),
            level.as_ref(),
            "--converge".as_ref(),
            "--strip-debug".as_ref(),
            "--strip-producers".as_ref(),
            file.as_ref(),
        ];
        self.run("wasm-opt", &args)
    }

    /// Minifies `files` in place (scripts/minify.mjs).
    pub fn minify(&self, kind: Minify, files: &[&Path]) -> Result<()> {
        let kind = match kind {
            Minify::Module => "module",
            Minify::Script => "script",
            Minify::Css => "css",
        };
        let script = self.root.join("scripts/minify.mjs");
        let mut args: Vec<&OsStr> = vec![script.as_ref(), kind.as_ref()];
        args.extend(files.iter().map(|f| f.as_os_str()));
        self.run("node", &args)
    }
}
