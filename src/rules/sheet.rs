//! The official point sheet, filled in: which □ of sheet A, B or C (S1, 930001673.xls) becomes
//! ■ for this person, the total for the total box, the permanent-residence tick and the date.
//!
//! The cells are the reference form's own (official-sheet.md, "Row-by-row transcription"); the
//! `.xlsx` writer and the print view redraw the form and put these marks into it.

use serde::Serialize;

use super::date::Date;
use super::points::{Item, PointInputs, ScoreCard};
use super::profile::{Bonus, Category, Profile, Research, TopUniversityRoute};
use super::timeline::Timeline;

/// What the sheet is filed for: an HSP application, or a PR application with the points of
/// the application date or of one or three years before it (the form's three PR boxes; S10
/// item イ).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Purpose {
    Hsp,
    PrNow,
    Pr1YearBefore,
    Pr3YearsBefore,
}

impl Purpose {
    pub const ALL: [Purpose; 4] = [
        Purpose::Hsp,
        Purpose::PrNow,
        Purpose::Pr1YearBefore,
        Purpose::Pr3YearsBefore,
    ];
    pub fn code(self) -> &'static str {
        match self {
            Purpose::Hsp => "hsp",
            Purpose::PrNow => "pr_now",
            Purpose::Pr1YearBefore => "pr_1_year_before",
            Purpose::Pr3YearsBefore => "pr_3_years_before",
        }
    }
    pub fn from_code(code: &str) -> Option<Purpose> {
        Purpose::ALL.into_iter().find(|p| p.code() == code)
    }
    fn years_back(self) -> i32 {
        match self {
            Purpose::Hsp | Purpose::PrNow => 0,
            Purpose::Pr1YearBefore => 1,
            Purpose::Pr3YearsBefore => 3,
        }
    }
}

/// One tick box of the form: its cell, the item and option it stands for, and its points as
/// printed (0 where the form prints them for a group: research in (a)).
struct Row(&'static str, Item, &'static str, u32);

use Item as I;

const SHEET_A: &[Row] = &[
    Row("AF14", I::Education, "doctor", 30),
    Row("AF15", I::Education, "master_or_professional", 20),
    Row("AF16", I::Education, "bachelor", 10),
    Row("AF17", I::MultipleDegrees, "different_fields", 5),
    Row("AF20", I::Experience, "7_years", 15),
    Row("AF21", I::Experience, "5_years", 10),
    Row("AF22", I::Experience, "3_years", 5),
    Row("AF24", I::Salary, "10m_or_more", 40),
    Row("AF25", I::Salary, "9m_to_10m", 35),
    Row("AF26", I::Salary, "8m_to_9m", 30),
    Row("AF27", I::Salary, "7m_to_8m", 25),
    Row("AF28", I::Salary, "6m_to_7m", 20),
    Row("AF29", I::Salary, "5m_to_6m", 15),
    Row("AF30", I::Salary, "4m_to_5m", 10),
    Row("AF32", I::Age, "under_30", 15),
    Row("AF33", I::Age, "30_to_34", 10),
    Row("AF34", I::Age, "35_to_39", 5),
    Row("AF35", I::Research, "patent", 0),
    Row("AF37", I::Research, "grants", 0),
    Row("AF39", I::Research, "papers", 0),
    Row("AF41", I::Research, "other", 0),
    Row("AF45", I::InnovationSupport, "held", 10),
    Row("AF47", I::Sme, "held", 10),
    Row("AF49", I::LocalGovSupport, "held", 10),
    Row("AF51", I::RndOver3Pct, "held", 5),
    Row("AF59", I::ForeignQualification, "held", 5),
    Row("AF61", I::JapaneseUniversity, "held", 10),
    Row("AF65", I::Japanese, "n1", 15),
    Row("AF67", I::Japanese, "n2", 10),
    Row("AF69", I::GrowthField, "held", 10),
    Row("AF73", I::TopUniversity, "rankings", 10),
    Row("AF77", I::TopUniversity, "top_global", 10),
    Row("AF79", I::TopUniversity, "innovative_asia", 10),
    Row("AF82", I::JicaTraining, "held", 5),
];

