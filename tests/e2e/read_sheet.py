#!/usr/bin/env python3
"""Reads a filled point sheet (.xlsx) back with openpyxl, an independent reader, and prints
what a person sees on it as JSON: the sheet's name, every cell marked ■ with the text of its
row's criterion and the points printed on that row, the total box, the PR boxes and the date.

Usage: read_sheet.py FILE.xlsx [FILE.xlsx …]: one JSON object, or a JSON list for several."""
import json
import sys

import openpyxl

TICK_COLUMNS = ("AF", "AG")


def block_of(ws, row, col):
    """The merged block a cell lies in, as (min_row, min_col), or the cell itself."""
    for block in ws.merged_cells.ranges:
        if block.min_row <= row <= block.max_row and block.min_col <= col <= block.max_col:
            return block.min_row, block.min_col
    return row, col


def merged_value(ws, coordinate):
    """The value shown at a cell: its own, or that of the merged block it lies in."""
    cell = ws[coordinate]
    top, left = block_of(ws, cell.row, cell.column)
    return ws.cell(top, left).value


def row_text(ws, row):
    """What a row says: the criterion (columns D to AE) and the tick's own label (AG:AH),
    from the blocks the row lies in, each once."""
    parts, seen = [], set()
    for col in list(range(4, 32)) + [33, 34]:
        top, left = block_of(ws, row, col)
        if (top, left) in seen:
            continue
        seen.add((top, left))
        value = ws.cell(top, left).value
        if isinstance(value, (int, float)) and not isinstance(value, bool):
            parts.append(str(int(value)))
        elif isinstance(value, str) and value.strip() and value != "■":
            parts.append(value.strip())
    return " ".join(parts)


def read(path):
    wb = openpyxl.load_workbook(path)
    ws = wb.worksheets[0]
    marks = []
    for row in ws.iter_rows():
        for cell in row:
            if cell.value != "■":
                continue
            letter = cell.column_letter
            entry = {"cell": cell.coordinate, "row": cell.row, "column": letter}
            if letter in TICK_COLUMNS:
                entry["text"] = row_text(ws, cell.row)
                entry["points"] = merged_value(ws, f"AI{cell.row}")
            marks.append(entry)
    total_cells = [c for r in ws.iter_rows() for c in r if c.value == "合計"]
    total = None
    if total_cells:
        label = total_cells[0]
        total = ws.cell(label.row, label.column + 3).value
    date_row = next((c.row for r in ws.iter_rows() for c in r if c.value == "作成年月日"), None)
    date = None
    if date_row:
        date = [ws[f"{col}{date_row}"].value for col in ("AA", "AF", "AJ")]
    return {
        "title": ws["A4"].value,
        "sheet": ws.title,
        "marks": marks,
        "total": total,
        "date": date,
        "paper": ws.page_setup.paperSize,
        "print_area": ws.print_area,
    }


def main():
    sheets = [read(path) for path in sys.argv[1:]]
    print(json.dumps(sheets[0] if len(sheets) == 1 else sheets, ensure_ascii=False))


if __name__ == "__main__":
    main()
