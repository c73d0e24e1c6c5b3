// TypeScript declarations for hsp-pr-widget-{{VERSION}}.js: the JavaScript API, the element's
// attributes and its events. The JSON shapes are CONTRACT.md's (see the README for every field).

export type Category = "a" | "b" | "c";
export type Education = "none" | "bachelor" | "master" | "professional" | "mba_mot" | "doctor";
export type Status =
  | "outside_japan" | "hsp1" | "hsp2" | "pr" | "work" | "business_manager" | "spouse_of_japanese"
  | "long_term_resident" | "other";
export type Bonus =
  | "innovation_support" | "sme" | "local_gov_support" | "rnd_over_3pct" | "foreign_qualification"
  | "japanese_university" | "growth_field" | "top_university" | "jica_training"
  | "jica_training_used_japanese_university" | "investment_100m" | "investment_management";
/** "YYYY-MM-DD" */
export type IsoDate = string;
export type Research = "patent" | "grants" | "papers" | "other";
/** The sheet on a look-back date (V23): each member optional; research and bonuses as `{ name: held }`. */
export interface PastSheet {
  education?: Education | null;
  multiple_degrees?: boolean | null;
  japanese?: "none" | "n2" | "n1" | null;
  qualifications?: number | null;
  position?: "none" | "director" | "representative" | null;
  research?: Partial<Record<Research, boolean | null>> | null;
  bonuses?: Partial<Record<Bonus, boolean | null>> | null;
}
export type Confidence = "high" | "med" | "low" | "unverified";

export interface Profile {
  version?: 1;
  as_of?: IsoDate;
  category: Category;
  age?: number;
  birth_date?: IsoDate;
  education?: Education;
  multiple_degrees?: boolean;
  experience_years?: number;
  annual_salary_yen: number;
  research?: Research[];
  qualifications?: number;
  position?: "none" | "director" | "representative";
  japanese?: "none" | "n2" | "n1";
  bonuses?: Bonus[];
  /** ⑰: which way the university counts, for the sheet's tick (does not change the points). */
  top_university_route?: "rankings" | "top_global" | "innovative_asia" | null;
  /** ⑰: the university (the official list's English name, as the widget records it). */
  top_university_name?: string | null;
  /** The evidence documents gathered: ids of `evidence.items[].documents[].id`. */
  evidence_gathered?: string[];
  household?: {
    has_spouse?: boolean | null;
    spouse_annual_income_yen?: number | null;
    children?: Array<{ birth_date: IsoDate }>;
    pregnancy?: boolean;
    spouse_cannot_do_housework?: boolean;
    spouse_japanese_or_pr?: boolean;
    married_since?: IsoDate | null;
  } | null;
  residence?: {
    current_status: Status;
    in_japan_since?: IsoDate | null;
    work_status_since?: IsoDate | null;
    hsp_since?: IsoDate | null;
    points_70_since?: IsoDate | null;
    points_80_since?: IsoDate | null;
    jskip_since?: IsoDate | null;
    current_status_since?: IsoDate | null;
    pr_since?: IsoDate | null;
    salary_1y_before_yen?: number | null;
    salary_3y_before_yen?: number | null;
    sheet_1y_before?: PastSheet | null;
    sheet_3y_before?: PastSheet | null;
  } | null;
}

export interface Condition { id: string; met: boolean | null; source: string; confidence: Confidence }

/** What a look-back assumed about its date (V23). */
export interface Assumption {
  item: string;
  kind: "as_today" | "as_1y_before" | "as_3y_before" | "change_date_unknown" | "oldest_birthday";
  value?: string;
  yen?: number;
  count?: number;
}
export interface Lookback {
  date: IsoDate;
  points: number | null;
  met: boolean;
  declared: boolean;
  salary_assumed: boolean;
  age_assumed: boolean;
  assumptions: Assumption[];
  facts: string[];
}

/** CONTRACT.md "What the dates mean": `eligible_now` is an application filed on `as_of`;
 * `earliest_date` is since when (open) or the first day after `as_of` (closed), or null. */
