// Embedding (issue #4): each mode on a hostile host page, several instances, reactive
// attributes, release on removal, the iframe's height, the JavaScript API against the CLI,
// host events, a strict-CSP host. The widget is served from one origin, the host pages from
// another, as on a consultancy's site.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { serve } from "../../scripts/serve.mjs";
import { DIST, PROFILES, VERSION, cli, fillProfile, launch, recordRequests, settled, writeHostPages } from "./helpers.mjs";

let browser, widgetServer, hostServer, widget, host;
before(async () => {
  browser = await launch();
  widgetServer = await serve(DIST, 0);
  widget = `http://127.0.0.1:${widgetServer.address().port}`;
  // "localhost" makes the host a different origin from 127.0.0.1.
  hostServer = await serve(writeHostPages(widget), 0);
  host = `http://localhost:${hostServer.address().port}`;
});
after(async () => {
  await browser?.close();
  widgetServer?.close();
  hostServer?.close();
});

async function open(page, extra = {}) {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, ...extra });
  const tab = await context.newPage();
  const requests = recordRequests(context);
  const errors = [];
  tab.on("pageerror", (e) => errors.push(String(e)));
  tab.on("console", (m) => m.type() === "error" && !m.text().includes("favicon") && errors.push(m.text()));
  await tab.goto(`${host}/${page}`);
  return { context, page: tab, requests, errors };
}

function assertOwnFilesOnly(requests) {
  const allowed = [`${widget}/`, `${host}/`, "data:"];
  const foreign = requests.filter((url) => !allowed.some((prefix) => url.startsWith(prefix)));
  assert.deepEqual(foreign, []);
  const ours = requests.filter((url) => url.startsWith(`${widget}/`)).map((url) => new URL(url).pathname).sort();
  for (const path of ours) assert.match(path, /^\/(hsp-pr-(widget|frame|host)-[\d.]+\.(js|wasm)|hsp-pr-widget-[\d.]+\.(ja|zh-Hans|zh-Hant|ko|vi)\.json|embed\.(html|css))$/, path);
}

/// Computed styles inside the widget that a leaking host style would change.
function innerStyles(page, hostSelector) {
  return page.evaluate((selector) => {
    const root = document.querySelector(selector).shadowRoot;
    const pick = (sel, props) => {
      const style = getComputedStyle(root.querySelector(sel));
      return Object.fromEntries(props.map((p) => [p, style.getPropertyValue(p)]));
    };
    return {
      root: pick(".hsp-pr", ["font-family", "font-size", "letter-spacing", "text-transform", "line-height", "color", "text-align"]),
      h1: pick("h1", ["font-size", "letter-spacing"]),
      input: pick("#f-age", ["font-size", "border-top-style", "border-top-width", "padding-left", "display"]),
      button: pick("button", ["background-color", "font-size"]),
      label: pick("label", ["display"]),
      fieldset: pick("fieldset", ["display", "padding-top", "background-color"]),
    };
  }, hostSelector);
}

test("custom element and data-attribute modes look and work the same on a hostile page", async () => {
  const clean = await open("clean.html");
  await clean.page.waitForSelector(".hsp-pr h1");
  const reference = await innerStyles(clean.page, "hsp-pr-widget");
  await clean.context.close();

  for (const [page, selector] of [["element.html", "hsp-pr-widget"], ["div.html", "[data-hsp-pr-widget]"]]) {
    const { context, page: tab, requests, errors } = await open(page);
    await tab.waitForSelector(".hsp-pr h1");
    assert.deepEqual(await innerStyles(tab, selector), reference, `${page}: the host's styles leak in`);
    await fillProfile(tab, PROFILES.ceo);
    await settled(tab);
    assert.equal(await tab.textContent(".total-number"), "95");
    // The host's own elements keep the host's styles.
    const hostButton = await tab.evaluate(() => {
      const style = getComputedStyle(document.getElementById("host-button"));
      return [style.fontSize, style.backgroundColor, style.borderTopStyle];
    });
    assert.deepEqual(hostButton, ["40px", "rgb(0, 255, 0)", "dotted"]);
    assert.equal(await tab.evaluate(() => getComputedStyle(document.getElementById("host-text")).textTransform), "uppercase");
    assert.deepEqual(errors, []);
    assertOwnFilesOnly(requests);
    await context.close();
  }
});

