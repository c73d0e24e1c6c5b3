// Six languages (issue #14): each chosen from the browser's languages and from the switcher,
// in every mode (element, div, iframe, the offline file); a full journey's text holds no
// English left over; nothing overflows at 360 px; screenshots of each language, light and
// dark, phone and desktop, in target/screenshots/.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "../../scripts/serve.mjs";
import { ARTIFACTS, DIST, PROFILES, ROOT, VERSION, fillProfile, launch, overflowing, recordRequests, settled, writeHostPages } from "./helpers.mjs";

const TAGS = ["en", "ja", "zh-Hans", "zh-Hant", "ko", "vi"];
const FILES = Object.fromEntries(TAGS.map((tag) => [tag, JSON.parse(readFileSync(join(ROOT, "i18n", `${tag}.json`), "utf8"))]));
const title = (tag) => FILES[tag]["ui.title"];

let browser, widgetServer, hostServer, widget, host;
before(async () => {
  browser = await launch();
  widgetServer = await serve(DIST, 0);
  widget = `http://127.0.0.1:${widgetServer.address().port}`;
  hostServer = await serve(writeHostPages(widget), 0);
  host = `http://localhost:${hostServer.address().port}`;
});
after(async () => {
  await browser?.close();
  widgetServer?.close();
  hostServer?.close();
});

async function open(url, options = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "en-US", ...options });
  const page = await context.newPage();
  const requests = recordRequests(context);
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto(url);
  return { context, page, requests, errors };
}

test("each language is chosen from the browser's languages when the host names none", async () => {
  const cases = [["ja-JP", "ja"], ["zh-CN", "zh-Hans"], ["zh-SG", "zh-Hans"], ["zh-TW", "zh-Hant"], ["zh-HK", "zh-Hant"],
    ["zh-MO", "zh-Hant"], ["ko-KR", "ko"], ["vi-VN", "vi"], ["en-GB", "en"], ["fr-FR", "en"]];
  for (const [locale, tag] of cases) {
    const { context, page, errors } = await open(`${widget}/`, { locale });
    await page.waitForSelector(`.hsp-pr[lang="${tag}"] h1`);
    assert.equal(await page.textContent(".hsp-pr h1"), title(tag), locale);
    assert.equal(await page.inputValue("#hsp-lang"), tag, locale);
    assert.deepEqual(errors, []);
    await context.close();
  }
});

test("the switcher names each language in its own words, and switches to each", async () => {
  const { context, page, errors } = await open(`${widget}/`);
  await page.waitForSelector('.hsp-pr[lang="en"] h1');
  const options = await page.locator("#hsp-lang option").evaluateAll((list) => list.map((o) => [o.value, o.textContent, o.lang]));
  assert.deepEqual(options, TAGS.map((tag) => [tag, FILES[tag]["lang.name"], tag]));
  assert.deepEqual(options.map(([, name]) => name), ["English", "日本語", "简体中文", "繁體中文", "한국어", "Tiếng Việt"]);
  for (const tag of [...TAGS.slice(1), "en"]) {
    await page.selectOption("#hsp-lang", tag);
    await page.waitForSelector(`.hsp-pr[lang="${tag}"]`);
    assert.equal(await page.textContent(".hsp-pr h1"), title(tag));
    assert.equal(await page.textContent("label[for=hsp-lang]"), FILES[tag]["ui.language"]);
  }
  assert.deepEqual(errors, []);
  await context.close();
});

/// The English phrases (three words or more) of every message that the language's own
/// message does not keep: none may be on a screen in that language.
function englishPhrases(tag) {
  const phrases = new Set();
  for (const [key, text] of Object.entries(FILES.en)) {
    if (key.startsWith("lang.")) continue;
    for (const part of text.split(/\{\d*\}/)) {
      const phrase = part.trim().replace(/^[\p{P}\s]+|[\p{P}\s]+$/gu, "");
      if (phrase.split(/\s+/).length < 3 || phrase.length < 12) continue;
      if ((FILES[tag][key] ?? "").includes(phrase)) continue;
      phrases.add(phrase);
    }
  }
  return [...phrases];
}

