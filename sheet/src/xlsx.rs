//! The filled sheet as an `.xlsx` workbook: the reference form's one sheet for the person's
//! category, cell for cell (widths, heights, merges, borders, fonts, page setup), with ■ in the
//! ticked boxes, the total in the total box and the date on the date line.

use rust_xlsxwriter::{
    DocProperties, ExcelDateTime, Format, FormatAlign, FormatBorder, FormatUnderline, Workbook,
    Worksheet, XlsxError,
};

use crate::fill::Fill;
use crate::template::{Pos, Sheet, Style, Template, pos, range, template};

/// The form's one font (official-sheet.md: every cell uses ＭＳ Ｐゴシック).
pub const FONT: &str = "ＭＳ Ｐゴシック";

fn border(name: &str) -> FormatBorder {
    match name {
        "thin" => FormatBorder::Thin,
        "medium" => FormatBorder::Medium,
        "double" => FormatBorder::Double,
        _ => FormatBorder::None,
    }
}

fn format(style: &Style) -> Format {
    let mut format = Format::new().set_font_name(FONT).set_font_size(style.size);
    format = match style.h.as_str() {
        "left" => format.set_align(FormatAlign::Left),
        "center" => format.set_align(FormatAlign::Center),
        "right" => format.set_align(FormatAlign::Right),
        _ => format,
    };
    format = match style.v.as_str() {
        "top" => format.set_align(FormatAlign::Top),
        "bottom" => format.set_align(FormatAlign::Bottom),
        _ => format.set_align(FormatAlign::VerticalCenter),
    };
    if style.wrap {
        format = format.set_text_wrap();
    }
    if style.shrink {
        format = format.set_shrink();
    }
    let [top, bottom, left, right] = &style.border;
    format
        .set_border_top(border(top))
        .set_border_bottom(border(bottom))
        .set_border_left(border(left))
        .set_border_right(border(right))
}

/// 0-based row and column for the writer.
fn at(p: Pos) -> (u32, u16) {
    (p.row.saturating_sub(1), p.col.saturating_sub(1))
}

fn error(message: impl Into<String>) -> XlsxError {
    XlsxError::ParameterError(message.into())
}

/// A plain number (the points, the salary bands, the total, the month and day) is written as
/// a number, as the form has it. Four digits and more stay text: the year of the date line,
/// in a cell two characters wide, must spill into the empty cells beside it as text does (a
/// number that does not fit shows as ####).
fn number(text: &str) -> Option<f64> {
    let digits = !text.is_empty() && text.len() <= 3 && text.bytes().all(|b| b.is_ascii_digit());
    digits.then(|| text.parse().ok()).flatten()
}

/// Writes one value at `p` (the first cell of its block).
fn write_value(
    worksheet: &mut Worksheet,
    p: Pos,
    text: &str,
    format: &Format,
) -> Result<(), XlsxError> {
    let (row, col) = at(p);
    match number(text) {
        Some(n) => worksheet.write_number_with_format(row, col, n, format)?,
        None if text.is_empty() => worksheet.write_blank(row, col, format)?,
        None => worksheet.write_string_with_format(row, col, text, format)?,
    };
    Ok(())
}

