//! The filled sheet as HTML for printing: the reference form's grid (A:AM, its column widths,
//! row heights, merges and borders) on A4, two pages as the original breaks it, with a line in
//! the reader's language under the Japanese of each item when the reader is not Japanese.

use std::collections::{BTreeMap, BTreeSet};
use std::fmt::Write;

use crate::fill::{Fill, Lines};
use crate::template::{Pos, Sheet, Style, Template, pos, range, template};

/// Text for HTML: `&`, `<`, `>` and `"` escaped.
fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            c => out.push(c),
        }
    }
    out
}

fn border(name: &str) -> &'static str {
    match name {
        "thin" => "1px solid",
        "medium" => "2px solid",
        "double" => "3px double",
        _ => "none",
    }
}

fn style_css(index: usize, style: &Style) -> String {
    let align = match style.h.as_str() {
        "center" => "center",
        "right" => "right",
        _ => "left",
    };
    let valign = match style.v.as_str() {
        "top" => "top",
        "bottom" => "bottom",
        _ => "middle",
    };
    let [top, bottom, left, right] = &style.border;
    format!(
        ".os .s{index}{{font-size:{}pt;text-align:{align};vertical-align:{valign};white-space:{};border-top:{};border-bottom:{};border-left:{};border-right:{}}}",
        style.size,
        if style.wrap { "pre-wrap" } else { "pre" },
        border(top),
        border(bottom),
        border(left),
        border(right),
    )
}

/// The stylesheet of the view: the form's styles, its column widths and row heights as
/// classes (the widget adopts it as a constructed stylesheet: a strict Content-Security-Policy
/// allows no `<style>` element and no `style` attribute), and A4 pages for printing.
fn stylesheet(template: &Template) -> String {
    let mut css = String::from(
        ".os{font-family:\"MS PGothic\",\"ＭＳ Ｐゴシック\",\"Hiragino Kaku Gothic ProN\",\"Noto Sans CJK JP\",\"Yu Gothic\",sans-serif;color:#000;background:#fff;width:180mm;margin:0 auto;padding:4mm;box-sizing:content-box;line-height:1.2}\
.os table{border-collapse:collapse;table-layout:fixed;width:100%}\
.os td{padding:0 1px;overflow:visible}\
.os .tr{display:block;font-size:7pt;white-space:normal;color:#333;font-family:system-ui,sans-serif;margin-top:1px}\
.os .tr:lang(zh-Hans){font-family:\"PingFang SC\",\"Microsoft YaHei\",\"Noto Sans CJK SC\",system-ui,sans-serif}\
.os .tr:lang(zh-Hant){font-family:\"PingFang TC\",\"Microsoft JhengHei\",\"Noto Sans CJK TC\",system-ui,sans-serif}\
.os .tr:lang(ko){font-family:\"Apple SD Gothic Neo\",\"Malgun Gothic\",\"Noto Sans CJK KR\",system-ui,sans-serif}\
.os .tr.one{display:inline;white-space:nowrap;margin-left:.5em}\
.os .on{font-weight:bold}\
.os .hidden{visibility:collapse}\
.os .decl{font-size:10pt;text-align:left;vertical-align:middle;white-space:normal}\
@media print{.os{width:auto;padding:0}.os .break{break-before:page}}",
    );
    for (index, style) in template.styles.iter().enumerate() {
        css.push_str(&style_css(index, style));
    }
    for sheet in &template.sheets {
        if let Some((_, last)) = range(&sheet.print_area) {
            sheet_css(&mut css, sheet, last.col);
        }
    }
    css
}

/// The widths and heights of one sheet, under its own class.
fn sheet_css(css: &mut String, sheet: &Sheet, last_col: u16) {
    let key = &sheet.key;
    for (col, width) in widths(sheet, last_col).iter().enumerate() {
        let _ = write!(
            css,
            ".os-{key} .w{}{{width:{width:.3}%}}",
            col.saturating_add(1)
        );
    }
    let mut heights: Vec<String> = sheet.row_heights.values().map(|h| h.to_string()).collect();
    heights.push(sheet.default_row_pt.to_string());
    heights.sort();
    heights.dedup();
    for height in heights {
        let _ = write!(
            css,
            ".os-{key} .h{}{{height:{height}pt}}",
            height.replace('.', "_")
        );
    }
}

/// A block of the grid: where it starts and ends, its style and text.
struct Block<'t> {
    last: Pos,
    style: Option<usize>,
    text: String,
    runs: &'t [(String, bool)],
    lines: Vec<String>,
}

