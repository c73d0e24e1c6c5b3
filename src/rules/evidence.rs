//! The evidence (疎明資料) for every item that scores: the official sheet's list ①–㉑ (S1,
//! sheet 疎明資料（基本例）), with the Japanese document names kept so an applicant can ask for
//! them by name, the conditions in its notes, and which year's resident-tax certificate
//! covers which date where the salary of a past date is looked back at.

use serde::Serialize;

use super::date::Date;
use super::points::{Item, ScoreCard};
use super::pr::Pr;
use super::profile::{Japanese, Profile, Research, TopUniversityRoute};
use super::source::Confidence;

/// One document of an evidence number, in the words of the official sheet.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct DocumentSpec {
    pub id: &'static str,
    pub ja: &'static str,
    /// Documents of the same group are alternatives: any one of them is enough.
    pub one_of: Option<&'static str>,
}

const fn doc(id: &'static str, ja: &'static str) -> DocumentSpec {
    DocumentSpec {
        id,
        ja,
        one_of: None,
    }
}

const fn alt(group: &'static str, id: &'static str, ja: &'static str) -> DocumentSpec {
    DocumentSpec {
        id,
        ja,
        one_of: Some(group),
    }
}

/// A condition from the notes of the sheet.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize)]
pub struct Note {
    pub id: &'static str,
    pub ja: &'static str,
    pub source: &'static str,
}

const fn note(id: &'static str, ja: &'static str) -> Note {
    Note {
        id,
        ja,
        source: "S1 疎明資料（基本例）",
    }
}

/// Every document the sheet lists (S1 疎明資料（基本例）①–㉑). Ids are stable: the profile's
/// `evidence_gathered` names them.
pub const DOCUMENTS: &[(&str, DocumentSpec)] = &[
    (
        "①",
        doc(
            "degree_certificates",
            "該当する学歴の卒業証明書及び学位取得の証明書",
        ),
    ),
    (
        "②",
        doc(
            "employment_record",
            "高度専門職外国人として従事しようとする業務に従事した期間及び業務の内容を明らかにする資料（所属していた機関作成のもの）",
        ),
    ),
    (
        "③",
        doc(
            "salary_document",
            "年収（契約機関及び外国所属機関から受ける報酬の年額）を証する文書",
        ),
    ),
    (
        "④",
        doc(
            "patent_certificate",
            "特許を受けた発明を証する文書（例えば，申請人の氏名が明記されている特許証の写し）",
        ),
    ),
    (
        "⑤",
        doc(
            "grant_decision",
            "外国政府から補助金，競争的資金等を受けた研究に従事したことを証する文書（例えば，申請人の氏名が明記されている交付決定書の写し）",
        ),
    ),
    (
        "⑥",
        doc(
            "paper_list",
            "論文のタイトル，著者氏名，掲載雑誌名，掲載巻・号，掲載ページ，出版年を記載した文書（様式自由）",
        ),
    ),
    ("⑦", doc("research_record", "研究実績を証する文書")),
    (
        "⑧",
        doc(
            "licence_certificate",
            "資格を証する文書（例えば，合格証明書の写し）",
        ),
    ),
    (
        "⑨",
        doc(
            "innovation_support_notice",
            "イノベーション促進支援措置を受けていることを証する文書（例えば，補助金交付決定通知書の写し）",
        ),
    ),
    (
        "⑩",
        doc(
            "company_brochure",
            "主たる事業を確認できる会社のパンフレット等",
        ),
    ),
    (
        "⑩",
        alt(
            "sme_size",
            "company_register",
            "法人の登記事項証明書（資本金の額又は出資の総額）",
        ),
    ),
    (
        "⑩",
        alt(
            "sme_size",
            "financial_statements_capital",
            "決算文書の写し（資本金の額又は出資の総額）",
        ),
    ),
    (
        "⑩",
        alt(
            "sme_size",
            "articles_of_incorporation",
            "資本金額，出資総額が確認可能な定款の写し",
        ),
    ),
    (
        "⑩",
        alt(
            "sme_size",
            "employee_count_records",
            "雇用保険，労働保険，賃金台帳の写し等従業員数を証する文書",
        ),
    ),
    (
        "⑪",
        doc(
            "local_gov_support_notice",
            "地方公共団体の支援を受けていることを証する文書（例えば，補助金交付決定通知書の写し）",
        ),
    ),
    (
        "⑫",
        alt(
            "rnd_ratio",
            "financial_statements_rnd",
            "試験研究費等及び売上高等が記載された財務諸表の写し",
        ),
    ),
    (
        "⑫",
        alt(
            "rnd_ratio",
            "rnd_books_and_breakdown",
            "売上高等が記載された公的な書類（財務諸表，確定申告書の控え等）の写し，帳簿等の写し（試験研究費にあたる個所に目印を付与）及び試験研究費等の内訳をまとめた一覧表",
        ),
    ),
    (
        "⑫",
        alt(
            "rnd_ratio",
            "accountant_certificate",
            "税理士，公認会計士，中小企業診断士による証明書（書式自由）",
        ),
    ),
    (
        "⑬",
        doc(
            "foreign_qualification_record",
            "外国の資格，表彰等を証する文書",
        ),
    ),
    (
        "⑭",
        doc(
            "japanese_degree_certificates",
            "日本の大学の卒業証明書及び学位取得の証明書",
        ),
    ),
    (
        "⑮",
        alt(
            "japanese_level",
            "japanese_major_certificate",
            "卒業証明書の写し（日本語専攻で外国の大学を卒業したもの）",
        ),
    ),
    (
        "⑮",
        alt("japanese_level", "jlpt_certificate", "合格証明書等の写し"),
    ),
    (
        "⑯",
        doc(
            "growth_project_grant",
            "当該事業に関する補助金交付通知書の写し",
        ),
    ),
    (
        "⑯",
        doc(
            "growth_project_statement",
            "所属機関が作成した当該プロジェクトに従事している旨の説明資料",
        ),
    ),
    (
        "⑰",
        doc(
            "university_listing",
            "卒業した大学が対象の大学であることを証する資料（法務省ホームページ写しの該当部分等）",
        ),
    ),
    (
        "⑰",
        doc(
            "top_university_certificate",
            "当該大学の卒業証明書又は学位取得の証明書",
        ),
    ),
    (
        "⑱",
        doc("jica_certificate", "ＪＩＣＡが発行する研修修了証明書"),
    ),
    (
        "⑲",
        doc(
            "investment_record",
            "資本金又は出資額を証する資料（例えば，株主名簿）",
        ),
    ),
    (
        "⑳",
        doc(
            "position_record",
            "活動機関の代表取締役・取締役，代表執行役・執行役又は業務を執行する社員（代表権を有する場合はその旨）であることを証する文書",
        ),
    ),
    (
        "㉑",
        doc(
            "fiea_registration_notice",
            "所属機関の金融商品取引法第２８条第２項から第４項に規定する業に係る登録済通知書写し等",
        ),
    ),
    (
        "㉑",
        doc(
            "investment_work_statement",
            "申請人が上記のいずれかの業務に従事することを説明する資料（参考様式）",
        ),
    ),
];