test("iframe mode works on a hostile page and follows its content's height", async () => {
  const { context, page, requests, errors } = await open("iframe.html");
  const frame = page.frameLocator("iframe[data-hsp-pr-frame]");
  await frame.locator(".hsp-pr h1").waitFor();
  const height = () => page.evaluate(() => document.querySelector("iframe").getBoundingClientRect().height);
  await page.waitForFunction(() => document.querySelector("iframe").getBoundingClientRect().height > 300);
  const closed = await height();
  await frame.locator("details.section summary").nth(1).click();
  await page.waitForFunction((before) => document.querySelector("iframe").getBoundingClientRect().height > before, closed);
  const opened = await height();
  await frame.locator("details.section summary").nth(1).click();
  await page.waitForFunction((before) => document.querySelector("iframe").getBoundingClientRect().height < before, opened);
  await frame.locator("#f-age").fill("28");
  await frame.locator("#f-annual_salary_yen").fill("6500000");
  await frame.locator("#f-education").selectOption("master");
  await frame.locator("#f-experience_years").fill("4");
  await frame.locator("#f-japanese").selectOption("n1");
  await frame.locator(".total-number", { hasText: "75" }).waitFor();
  assert.equal(await page.evaluate(() => getComputedStyle(document.getElementById("host-button")).fontSize), "40px");
  assert.deepEqual(errors, []);
  assertOwnFilesOnly(requests);
  await context.close();
});

test("the host ignores height messages from other windows", async () => {
  const { context, page } = await open("iframe.html");
  await page.waitForFunction(() => document.querySelector("iframe").getBoundingClientRect().height > 300);
  const before = await page.evaluate(() => document.querySelector("iframe").style.height);
  // A forged message from the host's own window, then a marker: messages arrive in order, so
  // once the marker is seen the forged one has been handled.
  await page.evaluate(() => new Promise((resolve) => {
    addEventListener("message", (e) => e.data === "marker" && resolve());
    window.postMessage({ type: "hsp-pr:height", height: 5 }, "*");
    window.postMessage("marker", "*");
  }));
  assert.equal(await page.evaluate(() => document.querySelector("iframe").style.height), before);
  await context.close();
});

test("two instances with different languages work independently", async () => {
  const { context, page } = await open("two.html");
  const one = page.locator("#one");
  const two = page.locator("#two");
  await one.locator(".hsp-pr h1").waitFor();
  await two.locator(".hsp-pr h1").waitFor();
  assert.equal(await one.locator("h1").textContent(), "高度専門職か、永住か");
  assert.equal(await two.locator("h1").textContent(), "高度专门职还是永住？");
  assert.equal(await two.locator("#f-category").inputValue(), "c");
  await one.locator("#f-age").fill("28");
  await one.locator("#f-annual_salary_yen").fill("9000000");
  await one.locator(".total-number[data-total='50']").waitFor();
  assert.equal(await two.locator("#f-age").inputValue(), "");
  // The other widget still waits for its own age and salary.
  assert.equal(await two.locator(".result-body").getAttribute("data-partial"), "true");
  assert.equal(await two.locator(".total-number").textContent(), "0");
  await context.close();
});

test("the Japanese and Chinese words are fetched only when used, once per page", async () => {
  const packs = (requests) => requests.map((url) => new URL(url).pathname).filter((path) => path.endsWith(".json")).sort();
  const english = await open("element.html");
  await english.page.waitForSelector(".hsp-pr h1");
  assert.equal(await english.page.textContent(".hsp-pr h1"), "HSP or permanent residence?");
  assert.deepEqual(packs(english.requests), [], "an English widget fetches no words");
  // Switching to Japanese fetches its words, then shows them all at once.
  await english.page.selectOption("#hsp-lang", "ja");
  await english.page.waitForSelector('.hsp-pr[lang="ja"]');
  assert.equal(await english.page.textContent(".hsp-pr h1"), "高度専門職か、永住か");
  assert.equal(await english.page.textContent("label[for=hsp-lang]"), "言語");
  assert.deepEqual(packs(english.requests), [`/hsp-pr-widget-${VERSION}.ja.json`]);
  assertOwnFilesOnly(english.requests);
  assert.deepEqual(english.errors, []);
  await english.context.close();

  // Two widgets in two languages: each pack once, before the widgets appear.
  const two = await open("two.html");
  await two.page.locator("#one .hsp-pr h1").waitFor();
  await two.page.locator("#two .hsp-pr h1").waitFor();
  assert.deepEqual(packs(two.requests), [`/hsp-pr-widget-${VERSION}.ja.json`, `/hsp-pr-widget-${VERSION}.zh-Hans.json`]);
  await two.context.close();
});

