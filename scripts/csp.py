#!/usr/bin/env python3
"""Trunk post-build hook: adds a strict Content-Security-Policy to index.html.

Trunk writes one small inline module script that loads the wasm; its SHA-256 hash is allowed
and nothing else inline is. No remote origin is allowed anywhere; 'wasm-unsafe-eval' is the one
relaxation, needed to compile WebAssembly. Run by Trunk with TRUNK_STAGING_DIR set.
"""
import base64
import hashlib
import os
import re
import sys
from pathlib import Path


def main() -> int:
    staging = Path(os.environ.get("TRUNK_STAGING_DIR", sys.argv[1] if len(sys.argv) > 1 else "dist"))
    index = staging / "index.html"
    html = index.read_text(encoding="utf-8")
    if 'http-equiv="Content-Security-Policy"' in html:
        return 0
    hashes = []
    for body in re.findall(r"<script(?![^>]*\bsrc=)[^>]*>(.*?)</script>", html, flags=re.S):
        digest = base64.b64encode(hashlib.sha256(body.encode("utf-8")).digest()).decode()
        hashes.append(f"'sha256-{digest}'")
    policy = "; ".join([
        "default-src 'self'",
        "script-src 'self' 'wasm-unsafe-eval' " + " ".join(hashes),
        "style-src 'self'",
        "img-src 'self' data:",
        "connect-src 'self'",
        "font-src 'self'",
        "object-src 'none'",
        "base-uri 'none'",
        "form-action 'none'",
        # frame-ancestors only works as an HTTP header (a <meta> policy ignores it and says so
        # in the console); installers add `Content-Security-Policy: frame-ancestors 'none'`.
    ])
    meta = f'<meta http-equiv="Content-Security-Policy" content="{policy}" />'
    # Right after <meta charset> (written `<meta charset=utf-8>` once Trunk minifies the page).
    charset = re.search(r"<meta charset=[^>]*>", html)
    if charset:
        html = html[: charset.end()] + meta + html[charset.end():]
    if meta not in html:
        print("csp.py: <meta charset> not found in index.html", file=sys.stderr)
        return 1
    index.write_text(html, encoding="utf-8")
    print(f"csp.py: Content-Security-Policy with {len(hashes)} inline script hash(es)")
    return 0


if __name__ == "__main__":
    sys.exit(main())