/// The notes of the sheet that bind a claim (S1 疎明資料 and the point sheets' notes).
const NOTE_NOT_WITH_JICA: Note = note(
    "not_required_with_jica_certificate",
    "⑱（ＪＩＣＡの研修修了証明書）を提出する場合は提出不要",
);
const NOTE_TRANSCRIPT: Note = note(
    "transcript_for_different_fields",
    "専攻が異なることが分かる資料（学位記又は学位証明書で確認できない場合は，成績証明書）を提出",
);
const NOTE_WORK_WITH_JICA: Note = note(
    "work_record_needed_with_jica",
    "ＪＩＣＡの研修修了証明書を提出する場合も，職歴のポイントには②の資料が必要",
);
const NOTE_EXPECTED_SALARY: Note = note(
    "salary_is_expected_pay",
    "年収は過去の在留における年収ではなく，申請に係る活動により受ける（予定）年収",
);
const NOTE_AUTHOR: Note = note(
    "corresponding_or_first_author",
    "申請人が責任著者又は筆頭著者であるものに限る",
);
const NOTE_RND_YEAR: Note = note(
    "rnd_previous_business_year",
    "申請日の属する事業年度の前事業年度（申請日が前事業年度経過後２か月以内の場合は前々事業年度）の試験研究費等が売上高の３％超（個人事業主は前年１年間，申請日が１月から３月の場合は前々年）",
);
const NOTE_RND_WITH_SME: Note = note("rnd_needs_sme_documents", "⑩の資料と合わせて提出");
const NOTE_AWARDS: Note = note(
    "awards_actively_involved",
    "企業表彰，製品表彰については，受賞に当たり申請人が積極的に関与したものに限る",
);
/// The university list's own footnote, not the sheet's.
const NOTE_CHECK_RANKINGS: Note = Note {
    id: "check_latest_rankings",
    ja: "申請の際は，必ず最新の３つの世界大学ランキングも合わせて御確認ください",
    source: "ISA list of universities for adding points (2026-01)",
};
const NOTE_JICA_REPLACES: Note = note(
    "jica_replaces_background_documents",
    "同証明書を提出した場合は，学歴及び職歴その他の経歴等を証明する資料は，原則として提出を求めない",
);

