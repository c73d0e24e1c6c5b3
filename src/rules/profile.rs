//! The validated input of the rules: CONTRACT.md "Profile (input)". Built by [`super::decode`].

use super::date::Date;

/// The three HSP(i) activity categories and their point sheets (S1 sheets A, B, C).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Category {
    /// 1号イ, advanced academic research (sheet A).
    A,
    /// 1号ロ, advanced specialized/technical (sheet B).
    B,
    /// 1号ハ, advanced business management (sheet C).
    C,
}

impl Category {
    pub const ALL: [Category; 3] = [Category::A, Category::B, Category::C];
    pub fn code(self) -> &'static str {
        match self {
            Category::A => "a",
            Category::B => "b",
            Category::C => "c",
        }
    }
    /// The sheet letter of S1 (A, B, C), used in source ids.
    pub fn sheet(self) -> &'static str {
        match self {
            Category::A => "A",
            Category::B => "B",
            Category::C => "C",
        }
    }
}

/// The highest degree held (S1 ①).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Education {
    None,
    Bachelor,
    Master,
    /// 専門職学位 other than MBA/MOT.
    Professional,
    MbaMot,
    Doctor,
}

impl Education {
    pub const ALL: [Education; 6] = [
        Education::None,
        Education::Bachelor,
        Education::Master,
        Education::Professional,
        Education::MbaMot,
        Education::Doctor,
    ];
    pub fn code(self) -> &'static str {
        match self {
            Education::None => "none",
            Education::Bachelor => "bachelor",
            Education::Master => "master",
            Education::Professional => "professional",
            Education::MbaMot => "mba_mot",
            Education::Doctor => "doctor",
        }
    }
    /// A doctor's, master's or professional degree (MBA/MOT is a professional degree): the
    /// degree types of the +5 row (S1 注2) and of J-Skip (a)/(b) (S4).
    pub fn is_graduate(self) -> bool {
        !matches!(self, Education::None | Education::Bachelor)
    }
}

/// Research achievements ④–⑦ (S1 sheets A and B).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Research {
    /// ④ inventor of a patented invention.
    Patent,
    /// ⑤ three or more research projects funded by a foreign government.
    Grants,
    /// ⑥ three or more papers as corresponding or first author.
    Papers,
    /// ⑦ other achievement recognised by the Minister of Justice.
    Other,
}

impl Research {
    pub const ALL: [Research; 4] = [
        Research::Patent,
        Research::Grants,
        Research::Papers,
        Research::Other,
    ];
    pub fn code(self) -> &'static str {
        match self {
            Research::Patent => "patent",
            Research::Grants => "grants",
            Research::Papers => "papers",
            Research::Other => "other",
        }
    }
}

/// Position ⑳, scored in (c) only.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Position {
    None,
    Director,
    Representative,
}

impl Position {
    pub const ALL: [Position; 3] = [Position::None, Position::Director, Position::Representative];
    pub fn code(self) -> &'static str {
        match self {
            Position::None => "none",
            Position::Director => "director",
            Position::Representative => "representative",
        }
    }
}

/// Which of the three ways the ⑰ university qualifies (S1 sheets, ⑰ Ⅰ–Ⅲ).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum TopUniversityRoute {
    /// Ⅰ: in the world university rankings (the official list).
    Rankings,
    /// Ⅱ: MEXT's Top Global University Project (スーパーグローバル大学創成支援事業).
    TopGlobal,
    /// Ⅲ: a partner school of MOFA's Innovative Asia programme (イノベーティブ・アジア事業).
    InnovativeAsia,
}

impl TopUniversityRoute {
    pub const ALL: [TopUniversityRoute; 3] = [
        TopUniversityRoute::Rankings,
        TopUniversityRoute::TopGlobal,
        TopUniversityRoute::InnovativeAsia,
    ];
    pub fn code(self) -> &'static str {
        match self {
            TopUniversityRoute::Rankings => "rankings",
            TopUniversityRoute::TopGlobal => "top_global",
            TopUniversityRoute::InnovativeAsia => "innovative_asia",
        }
    }
}

