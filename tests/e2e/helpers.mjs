// Shared by the end-to-end tests: the browser, the server, filling a profile through the UI,
// and the CLI's answer for the same profile.
import { chromium } from "playwright-core";
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync, readdirSync, writeFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { serve } from "../../scripts/serve.mjs";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const DIST = join(ROOT, "dist");
/// Where the browser tests write their screenshots, for a reviewer to look at.
export const ARTIFACTS = join(ROOT, "target", "screenshots");
mkdirSync(ARTIFACTS, { recursive: true });

// Debian's Chromium, with the flags this machine needs (DESIGN.md); nothing is downloaded.
export async function launch() {
  return chromium.launch({
    executablePath: process.env.CHROMIUM ?? "/usr/bin/chromium",
    args: ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
      "--disable-component-update", "--disable-sync"],
  });
}

export async function startServer() {
  const server = await serve(DIST, 0);
  const { port } = server.address();
  return { server, origin: `http://127.0.0.1:${port}` };
}

/// Records every request a page (or context) makes, to assert none leaves our origin.
export function recordRequests(target) {
  const urls = [];
  target.on("request", (request) => urls.push(request.url()));
  return urls;
}

/// The CLI's assessment of `profile` on `asOf`.
export function cli(profile, asOf) {
  const out = execFileSync(join(ROOT, "target", "release", "hsp-pr"), ["evaluate", "-", "--as-of", asOf], {
    input: JSON.stringify(profile),
  });
  return JSON.parse(out.toString());
}

async function openDetails(page, which) {
  const details = page.locator("details.section").nth(which);
  if ((await details.getAttribute("open")) === null) await details.locator("summary").click();
}

const id = (path) => "#f-" + path.replace(/[.[\]]/g, "-");

/// Fills the form from a CONTRACT.md profile, the way a person would.
export async function fillProfile(page, p) {
  await page.selectOption(id("category"), p.category);
  if (p.birth_date) await page.fill(id("birth_date"), p.birth_date);
  else await page.fill(id("age"), String(p.age));
  await page.selectOption(id("education"), p.education ?? "none");
  if (p.multiple_degrees) await page.check("#multiple-degrees");
  if (p.experience_years !== undefined) await page.fill(id("experience_years"), String(p.experience_years));
  await page.fill(id("annual_salary_yen"), p.annual_salary_yen.toLocaleString("en-US"));
  for (const item of p.research ?? []) await page.check(`#research-${item}`);
  if (p.qualifications) await page.fill(id("qualifications"), String(p.qualifications));
  if (p.position) await page.selectOption(id("position"), p.position);
  if (p.japanese) await page.selectOption(id("japanese"), p.japanese);
  for (const bonus of p.bonuses ?? []) await page.check(`#bonus-${bonus}`);
  const h = p.household;
  if (h) {
    await openDetails(page, 0);
    if (h.has_spouse != null) await page.selectOption(id("household.has_spouse"), h.has_spouse ? "yes" : "no");
    if (h.spouse_annual_income_yen != null) await page.fill(id("household.spouse_annual_income_yen"), String(h.spouse_annual_income_yen));
    for (const [i, child] of (h.children ?? []).entries()) {
      await page.getByRole("button", { name: "Add a child" }).click();
      await page.fill(id(`household.children[${i}].birth_date`), child.birth_date);
    }
    if (h.pregnancy) await page.check("#pregnancy");
  }
  const r = p.residence;
  if (r) {
    await openDetails(page, 1);
    await page.selectOption(id("residence.current_status"), r.current_status);
    for (const field of ["in_japan_since", "work_status_since", "hsp_since", "points_70_since", "points_80_since", "jskip_since"]) {
      if (r[field]) await page.fill(id(`residence.${field}`), r[field]);
    }
    for (const field of ["salary_1y_before_yen", "salary_3y_before_yen"]) {
      if (r[field] != null) await page.fill(id(`residence.${field}`), String(r[field]));
    }
    for (const sheet of ["sheet_1y_before", "sheet_3y_before"]) {
      for (const [member, value] of Object.entries(r[sheet] ?? {})) {
        if (typeof value === "object") {
          for (const [name, held] of Object.entries(value)) {
            await page.selectOption(id(`residence.${sheet}.${member}.${name}`), held ? "yes" : "no");
          }
        } else {
          await page.selectOption(id(`residence.${sheet}.${member}`), String(value));
        }
      }
    }
  }
}

/// Waits until the results show a valid assessment and returns its date.
export async function settled(page) {
  await page.waitForSelector(".result-body[data-valid=true]");
  return page.getAttribute(".result-body", "data-as-of");
}

const example = JSON.parse(readFileSync(join(ROOT, "examples", "profile.json"), "utf8"));
delete example.as_of;

