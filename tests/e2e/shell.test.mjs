// The prerendered shell (issue #15): the first screen, rendered at build time by Yew's server
// renderer (examples/shell.rs), is on screen while the wasm is still on its way, inert, in the
// language the widget starts in; the first client render replaces it and is the same screen,
// so the two cannot drift apart unnoticed. The wasm is held back by the test until the shell
// has been read: nothing here waits on time.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ARTIFACTS, DIST, ROOT, VERSION, launch, recordRequests, startServer } from "./helpers.mjs";

// The day the shell was rendered for (the commit's, scripts/build.sh): the browser's clock is
// set to it, so the first client render is of the same day and the two compare in full.
const SHELL_DAY = /data-as-of="(\d{4}-\d{2}-\d{2})"/.exec(readFileSync(join(ROOT, "target", "shell", "en.html"), "utf8"))[1];

let browser, server, origin;
before(async () => {
  browser = await launch();
  ({ server, origin } = await startServer());
});
after(async () => {
  await browser?.close();
  server?.close();
});

/// A host page of the widget's module with `body`, served at `path` on the widget's origin.
async function hostPage(context, path, body) {
  await context.route(origin + path, (route) => route.fulfill({ contentType: "text/html",
    body: `<!doctype html><html lang="en"><head><meta charset="utf-8"><script type="module" src="hsp-pr-widget-${VERSION}.js"></script></head><body>${body}</body></html>` }));
}

/// A page whose wasm arrives only when `release()` is called, once `host` shows its shell.
async function heldPage(locale, path = "/", body = null, host = "hsp-pr-widget, [data-hsp-pr-widget]") {
  const context = await browser.newContext({ locale, viewport: { width: 1280, height: 900 } });
  await context.clock.setFixedTime(new Date(`${SHELL_DAY}T12:00:00+09:00`));
  if (body) await hostPage(context, path.split("#")[0], body);
  const requests = recordRequests(context);
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => m.type() === "error" && errors.push(m.text()));
  let release;
  const held = new Promise((resolve) => (release = resolve));
  await page.route(/\.wasm$/, async (route) => {
    await held;
    await route.continue();
  });
  await page.goto(origin + path);
  await page.waitForFunction((host) => document.querySelector(host)?.shadowRoot?.querySelector("[data-hsp-pr-shell]"), host);
  return { context, page, requests, errors, release };
}

/// The canonical form of a tree: tags, sorted attributes, the form controls' values, text.
/// An empty `style` attribute (the browser's own, on a parsed date input) says nothing: the
/// widget sets no style attribute (a strict CSP forbids them).
function installCanon(page) {
  return page.evaluate(() => {
    const canon = (node) => {
      if (node.nodeType === Node.TEXT_NODE) return node.textContent;
      if (node.nodeType !== Node.ELEMENT_NODE) return "";
      const attributes = [...node.attributes]
        .filter((a) => !["value", "checked", "selected"].includes(a.name) && !(a.name === "style" && a.value === ""))
        .map((a) => `${a.name}="${a.value}"`).sort();
      const tag = node.tagName.toLowerCase();
      const state = ["INPUT", "SELECT", "TEXTAREA"].includes(node.tagName) ? ` :value="${node.value}" :checked="${node.checked ?? ""}"` : "";
      return `<${tag} ${attributes.join(" ")}${state}>${[...node.childNodes].map(canon).join("")}</${tag}>`;
    };
    const shadow = document.querySelector("hsp-pr-widget, [data-hsp-pr-widget]").shadowRoot;
    window.shellCanon = canon(shadow.querySelector("[data-hsp-pr-shell] > .hsp-pr"));
    // The first client render, read in the microtask after it: before any later render.
    new MutationObserver((_, observer) => {
      const root = shadow.querySelector(".hsp-pr");
      if (root && !root.closest("[data-hsp-pr-shell]")) {
        observer.disconnect();
        window.clientCanon = canon(root);
      }
    }).observe(shadow, { childList: true, subtree: true });
  });
}

