//! The public page's split build (cargo feature `split`) links its wasm with its relocations
//! kept: wasm-split-cli (run by `cargo xtask dist`) needs them to move the parts
//! `ui::lazy` names into chunks of their own. Other builds do without: the relocations would
//! stay in the file the browser downloads.
fn main() {
    println!("cargo::rerun-if-changed=build.rs");
    let split = std::env::var_os("CARGO_FEATURE_SPLIT").is_some();
    let wasm = std::env::var("CARGO_CFG_TARGET_ARCH").is_ok_and(|arch| arch == "wasm32");
    if split && wasm {
        println!("cargo::rustc-link-arg-bin=skillgap=--emit-relocs");
    }
}