/// What an evidence number proves for this person.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Evidence {
    /// ① … ㉑
    pub number: &'static str,
    /// The sheet items it proves (`points.items[].id`).
    pub items: Vec<&'static str>,
    pub documents: Vec<Document>,
    pub notes: Vec<Note>,
    pub source: &'static str,
    pub confidence: Confidence,
}

#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct Document {
    pub id: &'static str,
    /// The document's name on the official sheet.
    pub ja: &'static str,
    /// Alternatives share a group: any one of them is enough.
    pub one_of: Option<&'static str>,
    /// Ticked by the person (the profile's `evidence_gathered`).
    pub gathered: bool,
}

/// Which resident-tax certificate covers a date: 住民税 of fiscal year N (令和N年度) is assessed
/// on the income of calendar year N − 1, and its 課税証明書 / 納税証明書 are issued from June
/// of year N (地方税法: the tax year follows the income year).
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct TaxYear {
    /// `application` (the latest certificate on `as_of`), `hsp80_lookback`, `hsp70_lookback`.
    pub purpose: &'static str,
    /// The date concerned: `as_of` for the application, else the look-back date.
    pub date: Date,
    /// The application the certificate is for: `as_of`, or a closed route's earliest date.
    pub application_date: Date,
    /// The calendar year of the income.
    pub income_year: i32,
    /// The fiscal year of the certificate (令和 = year − 2018).
    pub certificate_year: i32,
    pub reiwa: i32,
    /// The first day the certificate can be had (1 June of its fiscal year).
    pub issued_from: Date,
    /// The certificate is not issued yet on the application date.
    pub not_yet_issued: bool,
}

/// The whole checklist of a profile.
#[derive(Clone, Debug, PartialEq, Serialize)]
pub struct EvidenceList {
    pub items: Vec<Evidence>,
    pub tax_years: Vec<TaxYear>,
    pub tax_years_source: &'static str,
}

/// The evidence number of each sheet item's proof (S1: the 疎明資料 column).
fn numbers_of(item: Item, profile: &Profile) -> Vec<&'static str> {
    match item {
        Item::Education | Item::MultipleDegrees => vec!["①"],
        Item::Experience => vec!["②"],
        Item::Salary => vec!["③"],
        Item::Age => Vec::new(),
        Item::Research => profile
            .research
            .iter()
            .map(|research| match research {
                Research::Patent => "④",
                Research::Grants => "⑤",
                Research::Papers => "⑥",
                Research::Other => "⑦",
            })
            .collect(),
        Item::Qualifications => vec!["⑧"],
        Item::InnovationSupport => vec!["⑨"],
        Item::Sme => vec!["⑩"],
        Item::LocalGovSupport => vec!["⑪"],
        // The sheets show 「⑩⑫」 for the R&D ratio: the SME proof and the ratio's.
        Item::RndOver3Pct => vec!["⑩", "⑫"],
        Item::ForeignQualification => vec!["⑬"],
        Item::JapaneseUniversity => vec!["⑭"],
        Item::Japanese => vec!["⑮"],
        Item::GrowthField => vec!["⑯"],
        Item::TopUniversity => vec!["⑰"],
        Item::JicaTraining => vec!["⑱"],
        Item::Investment100m => vec!["⑲"],
        Item::Position => vec!["⑳"],
        Item::InvestmentManagement => vec!["㉑"],
    }
}

