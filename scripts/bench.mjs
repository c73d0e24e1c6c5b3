// The performance figures of DESIGN.md's budgets, measured on this machine, printed as a table
// and as JSON (target/bench/results.json). Timings are printed, never asserted; with
// --check-bytes the byte sizes (deterministic) are checked against scripts/byte-ceilings.json
// and the exit code says so.
import { execFileSync, execSync } from "node:child_process";
import { readFileSync, writeFileSync, mkdirSync, copyFileSync } from "node:fs";
import { gzipSync, brotliCompressSync, constants } from "node:zlib";
import { join } from "node:path";
import { launch } from "../tests/e2e/helpers.mjs";
import { serve } from "./serve.mjs";

const ROOT = new URL("..", import.meta.url).pathname;
const DIST = join(ROOT, "dist");
// Issue #15's goals (they replace DESIGN.md's earlier budgets): bytes, and the timings as
// ratios to the static reference page measured in the same run.
const BUDGETS = { firstLoadGzip: 150_000, firstLoadBrotli: 120_000, offlineGzip: 170_000, onScreenRatio: 1.1, resultRatio: 1.5,
  inputP95Ms: 4, inputP95ThrottledMs: 16, nativePerSecond: 1_000_000 };
// DESIGN.md's byte budgets are not met yet (README, Performance). Until they are, CI holds
// the sizes where they are: --check-bytes fails when a first load or the offline file grows
// past these ceilings (the measured bytes plus 1 %), and says how far the budgets still are.
const CEILINGS = JSON.parse(readFileSync(new URL("byte-ceilings.json", import.meta.url), "utf8"));
const checkBytes = process.argv.includes("--check-bytes");
const quick = process.argv.includes("--bytes-only");

