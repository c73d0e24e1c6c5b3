// The consultation pack (issue #13) in a real browser: the evidence checklist ticked and kept,
// the official sheet shown for printing and downloaded as .xlsx (from the served page and from
// the offline file), read back with an independent reader (openpyxl) and compared with the
// CLI's assessment, for each category; and the university search.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdirSync } from "node:fs";
import { join } from "node:path";
import { ARTIFACTS, DIST, ROOT, cli, fillProfile, launch, recordRequests, startServer } from "./helpers.mjs";

let browser, server, origin;
before(async () => {
  browser = await launch();
  ({ server, origin } = await startServer());
});
after(async () => {
  await browser?.close();
  server?.close();
});

const DOWNLOADS = join(ROOT, "target", "e2e-downloads");
mkdirSync(DOWNLOADS, { recursive: true });

/// One client per sheet, each claiming items of its own sheet.
const CLIENTS = {
  a: { category: "a", age: 33, education: "doctor", experience_years: 6, annual_salary_yen: 8500000,
    research: ["patent", "papers"], japanese: "n2", bonuses: ["innovation_support", "sme"], university: "Aalto" },
  b: { category: "b", age: 28, education: "master", multiple_degrees: true, experience_years: 4, annual_salary_yen: 6500000,
    qualifications: 2, japanese: "n1", bonuses: ["japanese_university", "investment_management"], university: "東京大学" },
  c: { category: "c", age: 45, education: "mba_mot", experience_years: 12, annual_salary_yen: 22000000, position: "representative",
    bonuses: ["investment_100m", "growth_field", "local_gov_support", "foreign_qualification"] },
};

/// What the official form says on the row of each item and option: an independent statement
/// of where the ■ must go (official-sheet.md), not the rules' table of cells.
function expectedText(category, id, row) {
  const salary = /^(\d+)m_to_(\d+)m$/.exec(row ?? "");
  if (id === "salary" && salary) return category === "c" ? `${salary[1]}00 ～ ${salary[2]}00` : `${salary[1]}00 ～ ${salary[2]}00万円`;
  const table = {
    education: { doctor: "博士学位（専門職学位を除く）", mba_mot: "MBA", master_or_professional: "修士又は専門職学位",
      doctor_master_or_professional: "博士若しくは修士の学位又は専門職学位", bachelor: "大卒" },
    multiple_degrees: { different_fields: "複数の分野" },
    experience: { "10_years": "１０年以上", "7_years": category === "a" ? "７年以上" : "７年以上１０年未満", "5_years": "５年以上７年未満", "3_years": "３年以上５年未満" },
    salary: { "10m_or_more": "1,000万円以上", "30m_or_more": "3,000万円以上" },
    age: { under_30: "30歳未満", "30_to_34": "30～34歳", "35_to_39": "35～39歳" },
    qualifications: { one: "１つ\n保有", two_or_more: "複数\n保有" },
    position: { representative: "代表取締役", director: "取締役，執行役又は業務執行社員" },
    japanese: { n1: "Ｎ１", n2: "Ｎ２" },
  };
  const flat = { innovation_support: "イノベーション促進支援措置", sme: "中小企業基本法に規定する中小企業者", local_gov_support: "地方公共団体",
    rnd_over_3pct: "試験研究費", foreign_qualification: "外国の資格", japanese_university: "日本の大学を卒業", growth_field: "成長分野",
    top_university: "ランキング", jica_training: "ＪＩＣＡ", investment_100m: "１億円以上", investment_management: "投資運用業" };
  return table[id]?.[row] ?? flat[id];
}
const RESEARCH = { patent: "特許", grants: "競争的資金", papers: "論文", other: "その他法務大臣が認める研究実績" };

/// The .xlsx read back by openpyxl.
function readBack(file) {
  return JSON.parse(execFileSync("python3", [join(ROOT, "tests", "e2e", "read_sheet.py"), file]).toString());
}

