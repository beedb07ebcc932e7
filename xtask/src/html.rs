//! A page's HTML: reading the source page's Trunk links and writing the built page.
//!
//! The source pages (index.html, tools.html) keep the `<link data-trunk …>` tags `trunk serve`
//! reads. [`SourcePage::parse`] finds what they ask for: the wasm binary and its cargo features,
//! the stylesheets, the files copied as they are. [`SourcePage::render`] writes the page with
//! those links replaced by the built files' tags, each with an integrity value, the inline module
//! script that starts the wasm, and a Content-Security-Policy that allows that one inline script
//! by its hash. The result is minified: no comments, no whitespace between tags, attribute quotes
//! only where a value needs them.

use anyhow::{anyhow, bail, Context, Result};

use crate::name;

/// What the page's `<link data-trunk rel="rust">` asks for.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct RustLink {
    /// `data-bin`: the cargo binary (also the glue's and the module's name stem).
    pub bin: String,
    /// `data-cargo-features` (Trunk and this build) and `data-xtask-cargo-features` (this build
    /// only: features `trunk serve` must not get, such as `split`, whose wasm only this build can
    /// split).
    pub features: Vec<String>,
    /// `data-wasm-opt`: wasm-opt's level (`z` for `-Oz`); none or `0` for no wasm-opt.
    pub wasm_opt: Option<String>,
}

/// A source page: its parsed HTML and the Trunk links found in it.
#[derive(Debug)]
pub struct SourcePage {
    tokens: Vec<Token>,
    pub rust: RustLink,
    /// `rel="css"` hrefs, relative to the project's root.
    pub css: Vec<String>,
    /// `rel="copy-file"` hrefs, relative to the project's root.
    pub copy_files: Vec<String>,
    /// `rel="copy-dir"` hrefs: folders copied whole (their files, not what is below them), under
    /// their own name, as Trunk does.
    pub copy_dirs: Vec<String>,
}

/// The built files the page refers to, by URL (the public URL included) and integrity value.
pub struct Built {
    /// One per `rel="css"` link, in the same order.
    pub css: Vec<Asset>,
    pub glue: Asset,
    pub wasm: Asset,
    /// The split wasm's chunk loader, which the glue imports.
    pub loader: Option<Asset>,
}

pub struct Asset {
    pub url: String,
    pub integrity: String,
}

