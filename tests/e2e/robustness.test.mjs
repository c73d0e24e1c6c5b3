// Issue #11: nothing a host, a link or a file can do loses a user's answers or changes what
// the widget computes. Each test here failed before its fix.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "../../scripts/serve.mjs";
import { DIST, PROFILES, VERSION, fillProfile, launch, settled } from "./helpers.mjs";

let browser, server, origin;
before(async () => {
  browser = await launch();
  server = await serve(DIST, 0);
  origin = `http://127.0.0.1:${server.address().port}`;
});
after(async () => {
  await browser?.close();
  server?.close();
});

const WASM = `hsp-pr-widget-${VERSION}.wasm`;
const API_WASM = `hsp-pr-api-${VERSION}.wasm`;
// The demo page's widget has id="demo": its answers are kept under this key.
const DEMO_KEY = "hsp-pr:v1:demo";

/// Opens a share link as a new load of the page (not a same-document jump to a fragment).
async function openLink(page, link) {
  await page.goto("about:blank");
  await page.goto(link);
  await settled(page);
}

/// A copy of dist/ to spoil, with a host page that records `hsp-pr:error` events.
function copyOfDist(change) {
  const dir = mkdtempSync(join(tmpdir(), "hsp-pr-dist-"));
  cpSync(DIST, dir, { recursive: true });
  writeFileSync(join(dir, "record.js"), `window.errors = []; addEventListener("hsp-pr:error", (e) => window.errors.push(e.detail));`);
  writeFileSync(join(dir, "host.html"), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>host</title>
<link rel="icon" href="data:,"><script src="record.js"></script>
<script type="module" src="hsp-pr-widget-${VERSION}.js"></script></head>
<body><hsp-pr-widget lang="ja"></hsp-pr-widget><div data-hsp-pr-widget></div></body></html>`);
  change(dir);
  return dir;
}

async function openIn(dir, page, extra = {}) {
  const local = await serve(dir, 0);
  const context = await browser.newContext(extra);
  const tab = await context.newPage();
  await tab.goto(`http://127.0.0.1:${local.address().port}/${page}`);
  return { context, page: tab, close: async () => { await context.close(); local.close(); rmSync(dir, { recursive: true, force: true }); } };
}

/// Every widget on the page says it could not load, for `reason`, and the host heard it.
async function expectUnavailable(page, reason, count = 2) {
  await page.waitForFunction((n) => window.errors?.length >= n, count);
  const errors = await page.evaluate(() => window.errors);
  assert.deepEqual(errors.map((e) => e.reason), Array(count).fill(reason));
  const shown = await page.evaluate(() => [...document.querySelectorAll("hsp-pr-widget, [data-hsp-pr-widget]")]
    .map((e) => e.shadowRoot?.querySelector("[data-hsp-pr-unavailable]")?.textContent ?? ""));
  assert.equal(shown.length, count);
  for (const text of shown) assert.ok(text.length > 20, `a message, not an empty box: ${text}`);
  assert.match(shown[0], /読み込めませんでした/, "in the element's language");
  const height = await page.evaluate(() => document.querySelector("hsp-pr-widget").getBoundingClientRect().height);
  assert.ok(height > 10, `not 0 px tall (${height})`);
  return errors;
}

test("a changed wasm is refused: the widget says it could not load, and the host hears why", async () => {
  const dir = copyOfDist((d) => {
    const bytes = readFileSync(join(d, WASM));
    bytes[Math.floor(bytes.length / 2)] ^= 0x01;
    writeFileSync(join(d, WASM), bytes);
  });
  const { page, close } = await openIn(dir, "host.html");
  // The file is there (a HEAD finds it) but is not the wasm the script was built with.
  await expectUnavailable(page, "integrity");
  // HspPr.evaluate has its own wasm, which is intact: it still answers.
  assert.equal(await page.evaluate(() => HspPr.evaluate({ category: "b", age: 30, annual_salary_yen: 5e6 }).then((a) => typeof a.points.total)),
    "number");
  await close();
});

test("a changed or missing API wasm: HspPr.evaluate rejects with widget_unavailable, the widget goes on", async () => {
  for (const [change, reason] of [
    [(d) => {
      const bytes = readFileSync(join(d, API_WASM));
      bytes[Math.floor(bytes.length / 2)] ^= 0x01;
      writeFileSync(join(d, API_WASM), bytes);
    }, /not the file this page expects/],
    [(d) => rmSync(join(d, API_WASM)), /HTTP 404/],
  ]) {
    const { page, close } = await openIn(copyOfDist(change), "host.html");
    await page.locator("hsp-pr-widget").locator("#f-age").waitFor();
    const rejected = await page.evaluate(() => HspPr.evaluate({ category: "b", age: 30, annual_salary_yen: 5e6 }).catch((r) => r.errors[0]));
    assert.equal(rejected.code, "widget_unavailable");
    assert.match(rejected.message, reason);
    await page.locator("hsp-pr-widget").locator("#f-age").fill("30");
    await page.locator("hsp-pr-widget").locator("#f-annual_salary_yen").fill("5000000");
    await page.locator("hsp-pr-widget").locator(".result-body").waitFor();
    assert.deepEqual(await page.evaluate(() => window.errors), []);
    await close();
  }
});

test("a missing wasm, and one a page's CSP blocks, each say so", async () => {
  const missing = copyOfDist((d) => rmSync(join(d, WASM)));
  let { page, close } = await openIn(missing, "host.html");
  const errors = await expectUnavailable(page, "http");
  assert.equal(errors[0].status, 404);
  await close();
  const strict = copyOfDist((d) => {
    const text = readFileSync(join(d, "host.html"), "utf8").replace("<head>",
      `<head><meta http-equiv="Content-Security-Policy" content="script-src 'self'; connect-src 'self'">`);
    writeFileSync(join(d, "host.html"), text);
  });
  ({ page, close } = await openIn(strict, "host.html"));
  await expectUnavailable(page, "csp");
  await close();
});

test("the offline file checks what it inflates", async () => {
  const dir = mkdtempSync(join(tmpdir(), "hsp-pr-offline-"));
  const text = readFileSync(join(DIST, "hsp-pr-widget.html"), "utf8");
  const at = text.indexOf('function widgetWasm() { return inflate("') + 2000;
  // One base64 letter changed in the middle of the compressed wasm.
  const spoiled = text.slice(0, at) + (text[at] === "A" ? "B" : "A") + text.slice(at + 1);
  writeFileSync(join(dir, "offline.html"), spoiled.replace("<head>", `<head><script>window.errors = []; addEventListener("hsp-pr:error", (e) => window.errors.push(e.detail));</script>`));
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto("file://" + join(dir, "offline.html"));
  await page.waitForFunction(() => window.errors.length === 1);
  assert.equal(await page.evaluate(() => window.errors[0].reason), "integrity");
  await context.close();
  rmSync(dir, { recursive: true, force: true });
});

test("two instances: starting one over leaves the other's answers, across a reload", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  writeFileSync(join(DIST, "two-instances.html"), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>two</title>
<link rel="icon" href="data:,"><script type="module" src="hsp-pr-widget-${VERSION}.js"></script></head>
<body><hsp-pr-widget id="one"></hsp-pr-widget><hsp-pr-widget id="two"></hsp-pr-widget><hsp-pr-widget></hsp-pr-widget></body></html>`);
  try {
    await page.goto(`${origin}/two-instances.html`);
    const widget = (selector) => page.locator(selector);
    for (const [selector, age] of [["#one", "31"], ["#two", "42"], ["hsp-pr-widget:not([id])", "53"]]) {
      await widget(selector).locator("#f-age").fill(age);
      await widget(selector).locator("#f-annual_salary_yen").fill("6000000");
      await widget(selector).locator(".result-body").waitFor();
    }
    await widget("#one").locator("[data-action=reset]").click();
    await page.waitForFunction(() => document.querySelector("#one").shadowRoot.querySelector("#f-age").value === "");
    await page.reload();
    await widget("#two").locator("#f-age").waitFor();
    assert.equal(await widget("#two").locator("#f-age").inputValue(), "42");
    assert.equal(await widget("hsp-pr-widget:not([id])").locator("#f-age").inputValue(), "53");
    assert.equal(await widget("#one").locator("#f-age").inputValue(), "");
  } finally {
    rmSync(join(DIST, "two-instances.html"), { force: true });
    await context.close();
  }
});

test("after a crash, one instance's reset button clears its own answers only", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  writeFileSync(join(DIST, "two-crash.html"), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>c</title>
<link rel="icon" href="data:,"><script type="module" src="hsp-pr-widget-${VERSION}.js"></script></head>
<body><hsp-pr-widget id="one"></hsp-pr-widget><hsp-pr-widget id="two"></hsp-pr-widget></body></html>`);
  try {
    await page.goto(`${origin}/two-crash.html`);
    for (const selector of ["#one", "#two"]) {
      await page.locator(selector).locator("#f-age").fill("40");
      await page.locator(selector).locator("#f-annual_salary_yen").fill("6000000");
      await page.locator(selector).locator(".result-body").waitFor();
    }
    await page.waitForFunction(() => localStorage.getItem("hsp-pr:v1:one") && localStorage.getItem("hsp-pr:v1:two"));
    await page.evaluate(() => { try { HspPr.simulatePanicForTests(); } catch {} });
    await page.locator("#one [data-hsp-pr-failed] button").click();
    await page.waitForLoadState("load");
    await page.locator("#two").locator("#f-age").waitFor();
    assert.equal(await page.locator("#two").locator("#f-age").inputValue(), "40");
    assert.equal(await page.locator("#one").locator("#f-age").inputValue(), "");
  } finally {
    rmSync(join(DIST, "two-crash.html"), { force: true });
    await context.close();
  }
});

