// Journeys through the widget as three people take them (issue #12), typed key by key, at
// 360 px and 1280 px, in each of the six languages, light and dark: a Chinese family who
// want their parents to come, a consultancy checking a (c) client, and a permanent resident
// thinking of going back to HSP. Each asserts what a person sees, and writes screenshots to
// target/screenshots/ for a reviewer.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { ARTIFACTS, ROOT, launch, overflowing, startServer } from "./helpers.mjs";

let browser, server, origin;
before(async () => {
  browser = await launch();
  ({ server, origin } = await startServer());
});
after(async () => {
  await browser?.close();
  server?.close();
});

const LANGS = ["en", "ja", "zh-Hans", "zh-Hant", "ko", "vi"];
const WIDTHS = [360, 1280];

/// Words that say "no" in each language: an unknown answer must never use them.
const NO_WORDS = [/not met/i, /not open/i, /対象外/, /満たしていません/, /不可/, /不适用/, /不符合/, /未符合/, /不適用/,
  /충족하지/, /해당하지/, /불가/, /chưa đủ điều kiện/, /chưa đáp ứng/, /không đủ điều kiện/];

async function open(width, lang, scheme) {
  // bypassCSP only lets axe-core be injected; the widget runs under the page's CSP elsewhere.
  const context = await browser.newContext({ viewport: { width, height: 800 }, locale: "en-US", colorScheme: scheme, bypassCSP: true });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(origin + "/");
  await page.waitForSelector(".hsp-pr h1");
  if (lang !== "en") {
    await page.selectOption("#hsp-lang", lang);
    await page.waitForSelector(`.hsp-pr[lang="${lang}"]`);
  }
  return { context, page, errors };
}

/// Types into a field key by key, as a person does (the field is cleared first). A date
/// is entered as the browser's date control takes it (its segments depend on the locale).
async function type(page, selector, text) {
  const field = page.locator(selector);
  await field.click();
  if ((await field.getAttribute("type")) === "date") {
    await field.fill(text);
    return;
  }
  await field.fill("");
  await field.pressSequentially(text);
}

/// Focuses the form's last field, as a person finishing it does.
async function focusLastField(page) {
  await page.locator(".profile-form input, .profile-form select").last().focus();
}

const total = (page) => page.locator("[data-glance-total]").textContent();

/// The glance is on screen (entirely within the viewport).
async function glanceInView(page) {
  const box = await page.locator(".glance").boundingBox();
  const viewport = page.viewportSize();
  return box && box.y >= -1 && box.y + box.height <= viewport.height + 1 && box.height < viewport.height / 2;
}

/// The timeline's labels lie inside the SVG's box and do not overlap each other.
async function timelineFits(page) {
  if ((await page.locator(".timeline-svg").count()) === 0) return [];
  return page.locator(".timeline-svg").evaluate((svg) => {
    const box = svg.getBoundingClientRect();
    const lines = [...svg.querySelectorAll("tspan")].map((t) => ({ text: t.textContent, r: t.getBoundingClientRect() }));
    const bad = [];
    for (const { text, r } of lines) {
      if (r.left < box.left - 0.5 || r.right > box.right + 0.5 || r.top < box.top - 0.5 || r.bottom > box.bottom + 0.5) {
        bad.push(`"${text}" outside the box`);
      }
    }
    for (let i = 0; i < lines.length; i++) {
      for (let j = i + 1; j < lines.length; j++) {
        const [a, b] = [lines[i].r, lines[j].r];
        const overlap = Math.min(a.right, b.right) - Math.max(a.left, b.left) > 0.5 && Math.min(a.bottom, b.bottom) - Math.max(a.top, b.top) > 0.5;
        if (overlap) bad.push(`"${lines[i].text}" crosses "${lines[j].text}"`);
      }
    }
    return bad;
  });
}

/// Every "unknown" answer is worded as unknown, not as "no".
async function unknownsNotNo(page) {
  const texts = await page.locator("[data-answer=unknown] dd, .verdict.unknown, [data-unknown], [data-value^=unknown_]").allTextContents();
  return texts.filter((t) => NO_WORDS.some((w) => w.test(t)));
}

async function axe(page) {
  await page.addScriptTag({ path: join(ROOT, "node_modules", "axe-core", "axe.min.js") });
  const { violations } = await page.evaluate(() => axe.run(document));
  return violations.filter((v) => ["serious", "critical"].includes(v.impact))
    .map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 3).join(", ")}`);
}

/// What every screen of every journey must satisfy.
async function checkScreen(page, name) {
  assert.deepEqual(await overflowing(page), [], `${name}: nothing overflows`);
  assert.deepEqual(await timelineFits(page), [], `${name}: the timeline's labels fit`);
  assert.deepEqual(await unknownsNotNo(page), [], `${name}: unknown is not worded as no`);
}