test("while a language's words are on their way, the switch says so", async () => {
  const { context, page, errors } = await open("element.html");
  await page.waitForSelector(".hsp-pr h1");
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await context.route(/\.zh-Hans\.json$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.selectOption("#hsp-lang", "zh-Hans");
  await page.waitForSelector(".lang-loading");
  assert.equal(await page.textContent(".lang-loading"), "Loading 简体中文…");
  assert.equal(await page.getAttribute(".hsp-pr", "lang"), "en");
  assert.equal(await page.inputValue("#hsp-lang"), "en", "the switch shows the language the widget is in");
  release();
  await page.waitForSelector('.hsp-pr[lang="zh-Hans"]');
  assert.equal(await page.locator(".lang-loading").count(), 0);
  assert.equal(await page.inputValue("#hsp-lang"), "zh-Hans");
  assert.equal(await page.textContent(".hsp-pr h1"), "高度专门职还是永住？");
  assert.deepEqual(errors, []);
  await context.close();
});

test("words that do not arrive leave the widget in English, working", async () => {
  const context = await browser.newContext();
  await context.route(/\.ja\.json$/, (route) => route.fulfill({ status: 503, body: "" }));
  const page = await context.newPage();
  const warnings = [];
  page.on("console", (m) => m.type() === "warning" && warnings.push(m.text()));
  await page.goto(`${host}/two.html`);
  await page.locator("#one .hsp-pr h1").waitFor();
  assert.equal(await page.locator("#one .hsp-pr").getAttribute("lang"), "en");
  assert.equal(await page.locator("#one h1").textContent(), "HSP or permanent residence?");
  const unavailable = "日本語 could not be loaded. Check the connection and choose it again.";
  assert.equal(await page.locator("#one .share-bar .notice").textContent(), unavailable);
  assert.equal(await page.locator("#two h1").textContent(), "高度专门职还是永住？");
  await page.locator("#one #f-age").fill("28");
  await page.locator("#one #f-annual_salary_yen").fill("9000000");
  await page.locator("#one .total-number").waitFor();
  assert.equal(await page.locator("#one .share-bar .notice").textContent(), "", "typing clears the notice");
  // Asking for Japanese again tries again, and stays in English while it cannot be had.
  await page.locator("#one #hsp-lang").selectOption("ja");
  await page.waitForFunction(() => document.querySelector("#one").shadowRoot.querySelector(".share-bar .notice").textContent !== "");
  assert.equal(await page.locator("#one .share-bar .notice").textContent(), unavailable);
  assert.equal(await page.locator("#one #hsp-lang").inputValue(), "en");
  assert.equal(await page.locator("#one .lang-loading").count(), 0);
  assert.ok(warnings.some((w) => w.includes("ja words did not load")), warnings.join("\n"));
  assert.equal(await page.locator("#one [data-hsp-pr-failed]").count(), 0);
  await context.close();
});

test("attributes are reactive and keep what was typed", async () => {
  const { context, page } = await open("element.html");
  await page.waitForSelector(".hsp-pr h1");
  await fillProfile(page, PROFILES.engineer);
  await settled(page);
  await page.evaluate(() => document.getElementById("w").setAttribute("lang", "ja"));
  await page.waitForSelector('.hsp-pr[lang="ja"]');
  assert.equal(await page.inputValue("#f-annual_salary_yen"), "6,500,000");
  await page.evaluate(() => document.getElementById("w").setAttribute("category", "a"));
  await page.waitForFunction(() => document.getElementById("w").shadowRoot.querySelector("#f-category").value === "a");
  assert.equal(await page.inputValue("#f-annual_salary_yen"), "6,500,000");
  await page.evaluate(() => document.getElementById("d")?.setAttribute("data-lang", "zh-Hans"));
  await context.close();

  const div = await open("div.html");
  await div.page.waitForSelector(".hsp-pr h1");
  await div.page.evaluate(() => document.getElementById("d").setAttribute("data-lang", "zh-Hans"));
  await div.page.waitForSelector('.hsp-pr[lang="zh-Hans"]');
  await div.context.close();
});

test("removing the element releases it; adding it back restores it; no leak", async () => {
  const { context, page } = await open("element.html");
  await page.waitForSelector(".hsp-pr h1");
  await page.fill("#f-age", "33");
  const cycle = () => page.evaluate(async () => {
    const element = document.getElementById("w");
    element.remove();
    const removed = HspPr.liveInstances();
    document.body.append(element);
    await new Promise((resolve) => requestAnimationFrame(resolve));
    return [removed, HspPr.liveInstances()];
  });
  assert.deepEqual(await cycle(), [0, 1]);
  await page.waitForSelector(".hsp-pr h1");
  assert.equal(await page.inputValue("#f-age"), "33", "the saved state comes back");
  const cdp = await context.newCDPSession(page);
  const measure = async () => {
    await cdp.send("HeapProfiler.collectGarbage");
    const { usedSize } = await cdp.send("Runtime.getHeapUsage");
    return { js: usedSize, wasm: await page.evaluate(() => HspPr.memoryBytes()) };
  };
  for (let i = 0; i < 20; i++) await cycle();
  const warm = await measure();
  for (let i = 0; i < 100; i++) assert.deepEqual(await cycle(), [0, 1]);
  const after = await measure();
  assert.ok(after.js - warm.js < 1_000_000, `JS heap grew by ${after.js - warm.js} bytes over 100 cycles`);
  assert.ok(after.wasm - warm.wasm <= 1_048_576, `wasm memory grew by ${after.wasm - warm.wasm} bytes over 100 cycles`);
  await context.close();
});

test("HspPr.evaluate gives the CLI's JSON, and rejects with the CLI's errors", async () => {
  const { context, page } = await open("element.html");
  await page.waitForFunction(() => globalThis.HspPr);
  // Its wasm is not in the widget's first load: fetched on the first call, once.
  await page.locator("hsp-pr-widget").locator("#f-age").waitFor();
  const apiFetches = () => page.evaluate(() => performance.getEntriesByType("resource").filter((r) => /hsp-pr-api-[^/]*\.wasm$/.test(r.name)).length);
  assert.equal(await apiFetches(), 0);
  for (const [name, profile] of Object.entries(PROFILES)) {
    const withDate = { ...profile, as_of: "2026-11-26" };
    const fromJs = await page.evaluate((p) => HspPr.evaluate(p), withDate);
    assert.deepStrictEqual(fromJs, cli(withDate, "2026-11-26"), name);
    const fromText = await page.evaluate((p) => HspPr.evaluate(JSON.stringify(p)), withDate);
    assert.deepStrictEqual(fromText, fromJs, `${name} as JSON text`);
  }
  const invalid = { category: "z", age: -3, annual_salary_yen: 1e12, bonuses: ["sme", "magic"] };
  const rejected = await page.evaluate((p) => HspPr.evaluate(p).then(() => null, (r) => r), invalid);
  let fromCli;
  try {
    cli(invalid, "2026-11-26");
  } catch (error) {
    fromCli = JSON.parse(error.stdout.toString());
  }
  assert.deepStrictEqual(rejected, fromCli);
  assert.equal(rejected.errors.length, 4);
  const garbage = await page.evaluate(() => HspPr.evaluate("{not json").then(() => null, (r) => r));
  assert.equal(garbage.errors[0].code, "malformed_json");
  // A JavaScript object is read as JSON.stringify writes it: an undefined member is left out;
  // what JSON cannot hold is refused, a cycle included, and never breaks the widget.
  const withUndefined = await page.evaluate((p) => HspPr.evaluate({ ...p, japanese: undefined }), { ...PROFILES.ceo, as_of: "2026-11-26" });
  assert.deepStrictEqual(withUndefined, cli({ ...PROFILES.ceo, as_of: "2026-11-26" }, "2026-11-26"));
  const refused = await page.evaluate(() => {
    const cyclic = { category: "b", age: 30 };
    cyclic.self = cyclic;
    const attempts = [cyclic, { category: "b", age: () => 30 }, { category: "b", age: 30n }, undefined, Symbol("x")];
    return Promise.all(attempts.map((p) => HspPr.evaluate(p).then(() => "accepted", (r) => r.errors[0].code)));
  });
  assert.deepStrictEqual(refused, Array(5).fill("malformed_json"));
  assert.equal(await page.locator("hsp-pr-widget [data-hsp-pr-failed]").count(), 0);
  assert.equal(await apiFetches(), 1);
  // A trap inside the API's wasm rejects that call only: the widgets go on, the next call
  // starts a fresh instance (compiled once: no second fetch).
  const trapped = await page.evaluate(() => Promise.all([HspPr.simulateApiTrapForTests(), HspPr.evaluate({ category: "b", age: 30 })].map((p) => p.then(() => "resolved", (r) => r?.errors?.[0]?.code ?? `raw ${r}`))));
  assert.equal(trapped[0], "internal");
  const again = await page.evaluate((p) => HspPr.evaluate(p), { ...PROFILES.ceo, as_of: "2026-11-26" });
  assert.deepStrictEqual(again, cli({ ...PROFILES.ceo, as_of: "2026-11-26" }, "2026-11-26"));
  assert.equal(await page.locator("hsp-pr-widget [data-hsp-pr-failed]").count(), 0);
  assert.equal(await apiFetches(), 1);
  await context.close();
});

test("host events: hsp-pr:result on every new result, hsp-pr:cta cancellable", async () => {
  const { context, page } = await open("element.html");
  await page.waitForSelector(".hsp-pr h1");
  await page.evaluate(() => {
    window.results = [];
    window.ctas = [];
    document.addEventListener("hsp-pr:result", (e) => window.results.push(e.detail));
    document.getElementById("w").addEventListener("hsp-pr:cta", (e) => { e.preventDefault(); window.ctas.push(e.detail); });
  });
  await fillProfile(page, PROFILES.engineer);
  const asOf = await settled(page);
  await page.waitForFunction(() => window.results.at(-1)?.points === 70);
  const last = await page.evaluate(() => window.results.at(-1));
  // Every date and "now" in the event is the assessment's own (CONTRACT.md).
  const a = cli(PROFILES.engineer, asOf);
  assert.deepEqual(last, { points: 70, category: "b", hsp_eligible: true, jskip_eligible: false,
    hsp2_eligible: a.hsp2.eligible, hsp2_earliest_date: a.hsp2.earliest_date,
    pr_eligible_now: a.pr.routes.some((r) => r.eligible_now), earliest_pr_date: a.pr.earliest_date,
    parents_eligible: true });
  assert.match(last.earliest_pr_date, /^\d{4}-\d{2}-\d{2}$/);
  const url = page.url();
  await page.click("a.cta");
  await page.waitForFunction(() => window.ctas.length === 1);
  const cta = await page.evaluate(() => window.ctas[0]);
  assert.equal(cta.href, "https://example.com/contact");
  assert.equal(cta.points, 70);
  assert.match(cta.summary, /70 points/);
  assert.equal(page.url(), url, "the host cancelled the navigation");
  await context.close();
});

test("a host page with a strict CSP: it works and reports no violation", async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    window.violations = [];
    document.addEventListener("securitypolicyviolation", (e) => window.violations.push(`${e.violatedDirective} ${e.blockedURI}`));
  });
  const page = await context.newPage();
  const consoleErrors = [];
  page.on("console", (m) => m.type() === "error" && consoleErrors.push(m.text()));
  await page.goto(`${host}/csp.html`);
  await page.waitForSelector(".hsp-pr h1");
  await fillProfile(page, PROFILES.family);
  await settled(page);
  const violations = (await page.evaluate(() => window.violations)).filter((v) => !v.includes("favicon"));
  assert.deepEqual(violations, []);
  assert.deepEqual(consoleErrors.filter((m) => !m.includes("favicon")), []);
  await context.close();
});