const gzip = (data) => gzipSync(data, { level: 9 }).length;
const brotli = (data) => brotliCompressSync(data, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
const median = (xs) => { const s = [...xs].sort((a, b) => a - b); return s[Math.floor(s.length / 2)]; };
const percentile = (xs, p) => { const s = [...xs].sort((a, b) => a - b); return s[Math.min(s.length - 1, Math.ceil(p * s.length) - 1)]; };
const round = (x, digits = 1) => Math.round(x * 10 ** digits) / 10 ** digits;
/** An input's latencies as the bench reports them. */
const latency = (times) => ({ median_ms: round(median(times), 2), p95_ms: round(percentile(times, 0.95), 2), max_ms: round(Math.max(...times), 2) });
/** A file's size, raw and compressed as a server would send it. */
const sizes = (data) => ({ raw: data.length, gzip: gzip(data), brotli: brotli(data) });
const sum = (list) => list.reduce((t, f) => ({ raw: t.raw + f.raw, gzip: t.gzip + f.gzip, brotli: t.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });

const results = { machine: execSync("nproc").toString().trim() + " cores", budgets: BUDGETS };
const server = await serve(DIST, 0);
const origin = `http://127.0.0.1:${server.address().port}`;
const browser = await launch();

// 1. Bytes: everything a first load fetches (recorded from a real load), in an English browser
// and in a Japanese one (which also fetches the Japanese words), and the offline file.
async function firstLoad(locale) {
  const context = await browser.newContext({ locale });
  const page = await context.newPage();
  const fetched = [];
  page.on("response", (response) => fetched.push(new URL(response.url()).pathname));
  await page.goto(origin + "/");
  await page.waitForFunction(() => document.querySelector("hsp-pr-widget")?.shadowRoot?.querySelector("h1"));
  await context.close();
  const files = [...new Set(fetched)].map((path) => {
    return { file: path, ...sizes(readFileSync(join(DIST, path === "/" ? "index.html" : path))) };
  });
  // The widget's own files (what a host's page fetches for it), apart from the product page's
  // (its HTML, its CSS, and its early shell script, which hosts do not use).
  return { files, total: sum(files.filter((f) => f.file.startsWith("/hsp-pr-widget-"))), page: sum(files) };
}
{
  const english = await firstLoad("en-US");
  const japanese = await firstLoad("ja-JP");
  const offline = readFileSync(join(DIST, "hsp-pr-widget.html"));
  // The reference page's own files: its HTML and the CSS it shares with the product page.
  const reference = sum([sizes(Buffer.from(referencePage())), sizes(readFileSync(join(DIST, "demo.css")))]);
  results.bytes = { ...english, japanese, offline: sizes(offline), reference };
}

// A profile in the share link, so a cold load computes a full result at once.
const profile = JSON.parse(readFileSync(join(ROOT, "examples", "profile.json"), "utf8"));
delete profile.as_of;
const fragment = "hsp-pr=v1." + Buffer.from(JSON.stringify(profile)).toString("base64url");

async function withThrottle(context, page, rate) {
  if (rate > 1) {
    const cdp = await context.newCDPSession(page);
    await cdp.send("Emulation.setCPUThrottlingRate", { rate });
  }
}

// 2. Cold load, in fresh browser contexts, next to a static reference page loaded in the same
// run (issue #15): a plain HTML form of a few dozen controls with an inline script that sums
// points, standing in for the vanilla-JS peers. For each: navigation → on screen (the form and
// the results panel painted: the first animation frame after they are in the DOM) and →
// computed points from a share link (the widget's `hsp-pr:result`; the reference's sum of the
// profile in its hash).
// The widget's on screen is a fresh visitor's load, its computed points a share link's.
// The widget's cold path is broken down by the loader's marks (static/loader.js): the module
// runs, the prerendered shell is put in, the wasm's bytes are here, compiled, instantiated,
// mount, first render, its frame. The offline file from file:// is measured the same way.
const PATH_MARKS = ["module", "shell", "wasm", "compiled", "instantiated", "mount", "rendered", "frame"];
function referencePage() {
  const options = (values) => values.map((v) => `<option value="${v}">${v}</option>`).join("");
  const rows = [];
  for (let i = 0; i < 12; i++) rows.push(`<label>Item ${i + 1} <select name="s${i}">${options([0, 5, 10, 15, 20, 25, 30])}</select></label>`);
  for (let i = 0; i < 12; i++) rows.push(`<label>Amount ${i + 1} <input name="n${i}" type="number" inputmode="numeric" value="0"></label>`);
  for (let i = 0; i < 12; i++) rows.push(`<label><input name="c${i}" type="checkbox" value="5"> Bonus ${i + 1}</label>`);
  const script = `
const form = document.getElementById("f"), out = document.getElementById("total");
function sum() {
  let total = 0;
  for (const el of form.elements) {
    if (el.type === "checkbox") total += el.checked ? Number(el.value) : 0;
    else if (el.name) total += Math.min(Number(el.value) || 0, 30);
  }
  out.textContent = total + " points";
  return total;
}
form.addEventListener("input", sum);
const shared = /ref=([\\w-]+)/.exec(location.hash);
if (shared) {
  const profile = JSON.parse(atob(shared[1].replace(/-/g, "+").replace(/_/g, "/")));
  for (const [name, value] of Object.entries(profile)) { const el = form.elements[name]; if (el) el.type === "checkbox" ? (el.checked = !!value) : (el.value = value); }
}
sum();
performance.mark("ref:result");`;
  return '<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">' +
    '<title>Static reference</title><link rel="stylesheet" href="demo.css"></head><body><main><h1>Points calculator</h1>' +
    `<form id="f">${rows.join("\n")}</form><section aria-live="polite"><h2>Result</h2><p id="total"></p></section></main>` +
    `<script>${script}</script></body></html>`;
}
async function serveReference() {
  const dir = join(ROOT, "target", "bench", "reference");
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(DIST, "demo.css"), join(dir, "demo.css"));
  writeFileSync(join(dir, "index.html"), referencePage());
  return serve(dir, 0);
}
const referenceFragment = "ref=" + Buffer.from(JSON.stringify({ s0: 20, s1: 15, n0: 25, c0: true, c3: true })).toString("base64url");

// Every animation frame's time, from before the page's first script: the frame that first
// shows what is in the DOM at a time t is the first after t (it paints right after its
// callbacks), for the widget and the reference page alike.
const RECORD_FRAMES = () => {
  const times = (window.frameTimes = []);
  const frame = () => {
    times.push(performance.now());
    if (times.length < 600) requestAnimationFrame(frame);
  };
  requestAnimationFrame(frame);
};
const firstFrameAfter = (page, t) =>
  page.waitForFunction((t) => window.frameTimes.find((x) => x > t) ?? false, t, { polling: 50, timeout: 60_000 }).then((h) => h.jsonValue());
const spread = (times) => ({ median_ms: round(median(times)), min_ms: round(Math.min(...times)), max_ms: round(Math.max(...times)) });
const marks = (page, prefix) => page.evaluate((prefix) => Object.fromEntries(performance.getEntriesByType("mark")
  .filter((m) => m.name.startsWith(prefix)).map((m) => [m.name.slice(prefix.length), m.startTime])), prefix);

async function coldLoads(referenceOrigin, rate, count = 15) {
  const onScreen = [], result = [], full = [], refScreen = [], refResult = [], offlineScreen = [], offlineRendered = [];
  const path = Object.fromEntries(["js", ...PATH_MARKS].map((name) => [name, []]));
  for (let i = 0; i < count; i++) {
    // A fresh visitor (no link): on screen, and the cold path's marks.
    {
      const context = await browser.newContext();
      await context.addInitScript(RECORD_FRAMES);
      const page = await context.newPage();
      await withThrottle(context, page, rate);
      await page.goto(`${origin}/`, { waitUntil: "commit" });
      await page.waitForFunction(() => performance.getEntriesByName("hsp-pr:frame").length, null, { timeout: 60_000 });
      const m = await marks(page, "hsp-pr:");
      // On screen: the first frame after the prerendered shell is in the DOM (the same screen
      // as the first render's), else after the first render.
      onScreen.push(await firstFrameAfter(page, m.shell ?? m.rendered));
      for (const name of PATH_MARKS) path[name].push(m[name]);
      path.js.push(await page.evaluate(() => performance.getEntriesByType("resource").find((r) => /hsp-pr-widget-[^/]*\.js$/.test(r.name))?.responseEnd ?? NaN));
      await context.close();
    }
    // A share link: the computed points, then every section.
    {
      const context = await browser.newContext();
      // The first `hsp-pr:result`, heard on the window before any script of the page runs.
      await context.addInitScript(() => addEventListener("hsp-pr:result", () => { window.firstResult ??= performance.now(); }, true));
      const page = await context.newPage();
      await withThrottle(context, page, rate);
      await page.goto(`${origin}/#${fragment}`, { waitUntil: "commit" });
      result.push(await (await page.waitForFunction(() => window.firstResult ?? false, null, { timeout: 60_000 })).jsonValue());
      full.push(await (await page.waitForFunction(() => document.querySelector("hsp-pr-widget")?.shadowRoot?.querySelector(".result-body section.comparison")
        ? performance.now() : false, null, { polling: "raf", timeout: 60_000 })).jsonValue());
      await context.close();
    }

    // The offline file, a fresh visitor's: on screen, and its first client render.
    {
      const context = await browser.newContext();
      await context.addInitScript(RECORD_FRAMES);
      const page = await context.newPage();
      await withThrottle(context, page, rate);
      await page.goto("file://" + join(DIST, "hsp-pr-widget.html"), { waitUntil: "commit" });
      await page.waitForFunction(() => performance.getEntriesByName("hsp-pr:frame").length, null, { timeout: 60_000 });
      const m = await marks(page, "hsp-pr:");
      offlineScreen.push(await firstFrameAfter(page, m.shell ?? m.rendered));
      offlineRendered.push(m.rendered);
      await context.close();
    }

    const bare = await browser.newContext();
    await bare.addInitScript(RECORD_FRAMES);
    const reference = await bare.newPage();
    await withThrottle(bare, reference, rate);
    await reference.goto(`${referenceOrigin}/#${referenceFragment}`, { waitUntil: "commit" });
    await reference.waitForFunction(() => performance.getEntriesByName("ref:result").length, null, { timeout: 60_000 });
    const r = await marks(reference, "ref:");
    refScreen.push(await firstFrameAfter(reference, r.result));
    refResult.push(r.result);
    await bare.close();
  }
  const ratio = (a, b) => round(median(a) / median(b), 2);
  return {
    on_screen: spread(onScreen), reference_on_screen: spread(refScreen), on_screen_ratio: ratio(onScreen, refScreen),
    result: spread(result), reference_result: spread(refResult), result_ratio: ratio(result, refResult),
    all_sections: spread(full),
    offline_on_screen: spread(offlineScreen), offline_on_screen_ratio: ratio(offlineScreen, refScreen), offline_rendered: spread(offlineRendered),
    cold_path_median_ms: Object.fromEntries(Object.entries(path).map(([name, times]) => [name, round(median(times))])),
  };
}

// A DevTools trace of one cold load (open it in Chrome's Performance panel or ui.perfetto.dev).
async function trace() {
  const context = await browser.newContext();
  const page = await context.newPage();
  const file = join(ROOT, "target", "bench", "cold-load-trace.json");
  await browser.startTracing(page, { path: file, screenshots: true });
  await page.goto(`${origin}/#${fragment}`);
  await page.waitForFunction(() => performance.getEntriesByName("hsp-pr:frame").length, null, { timeout: 60_000 });
  await browser.stopTracing();
  await context.close();
  return file.slice(ROOT.length);
}

// 3. Interaction: an input event → the updated result in the DOM, over edits of different fields.
async function interactions(rate, count = 200) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/#${fragment}`);
  // Edits start on a settled widget: every result section rendered (the progressive first
  // render adds the longer ones a frame after the points).
  await page.waitForFunction(() => document.querySelector("hsp-pr-widget")?.shadowRoot?.querySelector(".result-body section.comparison"));
  await withThrottle(context, page, rate);
  const times = await page.evaluate(async (count) => {
    const root = document.querySelector("hsp-pr-widget").shadowRoot;
    const fields = [["#f-annual_salary_yen", (i) => String(5_000_000 + (i % 40) * 250_000)],
      ["#f-experience_years", (i) => String(1 + (i % 15))],
      ["#f-household-spouse_annual_income_yen", (i) => String((i % 9) * 1_000_000)],
      ["#f-residence-in_japan_since", (i) => `20${10 + (i % 12)}-04-01`]];
    const results = root.querySelector(".results");
    const out = [];
    for (let i = 0; i < count; i++) {
      const [selector, value] = fields[i % fields.length];
      const input = root.querySelector(selector);
      const changed = new Promise((resolve) => {
        const observer = new MutationObserver(() => { observer.disconnect(); resolve(performance.now()); });
        observer.observe(results, { subtree: true, childList: true, characterData: true, attributes: true });
      });
      const start = performance.now();
      input.value = value(i);
      input.dispatchEvent(new InputEvent("input", { bubbles: true }));
      out.push((await changed) - start);
    }
    return out;
  }, count);
  await context.close();
  return latency(times);
}