/// The Latin words of a text that the language's file does not use itself (its proper nouns:
/// J-Skip, JLPT, Excel…): English left in a page of Chinese, Japanese or Korean. The
/// addresses of the sources, the ids of the printout's appendix (RULES) and the switcher's
/// "English" are names, not English left over.
function strayLatinWords(tag, text) {
  const own = new Set([...(Object.values(FILES[tag]).join(" ").match(/[A-Za-z]{3,}/g) ?? []), "English", "RULES"]);
  const words = text.replace(/https?:\/\/\S+?(?=[\s」）)]|$|[^\x21-\x7e])/g, " ").match(/[A-Za-z]{3,}/g) ?? [];
  return [...new Set(words)].filter((word) => !own.has(word));
}

/// Everything a person can open: the sections, the details of the results, the glance's more.
async function openEverything(page) {
  await page.locator(".glance-more").click();
  await page.locator("details:not([open]) > summary").evaluateAll((all) => all.forEach((s) => s.click()));
}

/// The widget's text, and the words of its controls (labels, options, placeholders).
function widgetText(page) {
  return page.locator(".hsp-pr").evaluate((root) => {
    const attributes = [...root.querySelectorAll("[placeholder], [aria-label]")]
      .map((el) => `${el.getAttribute("placeholder") ?? ""} ${el.getAttribute("aria-label") ?? ""}`);
    return `${root.textContent} ${attributes.join(" ")}`;
  });
}

for (const tag of TAGS.slice(1)) {
  test(`a full journey in ${FILES[tag]["lang.name"]} leaves no English, fits 360 px, and is photographed`, async () => {
    const { context, page, errors } = await open(`${widget}/`, { viewport: { width: 360, height: 800 } });
    await page.waitForSelector('.hsp-pr[lang="en"] h1');
    // The family of PROFILES: a spouse, two children, HSP(i) since 2022; typed in English,
    // then the language switched: everything typed stays.
    await fillProfile(page, PROFILES.family);
    await settled(page);
    const total = await page.textContent(".total-number");
    await page.selectOption("#hsp-lang", tag);
    await page.waitForSelector(`.hsp-pr[lang="${tag}"]`);
    assert.equal(await page.textContent(".total-number"), total);
    await openEverything(page);
    const text = await widgetText(page);
    const left = englishPhrases(tag).filter((phrase) => text.includes(phrase));
    assert.deepEqual(left, [], `English left in ${tag}`);
    if (tag !== "vi") assert.deepEqual(strayLatinWords(tag, text), [], `Latin words in ${tag}`);
    // The dates, the money and the points in the language's own way.
    const convention = { ja: /\d{4}年\d{1,2}月\d{1,2}日/, "zh-Hans": /\d{4}年\d{1,2}月\d{1,2}日/, "zh-Hant": /\d{4}年\d{1,2}月\d{1,2}日/,
      ko: /\d{4}년 \d{1,2}월 \d{1,2}일/, vi: /\b\d{1,2}\/\d{1,2}\/\d{4}\b/ }[tag];
    assert.match(text, convention, `a date in ${tag}`);
    const money = { ja: /900万円/, "zh-Hans": /900万日元/, "zh-Hant": /900萬日圓/, ko: /900만 엔/, vi: /9 triệu yên/ }[tag];
    assert.match(text, money, `the salary in ${tag}`);
    assert.deepEqual(await overflowing(page), [], `nothing overflows at 360 px in ${tag}`);
    await page.screenshot({ path: join(ARTIFACTS, `language-${tag}-360-light.png`), fullPage: false });
    await page.locator("section.family").scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, `language-${tag}-360-light-family.png`), fullPage: false });
    await page.setViewportSize({ width: 1280, height: 900 });
    await page.emulateMedia({ colorScheme: "dark" });
    await page.locator(".hsp-pr h1").scrollIntoViewIfNeeded();
    assert.deepEqual(await overflowing(page), [], `nothing overflows at 1280 px in ${tag}`);
    await page.screenshot({ path: join(ARTIFACTS, `language-${tag}-1280-dark.png`), fullPage: false });
    await page.locator("section.comparison, .comparison").first().scrollIntoViewIfNeeded();
    await page.screenshot({ path: join(ARTIFACTS, `language-${tag}-1280-dark-comparison.png`), fullPage: false });
    assert.deepEqual(errors, []);
    await context.close();
  });
}

