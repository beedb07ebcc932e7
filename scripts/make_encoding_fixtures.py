#!/usr/bin/env python3
"""Writes tests/fixtures/encodings/: a shortage list, an openings table, a course table and a
requirements table, each in the
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
    # A new course and one that replaces a course of the catalogue.
    "courses": (
        "课程编号,课程名称,英文名称,机构类型,学时,所教技能,证书名称,证书等级,补贴规则,授课方式,开班城市,开班月份,先修课程,费用\n"
        "fx-weld-5,焊工（五级）培训,Welder (Grade 5),技工院校,120,焊条电弧焊:2；安全生产与操作规程:2,焊工 职业技能等级证书（五级）,五级,grade-5,面授,阜新市、朝阳市,3、9、11,,1800\n"
        "eq-robot-op-5,工业机器人系统操作员（五级）培训,Industrial robot system operator (Grade 5),技工院校,136,robot-programming:2；safety:2,工业机器人系统操作员 职业技能等级证书（五级）,5,grade-5,面授,沈阳市、阜新市,1、3、11,,2200\n"
    ),
    # One occupation's requirements written again, and a code that names three occupations.
    "requirements": (
        "职业,技能,要求等级,重要程度\n"
        "焊工（船舶焊接）,二氧化碳气体保护焊,中级工（四级）,必需\n"
        "焊工（船舶焊接）,安全生产与操作规程,3,必需\n"
        "焊工（船舶焊接）,焊缝外观检验,五级,有用\n"
        "6-18-02-04,焊条电弧焊,2,重要\n"
    ),
}

ENCODINGS = {
    "utf8": lambda t: t.encode("utf-8"),
    "utf8bom": lambda t: b"\xef\xbb\xbf" + t.encode("utf-8"),
    # Excel's "Unicode text" separates the fields with tabs.
    "utf16le": lambda t: b"\xff\xfe" + t.replace(",", "\t").replace("\n", "\r\n").encode("utf-16-le"),
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