async function shoot(page, name) {
  await page.screenshot({ path: join(ARTIFACTS, `journey-${name}.png`), fullPage: false });
}

for (const width of WIDTHS) {
  for (const lang of LANGS) {
    const scheme = ["ja", "zh-Hant", "vi"].includes(lang) ? "dark" : "light";
    const name = (persona) => `${persona}-${width}-${lang}-${scheme}`;

    test(`a Chinese family who want their parents to come (${width} px, ${lang})`, async () => {
      const { context, page, errors } = await open(width, lang, scheme);
      // Before anything: the answers are unknown, and say what to type first.
      assert.equal(await page.getAttribute("[data-glance=pr]", "data-answer"), "unknown");
      assert.equal(await page.locator(".card.needs").count(), 1);
      await checkScreen(page, name("family-start"));
      await type(page, "#f-birth_date", "1990-05-01");
      await page.selectOption("#f-education", "master");
      await type(page, "#f-experience_years", "8");
      // 780 while the unit is yen: the widget asks, and 万円 re-reads it as ¥7,800,000.
      await type(page, "#f-annual_salary_yen", "780");
      await page.locator("[data-field=annual_salary_yen] [data-ask]").waitFor();
      await page.selectOption("#f-annual_salary_yen-unit", "man");
      assert.match(await page.textContent("[data-field=annual_salary_yen] [data-echo]"), /¥7,800,000/);
      // "780万" works whatever the unit.
      await page.selectOption("#f-annual_salary_yen-unit", "yen");
      await type(page, "#f-annual_salary_yen", "950万");
      assert.match(await page.textContent("[data-field=annual_salary_yen] [data-echo]"), /¥9,500,000/);
      await page.selectOption("#f-japanese", "n2");
      // A wrong salary does not stop the rest from counting: the degree still moves the score.
      await type(page, "#f-annual_salary_yen", "abc");
      await page.locator(".problems [data-problem=annual_salary_yen]").waitFor();
      assert.equal(await page.getAttribute("#f-annual_salary_yen", "aria-invalid"), "true");
      const before = Number(await total(page));
      await page.selectOption("#f-education", "doctor");
      await page.waitForFunction((n) => {
        const root = document.querySelector("hsp-pr-widget").shadowRoot;
        return Number(root.querySelector("[data-glance-total]").textContent) === n + 10;
      }, before);
      await type(page, "#f-annual_salary_yen", "950万");
      await page.locator(".problems").waitFor({ state: "detached" });
      // The family: a spouse earning ¥3M, a child of three.
      if (!(await page.locator("details.section").first().evaluate((d) => d.open))) {
        await page.locator("details.section summary").first().click();
      }
      await page.selectOption("#f-household-has_spouse", "yes");
      await type(page, "#f-household-spouse_annual_income_yen", "300万");
      await page.locator("[data-action=add-child]").click();
      await type(page, "#f-household-children-0--birth_date", "2023-08-01");
      // Residence: HSP(i) since 2022.
      if (!(await page.locator("details.section").nth(1).evaluate((d) => d.open))) {
        await page.locator("details.section summary").nth(1).click();
      }
      await page.selectOption("#f-residence-current_status", "hsp1");
      await type(page, "#f-residence-in_japan_since", "2019-04-01");
      await type(page, "#f-residence-work_status_since", "2019-04-01");
      await type(page, "#f-residence-hsp_since", "2022-04-01");
      // Editing the last field, the answer is in view.
      await focusLastField(page);
      assert.ok(await glanceInView(page), "the glance is on screen while the last field is edited");
      await shoot(page, name("family-typing"));
      assert.equal(await page.getAttribute("[data-glance=parents]", "data-answer"), "yes");
      assert.equal(await page.getAttribute("[data-glance=hsp]", "data-answer"), "held");
      await checkScreen(page, name("family-done"));
      await page.locator(".glance-more").click();
      await page.locator("section.family").scrollIntoViewIfNeeded();
      await shoot(page, name("family-results"));
      assert.deepEqual(await axe(page), [], `${name("family")}: axe`);
      assert.deepEqual(errors, []);
      await context.close();
    });

    test(`a consultancy checking a (c) client (${width} px, ${lang})`, async () => {
      const { context, page, errors } = await open(width, lang, scheme);
      await page.selectOption("#f-category", "c");
      await type(page, "#f-age", "45");
      await page.selectOption("#f-education", "mba_mot");
      // The points of each choice are shown before it is chosen, for this category.
      assert.match(await page.locator("#f-position option[value=representative]").textContent(), /\+10/);
      assert.match(await page.locator("#f-education option[value=doctor]").textContent(), /\+20/);
      await type(page, "#f-experience_years", "12");
      await type(page, "#f-annual_salary_yen", "2500万");
      await page.selectOption("#f-position", "representative");
      await page.locator("#bonus-investment_100m").check();
      // 25 (MBA) + 25 (10 years) + 40 (¥25M) + 10 (representative) + 5 (investment) = 105.
      await page.waitForFunction(() => document.querySelector("hsp-pr-widget").shadowRoot.querySelector("[data-glance-total]")?.textContent === "105");
      if (!(await page.locator("details.section").nth(1).evaluate((d) => d.open))) {
        await page.locator("details.section summary").nth(1).click();
      }
      await page.selectOption("#f-residence-current_status", "business_manager");
      await type(page, "#f-residence-in_japan_since", "2018-04-01");
      await type(page, "#f-residence-work_status_since", "2018-04-01");
      await type(page, "#f-residence-current_status_since", "2018-04-01");
      await focusLastField(page);
      assert.ok(await glanceInView(page), "the glance is on screen while the form is edited");
      await shoot(page, name("consultancy-typing"));
      // The J-Skip line says the threshold and the client's figure.
      assert.match(await page.locator("[data-reasons=jskip]").textContent(), /40,000,000|4,000万|4,000萬|4,000만|40 triệu/);
      await checkScreen(page, name("consultancy-done"));
      await page.locator("section.pr").scrollIntoViewIfNeeded();
      await shoot(page, name("consultancy-results"));
      assert.deepEqual(await axe(page), [], `${name("consultancy")}: axe`);
      assert.deepEqual(errors, []);
      await context.close();
    });

    test(`a permanent resident thinking of going back to HSP (${width} px, ${lang})`, async () => {
      const { context, page, errors } = await open(width, lang, scheme);
      await type(page, "#f-age", "36");
      await page.selectOption("#f-education", "master");
      await type(page, "#f-experience_years", "8");
      await type(page, "#f-annual_salary_yen", "9000000");
      if (!(await page.locator("details.section").nth(1).evaluate((d) => d.open))) {
        await page.locator("details.section summary").nth(1).click();
      }
      await page.selectOption("#f-residence-current_status", "pr");
      await type(page, "#f-residence-in_japan_since", "2014-01-01");
      await type(page, "#f-residence-pr_since", "2022-06-01");
      await focusLastField(page);
      assert.ok(await glanceInView(page), "the glance is on screen while the last field is edited");
      await shoot(page, name("pr-holder-typing"));
      assert.equal(await page.getAttribute("[data-glance=pr]", "data-answer"), "held");
      // The way back, step by step, with its dates, marked unconfirmed.
      const steps = page.locator("[data-way-back] .steps li");
      assert.equal(await steps.count(), 5);
      assert.equal(await page.locator("[data-way-back] .unconfirmed").count(), 1);
      assert.match(await page.locator("[data-step=hsp2]").textContent(), /2029/);
      await checkScreen(page, name("pr-holder-done"));
      await page.locator("[data-way-back]").scrollIntoViewIfNeeded();
      await shoot(page, name("pr-holder-way-back"));
      assert.deepEqual(await axe(page), [], `${name("pr-holder")}: axe`);
      assert.deepEqual(errors, []);
      await context.close();
    });
  }
}

test("on a phone a field that takes the focus under the glance is scrolled clear of it (WCAG 2.4.11)", async () => {
  const { context, page } = await open(360, "en", "light");
  for (const id of ["#f-education", "#f-experience_years", "#f-annual_salary_yen"]) {
    // The field just above the bottom edge, under the glance; then the keyboard reaches it.
    await page.locator(id).evaluate((el) => {
      const r = el.getBoundingClientRect();
      window.scrollBy(0, r.bottom - window.innerHeight + 20);
    });
    await page.locator(id).focus();
    await page.waitForFunction((sel) => {
      const root = document.querySelector("hsp-pr-widget").shadowRoot;
      const field = root.querySelector(sel).getBoundingClientRect();
      const glance = root.querySelector(".glance").getBoundingClientRect();
      return field.bottom <= glance.top;
    }, id);
  }
  await context.close();
});
