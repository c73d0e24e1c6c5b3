//! The rules' machine codes in words (en, ja, zh). One table for all codes; a native test
//! (`tests/translations.rs`) checks that every code the rules emit is here.

use std::sync::OnceLock;

use super::Tr;

/// The words of a code. A render looks up a few hundred codes: a binary search over the
/// table sorted once, not a scan of it each time.
pub fn lookup(code: &str) -> Option<&'static Tr> {
    static SORTED: OnceLock<Vec<(&str, &Tr)>> = OnceLock::new();
    let sorted = SORTED.get_or_init(|| {
        let mut sorted: Vec<(&str, &Tr)> = CODES.iter().map(|(c, text)| (*c, text)).collect();
        sorted.sort_unstable_by_key(|(c, _)| *c);
        sorted
    });
    let at = sorted.binary_search_by_key(&code, |(c, _)| c).ok()?;
    sorted.get(at).map(|(_, text)| *text)
}

pub const CODES: &[(&str, Tr)] = &[
    // Sheet items (points.items[].id) and bonus names.
    ("education", tr!["Academic background", "学歴", "学历"]),
    (
        "multiple_degrees",
        tr!["Degrees in two fields", "複数分野の学位", "多个领域的学位"],
    ),
    ("experience", tr!["Professional career", "職歴", "职历"]),
    ("salary", tr!["Annual salary", "年収", "年收入"]),
    ("age", tr!["Age", "年齢", "年龄"]),
    (
        "research",
        tr!["Research achievements", "研究実績", "研究实绩"],
    ),
    ("qualifications", tr!["Qualifications", "資格", "资格"]),
    ("position", tr!["Position", "地位", "职位"]),
    (
        "innovation_support",
        tr![
            "Employer receives innovation-promotion support",
            "イノベーション促進支援措置を受けている機関",
            "所属机构享受创新促进支援措施",
        ],
    ),
    (
        "sme",
        tr![
            "…and it is a small or medium-sized enterprise",
            "…かつ中小企業",
            "…且为中小企业",
        ],
    ),
    (
        "local_gov_support",
        tr![
            "Local-government support for accepting HSP",
            "地方公共団体の高度人材受入れ支援",
            "地方政府的高度人才接收支援",
        ],
    ),
    (
        "rnd_over_3pct",
        tr![
            "SME with R&D costs over 3% of sales",
            "試験研究費等比率が3%超の中小企業",
            "试验研究费等比率超过3%的中小企业",
        ],
    ),
    (
        "foreign_qualification",
        tr![
            "Foreign qualification or award recognised by the Ministry of Justice",
            "法務大臣が認める外国の資格・表彰等",
            "法务大臣认可的外国资格、奖项等",
        ],
    ),
    (
        "japanese_university",
        tr![
            "Graduated from a university or graduate school in Japan",
            "日本の大学を卒業または大学院の課程を修了",
            "日本的大学毕业或研究生院修毕",
        ],
    ),
    (
        "japanese",
        tr!["Japanese ability", "日本語能力", "日语能力"],
    ),
    (
        "growth_field",
        tr![
            "Advanced project in a growth field",
            "成長分野における先端的な事業",
            "成长领域的尖端事业",
        ],
    ),
    (
        "top_university",
        tr![
            "Graduated from a listed top university",
            "指定の上位大学を卒業",
            "毕业于指定的顶尖大学",
        ],
    ),
    (
        "jica_training",
        tr![
            "JICA Innovative Asia training (1 year or more)",
            "JICAイノベーティブ・アジア研修（1年以上）",
            "JICA创新亚洲研修（1年以上）",
        ],
    ),
    (
        "jica_training_used_japanese_university",
        tr![
            "…the training used Japanese university classes",
            "…研修で日本の大学の授業を受けた",
            "…研修使用了日本的大学课程",
        ],
    ),
    (
        "investment_100m",
        tr![
            "Invested ¥100 million or more in a business in Japan",
            "日本での事業に1億円以上を投資",
            "在日本事业投资1亿日元以上",
        ],
    ),
    (
        "investment_management",
        tr![
            "Investment management business",
            "投資運用業等",
            "投资运用业等",
        ],
    ),
    // Notes on items that score nothing.
    (
        "not_scored_in_category",
        tr![
            "not scored in this category",
            "この類型では加算なし",
            "该类型不计分",
        ],
    ),
    (
        "below_lowest_salary_band",
        tr![
            "below the lowest salary band",
            "最低の年収区分未満",
            "低于最低年收入档",
        ],
    ),
    (
        "salary_band_closed_at_age",
        tr![
            "this salary band gives no points at your age",
            "この年収区分はこの年齢では加算なし",
            "该年收入档在此年龄不计分",
        ],
    ),
    (
        "below_lowest_experience_band",
        tr!["under 3 years", "3年未満", "不满3年"],
    ),
    (
        "no_age_points_from_40",
        tr![
            "no age points from 40",
            "40歳以上は加算なし",
            "40岁以上不计分",
        ],
    ),
    (
        "requires_innovation_support",
        tr![
            "counts only with innovation-promotion support",
            "イノベーション促進支援措置を受けている場合のみ",
            "仅在享受创新促进支援措施时计分",
        ],
    ),
    (
        "requires_sme",
        tr![
            "counts only for an SME",
            "中小企業の場合のみ",
            "仅限中小企业",
        ],
    ),
    (
        "n2_excluded_by_japanese_university",
        tr![
            "N2 does not count with a Japanese degree",
            "日本の大学卒業者はN2の加算対象外",
            "在日本的大学毕业者不适用N2加分",
        ],
    ),
    (
        "jica_excluded_by_japanese_university",
        tr![
            "not counted with a Japanese degree from the same studies",
            "日本の大学の加算と重複しない",
            "不与日本的大学毕业加分重复计算",
        ],
    ),
    // HSP(i).
    (
        "points_below_70",
        tr!["fewer than 70 points", "70点未満", "不足70分"],
    ),
    (
        "salary_below_3m_floor",
        tr![
            "salary under ¥3 million: not HSP whatever the points ((b), (c))",
            "年収300万円未満：点数にかかわらず対象外（ロ・ハ）",
            "年收入不足300万日元：无论分数多少均不符合（专门技术类、经营管理类）",
        ],
    ),
    (
        "designated_organisation",
        tr![
            "Work for the organisation designated in your permission",
            "指定された機関での活動であること",
            "在许可指定的机构从事活动",
        ],
    ),
    (
        "landing_criteria",
        tr![
            "Meet the landing criteria of the underlying status",
            "基準省令（上陸許可基準）に適合すること",
            "符合上陆许可基准",
        ],
    ),
    (
        "business_manager_criteria_2025",
        tr![
            "Business manager criteria of 16 Oct 2025 (capital ¥30M, an employee, Japanese N2…)",
            "2025年10月16日改正の経営・管理の基準（資本金3,000万円、常勤職員、日本語能力等）",
            "2025年10月16日修订的「经营/管理」许可标准（资本金3,000万日元、全职员工、日语能力等）",
        ],
    ),
    // J-Skip.
    (
        "income_below_threshold",
        tr![
            "income below the J-Skip threshold",
            "年収がJ-Skipの基準額未満",
            "年收入低于J-Skip标准",
        ],
    ),
    (
        "management_experience_under_5_years",
        tr![
            "under 5 years of business management",
            "経営・管理の実務経験5年未満",
            "经营管理经验不满5年",
        ],
    ),
    (
        "no_graduate_degree_and_experience_under_10_years",
        tr![
            "no master's/doctorate/professional degree and under 10 years of experience",
            "修士・博士・専門職学位がなく実務経験10年未満",
            "无硕士、博士或专门职学位，且经验不满10年",
        ],
    ),
    (
        "graduate_degree",
        tr!["graduate degree", "修士以上の学位", "硕士以上学位"],
    ),
    // HSP(ii).
    (
        "already_hsp2",
        tr![
            "you already hold HSP(ii)",
            "既に高度専門職2号",
            "已持有高度专门职2号",
        ],
    ),
    (
        "not_hsp1",
        tr![
            "needs HSP(i) (or past HSP(i) years)",
            "高度専門職1号（または過去の在留）が必要",
            "需要高度专门职1号（或过去以1号在留的经历）",
        ],
    ),
    (
        "pr_since_missing",
        tr![
            "give the date PR was granted",
            "永住許可日を入力してください",
            "请填写永住许可日",
        ],
    ),
    (
        "hsp_since_missing",
        tr![
            "give the date you became HSP",
            "高度専門職の始期を入力してください",
            "请填写成为高度专门职的日期",
        ],
    ),
    (
        "hsp1_years_not_yet_served",
        tr![
            "3 years of HSP(i) not yet reached (1 for J-Skip)",
            "高度専門職1号で3年（J-Skipは1年）に達していない",
            "尚未满高度专门职1号3年（J-Skip为1年）",
        ],
    ),
    (
        "points_or_years_not_reached",
        tr![
            "points or years not reached in the projection",
            "見通しの範囲で点数または年数に達しない",
            "在预测范围内未达到分数或年数",
        ],
    ),
    (
        "points_below_70_now",
        tr!["fewer than 70 points now", "現在70点未満", "目前不足70分"],
    ),
    (
        "hsp1_3_years",
        tr![
            "3 years of HSP(i)",
            "高度専門職1号で3年",
            "高度专门职1号满3年",
        ],
    ),
    (
        "jskip_1_year",
        tr!["1 year of J-Skip", "特別高度人材で1年", "特别高度人才满1年"],
    ),
    // PR routes.
    (
        "general",
        tr![
            "General: 10 years in Japan (5 in a work status)",
            "原則：10年在留（うち就労資格5年）",
            "原则：在日10年（其中就劳资格5年）",
        ],
    ),
    (
        "hsp70",
        tr![
            "HSP 70 points: 3 years",
            "高度人材70点：3年",
            "高度人才70分：3年",
        ],
    ),
    (
        "hsp80",
        tr![
            "HSP 80 points: 1 year",
            "高度人材80点：1年",
            "高度人才80分：1年",
        ],
    ),
    ("jskip", tr!["J-Skip", "特別高度人材", "特别高度人才"]),
    (
        "spouse",
        tr![
            "Spouse of a Japanese national or PR: 3 years of marriage, 1 in Japan",
            "日本人・永住者の配偶者：婚姻3年・在留1年",
            "日本人或永住者的配偶者：婚姻3年且在日1年",
        ],
    ),
    (
        "long_term_resident",
        tr!["Long-Term Resident: 5 years", "定住者：5年", "定住者：5年"],
    ),
    (
        "recognised",
        tr![
            "counted from your recognised points",
            "認定されたポイントによる",
            "按已认定的分数",
        ],
    ),
    (
        "calculated",
        tr![
            "points on the application date and N years before",
            "申請日とその1年前・3年前のポイントによる",
            "按申请日及其1年前或3年前的分数",
        ],
    ),
    (
        "in_japan_since_assumed_from_status_dates",
        tr![
            "residence start taken from your status dates",
            "在留開始日を在留資格の日付から推定",
            "居住起始日根据在留资格日期推定",
        ],
    ),
    (
        "already_permanent_resident",
        tr!["you are a permanent resident", "既に永住者", "已是永住者"],
    ),
    (
        "residence_history_missing",
        tr![
            "enter your residence history",
            "在留歴を入力してください",
            "请填写在留经历",
        ],
    ),
    (
        "not_resident_in_japan",
        tr![
            "starts when you live in Japan",
            "日本在留開始後に起算",
            "在日本居住后开始计算",
        ],
    ),
    (
        "in_japan_since_missing",
        tr![
            "give the date you started living in Japan",
            "日本での在留開始日を入力してください",
            "请填写在日本居住的起始日",
        ],
    ),
    (
        "lookback_salary_assumed",
        tr![
            "past salary not given: today's assumed (unconfirmed)",
            "過去の年収未入力：現在の年収で仮定（未確認）",
            "未填写过去年收入：按目前年收入假定（未确认）",
        ],
    ),
    (
        "points_below_80_now",
        tr!["fewer than 80 points now", "現在80点未満", "目前不足80分"],
    ),
    (
        "jskip_criteria_not_met_now",
        tr![
            "J-Skip criteria not met now",
            "現在J-Skipの基準を満たさない",
            "目前不符合J-Skip标准",
        ],
    ),
    (
        "residence_under_1_year",
        tr!["under 1 year of residence", "在留1年未満", "在留不满1年"],
    ),
    (
        "residence_under_3_years",
        tr!["under 3 years of residence", "在留3年未満", "在留不满3年"],
    ),
    (
        "projected_date",
        tr![
            "projected: assumes today's salary and a continued stay",
            "見込み：現在の年収と在留の継続を前提",
            "预测：假定年收入不变且持续在留",
        ],
    ),
    (
        "not_reached_in_projection",
        tr![
            "not reached at today's salary",
            "現在の年収では到達しない",
            "按目前年收入无法达到",
        ],
    ),
    (
        "work_status_since_from_hsp_since",
        tr![
            "work status counted from your HSP date",
            "就労資格をHSPの始期から計算",
            "就劳资格自高度专门职起始日计算",
        ],
    ),
    (
        "work_status_since_assumed_from_arrival",
        tr![
            "work status counted from your arrival",
            "就労資格を入国日から計算",
            "就劳资格自入境日计算",
        ],
    ),
    (
        "no_work_or_residential_status",
        tr![
            "needs 5 years in a work or residential status",
            "就労資格または居住資格で5年が必要",
            "需要就劳资格或居住资格5年",
        ],
    ),
    (
        "residence_under_10_years",
        tr!["under 10 years in Japan", "在留10年未満", "在日不满10年"],
    ),
    (
        "work_status_under_5_years",
        tr![
            "under 5 years in a work status",
            "就労資格で5年未満",
            "就劳资格不满5年",
        ],
    ),
    (
        "not_spouse_of_japanese_or_pr",
        tr![
            "for spouses of Japanese nationals or PRs",
            "日本人・永住者の配偶者が対象",
            "适用于日本人或永住者的配偶者",
        ],
    ),
    (
        "married_since_missing",
        tr![
            "give the date of marriage",
            "婚姻日を入力してください",
            "请填写结婚日期",
        ],
    ),
    (
        "marriage_under_3_years",
        tr!["under 3 years of marriage", "婚姻3年未満", "婚姻不满3年"],
    ),
    (
        "not_long_term_resident",
        tr!["for Long-Term Residents", "定住者が対象", "适用于定住者"],
    ),
    (
        "status_since_assumed_from_arrival",
        tr![
            "status counted from your arrival",
            "在留資格を入国日から計算",
            "在留资格自入境日计算",
        ],
    ),
    (
        "long_term_resident_under_5_years",
        tr![
            "under 5 years as a Long-Term Resident",
            "定住者として5年未満",
            "定住者不满5年",
        ],
    ),
    // PR checklist.
    (
        "good_conduct",
        tr![
            "Good conduct (obeys the law, no social reproach)",
            "素行が善良であること",
            "品行善良",
        ],
    ),
    (
        "independent_livelihood",
        tr![
            "Independent livelihood (assets or skills)",
            "独立の生計を営むに足りる資産又は技能を有すること",
            "具有足以独立生活的资产或技能",
        ],
    ),
    (
        "no_criminal_penalty",
        tr![
            "No fine or imprisonment",
            "罰金刑や拘禁刑を受けていないこと",
            "未被判处罚金或拘禁刑",
        ],
    ),
    (
        "public_duties_paid_on_time",
        tr![
            "Taxes, pension and health insurance paid by their due dates; Immigration Act notifications made (late payment counts against you even if paid later)",
            "納税・公的年金・公的医療保険料を納期限内に納付し、入管法上の届出を行っていること（遅れて納付しても原則として消極評価）",
            "按期缴纳税金、公共年金及公共医疗保险费，并履行入管法规定的申报（逾期后补缴原则上也属负面评价）",
        ],
    ),
    (
        "longest_period_of_stay",
        tr![
            "You hold the longest period of stay for your status",
            "最長の在留期間をもって在留していること",
            "持有该在留资格的最长在留期间",
        ],
    ),
    (
        "landing_criteria_of_current_status",
        tr![
            "You meet the landing criteria of your current status",
            "現に有する在留資格の上陸許可基準等に適合していること",
            "符合目前在留资格的上陆许可基准等",
        ],
    ),
    (
        "public_health",
        tr![
            "No risk from a public-health standpoint",
            "公衆衛生上の観点から有害となるおそれがないこと",
            "无公共卫生方面的危害",
        ],
    ),
    (
        "guarantor",
        tr![
            "A guarantor (身元保証人)",
            "身元保証人がいること",
            "有身份担保人（身元保证人）",
        ],
    ),
    (
        "three_years_counts",
        tr![
            "Until 31 Mar 2027, a 3-year period of stay counts as the longest.",
            "2027年（令和9年）3月31日までは在留期間「3年」を最長とみなします。",
            "截至2027年3月31日，“3年”在留期间视为最长。",
        ],
    ),
    (
        "maximum_required",
        tr![
            "From 1 Apr 2027 the actual longest period (usually 5 years) is needed.",
            "2027年（令和9年）4月1日以降は実際の最長期間（通常5年）が必要です。",
            "自2027年4月1日起需持有实际最长期间（通常为5年）。",
        ],
    ),
    // Parents.
    (
        "hsp_status",
        tr![
            "You hold HSP status",
            "高度専門職であること",
            "持有高度专门职",
        ],
    ),
    (
        "household_income_8m",
        tr![
            "Household income ¥8 million or more",
            "世帯年収800万円以上",
            "家庭年收入800万日元以上",
        ],
    ),
    (
        "child_under_7_or_pregnancy",
        tr![
            "A child under 7, or a pregnancy",
            "7歳未満の子の養育、または妊娠中",
            "抚养未满7岁的子女或怀孕中",
        ],
    ),
    (
        "live_together",
        tr![
            "The parent lives with you",
            "親と同居すること",
            "父母与您同住",
        ],
    ),
    (
        "one_side_only",
        tr![
            "Parents of one side only (yours or your spouse's)",
            "本人または配偶者のいずれか一方の親に限る",
            "仅限本人或配偶者一方的父母",
        ],
    ),
    (
        "both_parents_of_one_side",
        tr![
            "Both parents may come together, if from the same side",
            "同じ側の父母なら両方そろって来日できる",
            "同一方的父母可以两人一同来日",
        ],
    ),
    (
        "support_at_least_3_months",
        tr![
            "You will need their help for 3 months or more",
            "3か月以上の支援が必要であること",
            "需要3个月以上的帮助",
        ],
    ),
    (
        "permanent_residents_not_covered",
        tr![
            "permanent residents cannot use this",
            "永住者は対象外",
            "永住者不适用",
        ],
    ),
    (
        "not_hsp",
        tr![
            "needs HSP status",
            "高度専門職であることが必要",
            "需要持有高度专门职",
        ],
    ),
    (
        "until_seven_years_after_birth",
        tr![
            "then until the child turns 7",
            "出産後は子が7歳になるまで",
            "出生后至子女满7岁",
        ],
    ),
    // Domestic workers.
    (
        "household_income_10m",
        tr![
            "Household income ¥10 million or more",
            "世帯年収1,000万円以上",
            "家庭年收入1,000万日元以上",
        ],
    ),
    (
        "household_income_30m",
        tr![
            "Household income ¥30 million or more",
            "世帯年収3,000万円以上",
            "家庭年收入3,000万日元以上",
        ],
    ),
    (
        "worker_age_18",
        tr![
            "The worker is 18 or older",
            "家事使用人が18歳以上",
            "家政工年满18岁",
        ],
    ),
    (
        "worker_language",
        tr![
            "The worker can converse in your household's language",
            "家庭で使う言語で日常会話ができる",
            "能用家庭使用的语言进行日常会话",
        ],
    ),
    (
        "worker_pay_200k_month",
        tr![
            "You pay ¥200,000 a month or more",
            "月額20万円以上の報酬",
            "月薪20万日元以上",
        ],
    ),
    (
        "housework_for_employer_only",
        tr![
            "Housework for you only",
            "雇用主の家事に限る",
            "仅为雇主从事家务",
        ],
    ),
    (
        "family_circumstances",
        tr![
            "Family-circumstances type (家庭事情型)",
            "家庭事情型",
            "家庭情况型（家庭事情型）",
        ],
    ),
    (
        "accompanying",
        tr![
            "Accompanying-entry type (入国帯同型)",
            "入国帯同型",
            "入境随行型（入国帯同型）",
        ],
    ),
    (
        "financial",
        tr![
            "Financial-professional type (金融人材型)",
            "金融人材型",
            "金融人才型（金融人材型）",
        ],
    ),
    (
        "child_under_13_or_spouse_cannot_do_housework",
        tr![
            "A child under 13, or a spouse who cannot do housework",
            "13歳未満の子がいる、または配偶者が家事をできない",
            "有未满13岁的子女，或配偶者无法从事家务",
        ],
    ),
    (
        "worker_employed_1_year_before_entry",
        tr![
            "The worker has worked for you for a year before you came",
            "入国前から1年以上雇用している",
            "入境前已雇用1年以上",
        ],
    ),
    (
        "worker_leaves_with_employer",
        tr![
            "The worker will leave Japan with you, at your expense",
            "本人と共に本人の負担で出国する",
            "与您一起离境并由您承担费用",
        ],
    ),
    (
        "investment_management_business",
        tr![
            "You work in investment management",
            "投資運用業等に従事",
            "从事投资运用业等",
        ],
    ),
    (
        "no_worker_type_open",
        tr![
            "no type of domestic worker is open",
            "該当する類型がない",
            "无可适用的家政工类型",
        ],
    ),
    (
        "only_accompanying_type",
        tr![
            "only a worker employed abroad for a year can come with you",
            "入国前から1年以上雇用している家事使用人を帯同する場合のみ",
            "仅限入境前已雇用1年以上的家政工随行",
        ],
    ),
    // Improvements.
    ("at_least", tr!["at least", "以上", "以上"]),
    ("held", tr!["held", "保有中", "已持有"]),
    ("one_more", tr!["one more", "あと1つ", "再多一个"]),
    (
        "n1",
        tr![
            "JLPT N1 / BJT 480+",
            "N1 / BJT480点以上",
            "N1 / BJT 480分以上",
        ],
    ),
    (
        "n2",
        tr![
            "JLPT N2 / BJT 400+",
            "N2 / BJT400点以上",
            "N2 / BJT 400分以上",
        ],
    ),
    ("master", tr!["Master's", "修士", "硕士"]),
    ("mba_mot", tr!["MBA or MOT", "MBA・MOT", "MBA或MOT"]),
    ("doctor", tr!["Doctorate", "博士", "博士"]),
    ("director", tr!["Director", "取締役等", "董事等"]),
    (
        "representative",
        tr!["Representative director", "代表取締役等", "代表董事等"],
    ),
    (
        "patent",
        tr!["a patented invention", "特許発明", "专利发明"],
    ),
    (
        "grants",
        tr![
            "3 foreign-government-funded projects",
            "外国政府の資金による研究3回",
            "参与3项外国政府资助的研究项目",
        ],
    ),
    (
        "papers",
        tr![
            "3 papers as corresponding or first author",
            "責任著者・筆頭著者の論文3本",
            "以通讯作者或第一作者发表论文3篇",
        ],
    ),
    (
        "other",
        tr![
            "another recognised achievement",
            "その他の研究実績",
            "其他获认可的研究实绩",
        ],
    ),
    // Points timeline.
    ("age_30", tr!["you turn 30", "30歳になる", "满30岁"]),
    ("age_35", tr!["you turn 35", "35歳になる", "满35岁"]),
    ("age_40", tr!["you turn 40", "40歳になる", "满40岁"]),
    (
        "experience_3_years",
        tr!["3 years of experience", "実務経験3年", "经验满3年"],
    ),
    (
        "experience_5_years",
        tr!["5 years of experience", "実務経験5年", "经验满5年"],
    ),
    (
        "experience_7_years",
        tr!["7 years of experience", "実務経験7年", "经验满7年"],
    ),
    (
        "experience_10_years",
        tr!["10 years of experience", "実務経験10年", "经验满10年"],
    ),
    // Comparison rows.
    (
        "earliest_date",
        tr!["When you can hold it", "取得できる時期", "可取得的时间"],
    ),
    (
        "period_of_stay",
        tr!["Period of stay", "在留期間", "在留期间"],
    ),
    (
        "activities",
        tr!["What you may do", "活動の範囲", "活动范围"],
    ),
    ("job_change", tr!["Changing jobs", "転職", "换工作"]),
    (
        "spouse_work",
        tr!["Spouse's work", "配偶者の就労", "配偶者就劳"],
    ),
    ("parents", tr!["Bringing parents", "親の帯同", "父母随行"]),
    (
        "domestic_worker",
        tr!["Foreign domestic worker", "家事使用人の帯同", "外籍家政工"],
    ),
    (
        "priority_processing",
        tr![
            "Priority processing",
            "入国・在留手続の優先処理",
            "入境及在留手续的优先处理",
        ],
    ),
    (
        "pr_fast_track",
        tr!["Path to PR", "永住許可への要件緩和", "永住许可要件的放宽"],
    ),
    ("renewal", tr!["Renewal", "更新", "更新"]),
    (
        "residence_card",
        tr!["Residence card", "在留カード", "在留卡"],
    ),
    (
        "special_reentry",
        tr![
            "Special re-entry permit",
            "みなし再入国許可",
            "视为再入国许可",
        ],
    ),
    (
        "reentry_permit",
        tr!["Re-entry permit", "再入国許可", "再入国许可"],
    ),
    (
        "cancellation",
        tr![
            "Cancellation for not working",
            "活動をしないことによる取消し",
            "因未从事活动而取消",
        ],
    ),
    (
        "revocation",
        tr![
            "Revocation (2024 amendment)",
            "取消し（令和6年改正）",
            "取消（2024年修订）",
        ],
    ),
    (
        "fee_and_processing",
        tr!["Fee and processing", "手数料・審査期間", "手续费与审查期间"],
    ),
    // Comparison cell values.
    ("eligible_now", tr!["now", "現在可能", "现在可以"]),
    ("from_date", tr!["from", "から", "起"]),
    (
        "not_open",
        tr!["not open to you", "この入力では不可", "按当前输入不可"],
    ),
    (
        "unknown_without_residence",
        tr![
            "unknown: enter your residence history",
            "不明（在留歴を入力）",
            "未知（请填写在留经历）",
        ],
    ),
    (
        "unknown_without_family",
        tr![
            "unknown: enter your family",
            "不明（家族を入力）",
            "未知（请填写家庭情况）",
        ],
    ),
    (
        "needs_age_and_salary",
        tr!["your age and salary", "年齢と年収", "年龄和年收入"],
    ),
    (
        "needs_residence",
        tr!["your residence history", "在留歴", "在留经历"],
    ),
    (
        "needs_hsp_since",
        tr![
            "the date you got HSP(i)",
            "高度専門職1号の取得日",
            "取得高度专门职1号的日期"
        ],
    ),
    (
        "needs_pr_since",
        tr![
            "the date you got PR",
            "永住許可を受けた日",
            "获得永住许可的日期"
        ],
    ),
    ("needs_family", tr!["your family", "家族の状況", "家庭情况"]),
    ("5_years", tr!["5 years", "5年", "5年"]),
    ("indefinite", tr!["indefinite", "無期限", "无期限"]),
    (
        "designated_activity_and_related",
        tr![
            "the designated activity and related business",
            "指定された活動と関連する事業経営",
            "指定活动及相关事业经营",
        ],
    ),
    (
        "hsp_and_most_work_activities",
        tr![
            "HSP activities and almost all work",
            "高度専門職の活動とほぼすべての就労活動",
            "高度专门职活动及几乎所有就劳活动",
        ],
    ),
    ("unrestricted", tr!["no restriction", "制限なし", "无限制"]),
    (
        "change_of_status_permission",
        tr![
            "needs a change-of-status permission",
            "在留資格変更許可が必要",
            "需要在留资格变更许可",
        ],
    ),
    (
        "notification_only",
        tr!["a notification only", "届出のみ", "仅需申报"],
    ),
    ("free", tr!["free", "自由", "自由"]),
    (
        "designated_activities_33",
        tr![
            "may work full time (特定活動33号)",
            "フルタイムで就労可（特定活動33号）",
            "可全职工作（特定活动33号）",
        ],
    ),
    (
        "designated_activities_33_widened",
        tr![
            "may work, in more fields",
            "就労可（対象分野が拡大）",
            "可工作（领域扩大）",
        ],
    ),
    (
        "spouse_of_pr_unrestricted",
        tr![
            "「永住者の配偶者等」: no work restriction",
            "「永住者の配偶者等」：就労制限なし",
            "「永住者的配偶者等」：无就劳限制",
        ],
    ),
    ("eligible", tr!["yes", "可", "可以"]),
    (
        "conditions_not_met",
        tr!["conditions not met", "条件を満たさない", "不符合条件"],
    ),
    ("not_available", tr!["not available", "なし", "无"]),
    (
        "yes_10_or_5_days",
        tr![
            "yes: target 10 days (COE) / 5 days",
            "あり：目標10日（認定）・5日",
            "有：认定证明书目标10天，其他5天",
        ],
    ),
    ("no", tr!["no", "なし", "无"]),
    ("not_applicable", tr!["—", "—", "—"]),
    (
        "after_1_or_3_years",
        tr![
            "after 1 year (80) or 3 years (70)",
            "80点で1年・70点で3年",
            "80分满1年，70分满3年",
        ],
    ),
    ("after_1_year", tr!["after 1 year", "1年", "1年"]),
    (
        "every_5_years_points_reassessed",
        tr![
            "every 5 years; needs 70 points again",
            "5年ごと（再度70点が必要）",
            "每5年（需再次达70分）",
        ],
    ),
    ("none", tr!["none", "不要", "无需"]),
    (
        "every_5_years_criteria_reassessed",
        tr![
            "every 5 years; criteria checked again",
            "5年ごと（基準を再審査）",
            "每5年（重新审查标准）",
        ],
    ),
    (
        "until_end_of_stay",
        tr![
            "valid to the end of the stay",
            "在留期間満了まで",
            "至在留期间届满",
        ],
    ),
    (
        "renew_every_7_years",
        tr![
            "renew the card every 7 years",
            "カードは7年ごとに更新",
            "每7年更新卡",
        ],
    ),
    (
        "1_year_within_period_of_stay",
        tr![
            "1 year, within the period of stay",
            "1年（在留期限まで）",
            "1年（在留期限内）",
        ],
    ),
    ("1_year", tr!["1 year", "1年", "1年"]),
    (
        "up_to_5_years_within_period_of_stay",
        tr![
            "up to 5 years, within the period of stay",
            "最長5年（在留期限まで）",
            "最长5年（在留期限内）",
        ],
    ),
    ("up_to_5_years", tr!["up to 5 years", "最長5年", "最长5年"]),
    (
        "3_months_without_activity",
        tr![
            "after 3 months without the activity",
            "3か月以上活動しない場合",
            "3个月以上未从事活动",
        ],
    ),
    (
        "6_months_without_activity",
        tr![
            "after 6 months without the activity",
            "6か月以上活動しない場合",
            "6个月以上未从事活动",
        ],
    ),
    (
        "general_grounds",
        tr![
            "general grounds only",
            "一般的な取消事由のみ",
            "仅一般取消事由",
        ],
    ),
    (
        "revocable_from_2027_04_01",
        tr![
            "may be revoked from 1 Apr 2027 for unpaid taxes or insurance, breaches of duties, certain crimes",
            "2027年4月1日から、故意の公租公課の不払い・義務違反・一定の犯罪により取り消されることがある",
            "自2027年4月1日起，可能因故意不缴税费、违反义务或特定犯罪被取消",
        ],
    ),
    (
        "revocable_in_force",
        tr![
            "may be revoked for unpaid taxes or insurance, breaches of duties, certain crimes",
            "故意の公租公課の不払い・義務違反・一定の犯罪により取り消されることがある",
            "可能因故意不缴税费、违反义务或特定犯罪被取消",
        ],
    ),
    (
        "priority_processing_targets",
        tr!["priority processing", "優先処理", "优先处理"],
    ),
    ("standard", tr!["standard", "通常", "普通"]),
    // Switching.
    (
        "spouse_designated_activities_33",
        tr![
            "your spouse's 特定活動33 work status",
            "配偶者の特定活動（33号）",
            "配偶者的特定活动（33号）",
        ],
    ),
    (
        "exposed_to_pr_revocation_grounds",
        tr![
            "PR may be revoked on the 2024 amendment's grounds",
            "令和6年改正の取消事由の対象になる",
            "适用2024年修订的取消事由",
        ],
    ),
    (
        "no_renewal",
        tr!["no more renewals", "更新が不要", "无需更新"],
    ),
    (
        "free_job_change",
        tr!["change jobs freely", "自由に転職できる", "可自由换工作"],
    ),
    (
        "no_activity_cancellation",
        tr![
            "no cancellation for not working",
            "活動しないことによる取消しがない",
            "不会因未从事活动而被取消",
        ],
    ),
    (
        "spouse_of_pr_status",
        tr![
            "your spouse can hold 永住者の配偶者等 (no work limits)",
            "配偶者が「永住者の配偶者等」になれる（就労制限なし）",
            "配偶者可取得「永住者的配偶者等」（无就劳限制）",
        ],
    ),
    (
        "no_points_reassessment",
        tr![
            "no points test again",
            "ポイントの再審査がない",
            "无需再次积分审查",
        ],
    ),
    (
        "permanent_status_given_up",
        tr![
            "permanent residence is given up",
            "永住者の在留資格を失う",
            "放弃永住者资格",
        ],
    ),
    (
        "activity_restricted",
        tr![
            "activities limited to HSP work",
            "活動が高度専門職の範囲に限られる",
            "活动限于高度专门职范围",
        ],
    ),
    (
        "renewal_every_5_years_in_hsp1",
        tr![
            "renewal every 5 years in HSP(i)",
            "1号は5年ごとに更新",
            "1号每5年更新",
        ],
    ),
    (
        "job_change_needs_permission_in_hsp1",
        tr![
            "job changes need permission in HSP(i)",
            "1号では転職に許可が必要",
            "1号换工作需要许可",
        ],
    ),
    (
        "hsp2_possible_with_3_past_years",
        tr![
            "HSP(ii) directly, with 3 past years of HSP(i)",
            "過去に1号で3年あれば2号へ",
            "过去以1号在留满3年可直接转2号",
        ],
    ),
    // Unverified rules.
    (
        "landing_criteria_current_wording",
        tr![
            "current wording of the HSP landing criteria",
            "高度専門職の上陸基準の現行文言",
            "高度专门职上陆基准的现行条文",
        ],
    ),
    (
        "jskip_c_income_base",
        tr![
            "which income counts for J-Skip (c)",
            "J-Skip（ハ）の年収の範囲",
            "J-Skip（经营管理类）的年收入范围",
        ],
    ),
    (
        "pr_to_hsp1_change",
        tr![
            "changing from PR to HSP(i)",
            "永住者から高度専門職1号への変更",
            "从永住者变更为高度专门职1号",
        ],
    ),
    // Dates and what they assume (V15, V23).
    (
        "could_be_earlier_change_date_unknown",
        tr![
            "Could be earlier: a value changed between the look-back dates on a day not given, and the date takes the latest such day",
            "申請可能日がさらに早まる可能性：基準日の間に変わった値の変更日が未入力のため、変更日をあり得る最も遅い日として計算しています",
            "可能更早：回溯日期之间某项数值的变化日期未填写，按可能的最晚日期计算",
        ],
    ),
    (
        "could_be_open_now_change_date_unknown",
        tr![
            "Could be open already: a value changed between the look-back dates on a day not given; had it come early, an application today would succeed",
            "すでに申請可能な可能性：基準日の間に変わった値の変更日が未入力です。変更が早かった場合は、現在の申請でも要件を満たします",
            "可能已经可以申请：回溯日期之间某项数值的变化日期未填写；若变化较早，现在申请即可满足条件",
        ],
    ),
    (
        "lookback_points_below_70",
        tr![
            "Below 70 points three years before this application date",
            "申請日の3年前の時点で70点未満",
            "申请日3年前的时点不足70分",
        ],
    ),
    (
        "lookback_points_below_80",
        tr![
            "Below 80 points one year before this application date",
            "申請日の1年前の時点で80点未満",
            "申请日1年前的时点不足80分",
        ],
    ),
    (
        "lookback_jskip_criteria_not_met",
        tr![
            "The J-Skip criteria were not met one year before this application date",
            "申請日の1年前の時点で特別高度人材の基準を満たしていない",
            "申请日1年前的时点未满足特别高度人才的标准",
        ],
    ),
    (
        "as_today",
        tr![
            "assumed the same as today",
            "現在と同じと仮定",
            "假定与现在相同",
        ],
    ),
    (
        "as_3y_before",
        tr![
            "assumed the same as three years before",
            "3年前と同じと仮定",
            "假定与3年前相同",
        ],
    ),
    (
        "as_1y_before",
        tr![
            "assumed the same as one year before",
            "1年前と同じと仮定",
            "假定与1年前相同",
        ],
    ),
    (
        "change_date_unknown",
        tr![
            "changed on a day not given: the later day is taken",
            "変更日が未入力のため、遅い方の日付で計算",
            "变化日期未填写，按较晚的日期计算",
        ],
    ),
    (
        "oldest_birthday",
        tr![
            "no birth date: the oldest possible age is taken",
            "生年月日の入力なし：あり得る最も高い年齢で計算",
            "未输入出生日期：按可能的最大年龄计算",
        ],
    ),
    ("not_held", tr!["not held", "非該当", "不符合",]),
    (
        "bachelor",
        tr![
            "Bachelor's or equivalent",
            "大学卒業またはこれと同等以上",
            "本科或同等学历",
        ],
    ),
    (
        "professional",
        tr![
            "Professional degree (not MBA/MOT)",
            "専門職学位（MBA・MOT以外）",
            "专门职学位（MBA、MOT除外）",
        ],
    ),
    // HSP(ii) (V16).
    (
        "hsp1_years_not_served_before_pr",
        tr![
            "Fewer than 3 years of HSP(i) before permanent residence (1 year for J-Skip)",
            "永住許可前の高度専門職1号での在留が3年未満（特別高度人材は1年）",
            "获得永住许可前以高度专门职1号在留不足3年（特别高度人才为1年）",
        ],
    ),
    (
        "jskip_year_not_yet_served",
        tr![
            "Less than 1 year as a Special Highly Skilled Professional (J-Skip)",
            "特別高度人材としての在留が1年未満",
            "作为特别高度人才在留不足1年",
        ],
    ),
    // Family (V18, V19, V20).
    (
        "current_status_missing",
        tr![
            "Your current status of residence is not given",
            "現在の在留資格が未入力です",
            "尚未输入当前的在留资格",
        ],
    ),
    (
        "hsp1_or_hsp2",
        tr![
            "Highly Skilled Professional (i) or (ii) status",
            "在留資格「高度専門職」（1号または2号）",
            "在留资格「高度专门职」（1号或2号）",
        ],
    ),
    (
        "until_thirteen_years_after_birth",
        tr![
            "Open until the child on the way turns 13 (the date is not known yet)",
            "生まれてくるお子さんが13歳になるまで対象（日付はまだ確定できません）",
            "可持续至即将出生的孩子年满13岁（具体日期尚无法确定）",
        ],
    ),
    ("no_spouse", tr!["No spouse", "配偶者なし", "无配偶者",]),
    // PR checklist, fee and planned changes (V21, V24, V25, V26).
    (
        "work_years_exclude_technical_intern_and_ssw1",
        tr![
            "The 5 years in a work status do not count time as a Technical Intern Trainee (技能実習) or Specified Skilled Worker (i) (特定技能1号)",
            "就労資格での5年に、在留資格「技能実習」又は「特定技能1号」の期間は含まれません",
            "以就劳资格在留的5年不包括以在留资格「技能实习」或「特定技能1号」在留的期间",
        ],
    ),
    (
        "fee_10000_yen_rising_by_2027_03_31",
        tr![
            "fee ¥10,000 now, rising by 31 Mar 2027 at the latest (cap ¥300,000, set by cabinet order; check the current fee); about 4 months, often far longer",
            "手数料は現在1万円で、遅くとも2027年3月31日までに引き上げられます（上限30万円、金額は政令で決定。最新の金額をご確認ください）。審査は約4か月ですが、実際には大幅に長くかかる例が多くあります。",
            "手续费目前1万日元，最迟于2027年3月31日前上调（上限30万日元，金额由政令规定；请确认最新金额），审查约需4个月，实际往往长得多",
        ],
    ),
    (
        "fee_set_by_cabinet_order",
        tr![
            "fee set by cabinet order (cap ¥300,000; about ¥200,000 reported, not final; check the current fee); about 4 months, often far longer",
            "手数料は政令で定める額です（上限30万円。報道では約20万円ですが未確定です。最新の金額をご確認ください）。審査は約4か月ですが、実際には大幅に長くかかる例が多くあります。",
            "手续费为政令规定的金额（上限30万日元；据报道约20万日元，尚未确定；请确认最新金额），审查约需4个月，实际往往长得多",
        ],
    ),
    (
        "pr_review_tightening_planned",
        tr![
            "Not in force yet: the government's policy package of 23 Jan 2026 (外国人の受入れ・秩序ある共生のための総合的対応策) proposes a compulsory programme on Japanese and the rules of society, and Japanese-language and income requirements for permanent residence (an LDP panel is to report by April 2027). Not a condition today.",
            "未実施：政府が2026年1月23日に決定した「外国人の受入れ・秩序ある共生のための総合的対応策」は、日本語と社会のルールを学ぶプログラムの義務化や、永住許可の日本語・収入要件を検討するとしています（自民党の検討会が2027年4月までに報告予定）。現時点では要件ではありません。",
            "尚未实施：日本政府于2026年1月23日决定的“接纳外国人及有序共生综合对策”（日文原名：外国人の受入れ・秩序ある共生のための総合的対応策）提出将学习日语和社会规则的课程义务化，并研究为永住许可设定日语和收入条件（自民党研讨会预定于2027年4月前提交报告）。目前并非申请条件。",
        ],
    ),
    (
        "revocation_arrears_before_2027",
        tr![
            "PR revocation: whether taxes or premiums unpaid before 1 Apr 2027 can count (the amendment has no transitional clause)",
            "永住許可の取消し：2027年4月1日より前の税・保険料の滞納も考慮され得るか（改正法に経過措置なし）",
            "永住许可的取消：2027年4月1日之前欠缴的税款或保险费是否也会被考虑（修订法未设过渡条款）",
        ],
    ),
    (
        "status_business_manager",
        tr!["Business Manager (経営・管理)", "経営・管理", "经营/管理",],
    ),
    // Categories (summary).
    (
        "status_cat_a",
        tr![
            "HSP (i)(a)",
            "高度専門職1号イ",
            "高度专门职1号イ（学术研究类）"
        ],
    ),
    (
        "status_cat_b",
        tr![
            "HSP (i)(b)",
            "高度専門職1号ロ",
            "高度专门职1号ロ（专门技术类）"
        ],
    ),
    (
        "status_cat_c",
        tr![
            "HSP (i)(c)",
            "高度専門職1号ハ",
            "高度专门职1号ハ（经营管理类）"
        ],
    ),
    // Statuses of residence (the form's choices).
    (
        "status_outside_japan",
        tr!["Outside Japan", "日本国外", "日本国外"],
    ),
    (
        "status_hsp1",
        tr![
            "Highly Skilled Professional (i)",
            "高度専門職1号",
            "高度专门职1号",
        ],
    ),
    (
        "status_hsp2",
        tr![
            "Highly Skilled Professional (ii)",
            "高度専門職2号",
            "高度专门职2号",
        ],
    ),
    ("status_pr", tr!["Permanent Resident", "永住者", "永住者"]),
    (
        "status_work",
        tr![
            "Another work status (e.g. Engineer/Specialist in Humanities/International Services)",
            "その他の就労資格（技術・人文知識・国際業務など）",
            "其他就劳资格（技术/人文知识/国际业务等）",
        ],
    ),
    (
        "status_spouse_of_japanese",
        tr![
            "Spouse or Child of Japanese National / of Permanent Resident",
            "日本人の配偶者等・永住者の配偶者等",
            "日本人的配偶者等、永住者的配偶者等",
        ],
    ),
    (
        "long_term_resident_status",
        tr!["Long-Term Resident", "定住者", "定住者"],
    ),
    (
        "status_other",
        tr![
            "Other (student, dependent…)",
            "その他（留学・家族滞在など）",
            "其他（留学、家族滞在等）",
        ],
    ),
    // Input errors (decode::ErrorCode) and the widget's own.
    (
        "malformed_json",
        tr!["This could not be read.", "読み取れません。", "无法读取。"],
    ),
    ("missing", tr!["Required.", "必須です。", "必填。"]),
    (
        "wrong_type",
        tr![
            "This value has the wrong form.",
            "形式が正しくありません。",
            "格式不正确。",
        ],
    ),
    (
        "unknown_value",
        tr![
            "Not one of the choices.",
            "選択肢にありません。",
            "不在选项中。",
        ],
    ),
    (
        "unknown_field",
        tr!["Unknown field.", "不明な項目です。", "未知项目。"],
    ),
    (
        "duplicate_field",
        tr!["Given twice.", "重複しています。", "重复。"],
    ),
    (
        "unsupported_version",
        tr![
            "Made by a newer version of this tool.",
            "新しい版のツールで作成されています。",
            "由较新版本的工具生成。",
        ],
    ),
    (
        "negative",
        tr![
            "Cannot be negative.",
            "マイナスにはできません。",
            "不能为负数。",
        ],
    ),
    (
        "not_integer",
        tr![
            "Enter a whole number.",
            "整数を入力してください。",
            "请输入整数。",
        ],
    ),
    ("too_small", tr!["Too small.", "小さすぎます。", "太小。"]),
    ("too_large", tr!["Too large.", "大きすぎます。", "太大。"]),
    ("too_many", tr!["Too many.", "多すぎます。", "太多。"]),
    (
        "invalid_date",
        tr!["Not a real date.", "存在しない日付です。", "日期无效。"],
    ),
    (
        "in_future",
        tr![
            "This date is in the future.",
            "未来の日付です。",
            "该日期在未来。",
        ],
    ),
    (
        "before_birth",
        tr![
            "Before your date of birth.",
            "生年月日より前です。",
            "早于出生日期。",
        ],
    ),
    (
        "before_in_japan_since",
        tr![
            "Before the date you started living in Japan.",
            "日本での在留開始日より前です。",
            "早于在日本居住的起始日。",
        ],
    ),
    (
        "before_scheme_start",
        tr![
            "Before the scheme existed.",
            "制度開始前の日付です。",
            "早于制度开始日期。",
        ],
    ),
    (
        "exceeds_working_life",
        tr![
            "More years than your working life.",
            "就労可能な年数を超えています。",
            "超过可工作的年数。",
        ],
    ),
    (
        "contradiction",
        tr![
            "Contradicts another answer.",
            "他の入力と矛盾しています。",
            "与其他输入矛盾。",
        ],
    ),
    (
        "not_a_number",
        tr![
            "Enter a number.",
            "数字を入力してください。",
            "请输入数字。",
        ],
    ),
    // The evidence checklist (rules::evidence): documents, notes, tax-certificate dates;
    // the filled sheet (rules::sheet): purposes, what is left to write by hand, the ⑰ ways.
    (
        "degree_certificates",
        tr![
            "Certificate of graduation and certificate of the degree, for the degree claimed",
            "該当する学歴の卒業証明書及び学位取得の証明書",
            "所申报学历的毕业证明书及学位证明书",
        ],
    ),
    (
        "employment_record",
        tr![
            "A document from each employer showing the period and content of your work in the field you will work in (issued by the organisation you belonged to)",
            "高度専門職外国人として従事しようとする業務に従事した期間及び業務の内容を明らかにする資料（所属していた機関作成のもの）",
            "证明您在拟从事业务领域的工作期间及工作内容的材料（由曾任职机构出具）",
        ],
    ),
    (
        "salary_document",
        tr![
            "A document certifying the annual salary (the yearly pay from the contracting organisation and any foreign affiliate)",
            "年収（契約機関及び外国所属機関から受ける報酬の年額）を証する文書",
            "证明年收入（从签约机构及外国所属机构获得的年报酬）的文件",
        ],
    ),
    (
        "patent_certificate",
        tr![
            "A document proving the patented invention (e.g. a copy of the patent certificate bearing your name)",
            "特許を受けた発明を証する文書（例えば，申請人の氏名が明記されている特許証の写し）",
            "证明已获专利的发明的文件（如载有您姓名的专利证书复印件）",
        ],
    ),
    (
        "grant_decision",
        tr![
            "A document proving the foreign-government-funded research (e.g. a copy of the grant decision bearing your name)",
            "外国政府から補助金，競争的資金等を受けた研究に従事したことを証する文書（例えば，申請人の氏名が明記されている交付決定書の写し）",
            "证明从事外国政府资助研究的文件（如载有您姓名的资助决定书复印件）",
        ],
    ),
    (
        "paper_list",
        tr![
            "A list of the papers: title, authors, journal, volume and issue, pages, year (any format)",
            "論文のタイトル，著者氏名，掲載雑誌名，掲載巻・号，掲載ページ，出版年を記載した文書（様式自由）",
            "记载论文题目、作者姓名、期刊名、卷期、页码、出版年份的文件（格式不限）",
        ],
    ),
    (
        "research_record",
        tr![
            "A document proving the research achievement",
            "研究実績を証する文書",
            "证明研究实绩的文件",
        ],
    ),
    (
        "licence_certificate",
        tr![
            "A document proving the qualification (e.g. a copy of the certificate of passing)",
            "資格を証する文書（例えば，合格証明書の写し）",
            "证明资格的文件（如合格证书复印件）",
        ],
    ),
    (
        "innovation_support_notice",
        tr![
            "A document proving the innovation-promotion support (e.g. a copy of the subsidy decision notice)",
            "イノベーション促進支援措置を受けていることを証する文書（例えば，補助金交付決定通知書の写し）",
            "证明接受创新促进支援措施的文件（如补助金发放决定通知书复印件）",
        ],
    ),
    (
        "company_brochure",
        tr![
            "The company's brochure or similar, showing its main business",
            "主たる事業を確認できる会社のパンフレット等",
            "可确认主营业务的公司宣传册等",
        ],
    ),
    (
        "company_register",
        tr![
            "Certificate of the company's registered matters (capital)",
            "法人の登記事項証明書（資本金の額又は出資の総額）",
            "法人登记事项证明书（注册资本或出资总额）",
        ],
    ),
    (
        "financial_statements_capital",
        tr![
            "Copy of the financial statements (capital)",
            "決算文書の写し（資本金の額又は出資の総額）",
            "决算文件复印件（注册资本或出资总额）",
        ],
    ),
    (
        "articles_of_incorporation",
        tr![
            "Copy of the articles of incorporation showing the capital",
            "資本金額，出資総額が確認可能な定款の写し",
            "可确认注册资本、出资总额的公司章程复印件",
        ],
    ),
    (
        "employee_count_records",
        tr![
            "Employment-insurance, labour-insurance records or the wage ledger, showing the number of employees",
            "雇用保険，労働保険，賃金台帳の写し等従業員数を証する文書",
            "雇佣保险、劳动保险、工资台账复印件等证明员工人数的文件",
        ],
    ),
    (
        "local_gov_support_notice",
        tr![
            "A document proving the local government's support (e.g. a copy of the subsidy decision notice)",
            "地方公共団体の支援を受けていることを証する文書（例えば，補助金交付決定通知書の写し）",
            "证明接受地方政府（地方公共团体）支援的文件（如补助金发放决定通知书复印件）",
        ],
    ),
    (
        "financial_statements_rnd",
        tr![
            "Copy of the financial statements showing the R&D expenses and the sales",
            "試験研究費等及び売上高等が記載された財務諸表の写し",
            "记载试验研究费等及销售额的财务报表复印件",
        ],
    ),
    (
        "rnd_books_and_breakdown",
        tr![
            "Copies of official papers showing the sales (financial statements, tax return), of the books with the R&D entries marked, and a breakdown of the R&D expenses",
            "売上高等が記載された公的な書類（財務諸表，確定申告書の控え等）の写し，帳簿等の写し（試験研究費にあたる個所に目印を付与）及び試験研究費等の内訳をまとめた一覧表",
            "记载销售额的官方文件（财务报表、纳税申报书副本等）复印件、账簿复印件（标注试验研究费部分）及试验研究费明细表",
        ],
    ),
    (
        "accountant_certificate",
        tr![
            "A certificate by a tax accountant, certified public accountant or SME management consultant (any format)",
            "税理士，公認会計士，中小企業診断士による証明書（書式自由）",
            "由税理士（税务师）、注册会计师或中小企业诊断士出具的证明书（格式不限）",
        ],
    ),
    (
        "foreign_qualification_record",
        tr![
            "A document proving the foreign qualification or award",
            "外国の資格，表彰等を証する文書",
            "证明外国资格、表彰等的文件",
        ],
    ),
    (
        "japanese_degree_certificates",
        tr![
            "Certificate of graduation and certificate of the degree from the Japanese university",
            "日本の大学の卒業証明書及び学位取得の証明書",
            "日本大学的毕业证明书及学位证明书",
        ],
    ),
    (
        "japanese_major_certificate",
        tr![
            "Certificate of graduation from a foreign university with a Japanese major",
            "卒業証明書の写し（日本語専攻で外国の大学を卒業したもの）",
            "以日语专业毕业于外国大学的毕业证明书复印件",
        ],
    ),
    (
        "jlpt_certificate",
        tr![
            "Copy of the certificate of passing (JLPT, BJT or an equivalent test)",
            "合格証明書等の写し",
            "合格证书等复印件（日本语能力测试、BJT等）",
        ],
    ),
    (
        "growth_project_grant",
        tr![
            "Copy of the subsidy notice for the project",
            "当該事業に関する補助金交付通知書の写し",
            "该项目的补助金发放通知书复印件",
        ],
    ),
    (
        "growth_project_statement",
        tr![
            "A statement by your organisation that you work on the project",
            "所属機関が作成した当該プロジェクトに従事している旨の説明資料",
            "所属机构出具的说明您从事该项目的材料",
        ],
    ),
    (
        "university_listing",
        tr![
            "A document showing that the university qualifies (e.g. the relevant part of the Ministry of Justice's list)",
            "卒業した大学が対象の大学であることを証する資料（法務省ホームページ写しの該当部分等）",
            "证明所毕业大学属于符合条件的大学的材料（如法务省网页打印件的相关部分）",
        ],
    ),
    (
        "top_university_certificate",
        tr![
            "Certificate of graduation or of the degree from that university",
            "当該大学の卒業証明書又は学位取得の証明書",
            "该大学的毕业证明书或学位证明书",
        ],
    ),
    (
        "jica_certificate",
        tr![
            "The training-completion certificate issued by JICA",
            "ＪＩＣＡが発行する研修修了証明書",
            "JICA出具的研修结业证明书",
        ],
    ),
    (
        "investment_record",
        tr![
            "A document proving the capital or the amount you invested (e.g. the shareholder register)",
            "資本金又は出資額を証する資料（例えば，株主名簿）",
            "证明注册资本或出资额的材料（如股东名册）",
        ],
    ),
    (
        "position_record",
        tr![
            "A document proving that you are a (representative) director, (representative) executive officer or managing member, and whether you have the power of representation",
            "活動機関の代表取締役・取締役，代表執行役・執行役又は業務を執行する社員（代表権を有する場合はその旨）であることを証する文書",
            "证明您是活动机构的（代表）董事、（代表）执行官或执行业务的成员（社員）（如有代表权，须注明）的文件",
        ],
    ),
    (
        "fiea_registration_notice",
        tr![
            "Copy of your organisation's registration notice for Type II financial instruments business, investment advisory or investment management (Financial Instruments and Exchange Act art. 28(2)–(4))",
            "所属機関の金融商品取引法第２８条第２項から第４項に規定する業に係る登録済通知書写し等",
            "所属机构的第二种金融商品交易业、投资咨询・代理业或投资运用业（《金融商品交易法》第28条第2至4款）登记完成通知书复印件等",
        ],
    ),
    (
        "investment_work_statement",
        tr![
            "A statement explaining that you work in one of those businesses (reference form)",
            "申請人が上記のいずれかの業務に従事することを説明する資料（参考様式）",
            "说明您从事上述任一业务的材料（参考格式）",
        ],
    ),
    (
        "not_required_with_jica_certificate",
        tr![
            "Not needed if you submit the JICA certificate (⑱).",
            "⑱（ＪＩＣＡの研修修了証明書）を提出する場合は提出不要",
            "如提交JICA研修结业证明书（⑱），则无需提交。",
        ],
    ),
    (
        "transcript_for_different_fields",
        tr![
            "Submit a document showing the fields differ (the transcript, if the diplomas do not show it).",
            "専攻が異なることが分かる資料（学位記又は学位証明書で確認できない場合は，成績証明書）を提出",
            "须提交可看出专业不同的材料（学位证书无法确认时，提交成绩证明书）。",
        ],
    ),
    (
        "work_record_needed_with_jica",
        tr![
            "Needed even with the JICA certificate, for the points for work experience.",
            "ＪＩＣＡの研修修了証明書を提出する場合も，職歴のポイントには②の資料が必要",
            "即使提交JICA研修结业证明书，申请职历积分仍需提交②的材料。",
        ],
    ),
    (
        "salary_is_expected_pay",
        tr![
            "The salary is the pay you will receive in the activity you apply for, not what you earned before.",
            "年収は過去の在留における年収ではなく，申請に係る活動により受ける（予定）年収",
            "年收入是指从事所申请的活动预计获得的年收入，而非过去在留期间的收入。",
        ],
    ),
    (
        "corresponding_or_first_author",
        tr![
            "Only papers of which you are the corresponding or first author.",
            "申請人が責任著者又は筆頭著者であるものに限る",
            "仅限申请人为通讯作者或第一作者的论文。",
        ],
    ),
    (
        "rnd_previous_business_year",
        tr![
            "R&D over 3% of sales in the business year before the one of the application date (the one before that if you apply within two months after it ended); a sole proprietor: the calendar year before (the year before that if you apply in January–March).",
            "申請日の属する事業年度の前事業年度（申請日が前事業年度経過後２か月以内の場合は前々事業年度）の試験研究費等が売上高の３％超（個人事業主は前年１年間，申請日が１月から３月の場合は前々年）",
            "申请日所属营业年度的上一营业年度（申请日在上一营业年度结束后2个月内的，为再上一年度）的试验研究费等超过销售额的3%（个体经营者为上一年，1月至3月申请的为前年）。",
        ],
    ),
    (
        "rnd_needs_sme_documents",
        tr![
            "Submit together with the SME documents (⑩).",
            "⑩の資料と合わせて提出",
            "须与⑩的材料一并提交。",
        ],
    ),
    (
        "awards_actively_involved",
        tr![
            "Company and product awards count only where you were actively involved in winning them.",
            "企業表彰，製品表彰については，受賞に当たり申請人が積極的に関与したものに限る",
            "企业表彰、产品表彰仅限申请人在获奖过程中积极参与的情形。",
        ],
    ),
    (
        "check_latest_rankings",
        tr![
            "When you apply, also check the latest editions of the three world university rankings.",
            "申請の際は，必ず最新の３つの世界大学ランキングも合わせて確認",
            "申请时，请务必同时确认三大世界大学排名的最新版本。",
        ],
    ),
    (
        "jica_replaces_background_documents",
        tr![
            "With this certificate, documents of your education, work and career are in principle not asked for.",
            "同証明書を提出した場合は，学歴及び職歴その他の経歴等を証明する資料は，原則として提出を求めない",
            "提交该证明书的，原则上不再要求提交学历、职历等经历的证明材料。",
        ],
    ),
    (
        "application",
        tr![
            "The latest on the application date",
            "申請日時点で最新のもの",
            "申请日当时最新的证明书",
        ],
    ),
    (
        "hsp80_lookback",
        tr![
            "The 80-point date, 1 year before applying",
            "80点の基準日（申請の１年前）",
            "80分基准日（申请前1年）",
        ],
    ),
    (
        "hsp70_lookback",
        tr![
            "The 70-point date, 3 years before applying",
            "70点の基準日（申請の３年前）",
            "70分基准日（申请前3年）",
        ],
    ),
    (
        "hsp",
        tr![
            "For an HSP application (no PR box ticked)",
            "高度専門職の申請用（永住欄はチェックなし）",
            "用于高度专门职申请（不勾选永住栏）",
        ],
    ),
    (
        "pr_now",
        tr![
            "For PR: the points at this application",
            "永住申請用：今回の申請時のポイント",
            "用于永住申请：本次申请时的积分",
        ],
    ),
    (
        "pr_1_year_before",
        tr![
            "For PR: the points 1 year before this application",
            "永住申請用：今回の申請から１年前のポイント",
            "用于永住申请：本次申请前1年的积分",
        ],
    ),
    (
        "pr_3_years_before",
        tr![
            "For PR: the points 3 years before this application",
            "永住申請用：今回の申請から３年前のポイント",
            "用于永住申请：本次申请前3年的积分",
        ],
    ),
    (
        "signature",
        tr![
            "Sign it, by hand, after printing.",
            "印刷後、自筆で署名してください。",
            "请打印后亲笔签名。",
        ],
    ),
    (
        "top_university_route",
        tr![
            "⑰: tick which of Ⅰ–Ⅲ your university is (say it in the form to have it ticked).",
            "⑰：Ⅰ～Ⅲのどれに当たるかをチェックしてください（フォームで選ぶとチェックされます）。",
            "⑰：请勾选您的大学属于Ⅰ～Ⅲ中的哪一项（在表单中选择即可自动勾选）。",
        ],
    ),
    (
        "ranking_positions",
        tr![
            "⑰ Ⅰ: tick the rankings and write the university's positions.",
            "⑰ Ⅰ：該当するランキングにチェックし、順位を記入してください。",
            "⑰ Ⅰ：请勾选相应排名并填写名次。",
        ],
    ),
    (
        "rnd_amounts",
        tr![
            "⑫: write the R&D expenses and the sales in yen (the ratio is computed).",
            "⑫：試験研究費等と売上高を円で記入してください（割合は自動計算）。",
            "⑫：请以日元填写试验研究费等及销售额（比例自动计算）。",
        ],
    ),
    (
        "past_values_assumed",
        tr![
            "This date is in the past: some values were taken from today's answers; check them for that date.",
            "過去の日付のため、一部は現在の入力をそのまま使っています。その日時点の内容か確認してください。",
            "此日期为过去日期：部分内容沿用了当前的输入，请核对当日的实际情况。",
        ],
    ),
    (
        "rankings",
        tr![
            "Ⅰ In the world university rankings (the official list)",
            "Ⅰ 世界大学ランキング（公表リスト）",
            "Ⅰ 世界大学排名（公布名单）",
        ],
    ),
    (
        "top_global",
        tr![
            "Ⅱ Top Global University Project",
            "Ⅱ スーパーグローバル大学創成支援事業",
            "Ⅱ 超级国际化大学创成支援项目",
        ],
    ),
    (
        "innovative_asia",
        tr![
            "Ⅲ Innovative Asia partner school",
            "Ⅲ イノベーティブ・アジア事業のパートナー校",
            "Ⅲ “创新亚洲”项目合作学校",
        ],
    ),
];
