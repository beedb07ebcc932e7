#!/usr/bin/env python3
"""Trunk post-build step (scripts/post_build.sh): readies the public page's wasm chunks.

scripts/bin/wasm-bindgen split the wasm into the module and chunks loaded on demand and left
them, with their loader __wasm_split.js, in snippets/split/ (Trunk copied them into the page).
This step, in TRUNK_STAGING_DIR:
  1. optimises each chunk with wasm-opt -Oz (release builds; Trunk only optimises the module);
  2. names each chunk after a hash of its contents, as Trunk names the module, so a browser may
     keep it for good and a page never meets a chunk of another build;
  3. points the loader at the page's glue (Trunk hashed its name after the split) and at the
     chunks' new names, then names the loader after its contents too and points the glue at it;
  4. tells the browser in index.html to fetch the loader with the glue (modulepreload).
A build without the split (no snippets/split/) is left as it is.
"""
import hashlib
import os
import re
import subprocess
import sys
from pathlib import Path


def digest(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()[:16]


def main() -> int:
    staging = Path(os.environ.get("TRUNK_STAGING_DIR", sys.argv[1] if len(sys.argv) > 1 else "dist"))
    split = staging / "snippets" / "split"
    if not split.is_dir():
        # A split wasm that reached the real wasm-bindgen (scripts/bin not first on PATH) gives
        # a glue importing the placeholder module: a page that never starts. Say so here.
        for glue in staging.glob("skillgap-*.js"):
            if "__wasm_split_placeholder__" in glue.read_text(encoding="utf-8"):
                print("split_chunks.py: the wasm has split points but was not split: run Trunk with "
                      "scripts/bin first on PATH (source scripts/env.sh)", file=sys.stderr)
                return 1
        return 0
    release = os.environ.get("TRUNK_PROFILE", "release") == "release"
    glues = [p for p in staging.iterdir() if re.fullmatch(r"skillgap-[0-9a-f]+\.js", p.name)]
    loader = split / "__wasm_split.js"
    if len(glues) != 1 or not loader.is_file():
        print(f"split_chunks.py: expected one glue script and {loader}, found {glues}", file=sys.stderr)
        return 1
    glue = glues[0]
    js = loader.read_text(encoding="utf-8")
    chunks = sorted(split.glob("*.wasm"))
    before = after = 0
    for chunk in chunks:
        before += chunk.stat().st_size
        if release:
            subprocess.run(["wasm-opt", "-Oz", str(chunk), "-o", str(chunk)], check=True)
        after += chunk.stat().st_size
        named = chunk.with_name(f"{chunk.stem}-{digest(chunk.read_bytes())}.wasm")
        chunk.rename(named)
        quoted = f'"./{chunk.name}"'
        if quoted not in js:
            print(f"split_chunks.py: the loader does not name {chunk.name}", file=sys.stderr)
            return 1
        js = js.replace(quoted, f'"./{named.name}"')
    if "../../__GLUE__" not in js:
        print("split_chunks.py: the loader has no __GLUE__ import to fill in", file=sys.stderr)
        return 1
    js = js.replace("../../__GLUE__", f"../../{glue.name}")
    named_loader = split / f"__wasm_split-{digest(js.encode())}.js"
    loader.unlink()
    named_loader.write_text(js, encoding="utf-8")
    glue_js = glue.read_text(encoding="utf-8")
    old = 'from "./snippets/split/__wasm_split.js"'
    if old not in glue_js:
        print("split_chunks.py: the glue does not import snippets/split/__wasm_split.js", file=sys.stderr)
        return 1
    glue.write_text(glue_js.replace(old, f'from "./snippets/split/{named_loader.name}"'), encoding="utf-8")
    # The glue imports the loader before it runs, and so before it fetches the wasm: without a
    # hint the browser learns of the loader only once the glue has arrived, one more round trip
    # before the wasm starts to download (Lighthouse's simulated slow 4G: LCP 0.9 -> 1.2 s).
    index = staging / "index.html"
    html = index.read_text(encoding="utf-8")
    at = re.search(r"""from '([^']*)""" + re.escape(glue.name) + "'", html)
    head = html.find("</head>")
    if at is None or head < 0:
        print("split_chunks.py: index.html does not import the glue or has no </head>", file=sys.stderr)
        return 1
    preload = f'<link rel="modulepreload" href="{at.group(1)}snippets/split/{named_loader.name}">'
    index.write_text(html[:head] + preload + html[head:], encoding="utf-8")
    print(f"split_chunks.py: {len(chunks)} chunks, {before:,} -> {after:,} bytes; loader {named_loader.name}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
