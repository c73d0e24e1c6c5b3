// ---- HSP ⇄ PR embedding (appended to the wasm-bindgen glue by scripts/bundle.py) ----
// Defined before this by the build: shell.js (the prerendered shell, and the names it shares
// with this file: mark, storageKey, languageFor, languageOf, stylesheet, afterPaint, showShell,
// english, showUnavailable), VERSION, WIDGET_CSS (the stylesheet, for shell.js), wasmSource() (the
// .wasm next to this file fetched under its integrity hash, or the bytes in the offline file
// checked against theirs; a failure is a LoadError), LANGUAGES (each language's tag, browser
// languages and loader messages), and languagePack(tag) (the text of a language's words but
// English: fetched from next to this file with their hash, or inline).
//
// <hsp-pr-widget lang category theme cta-href cta-label>: a custom element rendered in a
// Shadow DOM; its attributes are reactive; removing it releases it.
// <div data-hsp-pr-widget data-lang …>: the same, for site builders that strip unknown tags.
// HspPr.evaluate(profile): the assessment of CONTRACT.md, or a rejection with its errors.
// Nothing here makes a network request except fetching the .wasm next to this file, for a
// widget in another language than English that language's words (the wasm holds the English only), and,
// only when the person asks for them, the official sheet's writer (sheetWasmSource()) and the
// university list (universityList()), each pinned by its hash or inline in the offline file.

// The cold path, in marks a page or the bench reads (performance.getEntriesByType("mark")):
// hsp-pr:module (this module runs; set first thing by the build), :wasm (the bytes are here),
// :compiled, :instantiated, :mount (the first widget mounts), :rendered (its first render is
// in the DOM) and :frame (the frame that shows it); :shell when the prerendered shell is in
// (shell.js). README, Performance.
/** The wasm compiled from its source (a fetched Response, or the offline file's bytes):
 *  streaming when the server says application/wasm, as wasm-bindgen's own loader does. */
async function compileWasm(source) {
  const input = await source;
  if (input instanceof Response) {
    if (WebAssembly.compileStreaming && input.headers.get("Content-Type") === "application/wasm") {
      return WebAssembly.compileStreaming(input);
    }
    return WebAssembly.compile(await input.arrayBuffer());
  }
  return WebAssembly.compile(input);
}
const ready = compileWasm(wasmSource().then((input) => {
  mark("wasm");
  return input;
}))
  .then((module) => {
    mark("compiled");
    return __wbg_init({ module_or_path: module });
  })
  .then((exports) => {
    mark("instantiated");
    return exports;
  });

// Every host element with a widget, for the fallback below.
const hosts = new Set();

// When the widget's code cannot load (not there, not the expected file, blocked by the page's
// Content-Security-Policy), every instance says so in words, with the reason, and the host
// hears of it through an `hsp-pr:error` event; nothing is left empty at 0 px.
// The words are each language's (LANGUAGES, from i18n/<tag>.json by the build: the tag, the
// browser languages it answers, the messages), English first.
function failureOf(error) {
  if (error instanceof LoadError) return { reason: error.reason, status: error.status };
  const text = String(error?.message ?? error);
  if (error instanceof WebAssembly.CompileError || error instanceof WebAssembly.LinkError) {
    return { reason: /refused|wasm-unsafe-eval|content security policy/i.test(text) ? "csp" : "invalid" };
  }
  if (error instanceof EvalError || /content security policy|unsafe-eval/i.test(text)) return { reason: "csp" };
  return { reason: "fetch" };
}
const loaded = ready.then(() => null, (error) => failureOf(error));
/** Mounts once the code is here, or says why it is not. */
function whenLoaded(host, mount) {
  loaded.then((failure) => (failure ? showUnavailable(host, failure) : mount()));
}

