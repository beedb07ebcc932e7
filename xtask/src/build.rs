//! One page's release build, from its source HTML to a directory of final files.
//!
//! 1. cargo builds the wasm the page's rust link asks for.
//! 2. A wasm with split points (feature `split`: it imports `__wasm_split_placeholder__`) is split
//!    by wasm-split-cli into the module, one wasm per chunk and the chunks' loader.
//! 3. wasm-bindgen writes the glue; wasm-opt optimises the module and each chunk.
//! 4. The chunks are named by their hashes; the loader is pointed at them and at the glue, and the
//!    glue at the loader; terser minifies both, which are then named by their shared hash
//!    (see [`crate::name`]). Without a split the glue is named by its own hash.
//! 5. lightningcss minifies the stylesheets, named by their hashes; copy-files are copied.
//! 6. The page's HTML (see [`crate::html`]), then the service worker's file list and version (see
//!    [`crate::sw`]), minified by terser.

use std::fs;
use std::path::{Path, PathBuf};

use anyhow::{bail, Context, Result};

use crate::html::{Asset, Built, SourcePage};
use crate::name::{self, PLACEHOLDER};
use crate::sw;
use crate::tools::{Minify, Tools};

/// Where the split wasm's chunks and their loader go, relative to the page's directory (the
/// size report and the e2e tests look for them there).
const SPLIT_DIR: &str = "snippets/split";
/// What a wasm with split points imports its chunk loaders from (wasm_split_helpers).
const SPLIT_MARK: &[u8] = b"__wasm_split_placeholder__";
/// The loader's name as wasm-split-cli writes it and as the glue imports it.
const LOADER: &str = "__wasm_split";

/// A page to build: its source HTML (relative to the project's root), the directory its files go
/// to and the URL path the page is served under.
pub struct Page<'a> {
    pub html: &'a str,
    pub out: &'a Path,
    pub public_url: &'a str,
}

pub fn build_page(tools: &Tools, root: &Path, page: &Page, work: &Path) -> Result<()> {
    let source_path = root.join(page.html);
    let source = fs::read_to_string(&source_path).with_context(|| format!("cannot read {}", source_path.display()))?;
    let source = SourcePage::parse(&source).with_context(|| format!("in {}", page.html))?;
    let bin = &source.rust.bin;
    fs::create_dir_all(work)?;
    fs::create_dir_all(page.out)?;

    let built = tools.cargo_build_wasm(bin, &source.rust.features)?;
    let input = work.join("cargo.wasm");
    fs::copy(&built, &input).with_context(|| format!("cannot copy {}", built.display()))?;
    let split = contains(&fs::read(&input)?, SPLIT_MARK);

    let bindgen_in = if split {
        let dir = work.join("split");
        tools.wasm_split(&input, &dir, bin)?;
        let module = dir.join(format!("{bin}.wasm"));
        first_load_formats_no_floats(&fs::read(&module)?)?;
        module
    } else {
        input
    };
    let bindgen = work.join("bindgen");
    tools.wasm_bindgen(&bindgen_in, &bindgen, bin, split)?;
    if bindgen.join("snippets").exists() {
        bail!("wasm-bindgen wrote JS snippets (inline_js or module imports), which cargo xtask dist does not name or copy yet");
    }
    let module = bindgen.join(format!("{bin}_bg.wasm"));
    if let Some(level) = &source.rust.wasm_opt {
        tools.wasm_opt(level, &module)?;
    }
    let module_bytes = fs::read(&module)?;
    let wasm_name = name::content_name(&format!("{bin}_bg"), "wasm", &module_bytes);
    fs::write(page.out.join(&wasm_name), &module_bytes)?;

    let glue_path = bindgen.join(format!("{bin}.js"));
    let (glue_name, loader_name) = if split {
        let (glue, loader) = scripts_with_chunks(
            tools,
            page.out,
            &work.join("split"),
            &glue_path,
            bin,
            source.rust.wasm_opt.as_deref(),
        )?;
        (glue, Some(loader))
    } else {
        tools.minify(Minify::Module, &[&glue_path])?;
        let bytes = fs::read(&glue_path)?;
        let glue = name::content_name(bin, "js", &bytes);
        fs::write(page.out.join(&glue), bytes)?;
        (glue, None)
    };

    let mut css = Vec::new();
    for href in &source.css {
        let src = root.join(href);
        let stem = src.file_stem().and_then(|s| s.to_str()).with_context(|| format!("no file name in {href}"))?;
        let min = work.join(format!("{stem}.css"));
        fs::copy(&src, &min).with_context(|| format!("cannot read {}", src.display()))?;
        tools.minify(Minify::Css, &[&min])?;
        let bytes = fs::read(&min)?;
        let css_name = name::content_name(stem, "css", &bytes);
        fs::write(page.out.join(&css_name), &bytes)?;
        css.push(css_name);
    }
    for href in &source.copy_files {
        let src = root.join(href);
        let file = src.file_name().with_context(|| format!("no file name in {href}"))?;
        fs::copy(&src, page.out.join(file)).with_context(|| format!("cannot copy {}", src.display()))?;
    }
    for href in &source.copy_dirs {
        let src = root.join(href);
        let dir = page.out.join(src.file_name().with_context(|| format!("no folder name in {href}"))?);
        fs::create_dir_all(&dir)?;
        for entry in fs::read_dir(&src).with_context(|| format!("cannot read {}", src.display()))? {
            let path = entry?.path();
            if path.is_file() {
                fs::copy(&path, dir.join(path.file_name().context("a file has a name")?))?;
            }
        }
    }

    let asset = |file: &str| -> Result<Asset> {
        Ok(Asset {
            url: format!("{}{file}", page.public_url),
            integrity: name::integrity(&fs::read(page.out.join(file))?),
        })
    };
    let built = Built {
        css: css.iter().map(|c| asset(c)).collect::<Result<_>>()?,
        glue: asset(&glue_name)?,
        wasm: asset(&wasm_name)?,
        loader: loader_name.as_deref().map(asset).transpose()?,
    };
    fs::write(page.out.join("index.html"), source.render(&built)?)?;

    let worker = page.out.join(sw::WORKER);
    if worker.is_file() {
        let files = files_under(page.out)?;
        let loaded: Vec<(String, Vec<u8>)> =
            files.iter().map(|(rel, path)| Ok((rel.clone(), fs::read(path)?))).collect::<Result<_>>()?;
        let list: Vec<sw::File> = loaded.iter().map(|(path, bytes)| sw::File { path, bytes }).collect();
        let filled = sw::fill(&fs::read_to_string(&worker)?, &list)?;
        let tmp = work.join(sw::WORKER);
        fs::write(&tmp, filled)?;
        tools.minify(Minify::Script, &[&tmp])?;
        fs::copy(&tmp, &worker)?;
    }
    Ok(())
}