export interface PrRoute {
  route: "general" | "hsp70" | "hsp80" | "jskip" | "spouse" | "long_term_resident";
  eligible_now: boolean;
  earliest_date: IsoDate | null;
  could_be_as_early_as: IsoDate | null;
  years_required: number;
  basis: "recognised" | "calculated" | null;
  lookback: Lookback | null;
  lookback_at_earliest: Lookback | null;
  reasons: string[];
  exempt: string[];
  source: string;
  confidence: Confidence;
}

/** CONTRACT.md "Assessment"; every field is listed in the README. */
export interface Assessment {
  version: 1;
  rules_date: string;
  as_of: IsoDate;
  category: Category;
  age: number;
  points: {
    total: number;
    pass_mark: 70;
    pr_1_year_mark: 80;
    items: Array<{ id: string; points: number; source: string; confidence: Confidence; row: string | null; note: string | null }>;
  };
  hsp: { eligible: boolean; eligible_from: IsoDate | null; points_met: boolean; salary_floor_failed: boolean; reasons: string[]; conditions: Condition[] };
  jskip: { eligible: boolean; earliest_date: IsoDate | null; income_threshold_yen: number; income_met: boolean; met_by: string | null; reasons: string[]; source: string; confidence: Confidence };
  hsp2: { eligible: boolean; earliest_date: IsoDate | null; already_hsp2: boolean; basis: string | null; years_required: number; reasons: string[]; conditions: Condition[]; source: string; confidence: Confidence };
  pr: {
    already_permanent_resident: boolean;
    earliest_date: IsoDate | null;
    routes: PrRoute[];
    checklist: Condition[];
    longest_period_of_stay: { met_by_status: boolean; rule_on_as_of: string; three_years_counts_until: IsoDate; source: string; confidence: Confidence };
    fee: { rule_on_as_of: string; current_yen: number | null; cap_yen: number; cap_change_or_renewal_yen: number; new_fees_by: IsoDate; source: string; confidence: Confidence };
    planned_changes: Array<{ id: string; announced: IsoDate; source: string; confidence: Confidence }>;
  };
  parents: { eligible: boolean; eligible_if_hsp: boolean; requires_status: "hsp1_or_hsp2" | null; until: IsoDate | null; household_income_yen: number; income_threshold_yen: number; conditions: Condition[]; reasons: string[] };
  domestic_worker: {
    eligible: boolean;
    eligible_if_hsp: boolean;
    requires_status: "hsp1_or_hsp2" | null;
    max_workers: number;
    max_workers_now: number;
    until: IsoDate | null;
    household_income_yen: number;
    conditions: Condition[];
    types: Array<{ type: string; eligible: boolean; eligible_once_held: boolean; requires_status: "jskip" | null; max_workers: number; conditions: Condition[]; source: string; confidence: Confidence }>;
    reasons: string[];
  };
  improvements: { needed_for_70: number; needed_for_80: number; options: Array<{ change: string; to: string; salary_yen?: number; gain: number; new_total: number; reaches_70: boolean; reaches_80: boolean; effort: number }> };
  points_timeline: Array<{ date: IsoDate; cause: string; total_before: number; total_after: number; exact: boolean }>;
  comparison: {
    jskip_applies: boolean;
    rows: Array<{ id: string; hsp1: Cell; hsp2: Cell; jskip: Cell; pr: Cell; source: string; confidence: Confidence }>;
    switching: { hsp_to_pr: Switch; pr_to_hsp: Switch };
  };
  /** A PR holder's way back to HSP, with the rules' dates; `null` for anyone else. */
  way_back: {
    hsp1_now: boolean;
    hsp1_from: IsoDate | null;
    hsp2_directly: boolean;
    hsp2_after_change: IsoDate | null;
    pr_again_from: IsoDate | null;
    pr_again_route: string | null;
    pr_again_assumed: boolean;
    pr_fee: string;
    source: string;
    confidence: Confidence;
  } | null;
  /** The consultation pack's checklist (S1 疎明資料（基本例）①–㉑) and the tax certificates' years. */
  evidence: {
    items: Array<{
      number: string;
      items: string[];
      documents: Array<{ id: string; ja: string; one_of: string | null; gathered: boolean }>;
      notes: Array<{ id: string; ja: string; source: string }>;
      source: string;
      confidence: Confidence;
    }>;
    tax_years: Array<{
      purpose: "application" | "hsp80_lookback" | "hsp70_lookback";
      date: IsoDate;
      application_date: IsoDate;
      income_year: number;
      certificate_year: number;
      reiwa: number;
      issued_from: IsoDate;
      not_yet_issued: boolean;
    }>;
    tax_years_source: string;
  };
  unverified: Array<{ id: string; source: string }>;
}
export interface Cell { value: string; date?: IsoDate; until?: IsoDate; count?: number }
export interface Effect { id: string; applies_to_you: boolean; missing: string[] }
export interface Switch { lose: Effect[]; gain: Effect[]; source: string; confidence: Confidence }