#[derive(Debug, Clone, PartialEq, Eq)]
enum Token {
    /// `<!doctype …>`, kept as written.
    Doctype(String),
    Start(Tag),
    End(String),
    Text(String),
    /// A script's or style's contents, or HTML this build wrote: kept as it is.
    Raw(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
struct Tag {
    name: String,
    attrs: Vec<(String, Option<String>)>,
}

impl Tag {
    fn new(name: &str, attrs: &[(&str, Option<&str>)]) -> Self {
        Tag { name: name.into(), attrs: attrs.iter().map(|(k, v)| (k.to_string(), v.map(str::to_string))).collect() }
    }

    fn attr(&self, key: &str) -> Option<&str> {
        self.attrs.iter().find(|(k, _)| k == key).and_then(|(_, v)| v.as_deref())
    }

    fn has(&self, key: &str) -> bool {
        self.attrs.iter().any(|(k, _)| k == key)
    }

    fn write(&self, out: &mut String) {
        out.push('<');
        out.push_str(&self.name);
        for (key, value) in &self.attrs {
            out.push(' ');
            out.push_str(key);
            if let Some(v) = value {
                out.push('=');
                out.push_str(&quote(v));
            }
        }
        out.push('>');
    }
}

/// An attribute value as written in the page: bare when HTML allows it, else quoted.
fn quote(value: &str) -> String {
    let bare = !value.is_empty() && !value.chars().any(|c| c.is_ascii_whitespace() || "\"'=<>`".contains(c));
    if bare {
        value.to_string()
    } else if !value.contains('"') {
        format!("\"{value}\"")
    } else {
        format!("'{}'", value.replace('\'', "&#39;"))
    }
}

impl SourcePage {
    /// Parses a source page and its Trunk links.
    pub fn parse(html: &str) -> Result<Self> {
        let tokens = tokenize(html)?;
        let mut rust = None;
        let mut css = Vec::new();
        let mut copy_files = Vec::new();
        let mut copy_dirs = Vec::new();
        for t in &tokens {
            let Token::Start(tag) = t else { continue };
            if tag.name != "link" || !tag.has("data-trunk") {
                continue;
            }
            let rel = tag.attr("rel").unwrap_or_default();
            let href = || {
                tag.attr("href")
                    .map(str::to_string)
                    .ok_or_else(|| anyhow!("<link data-trunk rel=\"{rel}\"> has no href"))
            };
            match rel {
                "rust" => {
                    if rust.is_some() {
                        bail!("more than one <link data-trunk rel=\"rust\">");
                    }
                    let features = ["data-cargo-features", "data-xtask-cargo-features"]
                        .iter()
                        .filter_map(|k| tag.attr(k))
                        .flat_map(|v| v.split([',', ' ']))
                        .filter(|f| !f.is_empty())
                        .map(str::to_string)
                        .collect();
                    rust = Some(RustLink {
                        bin: tag
                            .attr("data-bin")
                            .context("<link data-trunk rel=\"rust\"> has no data-bin")?
                            .to_string(),
                        features,
                        wasm_opt: tag.attr("data-wasm-opt").filter(|l| *l != "0").map(str::to_string),
                    });
                }
                "css" => css.push(href()?),
                "copy-file" => copy_files.push(href()?),
                "copy-dir" => copy_dirs.push(href()?),
                other => bail!("<link data-trunk rel=\"{other}\"> is not handled by cargo xtask dist"),
            }
        }
        let rust = rust.context("the page has no <link data-trunk rel=\"rust\">")?;
        Ok(SourcePage { tokens, rust, css, copy_files, copy_dirs })
    }

    /// The built page. `integrity` on the stylesheets and on modulepreloads of the glue and the
    /// loader (a module fetched by `import` uses the module its modulepreload fetched and checked);
    /// the wasm is fetched with its integrity too. All files are the page's own origin, so no
    /// `crossorigin` is needed for the checks.
    pub fn render(&self, built: &Built) -> Result<String> {
        if built.css.len() != self.css.len() {
            bail!("{} stylesheets built for {} css links", built.css.len(), self.css.len());
        }
        let script = init_script(built);
        let csp = csp_meta(&[&script]);
        let mut css = built.css.iter();
        let mut out = String::new();
        let mut csp_written = false;
        for t in &self.tokens {
            match t {
                Token::Start(tag) if tag.name == "link" && tag.has("data-trunk") => match tag.attr("rel") {
                    Some("css") => {
                        let a = css.next().expect("counted above");
                        Tag::new(
                            "link",
                            &[("rel", Some("stylesheet")), ("href", Some(&a.url)), ("integrity", Some(&a.integrity))],
                        )
                        .write(&mut out);
                    }
                    Some("rust") => {
                        for a in std::iter::once(&built.glue).chain(&built.loader) {
                            Tag::new(
                                "link",
                                &[
                                    ("rel", Some("modulepreload")),
                                    ("href", Some(&a.url)),
                                    ("integrity", Some(&a.integrity)),
                                ],
                            )
                            .write(&mut out);
                        }
                        out.push_str("<script type=module>");
                        out.push_str(&script);
                        out.push_str("</script>");
                    }
                    _ => {}
                },
                Token::Start(tag) if tag.name == "meta" && tag.has("charset") => {
                    tag.write(&mut out);
                    out.push_str(&csp);
                    csp_written = true;
                }
                t if optional(t) => {}
                t => write_token(t, &mut out),
            }
        }
        if !csp_written {
            bail!("the page has no <meta charset>, after which the Content-Security-Policy goes");
        }
        Ok(out)
    }
}

/// The inline module script: imports the glue and starts the wasm, fetched with its integrity
/// (the glue's init takes the fetch's promise as it takes a URL).
/// (Trunk's loader also set `window.wasmBindings` and fired `TrunkApplicationStarted`; nothing in
/// the app reads either.)
fn init_script(built: &Built) -> String {
    format!(
        "import init from'{}';await init({{module_or_path:fetch('{}',{{integrity:'{}'}})}})",
        built.glue.url, built.wasm.url, built.wasm.integrity
    )
}

/// The strict Content-Security-Policy, allowing the given inline scripts by hash: no origin but
/// the page's own, `'wasm-unsafe-eval'` to compile WebAssembly and nothing else relaxed.
pub fn csp_meta(inline_scripts: &[&str]) -> String {
    let hashes: Vec<String> = inline_scripts.iter().map(|s| name::csp_source(s)).collect();
    let policy = [
        "default-src 'self'".to_string(),
        format!("script-src 'self' 'wasm-unsafe-eval' {}", hashes.join(" ")),
        "style-src 'self'".into(),
        "img-src 'self' data:".into(),
        "connect-src 'self'".into(),
        "font-src 'self'".into(),
        "object-src 'none'".into(),
        "base-uri 'none'".into(),
        "form-action 'none'".into(),
        // frame-ancestors only works as an HTTP header (a <meta> policy ignores it and says so in
        // the console); installers add `Content-Security-Policy: frame-ancestors 'none'`.
    ]
    .join("; ");
    let mut meta = String::new();
    Tag::new("meta", &[("http-equiv", Some("Content-Security-Policy")), ("content", Some(&policy))]).write(&mut meta);
    meta
}

/// Tags HTML lets a page leave out when they have no attributes (and, in the pages this build
/// writes, nothing but tags follows them): the parser puts them back.
fn optional(t: &Token) -> bool {
    match t {
        Token::Start(tag) => matches!(tag.name.as_str(), "head" | "body") && tag.attrs.is_empty(),
        Token::End(name) => matches!(name.as_str(), "head" | "body" | "html"),
        _ => false,
    }
}

fn write_token(t: &Token, out: &mut String) {
    match t {
        Token::Doctype(d) => out.push_str(d),
        Token::Start(tag) => tag.write(out),
        Token::End(name) => {
            out.push_str("</");
            out.push_str(name);
            out.push('>');
        }
        Token::Text(text) => {
            // Runs of whitespace become one space; whitespace alone between tags goes.
            if text.chars().all(|c| c.is_ascii_whitespace()) {
                return;
            }
            let mut space = false;
            for c in text.chars() {
                if c.is_ascii_whitespace() {
                    space = true;
                } else {
                    if space {
                        out.push(' ');
                    }
                    space = false;
                    out.push(c);
                }
            }
            if space {
                out.push(' ');
            }
        }
        Token::Raw(raw) => out.push_str(raw),
    }
}

/// Splits HTML into tokens, dropping comments. Enough HTML for the project's pages: tags,
/// attributes (quoted or not), text, and script/style contents kept as they are.
fn tokenize(html: &str) -> Result<Vec<Token>> {
    let mut tokens = Vec::new();
    let mut rest = html;
    while !rest.is_empty() {
        if let Some(after) = rest.strip_prefix("<!--") {
            let end = after.find("-->").context("an HTML comment is not closed")?;
            rest = &after[end + 3..];
        } else if rest.starts_with("<!") {
            let end = rest.find('>').context("<!doctype> is not closed")?;
            tokens.push(Token::Doctype(rest[..=end].to_string()));
            rest = &rest[end + 1..];
        } else if let Some(after) = rest.strip_prefix("</") {
            let end = after.find('>').context("an end tag is not closed")?;
            tokens.push(Token::End(after[..end].trim().to_ascii_lowercase()));
            rest = &after[end + 1..];
        } else if rest.starts_with('<') && rest[1..].starts_with(|c: char| c.is_ascii_alphabetic()) {
            let (tag, after) = parse_tag(&rest[1..])?;
            rest = after;
            let raw_text = tag.name == "script" || tag.name == "style";
            let name = tag.name.clone();
            tokens.push(Token::Start(tag));
            if raw_text {
                let close = format!("</{name}");
                let end = rest.to_ascii_lowercase().find(&close).with_context(|| format!("<{name}> is not closed"))?;
                tokens.push(Token::Raw(rest[..end].to_string()));
                rest = &rest[end..];
            }
        } else {
            let first = rest.chars().next().map_or(1, char::len_utf8);
            let end = rest[first..].find('<').map_or(rest.len(), |i| i + first);
            tokens.push(Token::Text(rest[..end].to_string()));
            rest = &rest[end..];
        }
    }
    Ok(tokens)
}

/// Parses a start tag after its `<`; returns it and the text after its `>`.
fn parse_tag(s: &str) -> Result<(Tag, &str)> {
    let is_name_end = |c: char| c.is_ascii_whitespace() || c == '>' || c == '/';
    let end = s.find(is_name_end).context("a tag is not closed")?;
    let mut tag = Tag { name: s[..end].to_ascii_lowercase(), attrs: Vec::new() };
    let mut rest = &s[end..];
    loop {
        rest = rest.trim_start_matches(|c: char| c.is_ascii_whitespace() || c == '/');
        if let Some(after) = rest.strip_prefix('>') {
            return Ok((tag, after));
        }
        if rest.is_empty() {
            bail!("<{}> is not closed", tag.name);
        }
        let end = rest.find(|c: char| c.is_ascii_whitespace() || c == '=' || c == '>').unwrap_or(rest.len());
        let key = rest[..end].to_ascii_lowercase();
        rest = rest[end..].trim_start();
        let value = if let Some(after) = rest.strip_prefix('=') {
            let after = after.trim_start();
            let (value, next) = match after.chars().next() {
                Some(q @ ('"' | '\'')) => {
                    let close =
                        after[1..].find(q).with_context(|| format!("a quote in <{}> is not closed", tag.name))?;
                    (&after[1..close + 1], &after[close + 2..])
                }
                _ => {
                    let end = after.find(|c: char| c.is_ascii_whitespace() || c == '>').unwrap_or(after.len());
                    (&after[..end], &after[end..])
                }
            };
            rest = next;
            Some(value.to_string())
        } else {
            None
        };
        tag.attrs.push((key, value));
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const PAGE: &str = r#"<!doctype html>
<html lang="zh-CN">
  <head>
    <meta charset="utf-8" />
    <link rel="icon" href="icon.svg" type="image/svg+xml" />
    <link data-trunk rel="copy-file" href="assets/sw.js" />
    <!-- a comment -->
    <title>技能 · Skill   Gap</title>
    <link data-trunk rel="css" href="styles/main.css" />
    <link data-trunk rel="rust" data-bin="skillgap" data-wasm-opt="z" data-xtask-cargo-features="split" />
  </head>
  <body>
    <div id="shell" aria-busy="true"><p class="a b">Loading,
       please wait…</p></div>
  </body>
</html>
"#;

    fn asset(url: &str) -> Asset {
        Asset { url: url.into(), integrity: format!("sha256-{url}=") }
    }

    fn built(loader: bool) -> Built {
        Built {
            css: vec![asset("/main-1.css")],
            glue: asset("/skillgap-2.js"),
            wasm: asset("/skillgap_bg-3.wasm"),
            loader: loader.then(|| asset("/snippets/split/__wasm_split-2.js")),
        }
    }

    #[test]
    fn reads_the_trunk_links() {
        let page = SourcePage::parse(PAGE).unwrap();
        assert_eq!(
            page.rust,
            RustLink { bin: "skillgap".into(), features: vec!["split".into()], wasm_opt: Some("z".into()) }
        );
        assert_eq!(page.css, ["styles/main.css"]);
        assert_eq!(page.copy_files, ["assets/sw.js"]);
    }

    #[test]
    fn writes_the_page_minified_with_integrity_and_csp() {
        let html = SourcePage::parse(PAGE).unwrap().render(&built(true)).unwrap();
        let script = "import init from'/skillgap-2.js';await init({module_or_path:fetch('/skillgap_bg-3.wasm',{integrity:'sha256-/skillgap_bg-3.wasm='})})";
        let expected = format!(
            "<!doctype html><html lang=zh-CN><meta charset=utf-8>{}<link rel=icon href=icon.svg type=image/svg+xml>\
             <title>技能 · Skill Gap</title><link rel=stylesheet href=/main-1.css integrity=\"sha256-/main-1.css=\">\
             <link rel=modulepreload href=/skillgap-2.js integrity=\"sha256-/skillgap-2.js=\">\
             <link rel=modulepreload href=/snippets/split/__wasm_split-2.js integrity=\"sha256-/snippets/split/__wasm_split-2.js=\">\
             <script type=module>{script}</script><div id=shell aria-busy=true><p class=\"a b\">Loading, please wait…</p></div>",
            csp_meta(&[script])
        );
        assert_eq!(html, expected);
    }

    #[test]
    fn no_loader_no_loader_preload() {
        let html = SourcePage::parse(PAGE).unwrap().render(&built(false)).unwrap();
        assert_eq!(html.matches("modulepreload").count(), 1);
    }

    #[test]
    fn the_csp_is_the_strict_policy_with_the_script_hash() {
        assert_eq!(
            csp_meta(&["abc"]),
            "<meta http-equiv=Content-Security-Policy content=\"default-src 'self'; script-src 'self' 'wasm-unsafe-eval' \
             'sha256-ungWv48Bz+pBQUDeXa4iI7ADYaOWF3qctBD/YfIAFa0='; style-src 'self'; img-src 'self' data:; connect-src 'self'; \
             font-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'\">"
        );
    }

    #[test]
    fn the_csp_hash_is_of_the_script_as_written() {
        let html = SourcePage::parse(PAGE).unwrap().render(&built(true)).unwrap();
        let body = html.split("<script type=module>").nth(1).unwrap().split("</script>").next().unwrap();
        assert!(html.contains(&name::csp_source(body)));
    }

    #[test]
    fn refuses_what_it_does_not_build() {
        assert!(SourcePage::parse("<link data-trunk rel=\"sass\" href=\"a.scss\">").is_err());
        assert!(SourcePage::parse("<html><head></head></html>").is_err());
        let no_charset = "<html><head><link data-trunk rel=rust data-bin=x></head></html>";
        assert!(SourcePage::parse(no_charset).unwrap().render(&Built { css: vec![], ..built(false) }).is_err());
    }

    #[test]
    fn quotes_only_where_needed() {
        assert_eq!(quote("zh-CN"), "zh-CN");
        assert_eq!(quote("#0b4f8a"), "#0b4f8a");
        assert_eq!(quote("a b"), "\"a b\"");
        assert_eq!(quote("sha384-a+/b="), "\"sha384-a+/b=\"");
        assert_eq!(quote(""), "\"\"");
        assert_eq!(quote("say \"hi\""), "'say \"hi\"'");
    }
}
