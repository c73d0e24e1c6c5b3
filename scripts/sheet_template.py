#!/usr/bin/env python3
"""Makes sheet/data/template.json, the reference form's sheets A, B and C (930001673.xls) as the
.xlsx writer and the print view redraw them, from ../shared/data/official-sheet-model.json (the
form transcribed cell by cell, with its formatting).

Kept: every cell inside the print area (columns A:AM) with its value, font size, alignment,
borders and underlined runs; the merges, column widths, row heights, the page setup, the
formula of the R&D ratio, and the printed text box (the declaration under the title). Left out:
column AN (stale helper numbers, not printed: official-sheet.md "do not use"), the sticky notes
and cells right of the print area (not printed), the protection (the person may correct the
file), and the option buttons of sheet B 資格 (their cell link is broken; the tick goes in the
cell they stood on). Run once when the form changes; the output is committed.
"""
import json
import pathlib
import re

ROOT = pathlib.Path(__file__).resolve().parent.parent
MODEL = ROOT.parent / "shared" / "data" / "official-sheet-model.json"
OUT = ROOT / "sheet" / "data" / "template.json"


def col_number(letters):
    n = 0
    for ch in letters:
        n = n * 26 + (ord(ch) - 64)
    return n


LAST_COL = col_number("AM")


def in_print_area(ref):
    first = ref.split(":")[0]
    letters = re.match(r"[A-Z]+", first).group(0)
    return col_number(letters) <= LAST_COL


def main():
    model = json.loads(MODEL.read_text(encoding="utf-8"))
    styles, style_index = [], {}

    def style_of(cell):
        key = (
            cell["font"]["size_pt"],
            cell["align"]["horizontal"],
            cell["align"]["vertical"],
            cell["align"]["wrap"],
            cell["align"]["shrink"],
            cell["align"]["indent"],
            cell["border"]["top"],
            cell["border"]["bottom"],
            cell["border"]["left"],
            cell["border"]["right"],
        )
        if key not in style_index:
            style_index[key] = len(styles)
            styles.append(
                {
                    "size": key[0],
                    "h": key[1],
                    "v": key[2],
                    "wrap": key[3],
                    "shrink": key[4],
                    "indent": key[5],
                    "border": list(key[6:]),
                }
            )
        return style_index[key]

    sheets = []
    for key, sheet in zip("ABC", model["sheets"][:3]):
        cells = []
        for cell in sheet["cells"]:
            if not in_print_area(cell["range"]):
                continue
            entry = {"at": cell["range"], "style": style_of(cell)}
            if cell["value"] != "":
                entry["text"] = str(cell["value"])
            runs = cell.get("rich_text")
            if runs and any(run["font"]["underline"] for run in runs):
                entry["runs"] = [[run["text"], bool(run["font"]["underline"])] for run in runs]
            cells.append(entry)
        widths = {
            col: spec["chars"]
            for col, spec in sheet["col_widths"].items()
            if col_number(col) <= LAST_COL
        }
        heights = {int(row): spec["pt"] for row, spec in sheet["row_heights"].items()}
        hidden = sorted(int(row) for row, spec in sheet["row_heights"].items() if spec["hidden"])
        area = next(
            d["value"].split("!")[1].replace("$", "")
            for d in model["defined_names"]
            if d["name"] == "Print_Area" and d["scope_sheet"] == sheet["name"]
        )
        box = next(d for d in sheet["drawings"] if d["obj_type"] == "rectangle" and d["printable"])
        first, last = box["anchor_cells"]
        sheets.append(
            {
                "key": key,
                "name": sheet["name"],
                "print_area": area,
                "break_before_row": sheet["horizontal_page_breaks_before_rows"][0],
                "scale": sheet["page_setup"]["scale_percent"],
                "margins_in": sheet["margins_in"],
                "header_margin_in": sheet["page_setup"]["header_margin_in"],
                "footer_margin_in": sheet["page_setup"]["footer_margin_in"],
                "default_row_pt": sheet["default_row_height_twips"] / 20,
                "col_widths": widths,
                "row_heights": heights,
                "hidden_rows": hidden,
                "merged": [m for m in sheet["merged"] if in_print_area(m)],
                "cells": cells,
                "formulas": [[f["cell"], f["formula"]] for f in sheet["formulas"] if in_print_area(f["cell"])],
                "declaration": {"at": f"{first}:{last}", "text": box["text"]},
            }
        )
    OUT.write_text(
        json.dumps({"source": "930001673.xls", "styles": styles, "sheets": sheets}, ensure_ascii=False, separators=(",", ":")),
        encoding="utf-8",
    )
    print(f"wrote {OUT} ({OUT.stat().st_size} bytes, {len(styles)} styles)")


if __name__ == "__main__":
    main()