/// The notes that apply to a number for this person.
fn notes_of(number: &str, profile: &Profile, card: &ScoreCard) -> Vec<Note> {
    let jica = card.line(Item::JicaTraining).points > 0;
    let mut notes = Vec::new();
    match number {
        "①" => {
            if card.line(Item::MultipleDegrees).points > 0 {
                notes.push(NOTE_TRANSCRIPT);
            }
            if jica {
                notes.push(NOTE_NOT_WITH_JICA);
            }
        }
        "②" if jica => notes.push(NOTE_WORK_WITH_JICA),
        "③" => notes.push(NOTE_EXPECTED_SALARY),
        "⑥" => notes.push(NOTE_AUTHOR),
        "⑫" => {
            notes.push(NOTE_RND_YEAR);
            notes.push(NOTE_RND_WITH_SME);
        }
        "⑬" => notes.push(NOTE_AWARDS),
        // The ranking list's own note (the other two ways have no ranking to check).
        "⑰" if matches!(
            profile.top_university_route,
            None | Some(TopUniversityRoute::Rankings)
        ) =>
        {
            notes.push(NOTE_CHECK_RANKINGS);
        }
        "⑱" => notes.push(NOTE_JICA_REPLACES),
        _ => {}
    }
    notes
}

/// Only the documents that prove what this person claims: ⑮ by the level held.
fn applies(document: &DocumentSpec, profile: &Profile) -> bool {
    match document.id {
        "japanese_major_certificate" => profile.japanese == Japanese::N1,
        _ => true,
    }
}

/// The checklist for the items that score on `card` (the sheet of `as_of`).
pub fn evidence(profile: &Profile, card: &ScoreCard, pr: &Pr) -> EvidenceList {
    let mut numbers: Vec<(&'static str, Vec<&'static str>)> = Vec::new();
    for (item, line) in card.shown() {
        if line.points == 0 {
            continue;
        }
        for number in numbers_of(item, profile) {
            match numbers.iter_mut().find(|(n, _)| *n == number) {
                Some((_, items)) => items.push(item.code()),
                None => numbers.push((number, vec![item.code()])),
            }
        }
    }
    // In the order of the official list (① … ㉑).
    numbers.sort_by_key(|(number, _)| number.chars().next().map_or(0, u32::from));
    let items = numbers
        .into_iter()
        .map(|(number, items)| Evidence {
            number,
            items,
            documents: DOCUMENTS
                .iter()
                .filter(|(n, spec)| *n == number && applies(spec, profile))
                .map(|(_, spec)| Document {
                    id: spec.id,
                    ja: spec.ja,
                    one_of: spec.one_of,
                    gathered: profile.evidence_gathered.contains(&spec.id),
                })
                .collect(),
            notes: notes_of(number, profile, card),
            source: "S1 疎明資料（基本例）",
            confidence: Confidence::High,
        })
        .collect();
    EvidenceList {
        items,
        tax_years: tax_years(profile, pr),
        tax_years_source: "地方税法 (住民税: income of the previous calendar year); S10",
    }
}

/// 1 June of `year`.
fn june_first(year: i32) -> Date {
    Date::new(year, 6, 1).unwrap_or(Date::MIN)
}

fn tax_year(purpose: &'static str, date: Date, income_year: i32, application: Date) -> TaxYear {
    let certificate_year = income_year.saturating_add(1);
    let issued_from = june_first(certificate_year);
    TaxYear {
        purpose,
        date,
        application_date: application,
        income_year,
        certificate_year,
        reiwa: certificate_year.saturating_sub(2018),
        issued_from,
        not_yet_issued: issued_from > application,
    }
}

/// The latest certificate on `as_of`, and the one covering each look-back date of the fast
/// tracks (S10 item イ: the points N years before the application).
fn tax_years(profile: &Profile, pr: &Pr) -> Vec<TaxYear> {
    let as_of = profile.as_of;
    // The latest certificate issued by `as_of` covers the calendar year before its fiscal year.
    let latest_fiscal = if as_of >= june_first(as_of.year()) {
        as_of.year()
    } else {
        as_of.year().saturating_sub(1)
    };
    let mut years = vec![tax_year(
        "application",
        as_of,
        latest_fiscal.saturating_sub(1),
        as_of,
    )];
    for route in &pr.routes {
        let purpose = match route.route {
            "hsp80" => "hsp80_lookback",
            "hsp70" => "hsp70_lookback",
            _ => continue,
        };
        // The application on `as_of` when the route is open, else on its earliest date.
        let at = match (&route.lookback_at_earliest, &route.lookback) {
            (Some(later), _) => Some((later, route.earliest_date.unwrap_or(as_of))),
            (None, Some(now)) => Some((now, as_of)),
            (None, None) => None,
        };
        if let Some((lookback, application)) = at {
            years.push(tax_year(
                purpose,
                lookback.date,
                lookback.date.year(),
                application,
            ));
        }
    }
    years
}
