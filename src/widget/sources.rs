//! Sources a person can read (issue #12): RULES.md's ids ("S1 sheet B ③; S3", "S10 §2
//! item 6; V15") as the names of the official documents, in the reader's language, with a
//! link where the document is online. The ids stay for experts: in a hover and in the
//! printout's appendix. Internal ids (RULES §…, V…) are never shown as words.

use crate::i18n::{Lang, Tr};

/// One document of RULES.md's source register (§0).
pub struct Document {
    pub id: &'static str,
    pub name: Tr,
    /// The official page, where there is one.
    pub url: Option<&'static str>,
}

macro_rules! doc {
    ($id:literal, [$en:literal, $ja:literal, $zh:literal], $url:expr) => {
        Document {
            id: $id,
            name: [$en, $ja, $zh],
            url: $url,
        }
    };
}

pub const DOCUMENTS: [Document; 20] = [
    doc!(
        "S1",
        [
            "ISA point sheet (since Apr 2023)",
            "出入国在留管理庁 ポイント計算表（令和5年4月以降）",
            "出入国在留管理厅 积分计算表（2023年4月起）"
        ],
        Some("https://www.moj.go.jp/isa/content/930001673.xls")
    ),
    doc!(
        "S2",
        [
            "ISA point table, English",
            "ポイント計算表（英語版）",
            "积分计算表（英文版）"
        ],
        Some("https://www.moj.go.jp/isa/content/001398892.pdf")
    ),
    doc!(
        "S3",
        [
            "HSP criteria ordinance",
            "高度専門職の基準を定める省令",
            "高度专门职基准省令"
        ],
        None
    ),
    doc!(
        "S4",
        [
            "J-Skip ordinance",
            "特別高度人材の基準を定める省令",
            "特别高度人才基准省令"
        ],
        None
    ),
    doc!(
        "S5",
        [
            "ISA: the J-Skip system",
            "出入国在留管理庁「特別高度人材制度」",
            "出入国在留管理厅「特别高度人才制度」"
        ],
        Some("https://www.moj.go.jp/isa/applications/resources/nyuukokukanri01_00009.html")
    ),
    doc!(
        "S6",
        [
            "ISA: HSP points Q&A",
            "出入国在留管理庁「高度人材ポイント制Q&A」",
            "出入国在留管理厅「高度人才积分制问答」"
        ],
        Some("https://www.moj.go.jp/isa/applications/resources/newimmiact_3_qa.html")
    ),
    doc!(
        "S7",
        [
            "ISA: HSP procedures",
            "出入国在留管理庁「高度人材の手続」",
            "出入国在留管理厅「高度人才办理手续」"
        ],
        Some("https://www.moj.go.jp/isa/applications/status/newimmiact_3_procedure_index.html")
    ),
    doc!(
        "S8",
        [
            "Designated Activities public notice",
            "特定活動告示",
            "特定活动告示"
        ],
        None
    ),
    doc!(
        "S9",
        [
            "Designated Activities notice No. 34 (parents)",
            "特定活動告示34号（親）",
            "特定活动告示第34号（父母）"
        ],
        None
    ),
    doc!(
        "S10",
        [
            "ISA permanent residence guidelines",
            "永住許可に関するガイドライン",
            "永住许可指南"
        ],
        Some("https://www.moj.go.jp/isa/applications/resources/nyukan_nyukan50.html")
    ),
    doc!(
        "S11",
        [
            "2024 amendment of the Immigration Act",
            "令和6年改正入管法（永住許可制度の適正化）",
            "2024年修订入管法（永住许可制度适正化）"
        ],
        Some("https://www.moj.go.jp/isa/content/001421944.pdf")
    ),
    doc!(
        "S12",
        [
            "ISA: re-entry permits",
            "出入国在留管理庁「再入国許可」",
            "出入国在留管理厅「再入国许可」"
        ],
        None
    ),
    doc!(
        "S13",
        [
            "Immigration Act, Art. 22-4",
            "入管法第22条の4",
            "入管法第22条之4"
        ],
        None
    ),
    doc!(
        "S14",
        [
            "Landing criteria ordinance",
            "上陸基準省令",
            "上陆许可基准省令"
        ],
        None
    ),
    doc!(
        "S15",
        [
            "Priority processing (practitioners' reports)",
            "優先処理（実務家の報告）",
            "优先审查（实务人士的报告）"
        ],
        None
    ),
    doc!(
        "S16",
        [
            "Spouse's work (practitioners' reports)",
            "配偶者の就労（実務家の報告）",
            "配偶者就业（实务人士的报告）"
        ],
        None
    ),
    doc!(
        "S17",
        [
            "Domestic workers (practitioners, ISA Q&A)",
            "家事使用人（実務家・入管Q&A）",
            "外籍家政工（实务人士、入管问答）"
        ],
        None
    ),
    doc!(
        "S18",
        [
            "Business Manager criteria, Oct 2025",
            "経営・管理の基準改正（2025年10月）",
            "经营管理基准修订（2025年10月）"
        ],
        None
    ),
    doc!(
        "S19",
        [
            "HSP(ii) (the Act's table, practitioners)",
            "高度専門職2号（入管法別表・実務家）",
            "高度专门职2号（入管法附表、实务人士）"
        ],
        None
    ),
    doc!(
        "S20",
        [
            "PR to HSP (practitioners' reports)",
            "永住から高度専門職へ（実務家の報告）",
            "永住变更为高度专门职（实务人士的报告）"
        ],
        None
    ),
];

