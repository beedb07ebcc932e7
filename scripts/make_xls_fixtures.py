#!/usr/bin/env python3
"""Writes tests/fixtures/workbooks/<table>.xls: the rows of tests/fixtures/encodings/<table>.utf8.csv
in the old Excel format (BIFF8, as Excel 97–2003 and WPS save ".xls"), numbers stored as numbers.
The importers refuse .xls with the advice to save as .xlsx (tests/workbooks.rs), and the files
seed the workbook fuzz target.
The .xlsx fixtures are written by `cargo xtask fixtures`; nothing in Rust writes .xls, so this
script uses xlwt (pip install xlwt). The files are kept in git: the tests do not need xlwt.
"""
import csv
from pathlib import Path

import xlwt

ROOT = Path(__file__).resolve().parent.parent
SHEETS = {"shortage": "紧缺职业", "demand": "岗位需求", "courses": "培训课程", "requirements": "技能要求"}


def main() -> None:
    out = ROOT / "tests" / "fixtures" / "workbooks"
    for table, sheet_name in SHEETS.items():
        book = xlwt.Workbook(encoding="utf-8")
        sheet = book.add_sheet(sheet_name)
        with open(ROOT / "tests" / "fixtures" / "encodings" / f"{table}.utf8.csv", encoding="utf-8") as f:
            for r, row in enumerate(csv.reader(f)):
                for c, value in enumerate(row):
                    try:
                        sheet.write(r, c, float(value))
                    except ValueError:
                        sheet.write(r, c, value)
        book.save(str(out / f"{table}.xls"))
    print(f"wrote {len(SHEETS)} .xls files to {out}")


if __name__ == "__main__":
    main()