/// Japanese ability ⑮ (S1; S2 for the BJT equivalences).
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Japanese {
    None,
    /// JLPT N2 or BJT ≥ 400 (⑮-Ⅱ).
    N2,
    /// JLPT N1, BJT ≥ 480, or a foreign university degree majoring in Japanese (⑮-Ⅰ).
    N1,
}

impl Japanese {
    pub const ALL: [Japanese; 3] = [Japanese::None, Japanese::N2, Japanese::N1];
    pub fn code(self) -> &'static str {
        match self {
            Japanese::None => "none",
            Japanese::N2 => "n2",
            Japanese::N1 => "n1",
        }
    }
}

/// The special additions of RULES.md §1.5, by their CONTRACT.md names.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Bonus {
    /// ⑨
    InnovationSupport,
    /// ⑩ (and the SME condition of ⑫)
    Sme,
    /// ⑪
    LocalGovSupport,
    /// ⑫
    RndOver3Pct,
    /// ⑬
    ForeignQualification,
    /// ⑭
    JapaneseUniversity,
    /// ⑯
    GrowthField,
    /// ⑰
    TopUniversity,
    /// ⑱
    JicaTraining,
    /// The ⑱ exclusion: the JICA training used Japanese university classes.
    JicaTrainingUsedJapaneseUniversity,
    /// ⑲
    Investment100m,
    /// ㉑
    InvestmentManagement,
}

impl Bonus {
    pub const ALL: [Bonus; 12] = [
        Bonus::InnovationSupport,
        Bonus::Sme,
        Bonus::LocalGovSupport,
        Bonus::RndOver3Pct,
        Bonus::ForeignQualification,
        Bonus::JapaneseUniversity,
        Bonus::GrowthField,
        Bonus::TopUniversity,
        Bonus::JicaTraining,
        Bonus::JicaTrainingUsedJapaneseUniversity,
        Bonus::Investment100m,
        Bonus::InvestmentManagement,
    ];
    pub fn code(self) -> &'static str {
        match self {
            Bonus::InnovationSupport => "innovation_support",
            Bonus::Sme => "sme",
            Bonus::LocalGovSupport => "local_gov_support",
            Bonus::RndOver3Pct => "rnd_over_3pct",
            Bonus::ForeignQualification => "foreign_qualification",
            Bonus::JapaneseUniversity => "japanese_university",
            Bonus::GrowthField => "growth_field",
            Bonus::TopUniversity => "top_university",
            Bonus::JicaTraining => "jica_training",
            Bonus::JicaTrainingUsedJapaneseUniversity => "jica_training_used_japanese_university",
            Bonus::Investment100m => "investment_100m",
            Bonus::InvestmentManagement => "investment_management",
        }
    }
    fn bit(self) -> u16 {
        match self {
            Bonus::InnovationSupport => 1,
            Bonus::Sme => 1 << 1,
            Bonus::LocalGovSupport => 1 << 2,
            Bonus::RndOver3Pct => 1 << 3,
            Bonus::ForeignQualification => 1 << 4,
            Bonus::JapaneseUniversity => 1 << 5,
            Bonus::GrowthField => 1 << 6,
            Bonus::TopUniversity => 1 << 7,
            Bonus::JicaTraining => 1 << 8,
            Bonus::JicaTrainingUsedJapaneseUniversity => 1 << 9,
            Bonus::Investment100m => 1 << 10,
            Bonus::InvestmentManagement => 1 << 11,
        }
    }
}

/// A set of [`Bonus`] values, kept as bits so that a profile is `Copy` and cheap to vary.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct Bonuses(u16);

impl Bonuses {
    /// The set as bits (one per [`Bonus::ALL`] entry, in order).
    pub fn bits(self) -> u16 {
        self.0
    }
    pub fn has(self, bonus: Bonus) -> bool {
        self.0 & bonus.bit() != 0
    }
    pub fn with(self, bonus: Bonus) -> Bonuses {
        Bonuses(self.0 | bonus.bit())
    }
    pub fn iter(self) -> impl Iterator<Item = Bonus> {
        Bonus::ALL.into_iter().filter(move |b| self.has(*b))
    }
}