// If the widget fails anyway (a panic, or any trap in the wasm), it must not die silently:
// each instance shows a translated message and a reset button that clears the saved answers
// and the share link, then reloads. The wasm cannot be trusted after a trap, so this is JS.
function showFallback() {
  for (const host of hosts) {
    const shadow = host.shadowRoot;
    if (!shadow || shadow.querySelector("[data-hsp-pr-failed]")) continue;
    const language = languageOf(host);
    const { failed: message, reset: label } = language.messages;
    const box = document.createElement("div");
    box.className = "hsp-pr";
    box.lang = language.tag;
    box.setAttribute("data-hsp-pr-failed", "");
    box.setAttribute("role", "alert");
    const text = document.createElement("p");
    text.className = "warning";
    text.textContent = message;
    const button = document.createElement("button");
    button.type = "button";
    button.textContent = label;
    const key = storageKey(host);
    button.addEventListener("click", () => {
      // This instance's answers only: another widget's stay.
      try {
        localStorage.removeItem(key);
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
ready.then(() => set_panic_handler(showFallback), () => {});

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
/** The pack of a tag's language (its tag); none for English, which the wasm holds. */
function packCode(tag) {
  const language = languageFor(tag);
  return language && language !== LANGUAGES[0] ? language.tag : null;
}
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
ready.then(() => set_language_pack_loader(ensureLanguage), () => {});
/** Resolves when a widget with these options can be mounted in its first language. */
function languageReady(options) {
  return ready.then(() => ensureLanguage(initial_language(options)));
}

const ATTRIBUTES = ["lang", "category", "theme", "cta-href", "cta-label", "save"];

function optionsOf(element, prefix) {
  const get = (name) => element.getAttribute(prefix + name);
  return {
    lang: get("lang"),
    category: get("category"),
    cta_href: get("cta-href"),
    cta_label: get("cta-label"),
    // save="off": nothing of the person's is kept in the browser.
    save: get("save"),
    // Each instance with an id saves its own state.
    storage_key: storageKey(element),
  };
}

// The parts of the consultation pack (issue #13), loaded when first asked for: the official
// sheet's writer (its own wasm, with the print view's styles) and the university list.
let sheetStyles = null;
let sheetModule = null;
const styleSheets = () => (sheetStyles ? [stylesheet(), sheetStyles] : [stylesheet()]);
function loadSheet() {
  if (!sheetModule) {
    sheetModule = Promise.resolve()
      .then(() => sheetWasmSource())
      .then((source) => HspPrSheetGlue.init({ module_or_path: source }))
      .then(() => {
        // A constructed stylesheet, as the widget's own: a strict CSP allows no other.
        sheetStyles = new CSSStyleSheet();
        sheetStyles.replaceSync(HspPrSheetGlue.print_css());
        for (const host of hosts) if (host.shadowRoot) host.shadowRoot.adoptedStyleSheets = styleSheets();
        return HspPrSheetGlue;
      });
    sheetModule.catch(() => {
      sheetModule = null;
    });
  }
  return sheetModule;
}
function saveFile(bytes, name) {
  const url = URL.createObjectURL(new Blob([bytes], { type: "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" }));
  const link = document.createElement("a");
  link.href = url;
  link.download = name;
  link.style.display = "none";
  document.body.append(link);
  link.click();
  link.remove();
  // Released once the browser has surely taken the file.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
let universityText = null;
/** The wasm's one door to the on-demand parts: a promise of the text asked for. */
function consult(kind, first, second) {
  if (kind === "universities") {
    if (!universityText) {
      universityText = universityList();
      universityText.catch(() => {
        universityText = null;
      });
    }
    return universityText;
  }
  if (kind === "sheet_html") return loadSheet().then((sheet) => sheet.print_html(first, second));
  if (kind === "sheet_xlsx") {
    return loadSheet().then((sheet) => {
      saveFile(sheet.xlsx(first), second);
      return second;
    });
  }
  return Promise.reject(new Error(`no part "${kind}"`));
}
ready.then(() => set_consultation_loader(consult), () => {});

function render(host, options) {
  hosts.add(host);
  const shadow = host.shadowRoot ?? host.attachShadow({ mode: "open" });
  shadow.adoptedStyleSheets = styleSheets();
  const root = document.createElement("div");
  shadow.replaceChildren(root);
  if (!firstMountMarked) {
    firstMountMarked = true;
    markFirstRender(root);
  }
  return mount_widget(root, host, options);
}
/** Marks the first widget's mount, its first render in the DOM and the frame that paints it
 *  (Yew renders in a microtask of its scheduler: the root's first change is that render, and
 *  the first frame comes after its task). The frame is asked for now, before the render asks
 *  for its own (use_after_paint.rs), so the mark's timer comes before the longer sections'. */
let firstMountMarked = false;
function markFirstRender(root) {
  mark("mount");
  new MutationObserver((_, observer) => {
    observer.disconnect();
    mark("rendered");
  }).observe(root, { childList: true });
  afterPaint(() => mark("frame"));
}

class HspPrWidget extends HTMLElement {
  static observedAttributes = ATTRIBUTES;
  #handle = null;

  connectedCallback() {
    showShell(this);
    whenLoaded(this, () =>
      languageReady(optionsOf(this, "")).then(() => {
        if (this.isConnected && !this.#handle) this.#handle = render(this, optionsOf(this, ""));
      }));
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

// The divs show their shell at once too (they mount once the code is here).
for (const element of document.querySelectorAll("[data-hsp-pr-widget]")) showShell(element);

// The divs are found even when the code cannot load, to say so in each.
const startDivs = (failure) => {
  if (failure) {
    const say = () => {
      for (const element of document.querySelectorAll("[data-hsp-pr-widget]")) {
        if (!element.shadowRoot?.querySelector("[data-hsp-pr-unavailable]")) showUnavailable(element, failure);
      }
    };
    say();
    new MutationObserver(say).observe(document.documentElement, { subtree: true, childList: true });
    return;
  }
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
};
loaded.then((failure) => {
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", () => startDivs(failure), { once: true });
  else startDivs(failure);
});

/** A rejection of HspPr.evaluate, in the shape of the rules' own. */
const rejection = (code, message) => ({ errors: [{ field: "", code, message }] });
// A profile is under 2 KB; its JSON text may be at most this (as in the CLI).
const MAX_PROFILE_BYTES = 1 << 20;

// HspPr.evaluate has its own wasm (src/api.rs, issue #15): the rules and the assessment's
// writer, fetched (apiWasmSource()) on the first call, so the widget's first load holds
// neither. It is compiled once; each instance gets a fresh copy of its glue (HspPrApiGlue()),
// so that after a trap, which leaves an instance untrustworthy, the next call starts anew
// (the widgets never share its memory, and go on).
let apiCompiled = null;
let apiInstance = null;
let apiMemory = null;
function loadApi() {
  if (!apiCompiled) {
    apiCompiled = compileWasm(apiWasmSource());
    apiCompiled.catch(() => {
      apiCompiled = null;
    });
  }
  if (!apiInstance) {
    apiInstance = apiCompiled.then(async (module) => {
      const glue = HspPrApiGlue();
      apiMemory = (await glue.init({ module_or_path: module })).memory;
      return glue;
    });
    apiInstance.catch(() => {
      apiInstance = null;
    });
  }
  return apiInstance;
}

/** A call into the API's wasm. A rejection of the rules passes through; anything else it
 *  throws is a trap (a RuntimeError; a RangeError when its stack overflows), after which that
 *  instance is never used again, and the call rejects like any other (an unhandled
 *  RuntimeError would reach the page's listeners below and take the widgets down). */
async function callApi(call) {
  for (;;) {
    const instance = loadApi();
    let api;
    try {
      api = await instance;
    } catch (error) {
      const failure = failureOf(error);
      throw rejection("widget_unavailable", english(failure.reason, failure.status));
    }
    // Another call may have trapped this instance while this one waited for it.
    if (instance !== apiInstance) continue;
    try {
      return call(api);
    } catch (error) {
      if (Array.isArray(error?.errors)) throw error;
      apiInstance = apiMemory = null;
      throw rejection("internal", `the assessment failed inside its code (${error?.message ?? error}); the next call starts it afresh`);
    }
  }
}

globalThis.HspPr = Object.freeze({
  version: VERSION,
  ready: loaded.then((failure) => (failure ? Promise.reject(new Error(english(failure.reason))) : undefined)),
  /** The assessment of a profile (object or JSON text); rejects with `{ errors: [...] }`. */
  async evaluate(profile) {
    // The value becomes JSON text here, in JavaScript, as JSON.stringify writes it: what it
    // cannot hold (a cycle, a BigInt, a function, a symbol) and whatever throws on the way (a
    // revoked Proxy, a throwing getter or toJSON) is a rejection, and no JavaScript exception
    // ever unwinds through the wasm (which would leak its stack, issue #11). The text is then
    // parsed again, so that only plain JSON values reach the wasm.
    let text = profile;
    if (typeof profile !== "string") {
      try {
        text = JSON.stringify(profile, (_key, value) => {
          if (typeof value === "function" || typeof value === "symbol") throw new TypeError(`a ${typeof value} is not JSON`);
          return value;
        });
      } catch (error) {
        throw rejection("malformed_json", `not a JSON value: ${error?.message ?? error}`);
      }
      if (typeof text !== "string") throw rejection("malformed_json", "not a JSON value");
    }
    if (text.length > MAX_PROFILE_BYTES) {
      throw rejection("too_large", `${text.length} characters: a profile is at most ${MAX_PROFILE_BYTES} (a real one is under 2 KB)`);
    }
    let value;
    try {
      value = JSON.parse(text);
    } catch (error) {
      throw rejection("malformed_json", `not JSON: ${error?.message ?? error}`);
    }
    return callApi((api) => api.evaluate(value));
  },
  /** Tests only: a trap inside the API's wasm. */
  simulateApiTrapForTests() {
    return callApi((api) => api.simulate_trap_for_tests());
  },
  /** Mounted widgets on this page (released ones are not counted). */
  liveInstances() {
    return guarded(live_instances);
  },
  /** Tests only: panics inside the wasm, to show the fallback. */
  simulatePanicForTests() {
    guarded(simulate_panic_for_tests);
  },
  /** The wasm linear memory of the widget and of the API (once used), in bytes. */
  memoryBytes() {
    return guarded(memory_bytes) + (apiMemory?.buffer.byteLength ?? 0);
  },
});