/// The split page's chunks, loader and glue: optimises and names the chunks, links the loader and
/// the glue to each other and to the chunks, minifies both and names them by their shared hash.
/// Returns the glue's and the loader's paths relative to the page's directory.
fn scripts_with_chunks(
    tools: &Tools,
    out: &Path,
    split: &Path,
    glue_path: &Path,
    bin: &str,
    level: Option<&str>,
) -> Result<(String, String)> {
    let loader_path = split.join(format!("{LOADER}.js"));
    let mut loader = fs::read_to_string(&loader_path)
        .with_context(|| format!("wasm-split-cli wrote no {}", loader_path.display()))?;
    let chunk_dir = out.join(SPLIT_DIR);
    fs::create_dir_all(&chunk_dir)?;
    let mut chunks: Vec<PathBuf> = fs::read_dir(split)?
        .map(|e| Ok(e?.path()))
        .collect::<Result<Vec<_>>>()?
        .into_iter()
        .filter(|p| p.extension().is_some_and(|e| e == "wasm") && p.file_stem().is_some_and(|s| s != bin))
        .collect();
    chunks.sort();
    for chunk in &chunks {
        if let Some(level) = level {
            tools.wasm_opt(level, chunk)?;
        }
        let bytes = fs::read(chunk)?;
        let stem = chunk.file_stem().and_then(|s| s.to_str()).context("a chunk without a name")?;
        let named = name::content_name(stem, "wasm", &bytes);
        fs::write(chunk_dir.join(&named), &bytes)?;
        loader = replace_exactly(
            &loader,
            &format!("\"./{stem}.wasm\""),
            &format!("\"./{named}\""),
            1,
            "the loader's URL of a chunk",
        )?;
    }

    // Each file names the other with the placeholder where their shared hash will go.
    let glue_placeholder = format!("{bin}-{PLACEHOLDER}.js");
    let loader_placeholder = format!("{LOADER}-{PLACEHOLDER}.js");
    loader = replace_exactly(
        &loader,
        &format!("from \"./{bin}.js\""),
        &format!("from \"../../{glue_placeholder}\""),
        1,
        "the loader's import of the glue",
    )?;
    let glue = fs::read_to_string(glue_path)?;
    let imports = glue.matches(&format!("from \"./{LOADER}.js\"")).count();
    let glue = replace_exactly(
        &glue,
        &format!("from \"./{LOADER}.js\""),
        &format!("from \"./{SPLIT_DIR}/{loader_placeholder}\""),
        imports.max(1),
        "the glue's import of the loader",
    )?;
    let (glue_tmp, loader_tmp) = (split.join("glue.js"), split.join("loader.js"));
    fs::write(&glue_tmp, glue)?;
    fs::write(&loader_tmp, loader)?;
    tools.minify(Minify::Module, &[&glue_tmp, &loader_tmp])?;
    let (glue, loader) = (fs::read_to_string(&glue_tmp)?, fs::read_to_string(&loader_tmp)?);
    if !glue.contains(&loader_placeholder) || loader.matches(&glue_placeholder).count() != 1 {
        bail!("after terser the glue and the loader no longer name each other");
    }

    let hash = name::cycle_hash(glue.as_bytes(), loader.as_bytes());
    let glue_name = glue_placeholder.replace(PLACEHOLDER, &hash);
    let loader_name = loader_placeholder.replace(PLACEHOLDER, &hash);
    fs::write(out.join(&glue_name), glue.replace(&loader_placeholder, &loader_name))?;
    fs::write(chunk_dir.join(&loader_name), loader.replace(&glue_placeholder, &glue_name))?;
    Ok((glue_name, format!("{SPLIT_DIR}/{loader_name}")))
}

