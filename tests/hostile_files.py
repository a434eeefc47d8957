"""Builders of real hostile input files, shared by tests and benchmarks/bench_input.py."""

from __future__ import annotations

import zipfile
from pathlib import Path

_NS = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
_REL = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
_CT = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">
<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>
<Default Extension="xml" ContentType="application/xml"/>
<Override PartName="/xl/workbook.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>
<Override PartName="/xl/worksheets/sheet1.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/>
<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sharedStrings+xml"/>
</Types>"""
_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="xl/workbook.xml"/>
</Relationships>"""
_WB = f"""<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<workbook xmlns="{_NS}" xmlns:r="{_REL}"><sheets><sheet name="data" sheetId="1" r:id="rId1"/></sheets></workbook>"""
_WB_RELS = """<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">
<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/worksheet" Target="worksheets/sheet1.xml"/>
<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/sharedStrings" Target="sharedStrings.xml"/>
</Relationships>"""


def shared_string_xlsx(path: Path, chars: int, cells: int) -> None:
    """A long-format .xlsx whose ``notes`` column shows one shared string of ``chars`` characters
    in each of ``cells`` rows: a few KB on disk (the string compresses), ``chars`` x ``cells``
    characters once every cell is its own copy. Written part by part, never held whole."""
    header = ["participant", "task", "outcome", "time_s", "notes"]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as z:
        z.writestr("[Content_Types].xml", _CT)
        z.writestr("_rels/.rels", _RELS)
        z.writestr("xl/workbook.xml", _WB)
        z.writestr("xl/_rels/workbook.xml.rels", _WB_RELS)
        with z.open("xl/sharedStrings.xml", "w") as f:
            f.write(f'<?xml version="1.0" encoding="UTF-8"?><sst xmlns="{_NS}">'.encode())
            for h in [*header, "a", "success"]:
                f.write(f"<si><t>{h}</t></si>".encode())
            f.write(b"<si><t>")
            block = b"x" * 1_000_000
            for _ in range(chars // len(block)):
                f.write(block)
            f.write(b"x" * (chars % len(block)))
            f.write(b"</t></si></sst>")
        with z.open("xl/worksheets/sheet1.xml", "w") as f:
            f.write(f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{_NS}"><sheetData>'.encode())
            f.write(('<row r="1">' + "".join(f'<c r="{chr(65 + i)}1" t="s"><v>{i}</v></c>' for i in range(5))
                     + "</row>").encode())
            for r in range(2, cells + 2):
                f.write((f'<row r="{r}"><c r="A{r}" t="inlineStr"><is><t>P{r}</t></is></c>'
                         f'<c r="B{r}" t="s"><v>5</v></c><c r="C{r}" t="s"><v>6</v></c>'
                         f'<c r="D{r}"><v>{10 + r % 50}</v></c><c r="E{r}" t="s"><v>7</v></c></row>').encode())
            f.write(b"</sheetData></worksheet>")


def long_csv(path: Path, rows: int, tasks: int = 10) -> None:
    """A valid long-format CSV of ``rows`` participant x task rows (with SEQ and notes)."""
    outcomes = ("success", "success", "fail", "partial", "success")
    with path.open("w", encoding="utf-8", newline="") as f:
        f.write("participant,task,outcome,time_s,seq,notes\n")
        for i in range(rows):
            f.write(f"P{i // tasks},t{i % tasks},{outcomes[i % 5]},{30 + i % 97},{1 + i % 7},note {i % 13}\n")


def long_xlsx(path: Path, rows: int, tasks: int = 10) -> None:
    """The same table as :func:`long_csv` as an .xlsx (inline strings), written row by row."""
    outcomes = ("success", "success", "fail", "partial", "success")
    header = ["participant", "task", "outcome", "time_s", "seq", "notes"]

    def text(ref: str, value: str) -> str:
        return f'<c r="{ref}" t="inlineStr"><is><t>{value}</t></is></c>'

    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as z:
        z.writestr("[Content_Types].xml", _CT.replace(
            '<Override PartName="/xl/sharedStrings.xml" ContentType="application/vnd.openxmlformats-'
            'officedocument.spreadsheetml.sharedStrings+xml"/>\n', ""))
        z.writestr("_rels/.rels", _RELS)
        z.writestr("xl/workbook.xml", _WB)
        z.writestr("xl/_rels/workbook.xml.rels", _WB_RELS.replace(
            '<Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
            'relationships/sharedStrings" Target="sharedStrings.xml"/>\n', ""))
        with z.open("xl/worksheets/sheet1.xml", "w", force_zip64=True) as f:
            f.write(f'<?xml version="1.0" encoding="UTF-8"?><worksheet xmlns="{_NS}"><sheetData>'.encode())
            f.write(('<row r="1">' + "".join(text(f"{chr(65 + i)}1", h) for i, h in enumerate(header))
                     + "</row>").encode())
            buf: list[str] = []
            for i in range(rows):
                r = i + 2
                buf.append(f'<row r="{r}">{text(f"A{r}", f"P{i // tasks}")}{text(f"B{r}", f"t{i % tasks}")}'
                           f'{text(f"C{r}", outcomes[i % 5])}<c r="D{r}"><v>{30 + i % 97}</v></c>'
                           f'<c r="E{r}"><v>{1 + i % 7}</v></c>{text(f"F{r}", f"note {i % 13}")}</row>')
                if len(buf) == 10_000:
                    f.write("".join(buf).encode())
                    buf.clear()
            f.write("".join(buf).encode())
            f.write(b"</sheetData></worksheet>")
