// ---- HSP ⇄ PR embedding (appended to the wasm-bindgen glue by scripts/bundle.py) ----
// Defined before this by the build: VERSION, WIDGET_CSS (the stylesheet), wasmSource() (the
// .wasm URL next to this file, or the bytes in the offline file) and languagePack(code) (the
// text of the Japanese or Chinese words: fetched from next to this file, or inline offline).
//
// <hsp-pr-widget lang category theme cta-href cta-label>: a custom element rendered in a
// Shadow DOM; its attributes are reactive; removing it releases it.
// <div data-hsp-pr-widget data-lang …>: the same, for site builders that strip unknown tags.
// HspPr.evaluate(profile): the assessment of CONTRACT.md, or a rejection with its errors.
// Nothing here makes a network request except fetching the .wasm next to this file and, for a
// widget in Japanese or Chinese, that language's words (the wasm holds the English only).

const ready = __wbg_init({ module_or_path: wasmSource() });

// Every host element with a widget, for the fallback below.
const hosts = new Set();

// If the widget fails anyway (a panic, or any trap in the wasm), it must not die silently:
// each instance shows a translated message and a reset button that clears the saved answers
// and the share link, then reloads. The wasm cannot be trusted after a trap, so this is JS.
const FAILED = {
  en: ["Something went wrong in the calculator.", "Reset and start again"],
  ja: ["計算ツールで問題が発生しました。", "リセットしてやり直す"],
  zh: ["计算工具出现问题。", "重置并重新开始"],
};
function showFallback() {
  for (const host of hosts) {
    const shadow = host.shadowRoot;
    if (!shadow || shadow.querySelector("[data-hsp-pr-failed]")) continue;
    const tag = (host.getAttribute("lang") || host.getAttribute("data-lang") || shadow.querySelector(".hsp-pr")?.lang || navigator.language || "en").toLowerCase();
    const lang = tag.startsWith("ja") ? "ja" : tag.startsWith("zh") ? "zh" : "en";
    const [message, label] = FAILED[lang];
    const box = document.createElement("div");
    box.className = "hsp-pr";
    box.lang = lang === "zh" ? "zh-Hans" : lang;
    box.setAttribute("data-hsp-pr-failed", "");
    box.setAttribute("role", "alert");
    const text = document.createElement("p");
    text.className = "warning";
    text.textContent = message;
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = label;
    button.addEventListener("click", () => {
      try {
        for (const key of Object.keys(localStorage)) if (key.startsWith("hsp-pr:")) localStorage.removeItem(key);
      } catch {}
      if (location.hash.includes("hsp-pr=")) history.replaceState(null, "", location.pathname + location.search);
      location.reload();
    });
    box.append(text, button);
    shadow.replaceChildren(box);
  }
}
// In the release build a panic is a trap at once (no hook runs: scripts/build.sh); the hook
// is for the other builds. A trap inside a callback of the browser's (events, custom-element
// reactions, observers, promises) reaches the listeners below; one inside a call that the
// page itself may catch (the HspPr API) goes through guarded().
ready.then(() => set_panic_handler(showFallback));

function guarded(call) {
  try {
    return call();
  } catch (error) {
    if (error instanceof WebAssembly.RuntimeError) showFallback();
    throw error;
  }
}
addEventListener("error", (event) => {
  if (event.error instanceof WebAssembly.RuntimeError) showFallback();
});
addEventListener("unhandledrejection", (event) => {
  if (event.reason instanceof WebAssembly.RuntimeError) showFallback();
});

// The words of a language other than English arrive in a pack, fetched once per page when a
// widget first needs them; the wasm asks for them through the same function when its language
// changes. A pack that does not arrive leaves the widget in English, with a console warning.
const packCode = (tag) => (/^ja/i.test(tag ?? "") ? "ja" : /^zh/i.test(tag ?? "") ? "zh" : null);
const packTexts = new Map();
const packs = new Map();
function packText(code) {
  if (!packTexts.has(code)) packTexts.set(code, languagePack(code));
  return packTexts.get(code);
}
function ensureLanguage(tag) {
  const code = packCode(tag);
  if (!code) return Promise.resolve();
  if (!packs.has(code)) {
    const arrived = packText(code)
      .then((json) => {
        if (!register_language_pack(code, json)) throw new Error("not a language pack");
      })
      .catch((error) => {
        packs.delete(code);
        packTexts.delete(code);
        console.warn(`hsp-pr: the ${code} words did not load (${error.message})`);
      });
    packs.set(code, arrived);
  }
  return packs.get(code);
}
// The languages the page's widgets ask for by attribute are fetched while the wasm compiles.
for (const element of document.querySelectorAll("hsp-pr-widget[lang], [data-hsp-pr-widget][data-lang]")) {
  const code = packCode(element.getAttribute("lang") ?? element.getAttribute("data-lang"));
  if (code) packText(code).catch(() => {});
}
ready.then(() => set_language_pack_loader(ensureLanguage));
/** Resolves when a widget with these options can be mounted in its first language. */
function languageReady(options) {
  return ready.then(() => ensureLanguage(initial_language(options)));
}

