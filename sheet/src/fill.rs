//! What goes into the form: the rules' `FilledSheet` (JSON), and the translation lines of the
//! print view.

use std::collections::BTreeMap;

use serde::Deserialize;

use crate::template::{Pos, pos};

/// The members of `rules::sheet::FilledSheet` the form needs.
#[derive(Debug, Deserialize)]
pub struct Fill {
    pub sheet: String,
    /// `YYYY-MM-DD`: 作成年月日.
    pub prepared_on: String,
    pub rows: Vec<Row>,
    pub total: u32,
    pub total_cell: String,
    pub pr_cell: Option<String>,
    /// The form's three PR boxes (now, one year before, three years before).
    pub pr_cells: Vec<String>,
    pub date_row: u32,
}

#[derive(Debug, Deserialize)]
pub struct Row {
    pub cell: String,
    pub item: String,
    pub ticked: bool,
}

impl Fill {
    /// The cells that show ■: the ticked rows and the PR box.
    pub fn marks(&self) -> impl Iterator<Item = &str> {
        self.rows
            .iter()
            .filter(|row| row.ticked)
            .map(|row| row.cell.as_str())
            .chain(self.pr_cell.as_deref())
    }

    /// What the form shows at `first` (the first cell of a block) once filled: ■ for a mark,
    /// the total in the total box, the date's parts on the date line, else the form's text.
    pub fn text_at(&self, first: Pos, form_text: &str) -> String {
        if self.marks().filter_map(pos).any(|p| p == first) {
            return "■".to_owned();
        }
        if pos(&self.total_cell) == Some(first) {
            return self.total.to_string();
        }
        if let Some((year, month, day)) = self.date() {
            for (col, value) in [
                ("AA", year.to_string()),
                ("AF", month.to_string()),
                ("AJ", day.to_string()),
            ] {
                if pos(&format!("{col}{}", self.date_row)) == Some(first) {
                    return value;
                }
            }
        }
        form_text.to_owned()
    }

    /// (year, month, day) of the preparation date.
    pub fn date(&self) -> Option<(i32, u32, u32)> {
        let mut parts = self.prepared_on.split('-');
        let year = parts.next()?.parse().ok()?;
        let month = parts.next()?.parse().ok()?;
        let day = parts.next()?.parse().ok()?;
        Some((year, month, day))
    }
}

/// The print view's lines in the reader's language, under the Japanese of the form.
#[derive(Debug, Default, Deserialize)]
pub struct Lines {
    /// `lang` of the lines (`en`, `zh-Hans` …); empty for none (a Japanese reader).
    #[serde(default)]
    pub lang: String,
    /// By tick cell (`AF14`): the row's criterion.
    #[serde(default)]
    pub rows: BTreeMap<String, String>,
    /// By item (`education`): the item's name, under the item column.
    #[serde(default)]
    pub items: BTreeMap<String, String>,
    /// `title`, `declaration`, `total`, `pr_note`, `pr_now`, `pr_1_year_before`,
    /// `pr_3_years_before`, `signature`, `prepared_on`.
    #[serde(default)]
    pub labels: BTreeMap<String, String>,
}