/// Realistic profiles: one per category, one with family, one with residence history.
export const PROFILES = {
  // (a) a postdoc with papers and grants.
  researcher: { category: "a", birth_date: "1993-06-15", education: "doctor", experience_years: 5.5, annual_salary_yen: 5200000,
    research: ["papers", "grants"], japanese: "n2" },
  // (b) the CONTRACT.md example: family and residence history.
  engineer: example,
  // (c) RULES.md §9 P7.
  ceo: { category: "c", age: 50, education: "mba_mot", experience_years: 12, annual_salary_yen: 22000000, position: "representative",
    bonuses: ["investment_100m"] },
  // A family: parents and a domestic worker.
  family: { category: "b", birth_date: "1988-03-03", education: "master", experience_years: 8, annual_salary_yen: 9000000, japanese: "n2",
    bonuses: ["innovation_support", "sme"],
    household: { spouse_annual_income_yen: 3000000, children: [{ birth_date: "2021-09-09" }, { birth_date: "2024-12-01" }] },
    residence: { current_status: "hsp1", in_japan_since: "2022-01-10", hsp_since: "2022-01-10" } },
  // RULES.md V15, the audit's case: 70 points today, 65 three years ago: the 70-point
  // track is closed until 2029.
  audit: { category: "b", birth_date: "1993-06-01", education: "master", experience_years: 3, annual_salary_yen: 6500000,
    japanese: "n1", residence: { current_status: "hsp1", in_japan_since: "2017-01-01", work_status_since: "2017-01-01",
      hsp_since: "2024-01-01", salary_3y_before_yen: 6500000, salary_1y_before_yen: 6500000 } },
  // V20, V23: a single parent, with the sheet of three years ago given in part.
  single: { category: "b", birth_date: "1994-06-01", education: "master", experience_years: 5, annual_salary_yen: 8000000,
    japanese: "n1", household: { has_spouse: false, children: [{ birth_date: "2023-03-03" }] },
    residence: { current_status: "hsp1", in_japan_since: "2020-01-01", hsp_since: "2021-01-01", salary_3y_before_yen: 5000000,
      sheet_3y_before: { japanese: "n2" } } },
  // A residence history with past salaries, in another work status.
  history: { category: "b", birth_date: "1990-06-01", education: "doctor", experience_years: 10, annual_salary_yen: 8500000,
    residence: { current_status: "work", in_japan_since: "2017-04-01", work_status_since: "2017-04-01",
      salary_1y_before_yen: 8000000, salary_3y_before_yen: 6500000 } },
};

export const VERSION = readFileSync(join(ROOT, "Cargo.toml"), "utf8").match(/^version = "([^"]+)"/m)[1];

/// The host pages of tests/e2e/hosts, written for a widget served at `widgetOrigin`.
export function writeHostPages(widgetOrigin) {
  const source = join(ROOT, "tests", "e2e", "hosts");
  const target = join(ROOT, "target", "e2e-hosts");
  mkdirSync(target, { recursive: true });
  for (const name of readdirSync(source)) {
    const text = readFileSync(join(source, name), "utf8").replaceAll("{{WIDGET}}", widgetOrigin).replaceAll("{{VERSION}}", VERSION);
    writeFileSync(join(target, name), text);
  }
  return target;
}

/// Every element of the widget (light and shadow DOM) that sticks out of its parent's box or
/// out of the page's width, by geometry: [] when nothing overflows. Hidden and visually
/// hidden elements (1 px, clipped) are skipped.
export async function overflowing(page) {
  return page.evaluate(() => {
    const out = [];
    const width = document.documentElement.clientWidth;
    const walk = (root) => {
      for (const el of root.querySelectorAll("*")) {
        if (el.shadowRoot) walk(el.shadowRoot);
        const style = getComputedStyle(el);
        if (style.display === "none" || style.visibility === "hidden" || style.position === "fixed") continue;
        const r = el.getBoundingClientRect();
        if (r.width <= 1 || r.height <= 1) continue;
        if (el.closest(".visually-hidden, .visually-hidden-screen, option, script, style, head")) continue;
        const parent = el.parentElement ?? el.getRootNode().host;
        const name = `${el.tagName.toLowerCase()}${el.id ? "#" + el.id : ""}.${[...el.classList].join(".")}`;
        const scrolled = (() => {
          for (let a = el.parentElement; a; a = a.parentElement) {
            if (["auto", "scroll", "hidden", "clip"].includes(getComputedStyle(a).overflowX)) return true;
          }
          return false;
        })();
        if (!scrolled && (r.right > width + 1 || r.left < -1)) out.push(`${name} leaves the page (${Math.round(r.left)}–${Math.round(r.right)} of ${width})`);
        if (!parent) continue;
        const p = parent.getBoundingClientRect();
        const ps = getComputedStyle(parent);
        // A parent that scrolls or clips its content may hold wider children.
        if (["auto", "scroll", "hidden", "clip"].includes(ps.overflowX) || ps.display === "contents") continue;
        if (r.right > p.right + 1 || r.left < p.left - 1) out.push(`${name} overflows its parent by ${Math.round(Math.max(r.right - p.right, p.left - r.left))}px`);
      }
    };
    walk(document);
    return out;
  });
}