test("a panic shows a translated message with a reset button, not a dead widget", async () => {
  const { context, page } = await open("two.html");
  await page.locator("#one .hsp-pr h1").waitFor();
  await page.locator("#one #f-age").fill("40");
  await page.locator("#one #f-annual_salary_yen").fill("9000000");
  await page.locator("#one .total-number").waitFor();
  const thrown = await page.evaluate(() => {
    try {
      HspPr.simulatePanicForTests();
      return null;
    } catch (error) {
      return error instanceof WebAssembly.RuntimeError;
    }
  });
  assert.equal(thrown, true);
  await page.locator("#one [data-hsp-pr-failed]").waitFor();
  assert.equal(await page.locator("#one [data-hsp-pr-failed] .warning").textContent(), "計算ツールで問題が発生しました。");
  assert.equal(await page.locator("#two [data-hsp-pr-failed] button").textContent(), "重置并重新开始");
  assert.ok(await page.evaluate(() => Object.keys(localStorage).some((k) => k.startsWith("hsp-pr:"))));
  await Promise.all([page.waitForEvent("load"), page.locator("#one [data-hsp-pr-failed] button").click()]);
  await page.locator("#one .hsp-pr h1").waitFor();
  assert.equal(await page.locator("#one #f-age").inputValue(), "", "reset: the saved answers are gone");
  await context.close();
});

