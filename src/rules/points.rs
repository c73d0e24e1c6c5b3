//! HSP points on the official sheet (RULES.md §1, S1 930001673.xls, in force since 2023-04-01).
//!
//! [`score`] is the normative algorithm of RULES.md §1.6. It works on [`PointInputs`], the
//! part of a profile that the sheet reads, so the same code scores the person today, one or
//! three years ago, on a future birthday, or with one thing changed ("what would get me to 70").

use super::profile::{
    Bonus, Bonuses, Category, Education, Japanese, Position, Profile, ResearchItems,
};
use super::source::Confidence;

/// Pass mark for HSP(i) (S1 合計, S3, S7).
pub const PASS_MARK: u32 = 70;
/// The 1-year PR track (S10 §2 item 7).
pub const PR_1_YEAR_MARK: u32 = 80;
/// (b) and (c): below this salary a person is not HSP whatever the points (S1 sheets B and C note).
pub const SALARY_FLOOR_YEN: u64 = 3_000_000;

/// What the sheet reads, at one date.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct PointInputs {
    pub category: Category,
    pub age: u32,
    pub education: Education,
    pub multiple_degrees: bool,
    pub experience_years: f64,
    pub annual_salary_yen: u64,
    pub research: ResearchItems,
    pub qualifications: u32,
    pub position: Position,
    pub japanese: Japanese,
    pub bonuses: Bonuses,
}

impl PointInputs {
    pub fn of(profile: &Profile) -> PointInputs {
        PointInputs {
            category: profile.category,
            age: profile.age,
            education: profile.education,
            multiple_degrees: profile.multiple_degrees,
            experience_years: profile.experience_years,
            annual_salary_yen: profile.annual_salary_yen,
            research: profile.research,
            qualifications: profile.qualifications,
            position: profile.position,
            japanese: profile.japanese,
            bonuses: profile.bonuses,
        }
    }

    /// (b), (c): salary under ¥3M (S1 note). (a) has no floor.
    pub fn fails_salary_floor(&self) -> bool {
        self.category != Category::A && self.annual_salary_yen < SALARY_FLOOR_YEN
    }
}

/// One line of the sheet, in the order of the breakdown.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Item {
    Education,
    MultipleDegrees,
    Experience,
    Salary,
    Age,
    Research,
    Qualifications,
    Position,
    InnovationSupport,
    Sme,
    LocalGovSupport,
    RndOver3Pct,
    ForeignQualification,
    JapaneseUniversity,
    Japanese,
    GrowthField,
    TopUniversity,
    JicaTraining,
    Investment100m,
    InvestmentManagement,
}

const ITEM_COUNT: usize = 20;

impl Item {
    pub const ALL: [Item; ITEM_COUNT] = [
        Item::Education,
        Item::MultipleDegrees,
        Item::Experience,
        Item::Salary,
        Item::Age,
        Item::Research,
        Item::Qualifications,
        Item::Position,
        Item::InnovationSupport,
        Item::Sme,
        Item::LocalGovSupport,
        Item::RndOver3Pct,
        Item::ForeignQualification,
        Item::JapaneseUniversity,
        Item::Japanese,
        Item::GrowthField,
        Item::TopUniversity,
        Item::JicaTraining,
        Item::Investment100m,
        Item::InvestmentManagement,
    ];

