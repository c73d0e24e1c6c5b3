// Shared by the end-to-end tests: the browser, the server, filling a profile through the UI,
// and the CLI's answer for the same profile.
import { chromium } from "playwright-core";
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { dirname, join } from "node:path";
import { serve } from "../../scripts/serve.mjs";

export const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..", "..");
export const DIST = join(ROOT, "dist");
export const ARTIFACTS = join(ROOT, "tests", "e2e", "artifacts");
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
  }
}

/// Waits until the results show a valid assessment and returns its date.
export async function settled(page) {
  await page.waitForSelector(".result-body[data-stale=false]");
  return page.getAttribute(".result-body", "data-as-of");
}