const SHEET_B: &[Row] = &[
    Row("AF13", I::Education, "doctor", 30),
    Row("AF14", I::Education, "mba_mot", 25),
    Row("AF15", I::Education, "master_or_professional", 20),
    Row("AF16", I::Education, "bachelor", 10),
    Row("AF17", I::MultipleDegrees, "different_fields", 5),
    Row("AF20", I::Experience, "10_years", 20),
    Row("AF21", I::Experience, "7_years", 15),
    Row("AF22", I::Experience, "5_years", 10),
    Row("AF23", I::Experience, "3_years", 5),
    Row("AF25", I::Salary, "10m_or_more", 40),
    Row("AF26", I::Salary, "9m_to_10m", 35),
    Row("AF27", I::Salary, "8m_to_9m", 30),
    Row("AF28", I::Salary, "7m_to_8m", 25),
    Row("AF29", I::Salary, "6m_to_7m", 20),
    Row("AF30", I::Salary, "5m_to_6m", 15),
    Row("AF31", I::Salary, "4m_to_5m", 10),
    Row("AF35", I::Age, "under_30", 15),
    Row("AF36", I::Age, "30_to_34", 10),
    Row("AF37", I::Age, "35_to_39", 5),
    Row("AF38", I::Research, "patent", 15),
    Row("AF40", I::Research, "grants", 15),
    Row("AF42", I::Research, "papers", 15),
    Row("AF44", I::Research, "other", 15),
    // Sheet B 資格: the original has two option buttons here; the mark goes in their cells.
    Row("AF46", I::Qualifications, "one", 5),
    Row("AF48", I::Qualifications, "two_or_more", 10),
    Row("AF52", I::InnovationSupport, "held", 10),
    Row("AF54", I::Sme, "held", 10),
    Row("AF56", I::LocalGovSupport, "held", 10),
    Row("AF58", I::RndOver3Pct, "held", 5),
    Row("AF66", I::ForeignQualification, "held", 5),
    Row("AF68", I::JapaneseUniversity, "held", 10),
    Row("AF72", I::Japanese, "n1", 15),
    Row("AF74", I::Japanese, "n2", 10),
    Row("AF76", I::GrowthField, "held", 10),
    Row("AF80", I::TopUniversity, "rankings", 10),
    Row("AF84", I::TopUniversity, "top_global", 10),
    Row("AF86", I::TopUniversity, "innovative_asia", 10),
    Row("AF89", I::JicaTraining, "held", 5),
    // The form puts this one □ in AG95, not AF.
    Row("AG95", I::InvestmentManagement, "held", 10),
];

const SHEET_C: &[Row] = &[
    Row("AF14", I::Education, "mba_mot", 25),
    Row("AF15", I::Education, "doctor_master_or_professional", 20),
    Row("AF16", I::Education, "bachelor", 10),
    Row("AF17", I::MultipleDegrees, "different_fields", 5),
    Row("AF20", I::Experience, "10_years", 25),
    Row("AF21", I::Experience, "7_years", 20),
    Row("AF22", I::Experience, "5_years", 15),
    Row("AF23", I::Experience, "3_years", 10),
    Row("AF24", I::Salary, "30m_or_more", 50),
    Row("AF25", I::Salary, "25m_to_30m", 40),
    Row("AF26", I::Salary, "20m_to_25m", 30),
    Row("AF27", I::Salary, "15m_to_20m", 20),
    Row("AF28", I::Salary, "10m_to_15m", 10),
    Row("AF31", I::Position, "representative", 10),
    Row("AF33", I::Position, "director", 5),
    Row("AF37", I::InnovationSupport, "held", 10),
    Row("AF39", I::Sme, "held", 10),
    Row("AF41", I::LocalGovSupport, "held", 10),
    Row("AF43", I::RndOver3Pct, "held", 5),
    Row("AF51", I::ForeignQualification, "held", 5),
    Row("AF53", I::JapaneseUniversity, "held", 10),
    Row("AF57", I::Japanese, "n1", 15),
    Row("AF59", I::Japanese, "n2", 10),
    Row("AF61", I::GrowthField, "held", 10),
    Row("AF65", I::TopUniversity, "rankings", 10),
    Row("AF69", I::TopUniversity, "top_global", 10),
    Row("AF71", I::TopUniversity, "innovative_asia", 10),
    Row("AF74", I::JicaTraining, "held", 5),
    Row("AF80", I::Investment100m, "held", 5),
    Row("AF81", I::InvestmentManagement, "held", 10),
];