/// `text` with `from` replaced by `to`, which must occur exactly `times` times.
/// The standard library's floating-point formatting (`core::fmt::float`), as its functions are
/// named in a wasm's name section.
const FLOAT_FORMATTING: [&[u8]; 2] = [b"float_to_decimal_common", b"float_to_exponential_common"];

/// The public page's first load (the split's module, before wasm-bindgen and wasm-opt drop its
/// names) holds no floating-point formatting: it is several KB of wasm, and the page shows
/// numbers as integers or through `i18n`'s own formatting. Code in a chunk may format floats.
fn first_load_formats_no_floats(module: &[u8]) -> Result<()> {
    // A custom section named "name": its name's length (4) and the name.
    if !contains(module, b"\x04name") {
        bail!("the split module has no name section, so its floating-point formatting cannot be checked");
    }
    if let Some(name) = FLOAT_FORMATTING.iter().find(|n| contains(module, n)) {
        bail!(
            "the public page's first load formats floating-point numbers ({}): format integers, or move the code into a part loaded on demand (src/ui/lazy.rs)",
            String::from_utf8_lossy(name)
        );
    }
    Ok(())
}

fn replace_exactly(text: &str, from: &str, to: &str, times: usize, what: &str) -> Result<String> {
    let found = text.matches(from).count();
    if found != times {
        bail!("{what}: expected {from} {times} time(s), found {found}");
    }
    Ok(text.replace(from, to))
}

fn contains(haystack: &[u8], needle: &[u8]) -> bool {
    haystack.windows(needle.len()).any(|w| w == needle)
}

/// Every file under `dir`, with its `/`-separated path relative to `dir`.
pub fn files_under(dir: &Path) -> Result<Vec<(String, PathBuf)>> {
    let mut out = Vec::new();
    let mut stack = vec![dir.to_path_buf()];
    while let Some(d) = stack.pop() {
        for entry in fs::read_dir(&d)? {
            let path = entry?.path();
            if path.is_dir() {
                stack.push(path);
            } else {
                let rel = path
                    .strip_prefix(dir)?
                    .components()
                    .map(|c| c.as_os_str().to_string_lossy())
                    .collect::<Vec<_>>()
                    .join("/");
                out.push((rel, path));
            }
        }
    }
    out.sort();
    Ok(out)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn replace_exactly_counts() {
        assert_eq!(
            replace_exactly("a \"./x.wasm\"", "\"./x.wasm\"", "\"./x-1.wasm\"", 1, "t").unwrap(),
            "a \"./x-1.wasm\""
        );
        assert!(replace_exactly("a", "b", "c", 1, "t").is_err());
        assert!(replace_exactly("bb", "b", "c", 1, "t").is_err());
    }

    #[test]
    fn a_first_load_that_formats_floats_is_refused() {
        let named = |body: &[u8]| [b"\0asm\x01\0\0\0\0\x20\x04name".as_slice(), body].concat();
        assert!(first_load_formats_no_floats(&named(b"_ZN4core3fmt3num3imp7fmt_u64")).is_ok());
        let err = first_load_formats_no_floats(&named(b"_RNvNtNtCs1_4core3fmt5float29float_to_decimal_common_exact"));
        assert!(err.unwrap_err().to_string().contains("float_to_decimal_common"));
        assert!(first_load_formats_no_floats(b"\0asm\x01\0\0\0").is_err(), "no names: no check");
    }

    #[test]
    fn finds_the_split_mark() {
        assert!(contains(b"..__wasm_split_placeholder__..", SPLIT_MARK));
        assert!(!contains(b"__wasm_split_", SPLIT_MARK));
    }
}