test("every mode speaks the new languages: element, div and iframe by attribute, the offline file by the browser's", async () => {
  const ownOnly = (requests) => requests.filter((url) => ![`${widget}/`, `${host}/`, "data:"].some((p) => url.startsWith(p)));
  // The element, its lang set by the host after it is on the page.
  const element = await open(`${host}/clean.html`);
  await element.page.waitForSelector('.hsp-pr[lang="en"] h1');
  await element.page.evaluate(() => document.getElementById("w").setAttribute("lang", "ko"));
  await element.page.waitForSelector('.hsp-pr[lang="ko"]');
  assert.equal(await element.page.textContent(".hsp-pr h1"), title("ko"));
  const packs = element.requests.map((url) => new URL(url).pathname).filter((path) => path.endsWith(".json"));
  assert.deepEqual(packs, [`/hsp-pr-widget-${VERSION}.ko.json`], "Korean's words only, fetched when used");
  assert.deepEqual(ownOnly(element.requests), []);
  assert.deepEqual(element.errors, []);
  await element.context.close();
  // The div, by data-lang.
  const div = await open(`${host}/div.html`);
  await div.page.waitForSelector('.hsp-pr[lang="en"] h1');
  await div.page.evaluate(() => document.getElementById("d").setAttribute("data-lang", "zh-TW"));
  await div.page.waitForSelector('.hsp-pr[lang="zh-Hant"]');
  assert.equal(await div.page.textContent(".hsp-pr h1"), title("zh-Hant"));
  await div.context.close();
  // The iframe, by its query.
  const frame = await open(`${host}/iframe.html`);
  await frame.page.evaluate((src) => { document.querySelector("iframe").src = src; }, `${widget}/embed.html?lang=vi`);
  const inside = frame.page.frameLocator("iframe");
  await inside.locator('.hsp-pr[lang="vi"] h1').waitFor();
  assert.equal(await inside.locator(".hsp-pr h1").textContent(), title("vi"));
  await frame.context.close();
  // The offline file from file://, every request blocked: the browser's Korean, then each
  // language from the switcher, their words inline.
  const context = await browser.newContext({ offline: true, locale: "ko-KR" });
  const requests = recordRequests(context);
  await context.route("**/*", (route) => (route.request().url().startsWith("file:") ? route.continue() : route.abort()));
  const page = await context.newPage();
  await page.goto("file://" + join(DIST, "hsp-pr-widget.html"));
  await page.waitForSelector('.hsp-pr[lang="ko"] h1');
  assert.equal(await page.textContent(".hsp-pr h1"), title("ko"));
  for (const tag of ["zh-Hant", "vi", "ja", "zh-Hans"]) {
    await page.selectOption("#hsp-lang", tag);
    await page.waitForSelector(`.hsp-pr[lang="${tag}"]`);
    assert.equal(await page.textContent(".hsp-pr h1"), title(tag));
  }
  assert.deepEqual(requests.filter((url) => !url.startsWith("file:") && !url.startsWith("data:")), []);
  await context.close();
});

test("a widget that cannot load says so in the browser's language, the new ones too", async () => {
  // A copy of dist/ without its wasm, and a host that names no language.
  const dir = mkdtempSync(join(tmpdir(), "hsp-pr-languages-"));
  cpSync(DIST, dir, { recursive: true });
  rmSync(join(dir, `hsp-pr-widget-${VERSION}.wasm`));
  writeFileSync(join(dir, "host.html"), `<!doctype html><html><head><meta charset="utf-8"><title>host</title>
<link rel="icon" href="data:,"><script type="module" src="hsp-pr-widget-${VERSION}.js"></script></head>
<body><hsp-pr-widget></hsp-pr-widget></body></html>`);
  const local = await serve(dir, 0);
  for (const [tag, locale] of [["zh-Hant", "zh-TW"], ["ko", "ko-KR"], ["vi", "vi-VN"]]) {
    const context = await browser.newContext({ locale });
    const page = await context.newPage();
    await page.goto(`http://127.0.0.1:${local.address().port}/host.html`);
    const box = page.locator("[data-hsp-pr-unavailable]");
    await box.waitFor();
    assert.equal(await box.getAttribute("lang"), tag);
    assert.equal(await box.textContent(), FILES[tag]["ui.loader_http"].replace("{}", "404"));
    await context.close();
  }
  local.close();
  rmSync(dir, { recursive: true, force: true });
});