/// The cells around the table: the total box, the three PR boxes, the row of the date.
struct Frame {
    rows: &'static [Row],
    total: &'static str,
    pr: [&'static str; 3],
    date_row: u32,
}

fn frame(category: Category) -> Frame {
    match category {
        Category::A => Frame {
            rows: SHEET_A,
            total: "AI88",
            pr: ["L92", "L93", "L94"],
            date_row: 101,
        },
        Category::B => Frame {
            rows: SHEET_B,
            total: "AI96",
            pr: ["L100", "L101", "L102"],
            date_row: 108,
        },
        Category::C => Frame {
            rows: SHEET_C,
            total: "AI82",
            pr: ["L86", "L87", "L88"],
            date_row: 96,
        },
    }
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct SheetRow {
    pub cell: &'static str,
    /// `points.items[].id`
    pub item: &'static str,
    /// The row code of the item (`doctor`, `8m_to_9m` …), the research item, `held` for a
    /// bonus, or the ⑰ way (`rankings`, `top_global`, `innovative_asia`).
    pub option: &'static str,
    /// The points the form prints on the row (0 where it prints them for the group).
    pub points: u32,
    pub ticked: bool,
}

/// The sheet as it is filed.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct FilledSheet {
    /// `A`, `B` or `C`.
    pub sheet: &'static str,
    pub purpose: &'static str,
    /// The date whose points the sheet shows (the application date, or one or three years
    /// before it for the PR boxes).
    pub points_date: Date,
    /// 作成年月日.
    pub prepared_on: Date,
    pub rows: Vec<SheetRow>,
    pub total: u32,
    pub total_cell: &'static str,
    /// The PR box ticked, or `null` for an HSP application.
    pub pr_cell: Option<&'static str>,
    pub pr_cells: [&'static str; 3],
    pub date_row: u32,
    /// Below ¥3M in (b)/(c): not HSP whatever the total (the sheet's note).
    pub salary_floor_failed: bool,
    /// What the person still writes by hand: `signature` always; `top_university_route` when
    /// ⑰ scores but the way is not given; `ranking_positions` for ⑰ Ⅰ; `rnd_amounts` for ⑫;
    /// `past_values_assumed` when a past date's sheet used today's values for some items.
    pub to_complete: Vec<&'static str>,
    /// The university of ⑰, as the person picked it.
    pub top_university_name: Option<String>,
}

fn ticked(row: &Row, card: &ScoreCard, inputs: &PointInputs, profile: &Profile) -> bool {
    let Row(_, item, option, _) = *row;
    let line = card.line(item);
    if line.points == 0 {
        return false;
    }
    match item {
        I::Research => Research::ALL
            .into_iter()
            .any(|r| r.code() == option && inputs.research.has(r)),
        I::TopUniversity => {
            profile.top_university_route.map(TopUniversityRoute::code) == Some(option)
        }
        _ if option == "held" => true,
        _ => line.row == Some(option),
    }
}

/// The sheet of the profile's category for `purpose`, prepared on `as_of`.
pub fn fill(profile: &Profile, purpose: Purpose) -> FilledSheet {
    let timeline = Timeline::new(profile);
    let points_date = profile
        .as_of
        .add_years(0i32.saturating_sub(purpose.years_back()));
    let snapshot = timeline.snapshot(points_date);
    let (card, inputs) = snapshot.card_with_inputs();
    let frame = frame(profile.category);
    let rows: Vec<SheetRow> = frame
        .rows
        .iter()
        .map(|row| SheetRow {
            cell: row.0,
            item: row.1.code(),
            option: row.2,
            points: row.3,
            ticked: ticked(row, &card, &inputs, profile),
        })
        .collect();
    let mut to_complete = vec!["signature"];
    let top = card.line(I::TopUniversity).points > 0;
    if top && profile.top_university_route.is_none() {
        to_complete.push("top_university_route");
    }
    if top && profile.top_university_route == Some(TopUniversityRoute::Rankings) {
        to_complete.push("ranking_positions");
    }
    if card.line(I::RndOver3Pct).points > 0 {
        to_complete.push("rnd_amounts");
    }
    if purpose.years_back() > 0 && (snapshot.age_assumed || !snapshot.assumed.is_empty()) {
        to_complete.push("past_values_assumed");
    }
    FilledSheet {
        sheet: profile.category.sheet(),
        purpose: purpose.code(),
        points_date,
        prepared_on: profile.as_of,
        rows,
        total: card.total(),
        total_cell: frame.total,
        pr_cell: match purpose {
            Purpose::Hsp => None,
            Purpose::PrNow => Some(frame.pr[0]),
            Purpose::Pr1YearBefore => Some(frame.pr[1]),
            Purpose::Pr3YearsBefore => Some(frame.pr[2]),
        },
        pr_cells: frame.pr,
        date_row: frame.date_row,
        salary_floor_failed: inputs.fails_salary_floor(),
        to_complete,
        top_university_name: profile
            .top_university_name
            .clone()
            .filter(|_| profile.bonuses.has(Bonus::TopUniversity)),
    }
}