/// One readable part of a source string.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Cited {
    pub document: &'static Document,
    /// The place in it, as the document numbers it ("sheet B ③", "§2 item 6").
    pub detail: Option<String>,
}

/// Where a rule rests only on this tool's own review of the sources (RULES.md's addenda),
/// that is what the reader sees, with the ids in the hover.
pub const REVIEW: Document = doc!(
    "RULES",
    [
        "the rules review of this tool",
        "本ツールのルール検証",
        "本工具的规则核查"
    ],
    None
);

/// The place in a document as its id gives it, without what is not a place: a note on
/// where the text was read ("tebiq card", the file name), a repeat of the document's own
/// name (告示34 beside "notice No. 34", the article S13 is), or enclosing brackets.
fn place(id: &str, rest: &str) -> Option<String> {
    let rest = rest.trim();
    let inner = rest
        .strip_prefix('(')
        .and_then(|r| r.strip_suffix(')'))
        .filter(|r| !r.contains(['(', ')']))
        .unwrap_or(rest)
        .trim();
    let repeated =
        matches!(id, "S9" | "S13" | "S11") || inner.contains("tebiq") || inner.contains(".xls");
    (!inner.is_empty() && !repeated).then(|| inner.to_owned())
}

/// The documents a source string cites, in order, without repeats; internal ids dropped,
/// and [`REVIEW`] when nothing else is left.
pub fn cited(source: &str) -> Vec<Cited> {
    let mut out: Vec<Cited> = Vec::new();
    for part in source.split(';').map(str::trim) {
        let (id, rest) = part.split_once(' ').unwrap_or((part, ""));
        let Some(document) = DOCUMENTS.iter().find(|d| d.id == id) else {
            continue;
        };
        let detail = place(id, rest);
        if let Some(existing) = out.iter_mut().find(|c| c.document.id == id) {
            if existing.detail.is_none() {
                existing.detail = detail;
            }
            continue;
        }
        out.push(Cited { document, detail });
    }
    if out.is_empty() && !source.trim().is_empty() {
        out.push(Cited {
            document: &REVIEW,
            detail: None,
        });
    }
    out
}

/// A place as the reader's language writes it. English keeps the ids' own form ("sheet B
/// ③", "§2 item 6"); Japanese and Chinese get the guideline's numbering ("2(6)", "1(3)イ")
/// and the sheet's mark alone (the sheet is the category's).
pub fn local_place(lang: Lang, detail: &str) -> String {
    if lang == Lang::En {
        return detail.to_owned();
    }
    let (age, note, text) = match lang {
        Lang::Ja => ("年齢", "の注記", "年版"),
        _ => ("年龄", "注释", "年版本"),
    };
    let mut out = detail.to_owned();
    // "sheet B ③" → "③", "sheet B age" → "年齢".
    if let Some(rest) = out.strip_prefix("sheet ") {
        let mark = rest.split_once(' ').map_or("", |(_, m)| m).trim();
        out = if mark == "age" {
            age.to_owned()
        } else {
            mark.to_owned()
        };
    }
    // "§2 items 6–8" → "2(6)～(8)"; "§2 item 6" → "2(6)"; "§1 (3)イ" → "1(3)イ".
    if let Some(rest) = out.strip_prefix('§') {
        let (section, tail) = rest.split_once(' ').unwrap_or((rest, ""));
        let tail = tail
            .trim_start_matches("items ")
            .trim_start_matches("item ");
        let tail = if tail.starts_with('(') {
            tail.to_owned()
        } else if let Some((from, to)) = tail.split_once('–') {
            format!("({from})～({to})")
        } else if tail.is_empty() {
            String::new()
        } else {
            format!("({tail})")
        };
        out = format!("{section}{tail}");
    }
    // "(3)イ (2024-11-18 note)" → "(3)イ（2024年11月18日の注記）"; "2019 text" → "2019年版".
    let dated = out.split_once(" (").and_then(|(head, rest)| {
        let day = rest.trim_end_matches(')').strip_suffix(" note")?;
        Some((head.to_owned(), crate::rules::Date::parse(day)?))
    });
    if let Some((head, day)) = dated {
        out = format!("{head}（{}{note}）", crate::i18n::format::date(lang, day));
    }
    if let Some(year) = out.strip_suffix(" text") {
        out = format!("{year}{text}");
    }
    out
}

/// The words for a source string: "ISA point sheet (since Apr 2023), sheet B ③ · HSP
/// criteria ordinance".
pub fn words(lang: Lang, source: &str) -> String {
    cited(source)
        .iter()
        .map(|c| {
            let name = lang.pick(&c.document.name);
            match &c.detail {
                Some(detail) => format!("{name} {}", local_place(lang, detail)),
                None => name.to_owned(),
            }
        })
        .collect::<Vec<_>>()
        .join(" · ")
}

impl PartialEq for Document {
    fn eq(&self, other: &Self) -> bool {
        self.id == other.id
    }
}
impl Eq for Document {}
impl std::fmt::Debug for Document {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.id)
    }
}

/// The rules date ("2026-12") as the language writes a month: "December 2026", "2026年12月".
pub fn rules_date(lang: Lang, month: &str) -> String {
    const MONTHS: [&str; 12] = [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ];
    let Some((year, m)) = month.split_once('-') else {
        return month.to_owned();
    };
    let Ok(m) = m.parse::<usize>() else {
        return month.to_owned();
    };
    match lang {
        Lang::En => match m.checked_sub(1).and_then(|i| MONTHS.get(i)) {
            Some(name) => format!("{name} {year}"),
            None => month.to_owned(),
        },
        _ => format!("{year}年{m}月"),
    }
}