export interface FieldError { field: string; code: string; message: string }
/** What `evaluate` rejects with for an invalid profile. */
export interface Rejection { errors: FieldError[] }

export interface HspPrApi {
  readonly version: string;
  /** Resolves once the widget's code has loaded. */
  readonly ready: Promise<void>;
  /** The assessment of a profile (an object or JSON text); rejects with a `Rejection`. Its code
   *  (a wasm of its own) is fetched on the first call. */
  evaluate(profile: Profile | string): Promise<Assessment>;
  /** Mounted widgets on the page. */
  liveInstances(): number;
  /** The wasm memory of the widget and, once used, of `evaluate`, in bytes. */
  memoryBytes(): number;
}

/** `hsp-pr:result`: sent when the result changes. */
export interface ResultDetail {
  points: number;
  category: Category;
  hsp_eligible: boolean;
  jskip_eligible: boolean;
  hsp2_eligible: boolean;
  /** Since when (eligible) or from when. */
  hsp2_earliest_date: IsoDate | null;
  /** Some PR route is open today. */
  pr_eligible_now: boolean;
  /** `pr.earliest_date`: on or before today only when some route is open. */
  earliest_pr_date: IsoDate | null;
  parents_eligible: boolean;
}
/** `hsp-pr:cta`: sent when the consultation link is used; cancel it to handle it yourself. */
export interface CtaDetail { href: string; summary: string; points?: number; earliest_pr_date?: IsoDate | null }
/** `hsp-pr:error`: the widget's code could not load; the instance says so in words. */
export interface ErrorDetail { reason: "http" | "integrity" | "fetch" | "csp" | "invalid"; status: number | null; message: string }

export interface HspPrWidgetElement extends HTMLElement {
  /** "en" | "ja" | "zh-Hans" | "zh-Hant" | "ko" | "vi", or a tag one of them answers
   *  (ja-JP; zh, zh-CN, zh-SG → zh-Hans; zh-TW, zh-HK, zh-MO → zh-Hant; ko-KR; vi-VN). Reactive. */
  lang: string;
  addEventListener(type: "hsp-pr:result", listener: (event: CustomEvent<ResultDetail>) => void, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: "hsp-pr:cta", listener: (event: CustomEvent<CtaDetail>) => void, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: "hsp-pr:error", listener: (event: CustomEvent<ErrorDetail>) => void, options?: boolean | AddEventListenerOptions): void;
  addEventListener(type: string, listener: EventListenerOrEventListenerObject, options?: boolean | AddEventListenerOptions): void;
}

/** The element's attributes. */
export interface HspPrWidgetAttributes {
  lang?: "en" | "ja" | "zh-Hans" | "zh-Hant" | "ko" | "vi" | string;
  category?: Category;
  theme?: "light" | "dark" | "auto";
  "cta-href"?: string;
  "cta-label"?: string;
  /** Each instance with an id keeps its answers under its own key. */
  id?: string;
  /** "off": nothing of the person's is kept in the browser. */
  save?: "off";
}

declare global {
  interface HTMLElementTagNameMap {
    "hsp-pr-widget": HspPrWidgetElement;
  }
  interface HTMLElementEventMap {
    "hsp-pr:result": CustomEvent<ResultDetail>;
    "hsp-pr:cta": CustomEvent<CtaDetail>;
    "hsp-pr:error": CustomEvent<ErrorDetail>;
  }
  // eslint-disable-next-line no-var
  var HspPr: HspPrApi;
}