// The same edits on the static reference page: an input event → its sum's text changed.
async function referenceInteractions(referenceOrigin, rate, count = 200) {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${referenceOrigin}/`);
  await withThrottle(context, page, rate);
  const times = await page.evaluate(async (count) => {
    const total = document.getElementById("total");
    const fields = [...document.querySelectorAll('input[type="number"]')].slice(0, 4);
    const out = [];
    for (let i = 0; i < count; i++) {
      const changed = new Promise((resolve) => {
        const observer = new MutationObserver(() => { observer.disconnect(); resolve(performance.now()); });
        observer.observe(total, { subtree: true, childList: true, characterData: true });
      });
      const start = performance.now();
      // A value that moves the sum at every edit (a change that leaves it would never be seen).
      fields[i % fields.length].value = String(Number(fields[i % fields.length].value) === 1 ? 2 : 1);
      fields[i % fields.length].dispatchEvent(new InputEvent("input", { bubbles: true }));
      out.push((await changed) - start);
    }
    return out;
  }, count);
  await context.close();
  return latency(times);
}

// 4. Memory after load and after 1,000 edits (JS heap after GC, and the wasm memory).
async function memory() {
  const context = await browser.newContext();
  const page = await context.newPage();
  await page.goto(`${origin}/#${fragment}`);
  // Edits start on a settled widget: every result section rendered (the progressive first
  // render adds the longer ones a frame after the points).
  await page.waitForFunction(() => document.querySelector("hsp-pr-widget")?.shadowRoot?.querySelector(".result-body section.comparison"));
  const cdp = await context.newCDPSession(page);
  const measure = async () => {
    await cdp.send("HeapProfiler.collectGarbage");
    const { usedSize } = await cdp.send("Runtime.getHeapUsage");
    return { js_heap: usedSize, wasm: await page.evaluate(() => HspPr.memoryBytes()) };
  };
  const afterLoad = await measure();
  const checkpoints = [];
  for (let round = 0; round < 4; round++) {
    await page.evaluate(async () => {
      const input = document.querySelector("hsp-pr-widget").shadowRoot.querySelector("#f-annual_salary_yen");
      for (let i = 0; i < 250; i++) {
        input.value = String(4_000_000 + i * 50_000);
        input.dispatchEvent(new InputEvent("input", { bubbles: true }));
        await new Promise((resolve) => requestAnimationFrame(resolve));
      }
    });
    checkpoints.push(await measure());
  }
  await context.close();
  return { after_load: afterLoad, after_250_500_750_1000_edits: checkpoints };
}

