// End-to-end tests of the built widget (dist/), served on 127.0.0.1, in headless Chromium.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ARTIFACTS, DIST, PROFILES, ROOT, cli, fillProfile, launch, overflowing, recordRequests, settled, startServer } from "./helpers.mjs";

let browser, server, origin;
before(async () => {
  browser = await launch();
  ({ server, origin } = await startServer());
});
after(async () => {
  await browser?.close();
  server?.close();
});

async function freshPage(viewport = { width: 1280, height: 900 }, extra = {}) {
  const context = await browser.newContext({ viewport, locale: "en-US", ...extra });
  const page = await context.newPage();
  const requests = recordRequests(context);
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  await page.goto(origin + "/");
  await page.waitForSelector(".hsp-pr h1");
  return { context, page, requests, errors };
}

/// The focused element's id, inside the widget's shadow root.
function focusedId(page) {
  return page.evaluate(() => {
    let active = document.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active?.id ?? "";
  });
}

function assertLocal(requests) {
  const foreign = requests.filter((url) => !url.startsWith(origin + "/") && !url.startsWith("data:"));
  assert.deepEqual(foreign, [], "the widget made a request outside 127.0.0.1");
}

for (const [name, profile] of Object.entries(PROFILES)) {
  test(`${name}: the UI shows what the CLI computes`, async () => {
    const { context, page, requests, errors } = await freshPage();
    await fillProfile(page, profile);
    const asOf = await settled(page);
    const expected = cli(profile, asOf);
    assert.equal(await page.textContent(".total-number"), String(expected.points.total));
    for (const route of expected.pr.routes) {
      const row = page.locator(`tr[data-route=${route.route}]`);
      assert.equal(await row.getAttribute("data-earliest"), route.earliest_date ?? "", `${route.route} date`);
      assert.equal(await row.getAttribute("data-eligible"), String(route.eligible_now), `${route.route} now`);
    }
    const parents = await page.getAttribute("[data-check=parents]", "class");
    assert.equal(parents.includes("yes"), expected.parents.eligible, "parents");
    const worker = await page.getAttribute("[data-check=domestic_worker]", "class");
    assert.equal(worker.includes("yes"), expected.domestic_worker.eligible, "domestic worker");
    for (const row of expected.comparison.rows) {
      for (const col of ["hsp1", "hsp2", "pr"]) {
        const cell = page.locator(`tr[data-row=${row.id}] td[data-col=${col}]`);
        assert.equal(await cell.getAttribute("data-value"), row[col].value, `${row.id} / ${col}`);
      }
    }
    assert.deepEqual(errors, []);
    assertLocal(requests);
    await context.close();
  });
}

const LANGS = ["en", "ja", "zh-Hans", "zh-Hant", "ko", "vi"];
/// A date as the widget writes it in each language (i18n::format::date), from the pattern of
/// the language's file.
function dateIn(lang, iso) {
  const [y, m, d] = iso.split("-").map(Number);
  const file = JSON.parse(readFileSync(join(ROOT, "i18n", `${lang}.json`), "utf8"));
  const months = (file["lang.months"] ?? "").split(" ");
  return file["lang.date"].replace("{mon}", months[m - 1]).replace("{d}", d).replace("{m}", m).replace("{y}", y);
}