/// The rows of each item on the form (from the tick cells), for the item's line.
fn item_rows(fill: &Fill) -> BTreeMap<&str, u32> {
    let mut rows = BTreeMap::new();
    for row in &fill.rows {
        if let Some(p) = pos(&row.cell) {
            rows.entry(row.item.as_str()).or_insert(p.row);
        }
    }
    rows
}

fn blocks<'t>(sheet: &'t Sheet, fill: &Fill, lines: &Lines) -> BTreeMap<Pos, Block<'t>> {
    let mut blocks: BTreeMap<Pos, Block<'t>> = BTreeMap::new();
    for cell in &sheet.cells {
        let Some((first, last)) = range(&cell.at) else {
            continue;
        };
        let text = fill.text_at(first, &cell.text);
        let runs = if text == cell.text {
            cell.runs.as_slice()
        } else {
            &[]
        };
        blocks.insert(
            first,
            Block {
                last,
                style: Some(cell.style),
                text,
                runs,
                lines: Vec::new(),
            },
        );
    }
    if let Some((first, last)) = range(&sheet.declaration.at) {
        // The text box over these rows on the original.
        blocks.retain(|p, _| !(p.row >= first.row && p.row <= last.row));
        blocks.insert(
            first,
            Block {
                last,
                style: None,
                text: sheet.declaration.text.clone(),
                runs: &[],
                lines: Vec::new(),
            },
        );
    }
    if lines.lang.is_empty() {
        return blocks;
    }
    let mut add = |at: Option<Pos>, line: &String| {
        if let Some(block) = at.and_then(|p| blocks.get_mut(&p)) {
            block.lines.push(line.clone());
        }
    };
    // A row's line goes under its criterion: the wide block starting in D, E or F of the row
    // (the salary rows, split into amounts per age, have none: their item line says it).
    // Where the tick has its own label (sheet B's 資格: "１つ保有", "複数保有" in AG:AH), the
    // line goes under the label.
    for (cell, line) in &lines.rows {
        let Some(tick) = pos(cell) else { continue };
        let starts = |row: u32, cols: std::ops::RangeInclusive<u16>, wide: bool| {
            sheet.cells.iter().find_map(|c| {
                let (first, last) = range(&c.at)?;
                let is_wide = last.col.saturating_sub(first.col) >= 10;
                // Not the tick itself (㉑'s □ stands in AG95 on sheet B).
                (first.row == row
                    && first != tick
                    && cols.contains(&first.col)
                    && is_wide == wide
                    && !c.text.is_empty())
                .then_some(first)
            })
        };
        let label = starts(tick.row, 33..=33, false);
        add(label.or_else(|| starts(tick.row, 4..=6, true)), line);
    }
    // An item's line goes under its name in column A; where one name covers several items
    // (特別加算), the line of the first of them.
    let mut named: BTreeSet<Pos> = BTreeSet::new();
    let mut by_row: Vec<(u32, &str)> = item_rows(fill)
        .into_iter()
        .map(|(item, row)| (row, item))
        .collect();
    by_row.sort_unstable();
    for (row, item) in by_row {
        let header = sheet.cells.iter().find_map(|c| {
            let (first, last) = range(&c.at)?;
            (first.col == 1 && first.row <= row && last.row >= row).then_some(first)
        });
        if let (Some(header), Some(line)) = (header, lines.items.get(item))
            && named.insert(header)
        {
            add(Some(header), line);
        }
    }
    let date_row = fill.date_row;
    let pr_rows: Vec<u32> = fill
        .pr_cells
        .iter()
        .filter_map(|c| pos(c))
        .map(|p| p.row)
        .collect();
    let mut labelled = vec![
        ("title", pos("A4")),
        ("declaration", range(&sheet.declaration.at).map(|(f, _)| f)),
        (
            "total",
            pos(&fill.total_cell).and_then(|p| pos(&format!("AF{}", p.row))),
        ),
        ("signature", pos(&format!("B{date_row}"))),
        ("prepared_on", pos(&format!("U{date_row}"))),
    ];
    if let Some(first) = pr_rows.first() {
        labelled.push(("pr_note", pos(&format!("B{}", first.saturating_sub(1)))));
    }
    for (key, row) in ["pr_now", "pr_1_year_before", "pr_3_years_before"]
        .into_iter()
        .zip(pr_rows)
    {
        labelled.push((key, pos(&format!("M{row}"))));
    }
    for (key, at) in labelled {
        if let Some(line) = lines.labels.get(key) {
            add(at, line);
        }
    }
    blocks
}