/// A share link of `profile`, in the widget's format (`#hsp-pr=v1.<base64url JSON>`, README).
const linkOf = (profile) => `${origin}/#hsp-pr=v1.${Buffer.from(JSON.stringify({ version: 1, ...profile })).toString("base64url")}`;

test("a link is applied once and saves over nothing: edit and reload keeps the edit; not edited, a reload shows one's own", async () => {
  const link = linkOf(PROFILES.ceo);

  const context = await browser.newContext();
  const page = await context.newPage();
  // The person's own answers first.
  await page.goto(origin + "/");
  await page.fill("#f-age", "33");
  await page.fill("#f-annual_salary_yen", "6000000");
  await settled(page);
  // A link: shown as a link's, the fragment gone, and a way back.
  await openLink(page, link);
  assert.equal(await page.inputValue("#f-age"), "50");
  assert.equal(new URL(page.url()).hash, "");
  assert.match(await page.textContent("[data-notice=link]"), /came from a link/);
  // Not edited: a reload shows the person's own answers, kept as they were.
  await page.reload();
  await settled(page);
  assert.equal(await page.inputValue("#f-age"), "33");
  // The link again, then the way back.
  await openLink(page, link);
  await page.click("[data-action=back-to-own]");
  await page.waitForFunction(() => document.querySelector("hsp-pr-widget").shadowRoot.querySelector("#f-age").value === "33");
  // The link again, edited: now the person's, and a reload keeps the edit.
  await openLink(page, link);
  await page.fill("#f-age", "51");
  await settled(page);
  await page.reload();
  await settled(page);
  assert.equal(await page.inputValue("#f-age"), "51");
  assert.equal(await page.locator("[data-action=back-to-own]").count(), 0);
  await context.close();
});

