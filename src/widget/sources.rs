//! Sources a person can read (issue #12): RULES.md's ids ("S1 sheet B ③; S3", "S10 §2
//! item 6; V15") as the names of the official documents, in the reader's language, with a
//! link where the document is online. The ids stay for experts: in a hover and in the
//! printout's appendix. Internal ids (RULES §…, V…) are never shown as words.

use crate::i18n::{Lang, Tr, fill, format, ui::UI};

/// One document of RULES.md's source register (§0).
pub struct Document {
    pub id: &'static str,
    pub name: &'static Tr,
    /// The official page, where there is one.
    pub url: Option<&'static str>,
}

/// A document of the register; its name is the message `ui.source_<id>` of the files.
const fn doc(id: &'static str, name: &'static Tr, url: Option<&'static str>) -> Document {
    Document { id, name, url }
}

pub const DOCUMENTS: [Document; 20] = [
    doc(
        "S1",
        &UI.source_s1,
        Some("https://www.moj.go.jp/isa/content/930001673.xls"),
    ),
    doc(
        "S2",
        &UI.source_s2,
        Some("https://www.moj.go.jp/isa/content/001398892.pdf"),
    ),
    doc("S3", &UI.source_s3, None),
    doc("S4", &UI.source_s4, None),
    doc(
        "S5",
        &UI.source_s5,
        Some("https://www.moj.go.jp/isa/applications/resources/nyuukokukanri01_00009.html"),
    ),
    doc(
        "S6",
        &UI.source_s6,
        Some("https://www.moj.go.jp/isa/applications/resources/newimmiact_3_qa.html"),
    ),
    doc(
        "S7",
        &UI.source_s7,
        Some("https://www.moj.go.jp/isa/applications/status/newimmiact_3_procedure_index.html"),
    ),
    doc("S8", &UI.source_s8, None),
    doc("S9", &UI.source_s9, None),
    doc(
        "S10",
        &UI.source_s10,
        Some("https://www.moj.go.jp/isa/applications/resources/nyukan_nyukan50.html"),
    ),
    doc(
        "S11",
        &UI.source_s11,
        Some("https://www.moj.go.jp/isa/content/001421944.pdf"),
    ),
    doc("S12", &UI.source_s12, None),
    doc("S13", &UI.source_s13, None),
    doc("S14", &UI.source_s14, None),
    doc("S15", &UI.source_s15, None),
    doc("S16", &UI.source_s16, None),
    doc("S17", &UI.source_s17, None),
    doc("S18", &UI.source_s18, None),
    doc("S19", &UI.source_s19, None),
    doc("S20", &UI.source_s20, None),
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
pub const REVIEW: Document = doc("RULES", &UI.source_rules, None);

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
    let mut out = detail.to_owned();
    // "sheet B ③" → "③", "sheet B age" → "年齢".
    if let Some(rest) = out.strip_prefix("sheet ") {
        let mark = rest.split_once(' ').map_or("", |(_, m)| m).trim();
        out = if mark == "age" {
            lang.pick(&UI.place_age).to_owned()
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
        out = fill(
            lang.pick(&UI.place_note),
            &[&head, &format::date(lang, day)],
        );
    }
    if let Some(year) = out.strip_suffix(" text") {
        out = fill(lang.pick(&UI.place_edition), &[year]);
    }
    out
}

/// The words for a source string: "ISA point sheet (since Apr 2023), sheet B ③ · HSP
/// criteria ordinance".
pub fn words(lang: Lang, source: &str) -> String {
    cited(source)
        .iter()
        .map(|c| {
            let name = lang.pick(c.document.name);
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
    month
        .split_once('-')
        .and_then(|(year, m)| format::month_year(lang, year, m.parse().ok()?))
        .unwrap_or_else(|| month.to_owned())
}