    pub fn code(self) -> &'static str {
        match self {
            Item::Education => "education",
            Item::MultipleDegrees => "multiple_degrees",
            Item::Experience => "experience",
            Item::Salary => "salary",
            Item::Age => "age",
            Item::Research => "research",
            Item::Qualifications => "qualifications",
            Item::Position => "position",
            Item::InnovationSupport => "innovation_support",
            Item::Sme => "sme",
            Item::LocalGovSupport => "local_gov_support",
            Item::RndOver3Pct => "rnd_over_3pct",
            Item::ForeignQualification => "foreign_qualification",
            Item::JapaneseUniversity => "japanese_university",
            Item::Japanese => "japanese",
            Item::GrowthField => "growth_field",
            Item::TopUniversity => "top_university",
            Item::JicaTraining => "jica_training",
            Item::Investment100m => "investment_100m",
            Item::InvestmentManagement => "investment_management",
        }
    }

    fn index(self) -> usize {
        self as usize
    }

    /// The sheet item of a bonus name; `None` for the ⑱ exclusion fact, which is no item.
    pub fn of_bonus(bonus: Bonus) -> Option<Item> {
        Some(match bonus {
            Bonus::InnovationSupport => Item::InnovationSupport,
            Bonus::Sme => Item::Sme,
            Bonus::LocalGovSupport => Item::LocalGovSupport,
            Bonus::RndOver3Pct => Item::RndOver3Pct,
            Bonus::ForeignQualification => Item::ForeignQualification,
            Bonus::JapaneseUniversity => Item::JapaneseUniversity,
            Bonus::GrowthField => Item::GrowthField,
            Bonus::TopUniversity => Item::TopUniversity,
            Bonus::JicaTraining => Item::JicaTraining,
            Bonus::JicaTrainingUsedJapaneseUniversity => return None,
            Bonus::Investment100m => Item::Investment100m,
            Bonus::InvestmentManagement => Item::InvestmentManagement,
        })
    }

    /// The evidence number of the item on the sheet (S1), used in the source id.
    fn mark(self) -> &'static str {
        match self {
            Item::Education | Item::MultipleDegrees => "①",
            Item::Experience => "②",
            Item::Salary => "③",
            Item::Age => "age",
            Item::Research => "④–⑦",
            Item::Qualifications => "⑧",
            Item::InnovationSupport => "⑨",
            Item::Sme => "⑩",
            Item::LocalGovSupport => "⑪",
            Item::RndOver3Pct => "⑫",
            Item::ForeignQualification => "⑬",
            Item::JapaneseUniversity => "⑭",
            Item::Japanese => "⑮",
            Item::GrowthField => "⑯",
            Item::TopUniversity => "⑰",
            Item::JicaTraining => "⑱",
            Item::Investment100m => "⑲",
            Item::Position => "⑳",
            Item::InvestmentManagement => "㉑",
        }
    }

    /// The source id shown next to the item, e.g. `S1 sheet B ①`.
    pub fn source(self, category: Category) -> String {
        let extra = match self {
            Item::Salary | Item::Age if category != Category::C => "; S3",
            Item::Japanese => "; S2",
            _ => "",
        };
        format!("S1 sheet {} {}{}", category.sheet(), self.mark(), extra)
    }

    /// RULES.md §1 is HIGH throughout, except ⑪'s additivity with ⑨/⑩ (V13: MED).
    pub fn confidence(self) -> Confidence {
        match self {
            Item::LocalGovSupport => Confidence::Med,
            _ => Confidence::High,
        }
    }
}

/// Whether the category's sheet has a row for the item (RULES.md §1.1–1.5): no age or
/// research in (c); ⑧ in (b) only; ⑳ and ⑲ in (c) only; ㉑ not on sheet A.
pub fn scored_in(item: Item, category: Category) -> bool {
    match item {
        Item::Age | Item::Research => category != Category::C,
        Item::Qualifications => category == Category::B,
        Item::Position | Item::Investment100m => category == Category::C,
        Item::InvestmentManagement => category != Category::A,
        _ => true,
    }
}

/// Why an item the person claimed scores nothing (or what row it scored on).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Note {
    /// The category's sheet has no such row (age in (c), research in (c), ⑧ outside (b), …).
    NotScoredInCategory,
    /// Salary under ¥4M ((a), (b)) or ¥10M ((c)).
    BelowLowestSalaryBand,
    /// The salary band exists, but not at this age (S1 matrix, RULES.md §1.4).
    SalaryBandClosedAtAge,
    /// Experience under 3 years.
    BelowLowestExperienceBand,
    /// Age 40 or over.
    NoAgePointsFrom40,
    /// ⑩ counts only together with ⑨ (S1 ⑩ "Ⅰに該当する企業であって…").
    RequiresInnovationSupport,
    /// ⑫ counts only for an SME.
    RequiresSme,
    /// ⑮-Ⅱ (N2) is not available with ⑭ (S1 note).
    N2ExcludedByJapaneseUniversity,
    /// ⑱ is not counted with ⑭ when the training used Japanese university classes.
    JicaExcludedByJapaneseUniversity,
}