const PAYLOADS = ['<img src=x onerror="alert(1)">', "<script>alert(2)</script>", '"><svg onload=alert(3)>', "<b>bold</b>"];

/// Inside the widget: no element a payload could have created, and no dialog opened.
async function assertNoInjection(page, selector) {
  const found = await page.evaluate((selector) => {
    const root = document.querySelector(selector).shadowRoot;
    return {
      img: root.querySelectorAll("img").length,
      script: root.querySelectorAll("script").length,
      b: root.querySelectorAll("b").length,
      onload: root.querySelectorAll("[onload],[onerror]").length,
    };
  }, selector);
  assert.deepEqual(found, { img: 0, script: 0, b: 0, onload: 0 });
}

test("untrusted text from a link, saved state, attributes, typing and the API stays text", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  const dialogs = [];
  page.on("dialog", (dialog) => { dialogs.push(dialog.message()); dialog.dismiss(); });

  // 1. A share link whose fields (and field names) carry markup.
  const profile = { category: "b", age: 30, annual_salary_yen: 6500000, birth_date: PAYLOADS[0],
    household: { children: [{ birth_date: PAYLOADS[1] }] },
    residence: { current_status: "hsp1", in_japan_since: PAYLOADS[2] }, [PAYLOADS[3]]: 1 };
  const link = `${host}/element.html#hsp-pr=v1.` + Buffer.from(JSON.stringify(profile)).toString("base64url");
  await page.goto(link);
  await page.waitForSelector(".hsp-pr h1");
  assert.equal(await page.inputValue("#f-birth_date"), "", "a date input refuses markup");
  assert.match(await page.textContent("[data-notice=link]"), /<b>bold<\/b>/, "the skipped field's name shows as text");
  await assertNoInjection(page, "hsp-pr-widget");

  // 2. Attributes: a markup label, a javascript: link, markup in lang and category.
  await page.evaluate((payloads) => {
    const element = document.getElementById("w");
    element.setAttribute("cta-label", payloads[0]);
    element.setAttribute("cta-href", "javascript:alert(4)");
    element.setAttribute("lang", payloads[1]);
    element.setAttribute("category", payloads[2]);
  }, PAYLOADS);
  assert.equal(await page.locator("a.cta").count(), 0, "a javascript: link is not rendered");
  await page.evaluate(() => document.getElementById("w").setAttribute("cta-href", "https://example.com/"));
  await page.locator("a.cta").waitFor();
  assert.equal(await page.textContent("a.cta"), PAYLOADS[0]);
  await assertNoInjection(page, "hsp-pr-widget");

  // 3. Typed text, echoed back.
  await page.fill("#f-annual_salary_yen", PAYLOADS[1]);
  await page.locator("#f-annual_salary_yen-error span").waitFor();
  assert.equal(await page.inputValue("#f-annual_salary_yen"), PAYLOADS[1]);
  await page.fill("#f-experience_years", PAYLOADS[3]);
  await assertNoInjection(page, "hsp-pr-widget");

  // 4. The saved state carries markup too, restored on reload.
  await page.evaluate((payload) => localStorage.setItem("hsp-pr:v1:w",
    JSON.stringify({ profile: { category: "a", age: payload, annual_salary_yen: payload }, lang: payload, unit: payload })), PAYLOADS[0]);
  await page.goto(`${host}/element.html`);
  await page.waitForSelector(".hsp-pr h1");
  assert.equal(await page.inputValue("#f-age"), PAYLOADS[0]);
  await assertNoInjection(page, "hsp-pr-widget");

  // 5. The JavaScript API returns markup as data, in the error messages.
  const rejected = await page.evaluate((payload) => HspPr.evaluate({ category: payload, age: 30, annual_salary_yen: 1 }).catch((r) => r), PAYLOADS[2]);
  assert.equal(rejected.errors[0].code, "unknown_value");
  assert.ok(rejected.errors[0].message.includes(PAYLOADS[2]));
  await assertNoInjection(page, "hsp-pr-widget");

  assert.deepEqual(dialogs, []);
  await context.close();
});