/// Every ticked cell, point and the total of the workbook against the CLI's assessment.
function compareWithAssessment(sheet, client, assessment) {
  const letter = client.category.toUpperCase();
  assert.match(sheet.title, /高度専門職ポイント計算表/);
  assert.ok(sheet.sheet.startsWith(letter), `sheet ${sheet.sheet} for category ${client.category}`);
  assert.equal(sheet.paper, 9, "A4");
  assert.equal(sheet.total, assessment.points.total, "the total box");
  const ticks = sheet.marks.filter((m) => m.column === "AF" || m.column === "AG");
  const unexplained = new Set(ticks.map((m) => m.cell));
  for (const item of assessment.points.items.filter((i) => i.points > 0)) {
    if (item.id === "research") {
      for (const r of client.research) {
        const mark = ticks.find((m) => m.text.includes(RESEARCH[r]));
        assert.ok(mark, `research ${r} ticked`);
        unexplained.delete(mark.cell);
      }
      continue;
    }
    const text = expectedText(client.category, item.id, item.row);
    const mark = ticks.find((m) => unexplained.has(m.cell) && m.text.includes(text));
    assert.ok(mark, `${item.id} (${item.row}) ticked on a row saying "${text}": ${JSON.stringify(ticks)}`);
    // The points printed on a single-row item are the item's points.
    if (item.id !== "top_university" && typeof mark.points === "number") {
      assert.equal(mark.points, item.points, `${item.id} points on the sheet`);
    }
    unexplained.delete(mark.cell);
  }
  assert.deepEqual([...unexplained], [], "no ■ that no scoring item explains");
}

async function openWidget(context, url) {
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(url);
  await page.waitForSelector(".hsp-pr h1");
  return { page, errors };
}

async function pickUniversity(page, query, expected) {
  await page.check("#bonus-top_university");
  const box = page.locator("#hsp-university-query");
  await box.click();
  await box.fill(query);
  const first = page.locator(".uni-pick").first();
  await first.waitFor();
  assert.equal(await first.getAttribute("data-university"), expected, `"${query}" finds ${expected} first`);
  await first.click();
  await page.waitForSelector(`[data-picked="${expected}"]`);
}

async function fillClient(page, client) {
  await fillProfile(page, client);
  if (client.university) {
    const expected = client.university === "Aalto" ? "Aalto University" : "The University of Tokyo";
    await pickUniversity(page, client.university, expected);
  }
  await page.waitForSelector(".official-sheet");
}

async function download(page, name) {
  const [file] = await Promise.all([page.waitForEvent("download"), page.click("[data-action=xlsx]")]);
  const path = join(DOWNLOADS, name);
  await file.saveAs(path);
  await page.waitForSelector(".sheet-status:has-text('.xlsx')");
  return { path, suggested: file.suggestedFilename() };
}

const profileOf = (client) => {
  const { university, ...profile } = client;
  if (university) {
    profile.bonuses = [...profile.bonuses, "top_university"];
    profile.top_university_route = "rankings";
  }
  return profile;
};