test("a look-back names its assumptions beside the date, and answering them moves the date, in every language", async () => {
  const { context, page, errors } = await freshPage();
  // Three years back: ¥6.5M at 29 and no experience: master 20 + 20 + age 15 + N1 15 = 70,
  // if N1 was held then (assumed); with N2, 65.
  const assumed = structuredClone(PROFILES.single);
  assumed.residence.salary_3y_before_yen = 6500000;
  delete assumed.residence.sheet_3y_before;
  await fillProfile(page, assumed);
  const asOf = await settled(page);
  const row = page.locator("tr[data-route=hsp70]");
  // With nothing given for three years back, today's N1 and salary are assumed, and said so.
  const before = cli(assumed, asOf).pr.routes.find((r) => r.route === "hsp70");
  assert.equal(await row.getAttribute("data-earliest"), before.earliest_date ?? "");
  await row.locator("li[data-assumption=japanese][data-kind=as_today]").first().waitFor();
  assert.match(await row.textContent(), /assumed the same as today/);
  // Answer it: N2 three years ago. The engine's date for that profile shows, and the
  // assumption about that date is gone.
  await page.selectOption("#f-residence-sheet_3y_before-japanese", "n2");
  await settled(page);
  const answered = structuredClone(assumed);
  answered.residence.sheet_3y_before = { japanese: "n2" };
  const after = cli(answered, asOf).pr.routes.find((r) => r.route === "hsp70");
  assert.notEqual(after.earliest_date, before.earliest_date, "N2 three years ago moves the 70-point track");
  await page.waitForFunction((date) => document.querySelector("hsp-pr-widget").shadowRoot
    .querySelector("tr[data-route=hsp70]").getAttribute("data-earliest") === date, after.earliest_date ?? "");
  const lookbackDate = after.lookback.date;
  assert.equal(await row.locator(`[data-lookback="${lookbackDate}"] + .assumptions-heading + ul li[data-assumption=japanese]`).count(), 0);
  // The date, "from" it, in each language; the comparison and the CLI agree.
  for (const lang of LANGS) {
    await page.selectOption("#hsp-lang", lang);
    await page.waitForSelector(`.hsp-pr[lang="${lang}"]`);
    if (after.earliest_date) {
      assert.ok((await row.locator("td").nth(0).textContent()).includes(dateIn(lang, after.earliest_date)), lang);
    }
  }
  assert.deepEqual(errors, []);
  await context.close();
});

test("the share link restores the form in a fresh browser", async () => {
  const { context, page } = await freshPage();
  await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin });
  await fillProfile(page, PROFILES.family);
  await settled(page);
  const total = await page.textContent(".total-number");
  const results = await page.textContent(".result-body");
  await page.click("[data-action=share]");
  await page.waitForSelector(".share-bar .notice:not(:empty)");
  const link = await page.evaluate(() => navigator.clipboard.readText());
  assert.match(link, /#hsp-pr=v1\./);
  await context.close();

  const other = await browser.newContext();
  const restored = await other.newPage();
  await restored.goto(link);
  await settled(restored);
  assert.equal(await restored.textContent(".total-number"), total);
  // The longer sections come a frame after the points (progressive first render), on their own.
  await restored.locator(".result-body section.comparison").waitFor();
  assert.equal(await restored.textContent(".result-body"), results);
  assert.equal(await restored.inputValue("#f-household-children-1--birth_date"), "2024-12-01");
  assert.equal(await restored.inputValue("#f-annual_salary_yen"), "9000000");
  assert.match(await restored.textContent("[data-notice=link]"), /came from a link/);
  // Read once: the profile has left the address bar and the history entry.
  assert.equal(new URL(restored.url()).hash, "");
  await other.close();
});