test("damaged saved answers never crash and say what was recovered", async () => {
  const { context, page } = await open("element.html");
  await page.waitForSelector(".hsp-pr h1");
  // Partly readable: the good fields come back, the others are named.
  await page.evaluate(() => localStorage.setItem("hsp-pr:v1:w", JSON.stringify({
    profile: { category: "c", age: 44, annual_salary_yen: 15000000, education: "wizard", colour: "red" }, lang: "en", unit: "yen" })));
  await page.reload();
  await page.waitForSelector(".hsp-pr h1");
  assert.equal(await page.inputValue("#f-age"), "44");
  assert.equal(await page.inputValue("#f-category"), "c");
  const notice = await page.textContent(".share-bar .notice");
  assert.match(notice, /restored, except/);
  assert.match(notice, /education/);
  assert.match(notice, /colour/);
  // Not readable at all: a fresh form, and the person is told.
  for (const damaged of ["{not json", "[]", JSON.stringify({ profile: 5 }), "null"]) {
    await page.evaluate((text) => localStorage.setItem("hsp-pr:v1:w", text), damaged);
    await page.reload();
    await page.waitForSelector(".hsp-pr h1");
    assert.equal(await page.inputValue("#f-age"), "", damaged);
    assert.match(await page.textContent(".share-bar .notice"), /could not be read; the form starts fresh/, damaged);
  }
  await context.close();
});

