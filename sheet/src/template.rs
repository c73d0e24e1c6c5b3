//! The reference form as data: cells, merges, widths, heights and page setup of each sheet.

use std::sync::OnceLock;

use serde::Deserialize;

#[derive(Debug, Deserialize)]
pub struct Template {
    pub styles: Vec<Style>,
    pub sheets: Vec<Sheet>,
}

#[derive(Debug, Deserialize)]
pub struct Style {
    pub size: f64,
    /// `general`, `left`, `center`, `right`.
    pub h: String,
    /// `top`, `middle`, `bottom`.
    pub v: String,
    pub wrap: bool,
    pub shrink: bool,
    /// top, bottom, left, right: `none`, `thin`, `medium`, `double`.
    pub border: [String; 4],
}

#[derive(Debug, Deserialize)]
pub struct Sheet {
    pub key: String,
    pub name: String,
    pub print_area: String,
    pub break_before_row: u32,
    pub scale: u16,
    pub margins_in: Margins,
    pub header_margin_in: f64,
    pub footer_margin_in: f64,
    pub default_row_pt: f64,
    pub col_widths: std::collections::BTreeMap<String, f64>,
    pub row_heights: std::collections::BTreeMap<u32, f64>,
    /// Rows the form hides (A 78, B 85): kept hidden.
    #[serde(default)]
    pub hidden_rows: Vec<u32>,
    pub merged: Vec<String>,
    pub cells: Vec<Cell>,
    pub formulas: Vec<(String, String)>,
    pub declaration: Declaration,
}

#[derive(Debug, Deserialize)]
pub struct Margins {
    pub left: f64,
    pub right: f64,
    pub top: f64,
    pub bottom: f64,
}

#[derive(Debug, Deserialize)]
pub struct Cell {
    /// `D14` or a merged range `D14:AE14`.
    pub at: String,
    pub style: usize,
    #[serde(default)]
    pub text: String,
    /// Runs of a cell with underlined parts: (text, underlined).
    #[serde(default)]
    pub runs: Vec<(String, bool)>,
}

#[derive(Debug, Deserialize)]
pub struct Declaration {
    pub at: String,
    pub text: String,
}

/// The form, parsed once.
pub fn template() -> Option<&'static Template> {
    static TEMPLATE: OnceLock<Option<Template>> = OnceLock::new();
    TEMPLATE
        .get_or_init(|| serde_json::from_str(include_str!("../data/template.json")).ok())
        .as_ref()
}

impl Template {
    pub fn sheet(&self, key: &str) -> Option<&Sheet> {
        self.sheets.iter().find(|s| s.key == key)
    }
    pub fn style(&self, index: usize) -> Option<&Style> {
        self.styles.get(index)
    }
}

/// A cell position, 1-based as Excel shows it: (row, column).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub struct Pos {
    pub row: u32,
    pub col: u16,
}

/// `AF14` → row 14, column 32.
pub fn pos(reference: &str) -> Option<Pos> {
    let split = reference.find(|c: char| c.is_ascii_digit())?;
    let (letters, digits) = reference.split_at(split);
    if letters.is_empty() || !letters.bytes().all(|b| b.is_ascii_uppercase()) {
        return None;
    }
    let col = letters.bytes().try_fold(0u16, |n, b| {
        n.checked_mul(26)?
            .checked_add(u16::from(b.checked_sub(b'@')?))
    })?;
    let row = digits.parse().ok()?;
    Some(Pos { row, col })
}

/// `D14:AE14` → its first and last cell; a single cell is both.
pub fn range(reference: &str) -> Option<(Pos, Pos)> {
    match reference.split_once(':') {
        Some((first, last)) => Some((pos(first)?, pos(last)?)),
        None => pos(reference).map(|p| (p, p)),
    }
}

/// Column number → letters (1 → `A`).
pub fn col_letters(mut col: u16) -> String {
    let mut out = Vec::new();
    while col > 0 {
        let rem = col.saturating_sub(1) % 26;
        out.push(char::from(
            b'A'.saturating_add(u8::try_from(rem).unwrap_or(0)),
        ));
        col = col.saturating_sub(1) / 26;
    }
    out.iter().rev().collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn references() {
        assert_eq!(pos("AF14"), Some(Pos { row: 14, col: 32 }));
        assert_eq!(pos("A1"), Some(Pos { row: 1, col: 1 }));
        assert_eq!(pos("af1"), None);
        assert_eq!(col_letters(39), "AM");
        assert_eq!(
            range("D14:AE15").map(|(a, b)| (a.col, b.row)),
            Some((4, 15))
        );
    }

    #[test]
    fn the_template_reads() {
        let template = template().map(|t| t.sheets.len());
        assert_eq!(template, Some(3));
    }
}