/// Column letters' widths as percentages of the form's width.
fn widths(sheet: &Sheet, last_col: u16) -> Vec<f64> {
    let chars: Vec<f64> = (1..=last_col)
        .map(|col| {
            let letters = crate::template::col_letters(col);
            sheet.col_widths.get(&letters).copied().unwrap_or(2.27)
        })
        .collect();
    let sum: f64 = chars.iter().sum();
    chars.iter().map(|c| c * 100.0 / sum).collect()
}

fn cell_html(out: &mut String, first: Pos, block: &Block<'_>, lang: &str) {
    let rowspan = block.last.row.saturating_sub(first.row).saturating_add(1);
    let colspan = block.last.col.saturating_sub(first.col).saturating_add(1);
    let class = match block.style {
        Some(style) => format!("s{style}"),
        None => "decl".to_owned(),
    };
    let mark = if block.text == "■" { " on" } else { "" };
    let _ = write!(out, "<td class=\"{class}{mark}\"");
    if colspan > 1 {
        let _ = write!(out, " colspan=\"{colspan}\"");
    }
    if rowspan > 1 {
        let _ = write!(out, " rowspan=\"{rowspan}\"");
    }
    let _ = write!(
        out,
        " data-cell=\"{}{}\">",
        crate::template::col_letters(first.col),
        first.row
    );
    if block.runs.is_empty() {
        out.push_str(&escape(&block.text));
    } else {
        for (run, underlined) in block.runs {
            if *underlined {
                let _ = write!(out, "<u>{}</u>", escape(run));
            } else {
                out.push_str(&escape(run));
            }
        }
    }
    // A one-cell block (the PR boxes' text, the total's label) overflows to the right on the
    // form, as its line does; a wider block takes its line below.
    let class = if first == block.last { "tr one" } else { "tr" };
    for line in &block.lines {
        let _ = write!(
            out,
            "<span class=\"{class}\" lang=\"{}\">{}</span>",
            escape(lang),
            escape(line)
        );
    }
    out.push_str("</td>");
}

/// The print view's stylesheet, for the three sheets.
pub fn css() -> Result<String, String> {
    let template = template().ok_or("the form's template does not read")?;
    Ok(stylesheet(template))
}

/// The print view's HTML: one `<section class="os">`, styled by [`css`], with no inline style.
pub fn html(fill: &Fill, lines: &Lines) -> Result<String, String> {
    let template = template().ok_or("the form's template does not read")?;
    let sheet = template
        .sheet(&fill.sheet)
        .ok_or_else(|| format!("no sheet \"{}\"", fill.sheet))?;
    let (_, area_end) = range(&sheet.print_area).ok_or("print area")?;
    let blocks = blocks(sheet, fill, lines);
    let mut covered: BTreeSet<Pos> = BTreeSet::new();
    for (first, block) in &blocks {
        for row in first.row..=block.last.row {
            for col in first.col..=block.last.col {
                if (Pos { row, col }) != *first {
                    covered.insert(Pos { row, col });
                }
            }
        }
    }
    let mut out = String::with_capacity(120_000);
    let _ = write!(
        out,
        "<section class=\"os os-{0}\" lang=\"ja\" data-sheet=\"{0}\"><table role=\"presentation\"><colgroup>",
        escape(&sheet.key),
    );
    for col in 1..=area_end.col {
        let _ = write!(out, "<col class=\"w{col}\">");
    }
    out.push_str("</colgroup><tbody>");
    for row in 1..=area_end.row {
        let height = sheet
            .row_heights
            .get(&row)
            .copied()
            .unwrap_or(sheet.default_row_pt);
        let class = if row == sheet.break_before_row {
            " break"
        } else {
            ""
        };
        let height = height.to_string().replace('.', "_");
        let _ = write!(out, "<tr class=\"h{height}{class}\">");
        for col in 1..=area_end.col {
            let here = Pos { row, col };
            if covered.contains(&here) {
                continue;
            }
            match blocks.get(&here) {
                Some(block) => cell_html(&mut out, here, block, &lines.lang),
                None => out.push_str("<td></td>"),
            }
        }
        out.push_str("</tr>");
    }
    out.push_str("</tbody></table></section>");
    Ok(out)
}

/// [`html`] from the rules' JSON and the lines' JSON.
pub fn html_from_json(fill_json: &str, lines_json: &str) -> Result<String, String> {
    let fill: Fill = serde_json::from_str(fill_json).map_err(|e| e.to_string())?;
    let lines: Lines = if lines_json.trim().is_empty() {
        Lines::default()
    } else {
        serde_json::from_str(lines_json).map_err(|e| e.to_string())?
    };
    html(&fill, &lines)
}