if (!quick) {
  const referenceServer = await serveReference();
  const referenceOrigin = `http://127.0.0.1:${referenceServer.address().port}`;
  results.cold_load = { unthrottled: await coldLoads(referenceOrigin, 1), cpu_4x: await coldLoads(referenceOrigin, 4) };
  mkdirSync(join(ROOT, "target", "bench"), { recursive: true });
  results.trace = await trace();
  results.input = { unthrottled: await interactions(1), cpu_4x: await interactions(4),
    reference: { unthrottled: await referenceInteractions(referenceOrigin, 1), cpu_4x: await referenceInteractions(referenceOrigin, 4) } };
  referenceServer.close();
  results.memory = await memory();
  // 5. Native: the rules on one core, and the CLI over 100,000 profiles.
  const native = JSON.parse(execFileSync("cargo", ["run", "--quiet", "--release", "--example", "bench_native"], { cwd: ROOT }).toString());
  const start = process.hrtime.bigint();
  execSync(`taskset -c 0 ${join(ROOT, "target/release/hsp-pr")} evaluate --jsonl ${join(ROOT, native.jsonl)} > /dev/null`, { cwd: ROOT });
  const cliSeconds = Number(process.hrtime.bigint() - start) / 1e9;
  results.native = { ...native, cli_100000_profiles_seconds: round(cliSeconds, 2) };
}
await browser.close();
server.close();