let sheet = null;
function stylesheet() {
  // A constructed stylesheet: shared by every instance, and allowed by a strict CSP.
  if (!sheet) {
    sheet = new CSSStyleSheet();
    sheet.replaceSync(WIDGET_CSS);
  }
  return sheet;
}

const ATTRIBUTES = ["lang", "category", "theme", "cta-href", "cta-label"];

function optionsOf(element, prefix) {
  const get = (name) => element.getAttribute(prefix + name);
  return {
    lang: get("lang"),
    category: get("category"),
    cta_href: get("cta-href"),
    cta_label: get("cta-label"),
    // Each instance with an id saves its own state.
    storage_key: element.id ? `hsp-pr:v1:${element.id}` : null,
  };
}

function render(host, options) {
  hosts.add(host);
  const shadow = host.shadowRoot ?? host.attachShadow({ mode: "open" });
  shadow.adoptedStyleSheets = [stylesheet()];
  const root = document.createElement("div");
  shadow.replaceChildren(root);
  return mount_widget(root, host, options);
}

class HspPrWidget extends HTMLElement {
  static observedAttributes = ATTRIBUTES;
  #handle = null;

  connectedCallback() {
    languageReady(optionsOf(this, "")).then(() => {
      if (this.isConnected && !this.#handle) this.#handle = render(this, optionsOf(this, ""));
    });
  }

  disconnectedCallback() {
    hosts.delete(this);
    this.#handle?.destroy();
    this.#handle = null;
  }

  attributeChangedCallback() {
    this.#handle?.update(optionsOf(this, ""));
  }
}

if (!customElements.get("hsp-pr-widget")) customElements.define("hsp-pr-widget", HspPrWidget);

// The data-attribute auto-mount, kept in step with the page by one observer.
const divs = new Map();
const waiting = new Set();
function syncDivs() {
  for (const [element, handle] of divs) {
    if (!element.isConnected) {
      hosts.delete(element);
      handle.destroy();
      divs.delete(element);
    }
  }
  for (const element of document.querySelectorAll("[data-hsp-pr-widget]")) {
    if (divs.has(element) || waiting.has(element)) continue;
    waiting.add(element);
    languageReady(optionsOf(element, "data-")).then(() => {
      waiting.delete(element);
      if (element.isConnected && !divs.has(element)) divs.set(element, render(element, optionsOf(element, "data-")));
    });
  }
}

ready.then(() => {
  const start = () => {
    syncDivs();
    new MutationObserver((records) => {
      for (const record of records) {
        if (record.type === "attributes" && divs.has(record.target)) {
          divs.get(record.target).update(optionsOf(record.target, "data-"));
        }
      }
      if (records.some((r) => r.type === "childList")) syncDivs();
    }).observe(document.documentElement, {
      subtree: true,
      childList: true,
      attributes: true,
      attributeFilter: ATTRIBUTES.map((name) => "data-" + name),
    });
  };
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start, { once: true });
  else start();
});

globalThis.HspPr = Object.freeze({
  version: VERSION,
  ready: ready.then(() => undefined),
  /** The assessment of a profile (object or JSON text); rejects with `{ errors: [...] }`. */
  async evaluate(profile) {
    await ready;
    return guarded(() => evaluate(profile));
  },
  /** Mounted widgets on this page (released ones are not counted). */
  liveInstances() {
    return guarded(live_instances);
  },
  /** Tests only: panics inside the wasm, to show the fallback. */
  simulatePanicForTests() {
    guarded(simulate_panic_for_tests);
  },
  /** The widget's memory (wasm linear memory), in bytes. */
  memoryBytes() {
    return guarded(memory_bytes);
  },
});