test("a hidden frame with a link does not touch the answers; a widget moved in the page keeps the link's", async () => {
  const link = linkOf(PROFILES.ceo);
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(origin + "/");
  await page.fill("#f-age", "33");
  await page.fill("#f-annual_salary_yen", "6000000");
  await settled(page);
  const saved = await page.evaluate((key) => localStorage.getItem(key), DEMO_KEY);
  // A same-site page frames the link, 1×1, hidden.
  writeFileSync(join(DIST, "framer.html"), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>f</title></head>
<body><iframe style="width:1px;height:1px;opacity:0" src="${link}"></iframe></body></html>`);
  try {
    const other = await context.newPage();
    await other.goto(`${origin}/framer.html`);
    await other.frames()[1].waitForSelector("hsp-pr-widget >> .result-body", { state: "attached" });
    await other.close();
    assert.equal(await page.evaluate((key) => localStorage.getItem(key), DEMO_KEY), saved);
  } finally {
    rmSync(join(DIST, "framer.html"), { force: true });
  }
  // Moved in the page (removed and added again), the widget shows the link's answers still.
  await openLink(page, link);
  await page.evaluate(() => {
    const element = document.querySelector("hsp-pr-widget");
    const parent = element.parentNode;
    element.remove();
    parent.append(element);
  });
  await page.waitForFunction(() => document.querySelector("hsp-pr-widget").shadowRoot.querySelector("#f-age")?.value === "50");
  assert.equal(await page.evaluate((key) => localStorage.getItem(key), DEMO_KEY), saved);
  await context.close();
});

test("1,000 calls with revoked Proxies and throwing values reject with errors and leave the widget working", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(origin + "/");
  await page.waitForSelector("hsp-pr-widget >> h1");
  const codes = await page.evaluate(async () => {
    await HspPr.ready;
    const before = HspPr.memoryBytes();
    const seen = new Set();
    for (let i = 0; i < 1000; i++) {
      const { proxy, revoke } = Proxy.revocable({}, {});
      revoke();
      const throwing = { get category() { throw new Error("no"); } };
      const iterator = { [Symbol.iterator]() { throw new Error("no"); }, toJSON() { throw new Error("no"); } };
      for (const value of [proxy, throwing, iterator, { household: proxy }]) {
        seen.add(await HspPr.evaluate(value).then(() => "accepted", (r) => r?.errors?.[0]?.code ?? `raw ${r}`));
      }
    }
    return { codes: [...seen], grown: HspPr.memoryBytes() - before };
  });
  assert.deepEqual(codes.codes, ["malformed_json"]);
  assert.ok(codes.grown <= 1 << 20, `wasm memory grew ${codes.grown} bytes`);
  await page.fill("#f-age", "28");
  await page.fill("#f-annual_salary_yen", "6500000");
  await settled(page);
  assert.equal(await page.locator("hsp-pr-widget [data-hsp-pr-failed]").count(), 0);
  await context.close();
});

test("lang set to ja and then to en a frame later ends in English, and saves English", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  writeFileSync(join(DIST, "lang-race.html"), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>l</title>
<link rel="icon" href="data:,"><script type="module" src="hsp-pr-widget-${VERSION}.js"></script></head>
<body><hsp-pr-widget></hsp-pr-widget></body></html>`);
  try {
    await page.goto(`${origin}/lang-race.html`);
    await page.waitForSelector("hsp-pr-widget >> h1");
    await page.evaluate(() => new Promise((done) => {
      const element = document.querySelector("hsp-pr-widget");
      element.setAttribute("lang", "ja");
      requestAnimationFrame(() => { element.setAttribute("lang", "en"); done(); });
    }));
    // The Japanese words arrive after the change back; they must not win.
    await page.waitForFunction(() => [...performance.getEntriesByType("resource")].some((r) => r.name.endsWith(".ja.json")));
    await page.waitForFunction(() => !document.querySelector("hsp-pr-widget").shadowRoot.querySelector(".lang-loading"));
    // The pack's arrival reaches the widget within a frame or two of its download.
    await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
    assert.equal(await page.getAttribute("hsp-pr-widget >> .hsp-pr", "lang"), "en");
    await page.fill("hsp-pr-widget >> #f-age", "30");
    await page.waitForFunction(() => JSON.parse(localStorage.getItem("hsp-pr:v1") ?? "{}").lang === "en");
  } finally {
    rmSync(join(DIST, "lang-race.html"), { force: true });
    await context.close();
  }
});