test("the iframe's call to action comes only from a page allowed to embed it, never from its URL", async () => {
  const { writeFileSync, rmSync } = await import("node:fs");
  const { join } = await import("node:path");
  const context = await browser.newContext();
  const page = await context.newPage();
  // A crafted link to the iframe page: a stranger's text and URL in the query.
  await page.goto(`${widget}/embed.html?lang=en&cta-href=https://elsewhere.example/&cta-label=Pay+here`);
  await page.waitForSelector("hsp-pr-widget >> h1");
  assert.equal(await page.locator("hsp-pr-widget >> a.cta").count(), 0);
  // A page on another origin, not listed in this copy of embed.html, frames it and asks.
  await page.goto(`${host}/iframe.html`);
  const frame = page.frameLocator("iframe[data-hsp-pr-frame]");
  await frame.locator("hsp-pr-widget >> h1").waitFor();
  await page.waitForFunction(() => document.querySelector("iframe").getBoundingClientRect().height > 300);
  assert.equal(await frame.locator("hsp-pr-widget >> a.cta").count(), 0);
  // The widget's own origin (or one listed in the meta) gives it.
  writeFileSync(join(DIST, "framed-same.html"), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>f</title></head><body>
<iframe data-hsp-pr-frame src="embed.html?lang=en" title="calculator" data-cta-href="https://example.com/contact" data-cta-label="Book a consultation"></iframe>
<script src="hsp-pr-host-${VERSION}.js"></script></body></html>`);
  try {
    await page.goto(`${widget}/framed-same.html`);
    const own = page.frameLocator("iframe[data-hsp-pr-frame]");
    await own.locator("hsp-pr-widget >> a.cta").waitFor();
    assert.equal(await own.locator("hsp-pr-widget >> a.cta").textContent(), "Book a consultation");
    assert.equal(await own.locator("hsp-pr-widget >> a.cta").getAttribute("href"), "https://example.com/contact");
  } finally {
    rmSync(join(DIST, "framed-same.html"), { force: true });
    await context.close();
  }
});