for (const key of ["a", "b", "c"]) {
  test(`sheet ${key.toUpperCase()}: tick documents, show the sheet, download the .xlsx and read it back`, async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
    const requests = recordRequests(context);
    const { page, errors } = await openWidget(context, origin + "/");
    const client = CLIENTS[key];
    await fillClient(page, client);
    const asOf = await page.locator("[data-as-of]").getAttribute("data-as-of");
    const assessment = cli(profileOf(client), asOf);

    // The checklist lists the evidence of every scoring item, in the official order.
    const numbers = await page.locator(".evidence-item").evaluateAll((items) => items.map((i) => i.dataset.evidence));
    assert.deepEqual(numbers, assessment.evidence.items.map((i) => i.number));
    assert.ok(numbers.includes("①") && numbers.includes("③"), `education and salary evidence: ${numbers}`);
    // Ticked documents are kept with the answers: they survive a reload.
    const first = page.locator(".evidence .document input").first();
    const firstId = await page.locator(".evidence .document").first().getAttribute("data-document");
    await first.check();
    await page.waitForSelector(".evidence .progress[data-progress^='1/']");
    await page.reload();
    await page.waitForSelector(`.evidence .document[data-document=${firstId}] input:checked`);

    // The print view: the form of the category, with the person's ■ and total.
    await page.click(".official-sheet button[aria-expanded]");
    const view = page.locator(".sheet-view .os");
    await view.waitFor();
    assert.equal(await view.getAttribute("data-sheet"), key.toUpperCase());
    assert.equal((await page.locator(".sheet-view td.on").count()) > 0, true, "ticks shown");
    // Printed alone: everything but the sheet is hidden (the print button's class).
    await page.evaluate(() => document.querySelector("hsp-pr-widget").shadowRoot.querySelector(".hsp-pr").classList.add("print-sheet"));
    await page.emulateMedia({ media: "print" });
    assert.equal(await page.locator(".profile-form").isVisible(), false, "the form is not printed with the sheet");
    assert.equal(await view.isVisible(), true);
    await page.screenshot({ path: join(ARTIFACTS, `sheet-${key.toUpperCase()}-print.png`), fullPage: true });
    // Two A4 pages, broken where the original breaks.
    const pdf = await page.pdf({ format: "A4" });
    assert.equal((pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length, 2, "the sheet prints on two pages");
    await view.screenshot({ path: join(ARTIFACTS, `sheet-${key.toUpperCase()}-en.png`) });
    await page.emulateMedia({ media: "screen" });
    await page.evaluate(() => document.querySelector("hsp-pr-widget").shadowRoot.querySelector(".hsp-pr").classList.remove("print-sheet"));

    const { path, suggested } = await download(page, `served-${key}.xlsx`);
    assert.match(suggested, new RegExp(`^hsp-point-sheet-${key.toUpperCase()}-\\d{4}-\\d\\d-\\d\\d\\.xlsx$`));
    const sheet = readBack(path);
    compareWithAssessment(sheet, client, assessment);
    const [y, m, d] = asOf.split("-").map(Number);
    assert.deepEqual(sheet.date.map(Number), [y, m, d], "the date of preparation");
    assert.equal(sheet.marks.some((mark) => mark.column === "L"), false, "no PR box for an HSP application");

    // For PR, three years back: the PR box of that line is ticked.
    await page.selectOption("#f-sheet_purpose", "pr_3_years_before");
    const pr = readBack((await download(page, `served-${key}-pr3.xlsx`)).path);
    assert.equal(pr.marks.filter((mark) => mark.column === "L").length, 1, "one PR box");

    // The writer and the list come from the widget's own origin, and only when asked for.
    assert.deepEqual(requests.filter((u) => !u.startsWith(origin)), []);
    assert.ok(requests.some((u) => u.includes("hsp-pr-sheet-")), "the sheet writer was fetched on demand");
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test("the writer and the list are not part of the first load", async () => {
  const context = await browser.newContext();
  const requests = recordRequests(context);
  const { page } = await openWidget(context, origin + "/");
  await page.waitForSelector(".result-body, .problems");
  assert.equal(requests.some((u) => u.includes("hsp-pr-sheet-") || u.includes("universities")), false, requests.join("\n"));
  await context.close();
});

test("the offline file makes the .xlsx and searches the list from file:// with every request blocked", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, acceptDownloads: true });
  const blocked = [];
  await context.route("**/*", (route) => {
    if (route.request().url().startsWith("file://")) return route.continue();
    blocked.push(route.request().url());
    return route.abort();
  });
  const { page, errors } = await openWidget(context, "file://" + join(DIST, "hsp-pr-widget.html"));
  const client = CLIENTS.b;
  await fillClient(page, client);
  const asOf = await page.locator("[data-as-of]").getAttribute("data-as-of");
  const { path } = await download(page, "offline-b.xlsx");
  compareWithAssessment(readBack(path), client, cli(profileOf(client), asOf));
  assert.deepEqual(blocked, []);
  assert.deepEqual(errors, []);
  await context.close();
});

test("the university search finds 東京大学, Tsinghua, 清华 and Aalto, ticks the addition, and names the other ways", async () => {
  const context = await browser.newContext({ viewport: { width: 360, height: 800 } });
  const { page, errors } = await openWidget(context, origin + "/");
  await page.selectOption("#hsp-lang", "zh-Hans");
  await page.waitForSelector('.hsp-pr[lang="zh-Hans"]');
  const cases = [["東京大学", "The University of Tokyo"], ["Tsinghua", "Tsinghua University"], ["清华", "Tsinghua University"], ["Aalto", "Aalto University"]];
  for (const [query, expected] of cases) {
    await page.locator("#bonus-top_university").uncheck();
    await pickUniversity(page, query, expected);
    assert.equal(await page.locator("#bonus-top_university").isChecked(), true, "picking ticks the addition");
    assert.equal(await page.inputValue("#f-top_university_route"), "rankings");
  }
  const search = page.locator("[data-university-search]");
  assert.match(await search.textContent(), /2026年1月/);
  assert.match(await search.textContent(), /超级国际化大学/);
  assert.match(await search.textContent(), /创新亚洲/);
  // The pick is in the profile: a reload keeps it, and the evidence names ⑰'s documents.
  await page.reload();
  await page.waitForSelector('[data-picked="Aalto University"]');
  await page.fill("#f-age", "30");
  await page.fill("#f-annual_salary_yen", "6,000,000");
  await page.waitForSelector(".evidence-item[data-evidence='⑰']");
  await page.locator("[data-university-search]").screenshot({ path: join(ARTIFACTS, "university-search-zh-360.png") });
  assert.deepEqual(errors, []);
  await context.close();
});