impl Note {
    pub fn code(self) -> &'static str {
        match self {
            Note::NotScoredInCategory => "not_scored_in_category",
            Note::BelowLowestSalaryBand => "below_lowest_salary_band",
            Note::SalaryBandClosedAtAge => "salary_band_closed_at_age",
            Note::BelowLowestExperienceBand => "below_lowest_experience_band",
            Note::NoAgePointsFrom40 => "no_age_points_from_40",
            Note::RequiresInnovationSupport => "requires_innovation_support",
            Note::RequiresSme => "requires_sme",
            Note::N2ExcludedByJapaneseUniversity => "n2_excluded_by_japanese_university",
            Note::JicaExcludedByJapaneseUniversity => "jica_excluded_by_japanese_university",
        }
    }
}

/// The result for one item: points, the row of the sheet that gave them, and why not, if not.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub struct Line {
    pub points: u32,
    /// The row code, e.g. `doctor`, `10_years`, `8m_to_9m`, `under_30`.
    pub row: Option<&'static str>,
    pub note: Option<Note>,
    /// The person entered something for this item (so a zero line is worth showing).
    pub claimed: bool,
}

/// Every item of the sheet for one category; unclaimed items are all-default lines.
#[derive(Clone, Copy, Debug, PartialEq)]
pub struct ScoreCard {
    pub category: Category,
    lines: [Line; ITEM_COUNT],
}

impl ScoreCard {
    pub fn line(&self, item: Item) -> Line {
        self.lines.get(item.index()).copied().unwrap_or_default()
    }
    pub fn total(&self) -> u32 {
        self.lines.iter().map(|line| line.points).sum()
    }
    /// The items worth listing: those that scored, and those claimed that did not.
    pub fn shown(&self) -> impl Iterator<Item = (Item, Line)> + '_ {
        Item::ALL
            .into_iter()
            .map(|item| (item, self.line(item)))
            .filter(|(_, line)| line.points > 0 || line.claimed)
    }
    fn set(&mut self, item: Item, line: Line) {
        if let Some(slot) = self.lines.get_mut(item.index()) {
            *slot = line;
        }
    }
}

fn scored(points: u32, row: &'static str) -> Line {
    Line {
        points,
        row: Some(row),
        note: None,
        claimed: true,
    }
}

fn zero(note: Note) -> Line {
    Line {
        points: 0,
        row: None,
        note: Some(note),
        claimed: true,
    }
}

fn claimed_or_nothing(claimed: bool, line: Line) -> Line {
    if claimed { line } else { Line::default() }
}

/// ① (S1 sheets A, B, C; RULES.md §1.1–1.3): the single highest row.
fn education(category: Category, education: Education) -> Line {
    use Education as E;
    let (points, row) = match (category, education) {
        (_, E::None) => return Line::default(),
        (_, E::Bachelor) => (10, "bachelor"),
        // Sheet A has no MBA/MOT row: an MBA is a professional degree there (20).
        (Category::A, E::Master | E::Professional | E::MbaMot) => (20, "master_or_professional"),
        (Category::A | Category::B, E::Doctor) => (30, "doctor"),
        (Category::B, E::MbaMot) | (Category::C, E::MbaMot) => (25, "mba_mot"),
        (Category::B, E::Master | E::Professional) => (20, "master_or_professional"),
        (Category::C, E::Doctor | E::Master | E::Professional) => {
            (20, "doctor_master_or_professional")
        }
    };
    scored(points, row)
}

/// ② experience bands, "a年以上b年未満" = ≥ a and < b (RULES.md §1.0).
fn experience(category: Category, years: f64) -> Line {
    const A: [(f64, u32, &str); 3] = [
        (7.0, 15, "7_years"),
        (5.0, 10, "5_years"),
        (3.0, 5, "3_years"),
    ];
    const B: [(f64, u32, &str); 4] = [
        (10.0, 20, "10_years"),
        (7.0, 15, "7_years"),
        (5.0, 10, "5_years"),
        (3.0, 5, "3_years"),
    ];
    const C: [(f64, u32, &str); 4] = [
        (10.0, 25, "10_years"),
        (7.0, 20, "7_years"),
        (5.0, 15, "5_years"),
        (3.0, 10, "3_years"),
    ];
    let bands: &[(f64, u32, &str)] = match category {
        Category::A => &A,
        Category::B => &B,
        Category::C => &C,
    };
    match bands.iter().find(|(min, _, _)| years >= *min) {
        Some((_, points, row)) => scored(*points, row),
        None => claimed_or_nothing(years > 0.0, zero(Note::BelowLowestExperienceBand)),
    }
}

/// The age band columns of the salary matrix and of the age item (S1, S3).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord)]
pub enum AgeBand {
    Under30,
    From30To34,
    From35To39,
    From40,
}