test("a share link's first render: hsp-pr:result with its points in the DOM and no frame between; the longer sections after the frame that paints them", async () => {
  // With the CPU slowed 4×, the first render takes well over Yew's 16 ms slice, so its
  // scheduler yields to the browser (a frame, its layout) before it runs the effects: what
  // must follow the render at once is queued from the render itself (browser::after_this_task).
  const profile = { category: "b", age: 30, education: "master", experience_years: 5, annual_salary_yen: 8000000 };
  const fragment = "hsp-pr=v1." + Buffer.from(JSON.stringify(profile)).toString("base64url");
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "en-US" });
  await context.addInitScript(() => {
    const frames = (window.frameTimes = []);
    const frame = (t) => {
      frames.push(performance.now());
      const root = document.querySelector("hsp-pr-widget")?.shadowRoot;
      if (root?.querySelector(".result-body section.comparison")) window.sectionsSeen ??= performance.now();
      if (window.sectionsSeen === undefined) requestAnimationFrame(frame);
    };
    requestAnimationFrame(frame);
    // When the sections are rendered (the end of the task that renders them), not painted.
    const attach = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (init) {
      const root = attach.call(this, init);
      new MutationObserver(() => {
        if (root.querySelector(".result-body section.comparison")) window.sectionsRendered ??= performance.now();
      }).observe(root, { childList: true, subtree: true });
      return root;
    };
    addEventListener("hsp-pr:result", (e) => {
      const root = document.querySelector("hsp-pr-widget").shadowRoot;
      window.firstResult ??= { at: performance.now(), points: e.detail.points,
        shown: root.querySelector(".results .total-number")?.textContent ?? null,
        sections: !!root.querySelector(".result-body section.comparison") };
    }, true);
  });
  const page = await context.newPage();
  const cdp = await context.newCDPSession(page);
  await cdp.send("Emulation.setCPUThrottlingRate", { rate: 4 });
  await page.goto(`${origin}/#${fragment}`);
  await page.waitForFunction(() => window.firstResult && window.sectionsSeen, null, { timeout: 60_000 });
  const { result, rendered, frameMark, frames, sectionsRendered } = await page.evaluate(() => ({
    result: window.firstResult, sectionsRendered: window.sectionsRendered,
    rendered: performance.getEntriesByName("hsp-pr:rendered")[0].startTime,
    frameMark: performance.getEntriesByName("hsp-pr:frame")[0]?.startTime, frames: window.frameTimes }));
  const expected = cli(profile, await page.getAttribute(".result-body", "data-as-of"));
  assert.equal(result.points, expected.points.total);
  assert.equal(result.shown, String(expected.points.total), "the points are in the DOM when the host hears of them");
  assert.equal(result.sections, false, "the longer sections come after the points");
  assert.deepEqual(frames.filter((t) => t > rendered && t < result.at), [], "no frame between the first render and its event");
  // The first frame after the render paints it; the sections are rendered in a task right after
  // it (an effect would ask for the frame only after the first, and the sections would come
  // after the second).
  const framesBeforeSections = frames.filter((t) => t > rendered && t < sectionsRendered);
  assert.equal(framesBeforeSections.length, 1, `the sections after the first painted frame (frames ${frames}, render ${rendered}, sections ${sectionsRendered})`);
  // The loader's frame mark is that first frame's, not the sections' render after it.
  assert.ok(frameMark > rendered && frameMark < sectionsRendered,
    `hsp-pr:frame (${frameMark}) between the first render (${rendered}) and the sections' (${sectionsRendered})`);
  await context.close();
});

test("a reload keeps everything typed, and the language", async () => {
  const { context, page } = await freshPage();
  await fillProfile(page, PROFILES.ceo);
  await page.selectOption("#hsp-lang", "ja");
  // The Japanese words come as a pack: the switch (and its save) happens when they arrive.
  await page.waitForSelector('.hsp-pr[lang="ja"]');
  await settled(page);
  await page.reload();
  await settled(page);
  assert.equal(await page.inputValue("#f-age"), "50");
  assert.equal(await page.textContent(".total-number"), "95");
  assert.equal(await page.getAttribute(".hsp-pr", "lang"), "ja");
  await context.close();
});

test("keyboard only: tab to a field, type, get the result", async () => {
  const { context, page } = await freshPage();
  let focused = "";
  for (let i = 0; i < 40 && focused !== "f-age"; i++) {
    await page.keyboard.press("Tab");
    focused = await focusedId(page);
  }
  assert.equal(focused, "f-age", "Tab reaches the age field");
  await page.keyboard.type("28");
  for (let i = 0; i < 40 && focused !== "f-annual_salary_yen"; i++) {
    await page.keyboard.press("Tab");
    focused = await focusedId(page);
  }
  await page.keyboard.type("6500000");
  await page.waitForSelector(".total-number");
  assert.match(await page.textContent(".total-number"), /^\d+$/);
  await context.close();
});