test("the sheet and the checklist in every language, on a phone and in dark mode", async () => {
  for (const [lang, scheme, width] of [["ja", "light", 360], ["zh-Hans", "dark", 1280], ["zh-Hant", "light", 360], ["ko", "dark", 360],
    ["vi", "light", 1280]]) {
    const context = await browser.newContext({ viewport: { width, height: 800 }, colorScheme: scheme });
    const { page, errors } = await openWidget(context, origin + "/");
    await page.selectOption("#hsp-lang", lang);
    await page.waitForSelector(`.hsp-pr[lang="${lang}"]`);
    await fillProfile(page, CLIENTS.b);
    await page.click(".official-sheet button[aria-expanded]");
    await page.locator(".sheet-view .os").waitFor();
    // A reader who is not Japanese gets a line in their language under the form's words.
    const lines = await page.locator(".sheet-view .tr").count();
    assert.equal(lines > 0, lang !== "ja", `${lang}: translation lines`);
    // With the reader's lines under the form's words, it still prints on two A4 pages.
    await page.evaluate(() => document.querySelector("hsp-pr-widget").shadowRoot.querySelector(".hsp-pr").classList.add("print-sheet"));
    await page.emulateMedia({ media: "print" });
    const pdf = await page.pdf({ format: "A4" });
    assert.equal((pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length, 2, `${lang}: the sheet prints on two pages`);
    await page.emulateMedia({ media: "screen" });
    await page.evaluate(() => document.querySelector("hsp-pr-widget").shadowRoot.querySelector(".hsp-pr").classList.remove("print-sheet"));
    await page.locator(".evidence").screenshot({ path: join(ARTIFACTS, `evidence-${lang}-${scheme}-${width}.png`) });
    await page.locator(".official-sheet").screenshot({ path: join(ARTIFACTS, `sheet-B-${lang}-${scheme}-${width}.png`) });
    // The official names are kept for a reader of another language.
    if (lang !== "ja") assert.match(await page.locator(".evidence").textContent(), /卒業証明書/);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test("keyboard only: search the list, pick with Enter, tick a document with Space; axe-core with the sheet shown", async () => {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, bypassCSP: true });
  const { page, errors } = await openWidget(context, origin + "/");
  await fillProfile(page, CLIENTS.c);
  // The search box, reached by Tab from the ⑰ box, as a keyboard user gets there.
  await page.focus("#bonus-top_university");
  await page.keyboard.press("Tab");
  assert.equal(await page.evaluate(() => document.querySelector("hsp-pr-widget").shadowRoot.activeElement?.id), "hsp-university-query");
  await page.keyboard.type("Tsinghua");
  await page.locator(".uni-pick").first().waitFor();
  await page.keyboard.press("Tab");
  await page.keyboard.press("Enter");
  await page.waitForSelector('[data-picked="Tsinghua University"]');
  assert.equal(await page.locator("#bonus-top_university").isChecked(), true);
  // The focus went back to the box, not to the page.
  assert.equal(await page.evaluate(() => document.querySelector("hsp-pr-widget").shadowRoot.activeElement?.id), "hsp-university-query");
  const box = page.locator(".evidence .document input").first();
  await box.focus();
  await page.keyboard.press("Space");
  await page.waitForSelector(".evidence .progress[data-progress^='1/']");
  await page.click(".official-sheet button[aria-expanded]");
  await page.locator(".sheet-view .os").waitFor();
  await page.locator("#hsp-university-query").fill("university of");
  await page.locator(".uni-pick").first().waitFor();
  assert.match(await page.textContent(".uni-count"), /Showing 8 of \d+/);
  await page.addScriptTag({ path: join(ROOT, "node_modules", "axe-core", "axe.min.js") });
  const { violations } = await page.evaluate(() => axe.run(document));
  const bad = violations.filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 3).join(", ")}`);
  assert.deepEqual(bad, [], "axe with the sheet and the search open");
  assert.deepEqual(errors, []);
  await context.close();
});