impl AgeBand {
    pub fn of(age: u32) -> AgeBand {
        match age {
            0..=29 => AgeBand::Under30,
            30..=34 => AgeBand::From30To34,
            35..=39 => AgeBand::From35To39,
            _ => AgeBand::From40,
        }
    }
    /// The ages on which a person enters a later band: the age cliffs.
    pub const CLIFF_AGES: [u32; 3] = [30, 35, 40];
}

/// ③ for (a) and (b): the matrix of RULES.md §1.4. Each row: lower bound (inclusive),
/// points, and the oldest age band in which the row gives points.
const SALARY_AB: [(u64, u32, AgeBand, &str); 7] = [
    (10_000_000, 40, AgeBand::From40, "10m_or_more"),
    (9_000_000, 35, AgeBand::From40, "9m_to_10m"),
    (8_000_000, 30, AgeBand::From40, "8m_to_9m"),
    (7_000_000, 25, AgeBand::From35To39, "7m_to_8m"),
    (6_000_000, 20, AgeBand::From35To39, "6m_to_7m"),
    (5_000_000, 15, AgeBand::From30To34, "5m_to_6m"),
    (4_000_000, 10, AgeBand::Under30, "4m_to_5m"),
];

/// ③ for (c): not age-dependent (RULES.md §1.3).
const SALARY_C: [(u64, u32, &str); 5] = [
    (30_000_000, 50, "30m_or_more"),
    (25_000_000, 40, "25m_to_30m"),
    (20_000_000, 30, "20m_to_25m"),
    (15_000_000, 20, "15m_to_20m"),
    (10_000_000, 10, "10m_to_15m"),
];

/// The lower bounds of every salary band of the category, highest first.
pub fn salary_band_floors(category: Category) -> impl Iterator<Item = u64> {
    let ab = SALARY_AB.iter().map(|row| row.0);
    let c = SALARY_C.iter().map(|row| row.0);
    let (ab_take, c_take) = if category == Category::C {
        (0, SALARY_C.len())
    } else {
        (SALARY_AB.len(), 0)
    };
    ab.take(ab_take).chain(c.take(c_take))
}

fn salary(category: Category, age: u32, yen: u64) -> Line {
    if category == Category::C {
        return match SALARY_C.iter().find(|(min, _, _)| yen >= *min) {
            Some((_, points, row)) => scored(*points, row),
            None => zero(Note::BelowLowestSalaryBand),
        };
    }
    match SALARY_AB.iter().find(|(min, _, _, _)| yen >= *min) {
        Some((_, points, oldest, row)) if AgeBand::of(age) <= *oldest => scored(*points, row),
        Some(_) => zero(Note::SalaryBandClosedAtAge),
        None => zero(Note::BelowLowestSalaryBand),
    }
}

fn age(category: Category, age: u32) -> Line {
    if !scored_in(Item::Age, category) {
        // (c) has no age row; nothing to claim.
        return Line::default();
    }
    match AgeBand::of(age) {
        AgeBand::Under30 => scored(15, "under_30"),
        AgeBand::From30To34 => scored(10, "30_to_34"),
        AgeBand::From35To39 => scored(5, "35_to_39"),
        AgeBand::From40 => zero(Note::NoAgePointsFrom40),
    }
}

/// ④–⑦: (a) 20 for one item and 25 for two or more; (b) a flat 15; (c) none (RULES.md §1.6).
fn research(category: Category, items: ResearchItems) -> Line {
    match (category, items.count()) {
        (_, 0) => Line::default(),
        _ if !scored_in(Item::Research, category) => zero(Note::NotScoredInCategory),
        (Category::A, 1) => scored(20, "one_item"),
        (Category::A, _) => scored(25, "two_or_more_items"),
        (_, _) => scored(15, "one_or_more_items"),
    }
}

/// ⑧, (b) only: 5 for one, 10 for two or more.
fn qualifications(category: Category, count: u32) -> Line {
    match count {
        0 => Line::default(),
        _ if !scored_in(Item::Qualifications, category) => zero(Note::NotScoredInCategory),
        1 => scored(5, "one"),
        _ => scored(10, "two_or_more"),
    }
}

