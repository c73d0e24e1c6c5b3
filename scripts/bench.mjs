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
const BUDGETS = { firstLoadGzip: 120_000, offlineGzip: 160_000, coldLoadMs: 100, inputP95Ms: 4, nativePerSecond: 1_000_000 };
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
    const data = readFileSync(join(DIST, path === "/" ? "index.html" : path));
    return { file: path, raw: data.length, gzip: gzip(data), brotli: brotli(data) };
  });
  const total = files.reduce((sum, f) => ({ raw: sum.raw + f.raw, gzip: sum.gzip + f.gzip, brotli: sum.brotli + f.brotli }), { raw: 0, gzip: 0, brotli: 0 });
  return { files, total };
}
{
  const english = await firstLoad("en-US");
  const japanese = await firstLoad("ja-JP");
  const offline = readFileSync(join(DIST, "hsp-pr-widget.html"));
  results.bytes = { ...english, japanese, offline: { raw: offline.length, gzip: gzip(offline), brotli: brotli(offline) } };
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

// 2. Cold load: navigation → the computed points in the DOM, in fresh browser contexts; then
// → every section of the results (they follow the points by a frame: progressive render).
// The baseline is the same navigation to a page with only the stylesheet and an empty module
// script, to its first frame: what any page costs here before a widget can start.
async function serveBaseline() {
  const dir = join(ROOT, "target", "bench", "baseline");
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(DIST, "demo.css"), join(dir, "demo.css"));
  writeFileSync(join(dir, "index.html"), '<!doctype html><html lang="en"><head><meta charset="utf-8"><title>baseline</title>' +
    '<link rel="stylesheet" href="demo.css"><script type="module" src="empty.js"></script></head><body><h1>Baseline</h1></body></html>');
  writeFileSync(join(dir, "empty.js"), "requestAnimationFrame(() => { window.firstFrame = performance.now(); });\n");
  return serve(dir, 0);
}

const spread = (times) => ({ median_ms: round(median(times)), min_ms: round(Math.min(...times)), max_ms: round(Math.max(...times)) });

async function coldLoads(baselineOrigin, rate, count = 15) {
  const points = [], full = [], baseline = [];
  for (let i = 0; i < count; i++) {
    const context = await browser.newContext();
    const page = await context.newPage();
    await withThrottle(context, page, rate);
    await page.goto(`${origin}/#${fragment}`, { waitUntil: "commit" });
    const seen = (selector) => page.waitForFunction((selector) => {
      const found = document.querySelector("hsp-pr-widget")?.shadowRoot?.querySelector(selector);
      return found ? performance.now() : false;
    }, selector, { polling: "raf", timeout: 60_000 }).then((handle) => handle.jsonValue());
    points.push(await seen(".total-number"));
    full.push(await seen(".result-body section.comparison"));
    await context.close();

    const bare = await browser.newContext();
    const blank = await bare.newPage();
    await withThrottle(bare, blank, rate);
    await blank.goto(baselineOrigin + "/", { waitUntil: "commit" });
    baseline.push(await (await blank.waitForFunction(() => window.firstFrame, null, { timeout: 60_000 })).jsonValue());
    await bare.close();
  }
  return { ...spread(points), all_sections: spread(full), empty_page_baseline: spread(baseline) };
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
  return { median_ms: round(median(times), 2), p95_ms: round(percentile(times, 0.95), 2), max_ms: round(Math.max(...times), 2) };
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
  const baselineServer = await serveBaseline();
  const baselineOrigin = `http://127.0.0.1:${baselineServer.address().port}`;
  results.cold_load = { unthrottled: await coldLoads(baselineOrigin, 1), cpu_4x: await coldLoads(baselineOrigin, 4) };
  baselineServer.close();
  results.input = { unthrottled: await interactions(1), cpu_4x: await interactions(4) };
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
rows.push(["first load, gzip (raw / brotli)", `${kb(results.bytes.total.gzip)} (${kb(results.bytes.total.raw)} / ${kb(results.bytes.total.brotli)})`, `≤ ${kb(BUDGETS.firstLoadGzip)}`]);
const ja = results.bytes.japanese.total;
rows.push(["  in a Japanese browser (plus the Japanese words)", `${kb(ja.gzip)} (${kb(ja.raw)} / ${kb(ja.brotli)})`, ""]);
rows.push(["offline file, gzip", kb(results.bytes.offline.gzip), `≤ ${kb(BUDGETS.offlineGzip)}`]);
if (!quick) {
  const c = results.cold_load, i = results.input, n = results.native;
  const range = (x) => `${x.median_ms} ms (${x.min_ms}–${x.max_ms})`;
  rows.push(["cold load → points, median (min–max), 15 loads", range(c.unthrottled), `≤ ${BUDGETS.coldLoadMs} ms`]);
  rows.push(["  → every result section", range(c.unthrottled.all_sections), ""]);
  rows.push(["  empty page → first frame (baseline)", range(c.unthrottled.empty_page_baseline), ""]);
  rows.push(["  same, CPU 4× slower: points / all / baseline", [c.cpu_4x, c.cpu_4x.all_sections, c.cpu_4x.empty_page_baseline].map((x) => `${x.median_ms}`).join(" / ") + " ms", ""]);
  rows.push(["input → result, median / p95, 200 edits", `${i.unthrottled.median_ms} / ${i.unthrottled.p95_ms} ms`, `p95 ≤ ${BUDGETS.inputP95Ms} ms`]);
  rows.push(["  same, CPU 4× slower", `${i.cpu_4x.median_ms} / ${i.cpu_4x.p95_ms} ms`, ""]);
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
    ["offline file", results.bytes.offline.gzip, CEILINGS.offlineGzip, BUDGETS.offlineGzip]];
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