fn draw(
    worksheet: &mut Worksheet,
    template: &Template,
    sheet: &Sheet,
    fill: &Fill,
) -> Result<(), XlsxError> {
    worksheet.set_name(&sheet.name)?;
    for (letters, width) in &sheet.col_widths {
        let col = pos(&format!("{letters}1"))
            .ok_or_else(|| error("column"))?
            .col;
        worksheet.set_column_width(col.saturating_sub(1), *width)?;
    }
    worksheet.set_default_row_height(sheet.default_row_pt);
    for (row, height) in &sheet.row_heights {
        worksheet.set_row_height(row.saturating_sub(1), *height)?;
    }
    for row in &sheet.hidden_rows {
        worksheet.set_row_hidden(row.saturating_sub(1))?;
    }
    let formats: Vec<Format> = template.styles.iter().map(format).collect();
    let plain = Format::new().set_font_name(FONT).set_font_size(10);
    for cell in &sheet.cells {
        let (first, last) = range(&cell.at).ok_or_else(|| error(format!("cell {}", cell.at)))?;
        let format = formats.get(cell.style).unwrap_or(&plain);
        let text = fill.text_at(first, &cell.text);
        if first != last {
            let ((r1, c1), (r2, c2)) = (at(first), at(last));
            worksheet.merge_range(r1, c1, r2, c2, "", format)?;
        }
        if cell.runs.is_empty() || text != cell.text {
            write_value(worksheet, first, &text, format)?;
        } else {
            let underlined = format.clone().set_underline(FormatUnderline::Single);
            let runs: Vec<(&Format, &str)> = cell
                .runs
                .iter()
                .map(|(run, under)| (if *under { &underlined } else { format }, run.as_str()))
                .collect();
            let (row, col) = at(first);
            worksheet.write_rich_string_with_format(row, col, &runs, format)?;
        }
    }
    // The declaration under the title is a text box on the original; here, its block of cells.
    let (first, last) = range(&sheet.declaration.at).ok_or_else(|| error("declaration"))?;
    let ((r1, c1), (r2, c2)) = (at(first), at(last));
    let boxed = plain
        .clone()
        .set_text_wrap()
        .set_align(FormatAlign::Left)
        .set_align(FormatAlign::VerticalCenter);
    worksheet.merge_range(r1, c1, r2, c2, &sheet.declaration.text, &boxed)?;
    for (reference, formula) in &sheet.formulas {
        let p = pos(reference).ok_or_else(|| error("formula"))?;
        let style = sheet
            .cells
            .iter()
            .find(|c| range(&c.at).map(|(f, _)| f) == Some(p))
            .and_then(|c| formats.get(c.style))
            .unwrap_or(&plain);
        let (row, col) = at(p);
        worksheet.write_formula_with_format(row, col, formula.as_str(), style)?;
    }
    // Page setup as the original: A4 portrait at its scale, its margins, its print area and
    // its manual page break (official-sheet.md "Page / print setup").
    worksheet
        .set_paper_size(9)
        .set_portrait()
        .set_print_scale(sheet.scale);
    let m = &sheet.margins_in;
    worksheet.set_margins(
        m.left,
        m.right,
        m.top,
        m.bottom,
        sheet.header_margin_in,
        sheet.footer_margin_in,
    );
    let (first, last) = range(&sheet.print_area).ok_or_else(|| error("print area"))?;
    let ((r1, c1), (r2, c2)) = (at(first), at(last));
    worksheet.set_print_area(r1, c1, r2, c2)?;
    worksheet.set_page_breaks(&[sheet.break_before_row.saturating_sub(1)])?;
    worksheet.set_screen_gridlines(false);
    Ok(())
}

/// The workbook's bytes.
pub fn xlsx(fill: &Fill) -> Result<Vec<u8>, String> {
    let template = template().ok_or("the form's template does not read")?;
    let sheet = template
        .sheet(&fill.sheet)
        .ok_or_else(|| format!("no sheet \"{}\"", fill.sheet))?;
    let mut workbook = Workbook::new();
    // A fixed creation time (the preparation date): the same answers give the same file, and
    // the writer reads no clock.
    let (y, m, d) = fill.date().ok_or("prepared_on is not a date")?;
    let created = ExcelDateTime::from_ymd(
        u16::try_from(y).map_err(|_| "year")?,
        u8::try_from(m).map_err(|_| "month")?,
        u8::try_from(d).map_err(|_| "day")?,
    )
    .map_err(|e| e.to_string())?;
    workbook.set_properties(
        &DocProperties::new()
            .set_title("高度専門職ポイント計算表")
            .set_creation_datetime(&created),
    );
    let worksheet = workbook.add_worksheet();
    draw(worksheet, template, sheet, fill).map_err(|e| e.to_string())?;
    workbook.save_to_buffer().map_err(|e| e.to_string())
}

/// [`xlsx`] from the rules' JSON.
pub fn xlsx_from_json(fill_json: &str) -> Result<Vec<u8>, String> {
    let fill: Fill = serde_json::from_str(fill_json).map_err(|e| e.to_string())?;
    xlsx(&fill)
}