/// ⑳, (c) only: the highest of representative (10) and director (5).
fn position(category: Category, position: Position) -> Line {
    match position {
        Position::None => Line::default(),
        _ if !scored_in(Item::Position, category) => zero(Note::NotScoredInCategory),
        Position::Representative => scored(10, "representative"),
        Position::Director => scored(5, "director"),
    }
}

/// ⑮: N1 (or a Japanese major) 15; N2 10, but not with ⑭ (S1 note on ⑮-Ⅱ).
fn japanese(level: Japanese, japanese_university: bool) -> Line {
    match level {
        Japanese::None => Line::default(),
        Japanese::N1 => scored(15, "n1"),
        Japanese::N2 if japanese_university => zero(Note::N2ExcludedByJapaneseUniversity),
        Japanese::N2 => scored(10, "n2"),
    }
}

/// RULES.md §1.6: the whole sheet for one category.
pub fn score(inputs: &PointInputs) -> ScoreCard {
    let category = inputs.category;
    let bonuses = inputs.bonuses;
    let has = |bonus| bonuses.has(bonus);
    let flat = |bonus, points| claimed_or_nothing(has(bonus), scored(points, "held"));

    let mut card = ScoreCard {
        category,
        lines: [Line::default(); ITEM_COUNT],
    };
    card.set(Item::Education, education(category, inputs.education));
    // +5 only with a graduate degree; decode rejects the flag below master (CONTRACT.md).
    if inputs.multiple_degrees && inputs.education.is_graduate() {
        card.set(Item::MultipleDegrees, scored(5, "different_fields"));
    }
    card.set(
        Item::Experience,
        experience(category, inputs.experience_years),
    );
    card.set(
        Item::Salary,
        salary(category, inputs.age, inputs.annual_salary_yen),
    );
    card.set(Item::Age, age(category, inputs.age));
    card.set(Item::Research, research(category, inputs.research));
    card.set(
        Item::Qualifications,
        qualifications(category, inputs.qualifications),
    );
    card.set(Item::Position, position(category, inputs.position));

    card.set(Item::InnovationSupport, flat(Bonus::InnovationSupport, 10));
    // ⑩ "Ⅰに該当する企業であって、中小企業基本法に規定する中小企業者": only together with ⑨.
    let sme = match (has(Bonus::Sme), has(Bonus::InnovationSupport)) {
        (true, true) => scored(10, "held"),
        (true, false) => zero(Note::RequiresInnovationSupport),
        (false, _) => Line::default(),
    };
    card.set(Item::Sme, sme);
    card.set(Item::LocalGovSupport, flat(Bonus::LocalGovSupport, 10));
    // ⑫ needs SME status (evidence ⑩ + ⑫), but not ⑨.
    let rnd = match (has(Bonus::RndOver3Pct), has(Bonus::Sme)) {
        (true, true) => scored(5, "held"),
        (true, false) => zero(Note::RequiresSme),
        (false, _) => Line::default(),
    };
    card.set(Item::RndOver3Pct, rnd);
    card.set(
        Item::ForeignQualification,
        flat(Bonus::ForeignQualification, 5),
    );
    // ⑭ counts once, however many Japanese degrees.
    card.set(
        Item::JapaneseUniversity,
        flat(Bonus::JapaneseUniversity, 10),
    );
    card.set(
        Item::Japanese,
        japanese(inputs.japanese, has(Bonus::JapaneseUniversity)),
    );
    card.set(Item::GrowthField, flat(Bonus::GrowthField, 10));
    // ⑰ counts once and stacks with ⑭ (official note).
    card.set(Item::TopUniversity, flat(Bonus::TopUniversity, 10));
    let jica = match (
        has(Bonus::JicaTraining),
        has(Bonus::JapaneseUniversity) && has(Bonus::JicaTrainingUsedJapaneseUniversity),
    ) {
        (true, true) => zero(Note::JicaExcludedByJapaneseUniversity),
        (true, false) => scored(5, "held"),
        (false, _) => Line::default(),
    };
    card.set(Item::JicaTraining, jica);
    // ⑲ in (c) only; ㉑ on sheets B and C only.
    for (bonus, item, points) in [
        (Bonus::Investment100m, Item::Investment100m, 5),
        (Bonus::InvestmentManagement, Item::InvestmentManagement, 10),
    ] {
        let line = if scored_in(item, category) {
            flat(bonus, points)
        } else {
            claimed_or_nothing(has(bonus), zero(Note::NotScoredInCategory))
        };
        card.set(item, line);
    }
    card
}
