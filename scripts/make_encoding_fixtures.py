#!/usr/bin/env python3
"""Writes tests/fixtures/encodings/: one shortage list and one openings table, each in the
encodings a bureau's files come in (UTF-8, UTF-8 with a byte-order mark as Excel's "CSV UTF-8"
writes it, UTF-16 LE with its mark as Excel's "Unicode text" writes it, GB18030 as Excel's
"CSV" writes it on a Chinese Windows machine). The importers must read them all alike
(tests/importers.rs). Run it again after changing a table below.
"""
from pathlib import Path

OUT = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "encodings"

TABLES = {
    "shortage": "职业编码,职业名称,季度\n6-31-01-03,电工,2026Q1\n6-18-02-04,焊工,2026Q1\n9-99-99-99,不存在的职业,2026Q1\n",
    "demand": "职业编码,城市,岗位数,月薪下限,月薪上限,期间\n6-31-01-03,阜新市,12,4000,6500,2026Q1\n6-18-02-04,大连市,30,5000,8000,2026Q1\n",
}

ENCODINGS = {
    "utf8": lambda t: t.encode("utf-8"),
    "utf8bom": lambda t: b"\xef\xbb\xbf" + t.encode("utf-8"),
    "utf16le": lambda t: b"\xff\xfe" + t.replace("\n", "\r\n").encode("utf-16-le"),
    "gb18030": lambda t: t.replace("\n", "\r\n").encode("gb18030"),
}


def main() -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    for table, text in TABLES.items():
        for name, encode in ENCODINGS.items():
            (OUT / f"{table}.{name}.csv").write_bytes(encode(text))
    print(f"wrote {len(TABLES) * len(ENCODINGS)} files to {OUT}")


if __name__ == "__main__":
    main()