test("saving is a visible choice: off, nothing of the person's stays; save=\"off\" stores nothing; the offline file starts with it off", async () => {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(origin + "/");
  assert.equal(await page.isChecked("hsp-pr-widget >> #saving"), true);
  await page.fill("#f-age", "33");
  await page.fill("#f-annual_salary_yen", "6000000");
  await settled(page);
  await page.waitForFunction((key) => localStorage.getItem(key) !== null, DEMO_KEY);
  await page.uncheck("hsp-pr-widget >> #saving");
  await page.waitForFunction((key) => localStorage.getItem(key) === null, DEMO_KEY);
  await page.fill("#f-age", "34");
  await settled(page);
  await page.reload();
  await page.waitForSelector("hsp-pr-widget >> #f-age");
  assert.equal(await page.inputValue("hsp-pr-widget >> #f-age"), "");
  assert.equal(await page.isChecked("hsp-pr-widget >> #saving"), false, "the choice is remembered");
  assert.equal(await page.evaluate(() => Object.keys(localStorage).filter((k) => k.startsWith("hsp-pr:v1")).length), 0);
  await context.close();

  writeFileSync(join(DIST, "no-save.html"), `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>n</title>
<link rel="icon" href="data:,"><script type="module" src="hsp-pr-widget-${VERSION}.js"></script></head>
<body><hsp-pr-widget save="off"></hsp-pr-widget></body></html>`);
  const other = await browser.newContext();
  try {
    const tab = await other.newPage();
    await tab.goto(`${origin}/no-save.html`);
    await tab.fill("hsp-pr-widget >> #f-age", "33");
    await tab.fill("hsp-pr-widget >> #f-annual_salary_yen", "6000000");
    await tab.locator("hsp-pr-widget >> .result-body").waitFor();
    assert.equal(await tab.locator("hsp-pr-widget >> [data-saving=disabled]").count(), 1);
    assert.deepEqual(await tab.evaluate(() => Object.keys(localStorage)), []);
  } finally {
    rmSync(join(DIST, "no-save.html"), { force: true });
    await other.close();
  }

  const offline = await browser.newContext();
  const file = await offline.newPage();
  await file.goto("file://" + join(DIST, "hsp-pr-widget.html"));
  await file.waitForSelector("hsp-pr-widget >> #f-age");
  assert.equal(await file.isChecked("hsp-pr-widget >> #saving"), false);
  await file.fill("hsp-pr-widget >> #f-age", "33");
  await file.fill("hsp-pr-widget >> #f-annual_salary_yen", "6000000");
  await file.locator("hsp-pr-widget >> .result-body").waitFor();
  assert.equal(await file.evaluate(() => localStorage.getItem("hsp-pr:v1")), null);
  await offline.close();
});

test("saved answers older than 180 days are removed when the widget opens", async () => {
  const context = await browser.newContext();
  await context.addInitScript(() => {
    if (!sessionStorage.getItem("seeded")) {
      sessionStorage.setItem("seeded", "1");
      localStorage.setItem("hsp-pr:v1:demo", JSON.stringify({ saved_on: "2020-01-01", profile: { category: "b", age: 44 }, lang: "en", unit: "yen" }));
    }
  });
  const page = await context.newPage();
  await page.goto(origin + "/");
  await page.waitForSelector("hsp-pr-widget >> #f-age");
  assert.equal(await page.inputValue("hsp-pr-widget >> #f-age"), "");
  assert.match(await page.textContent("hsp-pr-widget >> .share-bar .notice"), /180 days/);
  await context.close();
});

// The folder listing keeps the temporary pages out of dist/ after the tests.
test("no test page is left in dist/", () => {
  const left = readdirSync(DIST).filter((name) => ["two-instances.html", "two-crash.html", "framer.html", "lang-race.html", "no-save.html"].includes(name));
  assert.deepEqual(left, []);
});