// The table.
const kb = (n) => `${round(n / 1000)} KB`;
const rows = [["figure", "measured", "budget"]];
for (const f of results.bytes.files) rows.push([`  ${f.file} (raw / gzip / brotli)`, `${kb(f.raw)} / ${kb(f.gzip)} / ${kb(f.brotli)}`, ""]);
rows.push(["first load of the widget (its files), gzip / brotli (raw)", `${kb(results.bytes.total.gzip)} / ${kb(results.bytes.total.brotli)} (${kb(results.bytes.total.raw)})`, `≤ ${kb(BUDGETS.firstLoadGzip)} / ≤ ${kb(BUDGETS.firstLoadBrotli)}`]);
rows.push(["  the product page in all (its HTML, CSS and early shell too)", `${kb(results.bytes.page.gzip)} / ${kb(results.bytes.page.brotli)} (${kb(results.bytes.page.raw)})`, ""]);
const ja = results.bytes.japanese.total;
rows.push(["  in a Japanese browser (plus the Japanese words)", `${kb(ja.gzip)} / ${kb(ja.brotli)} (${kb(ja.raw)})`, ""]);
rows.push(["offline file, gzip", kb(results.bytes.offline.gzip), `≤ ${kb(BUDGETS.offlineGzip)}`]);
const r = results.bytes.reference;
rows.push(["  static reference page (its HTML and CSS), gzip / brotli (raw)", `${kb(r.gzip)} / ${kb(r.brotli)} (${kb(r.raw)})`, ""]);
if (!quick) {
  const c = results.cold_load, i = results.input, n = results.native;
  const range = (x) => `${x.median_ms} ms (${x.min_ms}–${x.max_ms})`;
  for (const [label, k] of [["", c.unthrottled], ["CPU 4× slower: ", c.cpu_4x]]) {
    rows.push([`${label}on screen (form and results painted), median (min–max), 15 loads`, range(k.on_screen), `≤ ${BUDGETS.onScreenRatio}× reference`]);
    rows.push(["  static reference page, same run", `${range(k.reference_on_screen)} → ${k.on_screen_ratio}×`, ""]);
    rows.push([`${label}computed points from a share link (hsp-pr:result)`, range(k.result), `≤ ${BUDGETS.resultRatio}× reference`]);
    rows.push(["  static reference page, same run", `${range(k.reference_result)} → ${k.result_ratio}×`, ""]);
    rows.push(["  → every result section", range(k.all_sections), ""]);
    rows.push([`${label}the offline file from file://: on screen · its first render`, `${range(k.offline_on_screen)} → ${k.offline_on_screen_ratio}× · ${range(k.offline_rendered)}`, ""]);
    const p = k.cold_path_median_ms;
    rows.push(["  cold path, ms from navigation (medians): js · module · shell · wasm · compiled · instantiated · mount · rendered · frame",
      ["js", ...PATH_MARKS].map((name) => p[name]).join(" · "), ""]);
  }
  rows.push(["trace of one cold load", results.trace, ""]);
  rows.push(["input → result, median / p95, 200 edits", `${i.unthrottled.median_ms} / ${i.unthrottled.p95_ms} ms`, `p95 ≤ ${BUDGETS.inputP95Ms} ms`]);
  rows.push(["  static reference page, same run", `${i.reference.unthrottled.median_ms} / ${i.reference.unthrottled.p95_ms} ms`, ""]);
  rows.push(["  same, CPU 4× slower", `${i.cpu_4x.median_ms} / ${i.cpu_4x.p95_ms} ms`, `p95 ≤ ${BUDGETS.inputP95ThrottledMs} ms`]);
  rows.push(["  static reference page, CPU 4× slower", `${i.reference.cpu_4x.median_ms} / ${i.reference.cpu_4x.p95_ms} ms`, ""]);
  const m = results.memory;
  rows.push(["memory after load: JS heap / wasm", `${kb(m.after_load.js_heap)} / ${kb(m.after_load.wasm)}`, ""]);
  rows.push(["  after 250, 500, 750, 1000 edits (JS heap)", m.after_250_500_750_1000_edits.map((x) => kb(x.js_heap)).join(", "), "no growth trend"]);
  rows.push(["  after 250, 500, 750, 1000 edits (wasm)", m.after_250_500_750_1000_edits.map((x) => kb(x.wasm)).join(", "), "no growth trend"]);
  rows.push(["native: points scored per second, one core", Math.round(n.points_per_second).toLocaleString("en-US"), `≥ ${BUDGETS.nativePerSecond.toLocaleString("en-US")}`]);
  rows.push(["native: full assessments per second, one core", Math.round(n.assessments_per_second).toLocaleString("en-US"), ""]);
  rows.push(["native: one object of 100,000 keys read and refused", `${n.decode_100000_keys_ms} ms`, "well under 1 s"]);
  rows.push(["CLI --jsonl, 100,000 profiles, one core", `${n.cli_100000_profiles_seconds} s`, ""]);
}
const width = rows.reduce((w, r) => r.map((c, k) => Math.max(w[k] ?? 0, c.length)), []);
for (const r of rows) console.log(r.map((c, k) => c.padEnd(width[k])).join("  "));
mkdirSync(join(ROOT, "target", "bench"), { recursive: true });
writeFileSync(join(ROOT, "target", "bench", "results.json"), JSON.stringify(results, null, 2));
console.log(JSON.stringify(results));

if (checkBytes) {
  const figures = [["first load", results.bytes.total.gzip, CEILINGS.firstLoadGzip, BUDGETS.firstLoadGzip],
    ["offline file", results.bytes.offline.gzip, CEILINGS.offlineGzip, BUDGETS.offlineGzip],
    // The product page in all (its HTML, CSS and early shell script, with the widget's files).
    ["product page", results.bytes.page.gzip, CEILINGS.productPageGzip, BUDGETS.firstLoadGzip]];
  const grown = figures.filter(([, bytes, ceiling]) => bytes > ceiling);
  for (const [name, bytes, ceiling, budget] of figures) {
    const gap = bytes > budget ? `${bytes - budget} bytes over DESIGN.md's ${budget}` : `within DESIGN.md's ${budget}`;
    console.log(`${name}: ${bytes} bytes gzip (ceiling ${ceiling}; ${gap})`);
  }
  if (grown.length) {
    console.error("grown past the ceiling: " + grown.map(([name, bytes, ceiling]) => `${name} ${bytes} > ${ceiling}`).join("; "));
    process.exit(1);
  }
}