/// Releases the wasm and checks that the first client render is the shell, node for node.
async function sameAsFirstRender(page, release) {
  await installCanon(page);
  release();
  await page.waitForFunction(() => window.clientCanon);
  const [fromShell, fromClient] = await page.evaluate(() => [window.shellCanon, window.clientCanon]);
  if (fromShell !== fromClient) {
    let at = 0;
    while (fromShell[at] === fromClient[at]) at++;
    assert.fail(`the shell and the first client render differ at ${at}:\n  shell:  …${fromShell.slice(Math.max(0, at - 120), at + 120)}\n  client: …${fromClient.slice(Math.max(0, at - 120), at + 120)}`);
  }
  assert.equal(await page.locator("[data-hsp-pr-shell]").count(), 0, "the client render took the shell's place");
}

for (const [locale, tag, title] of [["en-US", "en", "HSP or permanent residence?"], ["ja-JP", "ja", "高度専門職か、永住か"],
  ["zh-TW", "zh-Hant", null], ["vi-VN", "vi", null]]) {
  test(`the shell is on screen before the wasm, inert, in the starting language, and is the first client render (${locale})`, async () => {
    const { context, page, requests, errors, release } = await heldPage(locale);
    const shell = await page.evaluate(() => {
      const box = document.querySelector("hsp-pr-widget").shadowRoot.querySelector("[data-hsp-pr-shell]");
      const input = box.querySelector("#f-age");
      return { tag: box.dataset.hspPrShell, inert: box.inert, lang: box.querySelector(".hsp-pr").lang, title: box.querySelector("h1").textContent,
        styled: getComputedStyle(box.querySelector(".hsp-pr")).maxWidth, total: box.querySelector(".total-number")?.textContent,
        focusable: (input.focus(), input.getRootNode().activeElement === input) };
    });
    assert.equal(shell.tag, tag);
    assert.equal(shell.lang, tag);
    assert.equal(shell.inert, true, "the shell's form takes no input");
    assert.equal(shell.focusable, false, "nothing in the shell takes focus");
    assert.equal(shell.styled, "1200px", "the shell is styled by the widget's stylesheet");
    assert.equal(shell.total, "0");
    if (title) assert.equal(shell.title, title);
    await page.screenshot({ path: join(ARTIFACTS, `shell-${tag}-1280.png`) });
    await sameAsFirstRender(page, release);
    // The form works.
    await page.fill("#f-age", "30");
    await page.waitForFunction(() => document.querySelector("hsp-pr-widget").shadowRoot.querySelector(".total-number")?.textContent !== "0");
    assert.deepEqual(errors, []);
    assert.deepEqual(requests.filter((url) => !url.startsWith(origin + "/")), []);
    await context.close();
  });
}