impl FromIterator<Bonus> for Bonuses {
    fn from_iter<I: IntoIterator<Item = Bonus>>(iter: I) -> Self {
        iter.into_iter().fold(Bonuses::default(), Bonuses::with)
    }
}

/// The research items ④–⑦ held, as bits.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Hash)]
pub struct ResearchItems(u8);

impl ResearchItems {
    /// The set as bits (one per [`Research::ALL`] entry, in order).
    pub fn bits(self) -> u8 {
        self.0
    }
    pub fn has(self, item: Research) -> bool {
        self.0 & Self::bit(item) != 0
    }
    pub fn with(self, item: Research) -> ResearchItems {
        ResearchItems(self.0 | Self::bit(item))
    }
    pub fn count(self) -> u32 {
        self.0.count_ones()
    }
    pub fn iter(self) -> impl Iterator<Item = Research> {
        Research::ALL.into_iter().filter(move |r| self.has(*r))
    }
    fn bit(item: Research) -> u8 {
        match item {
            Research::Patent => 1,
            Research::Grants => 2,
            Research::Papers => 4,
            Research::Other => 8,
        }
    }
}

impl FromIterator<Research> for ResearchItems {
    fn from_iter<I: IntoIterator<Item = Research>>(iter: I) -> Self {
        iter.into_iter()
            .fold(ResearchItems::default(), ResearchItems::with)
    }
}

/// The person's current status of residence (CONTRACT.md `residence.current_status`).
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash)]
pub enum Status {
    OutsideJapan,
    Hsp1,
    Hsp2,
    Pr,
    Work,
    /// 経営・管理 (V22): a work status, with the 2025 business-manager criteria (V11).
    BusinessManager,
    SpouseOfJapanese,
    LongTermResident,
    Other,
}

impl Status {
    pub const ALL: [Status; 9] = [
        Status::OutsideJapan,
        Status::Hsp1,
        Status::Hsp2,
        Status::Pr,
        Status::Work,
        Status::BusinessManager,
        Status::SpouseOfJapanese,
        Status::LongTermResident,
        Status::Other,
    ];
    pub fn code(self) -> &'static str {
        match self {
            Status::OutsideJapan => "outside_japan",
            Status::Hsp1 => "hsp1",
            Status::Hsp2 => "hsp2",
            Status::Pr => "pr",
            Status::Work => "work",
            Status::BusinessManager => "business_manager",
            Status::SpouseOfJapanese => "spouse_of_japanese",
            Status::LongTermResident => "long_term_resident",
            Status::Other => "other",
        }
    }
    /// A work status or a residential status: the "5 years" of the general route (S10 (3)ア).
    pub fn is_work_or_residential(self) -> bool {
        matches!(
            self,
            Status::Hsp1
                | Status::Hsp2
                | Status::Work
                | Status::BusinessManager
                | Status::SpouseOfJapanese
                | Status::LongTermResident
        )
    }
    pub fn is_hsp(self) -> bool {
        matches!(self, Status::Hsp1 | Status::Hsp2)
    }
}

/// A child of the HSP or of the spouse (RULES.md §4, §5).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Child {
    pub birth_date: Date,
}

/// CONTRACT.md `household`, for the parents and domestic-worker checks.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct Household {
    /// Added field: whether there is a spouse (V20: a single parent has children and no
    /// spouse). `None` when not said; see [`Household::spouse`].
    pub has_spouse: Option<bool>,
    /// The spouse's annual remuneration; `None` when there is no spouse (or it is not given).
    pub spouse_annual_income_yen: Option<u64>,
    pub children: Vec<Child>,
    /// The HSP or the HSP's spouse is pregnant (RULES.md §4 (B)).
    pub pregnancy: bool,
    /// Added field: the spouse cannot do daily housework because of illness etc. (§5 家庭事情型).
    pub spouse_cannot_do_housework: bool,
    /// Added field: married to a Japanese national, a PR or a special PR (§3.2 item 1).
    pub spouse_japanese_or_pr: bool,
    /// Added field: the date of the marriage, for the spouse route (§3.2 item 1).
    pub married_since: Option<Date>,
}