test("axe-core finds no serious or critical violation, in each language", async () => {
  const { context, page } = await freshPage(undefined, { bypassCSP: true });
  await fillProfile(page, PROFILES.family);
  await settled(page);
  await page.addScriptTag({ path: join(ROOT, "node_modules", "axe-core", "axe.min.js") });
  for (const lang of LANGS) {
    await page.emulateMedia({ media: "screen" });
    await page.selectOption("#hsp-lang", lang);
    await page.waitForSelector(`.hsp-pr[lang="${lang}"]`);
    const { violations } = await page.evaluate(() => axe.run(document));
    const bad = violations.filter((v) => v.impact === "serious" || v.impact === "critical")
      .map((v) => `${v.id}: ${v.nodes.map((n) => JSON.stringify(n.target)).slice(0, 3).join(", ")}`);
    assert.deepEqual(bad, [], `axe (${lang})`);
  }
  await context.close();
});

test("axe-core in the dark theme (contrast of the dark palette)", async () => {
  const context = await browser.newContext({ colorScheme: "dark", bypassCSP: true });
  const page = await context.newPage();
  await page.goto(origin + "/");
  await fillProfile(page, PROFILES.engineer);
  await settled(page);
  await page.addScriptTag({ path: join(ROOT, "node_modules", "axe-core", "axe.min.js") });
  const background = await page.evaluate(() =>
    getComputedStyle(document.querySelector("hsp-pr-widget").shadowRoot.querySelector(".hsp-pr")).backgroundColor);
  assert.equal(background, "rgb(13, 17, 23)", "the dark palette is in use");
  const { violations } = await page.evaluate(() => axe.run(document));
  const bad = violations.filter((v) => v.impact === "serious" || v.impact === "critical").map((v) => v.id);
  assert.deepEqual(bad, []);
  await context.close();
});

test("money fields show the amount as it is read", async () => {
  const { context, page } = await freshPage();
  await page.fill("#f-age", "30");
  await page.fill("#f-annual_salary_yen", "6500000");
  assert.equal(await page.textContent("[data-echo]"), "= ¥6,500,000 (650万円)");
  // A changed unit re-reads what was typed (issue #12): 650 in 万円 is ¥6,500,000.
  await page.fill("#f-annual_salary_yen", "650");
  assert.match(await page.textContent("[data-ask]"), /Did you mean ¥6,500,000/);
  await page.selectOption("#f-annual_salary_yen-unit", "man");
  assert.equal(await page.inputValue("#f-annual_salary_yen"), "650");
  assert.equal(await page.textContent("[data-echo]"), "= ¥6,500,000 (650万円)");
  assert.equal(await page.locator("[data-ask]").count(), 0);
  await context.close();
});

test("the cold path is marked in order: the shell (the product page's early script), module, wasm, compiled, instantiated, mount, rendered, frame", async () => {
  const { context, page } = await freshPage();
  await page.waitForFunction(() => performance.getEntriesByName("hsp-pr:frame").length);
  const names = await page.evaluate(() => performance.getEntriesByType("mark").filter((m) => m.name.startsWith("hsp-pr:"))
    .sort((a, b) => a.startTime - b.startTime).map((m) => m.name.slice("hsp-pr:".length)));
  assert.deepEqual(names.filter((n) => n !== "shell"), ["module", "wasm", "compiled", "instantiated", "mount", "rendered", "frame"]);
  // The product page puts the prerendered shell in before the module runs, long before the
  // wasm's first render (that it is painted first is tests/e2e/shell.test.mjs's).
  assert.equal(names[0], "shell", names.join(" "));
  await context.close();
});