test("with a share link the shell's results panel says the results are being computed, then the link's results come; only the first widget's", async () => {
  const profile = { category: "b", age: 30, education: "master", experience_years: 5, annual_salary_yen: 8000000 };
  const fragment = "hsp-pr=v1." + Buffer.from(JSON.stringify(profile)).toString("base64url");
  for (const [locale, words] of [["en-US", "Computing your results…"], ["ko-KR", "결과를 계산하고 있습니다…"]]) {
    const { context, page, release } = await heldPage(locale, `/#${fragment}`);
    const note = page.locator("[data-hsp-pr-shell] .results [data-computing]");
    assert.equal(await note.textContent(), words);
    assert.equal(await page.locator("[data-hsp-pr-shell] .glance [data-computing]").textContent(), words);
    assert.equal(await page.locator("[data-hsp-pr-shell] .total-number, [data-hsp-pr-shell] [data-glance-total]").count(), 0, "no blank-form points for a link");
    await page.screenshot({ path: join(ARTIFACTS, `shell-link-${locale}-1280.png`) });
    release();
    await page.locator(".results .total-number").filter({ hasNotText: /^0$/ }).first().waitFor();
    assert.equal(await page.locator("[data-hsp-pr-shell]").count(), 0);
    await context.close();
  }
  // Two widgets: the first to mount takes the link, and only its shell says so.
  const { context, page, release } = await heldPage("en-US", `/two.html#${fragment}`,
    '<hsp-pr-widget id="first"></hsp-pr-widget><hsp-pr-widget id="second"></hsp-pr-widget>');
  await page.locator("#second [data-hsp-pr-shell]").waitFor();
  assert.equal(await page.locator("#first [data-hsp-pr-shell] .results [data-computing]").count(), 1);
  assert.equal(await page.locator("#second [data-hsp-pr-shell] [data-computing]").count(), 0);
  assert.equal(await page.locator("#second [data-hsp-pr-shell] .results .total-number").textContent(), "0");
  release();
  await page.locator("#first .results .total-number").filter({ hasNotText: /^0$/ }).first().waitFor();
  await page.waitForFunction(() => !document.querySelector("#second").shadowRoot.querySelector("[data-hsp-pr-shell]"));
  assert.equal(await page.locator("#second .results .total-number").textContent(), "0");
  await context.close();
  // A first widget with no shell (category a) still takes the link: the next one's shell is a fresh visitor's.
  {
    const { context, page, release } = await heldPage("en-US", `/first-a.html#${fragment}`,
      '<hsp-pr-widget id="a" category="a"></hsp-pr-widget><hsp-pr-widget id="b"></hsp-pr-widget>', "#b");
    assert.equal(await page.locator("#b [data-hsp-pr-shell] [data-computing]").count(), 0);
    assert.equal(await page.locator("#b [data-hsp-pr-shell] .results .total-number").textContent(), "0");
    release();
    await page.locator("#a .results .total-number").filter({ hasNotText: /^0$/ }).first().waitFor();
    await context.close();
  }
});

test("a host's call to action is in the shell as the widget draws it, for the element and the div; other categories and save=\"off\" get no shell", async () => {
  const cta = 'cta-href="https://example.com/contact" cta-label="Book a consultation"';
  for (const body of [`<hsp-pr-widget ${cta}></hsp-pr-widget>`,
    `<div data-hsp-pr-widget data-lang="ja" data-${cta.replace(" cta-label", " data-cta-label")}></div>`]) {
    const { context, page, errors, release } = await heldPage("en-US", "/host.html", body);
    assert.equal(await page.locator("[data-hsp-pr-shell] .cta-row a.cta").getAttribute("href"), "https://example.com/contact");
    assert.equal(await page.locator("[data-hsp-pr-shell] .cta-row a.cta").textContent(), "Book a consultation");
    await sameAsFirstRender(page, release);
    assert.deepEqual(errors, []);
    await context.close();
  }
  for (const body of ['<hsp-pr-widget category="c"></hsp-pr-widget>', '<hsp-pr-widget save="off"></hsp-pr-widget>']) {
    const context = await browser.newContext();
    await hostPage(context, "/host.html", body);
    const page = await context.newPage();
    await page.goto(origin + "/host.html");
    // The widget mounts with no shell before it (the loader marks a shell it shows).
    await page.waitForFunction(() => performance.getEntriesByName("hsp-pr:rendered").length);
    assert.equal(await page.evaluate(() => performance.getEntriesByName("hsp-pr:shell").length), 0, body);
    await context.close();
  }
});