impl Household {
    /// Whether there is a spouse: as said, or `true` when a spouse's field is given; `None`
    /// when nothing tells.
    pub fn spouse(&self) -> Option<bool> {
        let spouse_fields = self.spouse_annual_income_yen.is_some()
            || self.spouse_cannot_do_housework
            || self.spouse_japanese_or_pr
            || self.married_since.is_some();
        self.has_spouse.or(spouse_fields.then_some(true))
    }
}

/// Added: the sheet as it stood on a look-back date (V23), for what changes the points
/// besides age, experience and salary. A member not given is not known for that date.
#[derive(Clone, Debug, Default, PartialEq)]
pub struct PastSheet {
    pub education: Option<Education>,
    pub multiple_degrees: Option<bool>,
    pub japanese: Option<Japanese>,
    pub qualifications: Option<u32>,
    pub position: Option<Position>,
    /// The research items whose holding on that date is known, and which of them were held.
    pub research_known: ResearchItems,
    pub research_held: ResearchItems,
    /// The bonuses whose holding on that date is known, and which of them were held.
    pub bonuses_known: Bonuses,
    pub bonuses_held: Bonuses,
}

/// CONTRACT.md `residence`, for the PR, HSP(ii) and J-Skip dates.
#[derive(Clone, Debug, PartialEq)]
pub struct Residence {
    pub current_status: Status,
    /// Start of the current continuous residence in Japan.
    pub in_japan_since: Option<Date>,
    /// In a work or residential status since (the general route's 5 years).
    pub work_status_since: Option<Date>,
    /// HSP(i) (or the pre-2015 高度人材 特定活動) since.
    pub hsp_since: Option<Date>,
    /// Recognised at ≥ 70 points since.
    pub points_70_since: Option<Date>,
    /// Recognised at ≥ 80 points since.
    pub points_80_since: Option<Date>,
    /// J-Skip (特別高度人材) since.
    pub jskip_since: Option<Date>,
    /// Added field: the current status held since (the long-term resident route's 5 years).
    pub current_status_since: Option<Date>,
    /// Added field: permanent residence granted on (a PR holder's past HSP(i) years end there).
    pub pr_since: Option<Date>,
    /// Added field: the annual salary one year before `as_of`, for the 80-point look-back.
    pub salary_1y_before_yen: Option<u64>,
    /// Added field: the annual salary three years before `as_of`, for the 70-point look-back.
    pub salary_3y_before_yen: Option<u64>,
    /// Added field: the rest of the sheet one year before `as_of` (V23).
    pub sheet_1y_before: Option<PastSheet>,
    /// Added field: the rest of the sheet three years before `as_of` (V23).
    pub sheet_3y_before: Option<PastSheet>,
}

/// A validated profile. Every field is in range; see [`super::decode`] for the limits.
#[derive(Clone, Debug, PartialEq)]
pub struct Profile {
    pub as_of: Date,
    pub category: Category,
    /// Age at `as_of`; derived from `birth_date` when that is given.
    pub age: u32,
    pub birth_date: Option<Date>,
    pub education: Education,
    pub multiple_degrees: bool,
    pub experience_years: f64,
    pub annual_salary_yen: u64,
    pub research: ResearchItems,
    pub qualifications: u32,
    pub position: Position,
    pub japanese: Japanese,
    pub bonuses: Bonuses,
    /// ⑰: which way the university qualifies, and which university (for the sheet's tick
    /// and the record); neither changes the points.
    pub top_university_route: Option<TopUniversityRoute>,
    pub top_university_name: Option<String>,
    /// The evidence documents the person has gathered (`evidence::DOCUMENTS` ids).
    pub evidence_gathered: Vec<&'static str>,
    pub household: Option<Household>,
    pub residence: Option<Residence>,
}

impl Profile {
    /// The current status, `None` when the profile has no residence history.
    pub fn status(&self) -> Option<Status> {
        self.residence.as_ref().map(|r| r.current_status)
    }
    /// Whether there is a spouse (V20); `None` when the profile does not tell.
    pub fn has_spouse(&self) -> Option<bool> {
        self.household.as_ref().and_then(Household::spouse)
    }
}