test("the printout is a record: the answers, the results and the sources, on at most three pages", async () => {
  const { context, page } = await freshPage();
  await fillProfile(page, PROFILES.family);
  await settled(page);
  await page.emulateMedia({ media: "print" });
  assert.equal(await page.isVisible(".profile-form"), false);
  assert.equal(await page.isVisible(".share-bar"), false);
  assert.equal(await page.isVisible(".comparison"), true);
  assert.equal(await page.isVisible(".breakdown"), true);
  assert.equal(await page.isVisible(".glance"), false);
  // What a scrivener files: the date, every answer, the family conditions and the sources.
  assert.equal(await page.isVisible(".print-record .answers"), true);
  assert.match(await page.textContent(".print-record"), /Expected annual salary/);
  assert.equal(await page.isVisible(".family .checklist"), true);
  assert.match(await page.textContent(".sources-appendix"), /S10 — ISA permanent residence guidelines — https:\/\/www\.moj\.go\.jp/);
  for (const lang of LANGS) {
    await page.emulateMedia({ media: "screen" });
    await page.selectOption("#hsp-lang", lang);
    await page.waitForSelector(`.hsp-pr[lang="${lang}"]`);
    await page.emulateMedia({ media: "print" });
    const pdf = await page.pdf({ format: "A4" });
    const pages = (pdf.toString("latin1").match(/\/Type\s*\/Page[^s]/g) ?? []).length;
    assert.ok(pages >= 1 && pages <= 3, `a printout of at most three pages (${lang}: ${pages} pages)`);
  }
  await context.close();
});

test("nothing overflows from 320 to 1440 px, for every profile and language (geometry of every element)", async () => {
  for (const width of [320, 360, 768, 1024, 1280, 1440]) {
    const { context, page } = await freshPage({ width, height: 800 });
    for (const name of ["engineer", "family", "ceo", "single"]) {
      await page.click("[data-action=reset]");
      await fillProfile(page, structuredClone(PROFILES[name]));
      await settled(page);
      for (const lang of LANGS) {
        await page.selectOption("#hsp-lang", lang);
        await page.waitForSelector(`.hsp-pr[lang="${lang}"]`);
        assert.deepEqual(await overflowing(page), [], `${name} at ${width}px in ${lang}`);
        const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
        assert.ok(overflow <= 1, `no horizontal scroll at ${width}px (${overflow}px)`);
      }
      await page.selectOption("#hsp-lang", "en");
      await page.waitForSelector('.hsp-pr[lang="en"]');
    }
    await page.screenshot({ path: join(ARTIFACTS, `widget-${width}.png`), fullPage: true });
    await context.close();
  }
});

test("the offline file works from file:// with every request blocked", async () => {
  const context = await browser.newContext({ offline: true });
  const requests = recordRequests(context);
  await context.route("**/*", (route) => (route.request().url().startsWith("file:") ? route.continue() : route.abort()));
  const page = await context.newPage();
  await page.goto("file://" + join(DIST, "hsp-pr-widget.html"));
  await page.waitForSelector(".hsp-pr h1");
  await fillProfile(page, PROFILES.ceo);
  await settled(page);
  assert.equal(await page.textContent(".total-number"), "95");
  // HspPr.evaluate's own wasm is inline too.
  assert.equal(await page.evaluate((p) => HspPr.evaluate(p).then((a) => a.points.total), PROFILES.ceo), 95);
  const other = requests.filter((url) => !url.startsWith("file:") && !url.startsWith("data:"));
  assert.deepEqual(other, []);
  await context.close();
});

test("Start over clears the answers and Undo brings them back, until the next edit", async () => {
  const { context, page } = await freshPage();
  await fillProfile(page, PROFILES.family);
  await settled(page);
  const total = await page.textContent(".total-number");
  await page.click("[data-action=reset]");
  assert.equal(await page.inputValue("#f-birth_date"), "");
  await page.click("[data-action=undo]");
  assert.equal(await page.inputValue("#f-birth_date"), "1988-03-03");
  assert.equal(await page.textContent(".total-number"), total);
  // After an edit the cleared answers are gone for good: no Undo is offered.
  await page.click("[data-action=reset]");
  await page.fill("#f-age", "30");
  assert.equal(await page.locator("[data-action=undo]").count(), 0);
  await context.close();
});