test("the product page's shell is in before its module runs, for a fresh visitor; with a link the module shows it", async () => {
  const order = async (context, path) => {
    const page = await context.newPage();
    await page.goto(origin + path);
    await page.waitForFunction(() => performance.getEntriesByName("hsp-pr:rendered").length);
    const names = await page.evaluate(() => performance.getEntriesByType("mark").filter((m) => m.name.startsWith("hsp-pr:"))
      .sort((a, b) => a.startTime - b.startTime).map((m) => m.name.slice("hsp-pr:".length)));
    await page.close();
    return names.slice(0, 2);
  };
  // English: its shell is in the script (another language's is fetched, and may come after the wasm).
  const context = await browser.newContext({ locale: "en-US" });
  assert.deepEqual(await order(context, "/"), ["shell", "module"]);
  const profile = { category: "b", age: 30, education: "master", experience_years: 5, annual_salary_yen: 8000000 };
  assert.deepEqual(await order(context, "/#hsp-pr=v1." + Buffer.from(JSON.stringify(profile)).toString("base64url")), ["module", "shell"]);
  await context.close();
  // Saved answers: the module shows the shell too (it says they are being computed).
  const saved = await browser.newContext({ locale: "en-US" });
  const today = new Date(Date.now() + 9 * 3600_000).toISOString().slice(0, 10);
  await saved.addInitScript(([profile, today]) => localStorage.setItem("hsp-pr:v1:demo", JSON.stringify({ profile, saved_on: today })), [profile, today]);
  assert.deepEqual(await order(saved, "/"), ["module", "shell"]);
  await saved.close();
});

test("when the product page's module does not arrive, its early shell says the calculator could not load", async () => {
  const context = await browser.newContext({ locale: "ja-JP" });
  const page = await context.newPage();
  await page.route(/hsp-pr-widget-[^/]*\.js$/, (route) => route.abort());
  await page.goto(origin + "/");
  const box = page.locator("hsp-pr-widget [data-hsp-pr-unavailable]");
  await box.waitFor();
  assert.equal(await box.getAttribute("lang"), "ja");
  assert.equal(await box.getAttribute("data-hsp-pr-unavailable"), "fetch");
  assert.equal(await page.locator("hsp-pr-widget [data-hsp-pr-shell]").count(), 0, "no dead form is left");
  await context.close();
});

test("the offline file's shell is in as the parser reaches it: before its module has run, in the browser's language", async () => {
  const context = await browser.newContext({ offline: true, locale: "ja-JP" });
  // What the page holds when the parser has put in the module's script element (the module
  // runs only once the whole file is parsed).
  await context.addInitScript(() => {
    new MutationObserver((_, observer) => {
      if (!document.querySelector('script[type="module"]')) return;
      observer.disconnect();
      const box = document.querySelector("hsp-pr-widget")?.shadowRoot?.querySelector("[data-hsp-pr-shell]");
      window.atModule = { shell: box?.dataset.hspPrShell ?? null, inert: box?.inert ?? null,
        styled: box ? getComputedStyle(box.querySelector(".hsp-pr")).maxWidth : null,
        moduleRan: performance.getEntriesByName("hsp-pr:module").length > 0 };
    }).observe(document, { childList: true, subtree: true });
  });
  const page = await context.newPage();
  const errors = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  await page.goto("file://" + join(DIST, "hsp-pr-widget.html"));
  await page.waitForFunction(() => performance.getEntriesByName("hsp-pr:rendered").length);
  assert.deepEqual(await page.evaluate(() => window.atModule), { shell: "ja", inert: true, styled: "1200px", moduleRan: false });
  const names = await page.evaluate(() => performance.getEntriesByType("mark").filter((m) => m.name.startsWith("hsp-pr:"))
    .sort((a, b) => a.startTime - b.startTime).map((m) => m.name.slice("hsp-pr:".length)));
  assert.deepEqual(names.slice(0, 2), ["shell", "module"]);
  // The client render replaced it, in the same language, and the form works.
  assert.equal(await page.locator("[data-hsp-pr-shell]").count(), 0);
  assert.equal(await page.locator("hsp-pr-widget .hsp-pr").getAttribute("lang"), "ja");
  await page.fill("#f-age", "30");
  await page.waitForFunction(() => document.querySelector("hsp-pr-widget").shadowRoot.querySelector(".total-number")?.textContent !== "0");
  assert.deepEqual(errors, []);
  await context.close();
});
