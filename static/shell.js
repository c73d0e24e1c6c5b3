// ---- HSP ⇄ PR: what runs before the wasm (the prerendered shell, issue #15) ----
// The first screen of a fresh visitor, rendered at build time by Yew's server renderer
// (examples/shell.rs) in each language, shown inert at once while the wasm loads; the first
// client render replaces it in the same task (loader.js, render). With a share link or saved
// answers, its results panel says the results are being computed.
//
// scripts/bundle.py puts this file before loader.js in the widget's module. The offline file
// runs it as a classic script right after its element instead, so the shell is painted with
// the page, before the large module that follows has even been parsed; the module then finds
// these names in the page's global scope. Defined before this by the build: WIDGET_CSS,
// LANGUAGES and shellHtml(tag) (English inline, another language fetched under its hash, all
// inline in the offline file).

// The cold path's marks (performance.getEntriesByType("mark"); README, Performance).
const mark = (name) => performance.mark?.(`hsp-pr:${name}`);

// Each instance saves its answers under its own key (an `id` gives it one), and clears only
// that key.
const storageKey = (element) => (element.id ? `hsp-pr:v1:${element.id}` : "hsp-pr:v1");

/** The attributes' prefix of a host: `data-` for a div, none for the element. */
const prefixOf = (element) => (element.hasAttribute("data-hsp-pr-widget") ? "data-" : "");

/** The language answering a tag (`zh-TW` → zh-Hant): the longest match by whole subtags. */
function languageFor(tag) {
  const wanted = String(tag ?? "").trim().toLowerCase().replace(/_/g, "-");
  let best = null;
  let length = 0;
  for (const language of LANGUAGES) {
    for (const known of language.browser) {
      if ((wanted === known || wanted.startsWith(known + "-")) && known.length > length) {
        best = language;
        length = known.length;
      }
    }
  }
  return best;
}

/** A host's language as the wasm chooses it (src/widget/ui/app.rs): its attribute, else the
 *  one it shows (once drawn), else the saved answers', else the browser's; English. */
function languageOf(host, saved = savedAnswers(host)) {
  const shown = host.shadowRoot?.querySelector(".hsp-pr")?.lang;
  const tags = [host.getAttribute(prefixOf(host) + "lang"), shown, saved?.lang, ...(navigator.languages ?? []), navigator.language];
  return tags.map(languageFor).find(Boolean) ?? LANGUAGES[0];
}

/** The loader's message in English (for the host's event), and a widget's in its language:
 *  the widget cannot load, and why; the host hears of it through an `hsp-pr:error` event. */
const english = (reason, status) => LANGUAGES[0].messages[reason].replace("{}", String(status ?? ""));
function showUnavailable(host, failure) {
  const language = languageOf(host);
  const message = language.messages[failure.reason].replace("{}", String(failure.status ?? ""));
  const shadow = host.shadowRoot ?? host.attachShadow({ mode: "open" });
  const box = document.createElement("div");
  box.setAttribute("data-hsp-pr-unavailable", failure.reason);
  box.setAttribute("role", "alert");
  box.lang = language.tag;
  box.style.cssText = "padding:12px;border:1px solid #b00020;border-radius:4px;font:15px system-ui,sans-serif";
  box.textContent = message;
  shadow.replaceChildren(box);
  host.dispatchEvent(new CustomEvent("hsp-pr:error", {
    bubbles: true, composed: true, detail: { reason: failure.reason, status: failure.status ?? null, message: english(failure.reason, failure.status) },
  }));
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

/** Runs `then` in a task after the next frame: once what is in the DOM now is painted. A timer,
 *  as the wasm's browser::after_next_paint: tasks of one source run in the order they were
 *  queued, so the loader's frame mark, asked for at mount, comes before the longer sections'. */
function afterPaint(then) {
  requestAnimationFrame(() => setTimeout(then, 0));
}

const SAVED_DAYS = 180;
/** The saved answers the wasm will restore, read as it reads them (src/widget/ui/app.rs,
 *  `saved`): an object with a profile, saved at most SAVED_DAYS days ago (today in Japan);
 *  null when there are none it would restore (absent, unreadable, expired). */
function savedAnswers(host) {
  try {
    const saved = JSON.parse(localStorage.getItem(storageKey(host)) ?? "null");
    if (typeof saved?.profile !== "object" || saved.profile === null || Array.isArray(saved.profile)) return null;
    const day = /^(\d{4})-(\d{2})-(\d{2})$/.exec(saved.saved_on ?? "");
    const today = Math.floor((Date.now() + 9 * 3600_000) / 86400_000);
    if (day && today - Date.UTC(day[1], day[2] - 1, day[3]) / 86400_000 > SAVED_DAYS) return null;
    return saved;
  } catch {
    return null;
  }
}
/** The shell is of a fresh visitor's widget of category (b) that saves: a host that asks for
 *  another category or for nothing to be saved starts on another screen, and gets none. */
function shellFits(host, prefix) {
  const category = host.getAttribute(prefix + "category")?.trim();
  return !["a", "c"].includes(category) && host.getAttribute(prefix + "save") !== "off";
}
/** The host's call to action as the widget draws it (src/widget/ui/cta.rs): http(s) and
 *  mailto links only, under the header. */
function shellCta(host, prefix) {
  const href = host.getAttribute(prefix + "cta-href")?.trim();
  const label = host.getAttribute(prefix + "cta-label");
  if (href == null || label == null || !/^(https?:\/\/|mailto:)/i.test(href)) return null;
  const row = document.createElement("p");
  row.className = "cta-row";
  const link = document.createElement("a");
  link.className = "cta";
  link.setAttribute("part", "cta");
  link.href = href;
  link.target = "_top";
  link.rel = "noopener";
  link.textContent = label;
  row.append(link);
  return row;
}
let shellMarked = false;
// A share link is taken by the first widget to mount (src/widget/ui/app.rs), whatever its
// category: here, the first host in document order, which is the order the elements mount in
// (best effort: a widget in English may mount before an earlier one whose words are on their way).
let linkHost = null;
function showShell(host) {
  if (location.hash.includes("hsp-pr=")) linkHost ??= host;
  const prefix = prefixOf(host);
  // A shadow root already: a shell on its way or in (from the page's early script), or the widget.
  if (host.shadowRoot || !shellFits(host, prefix)) return;
  const shadow = host.attachShadow({ mode: "open" });
  const saved = savedAnswers(host);
  const language = languageOf(host, saved);
  const restoring = linkHost === host || saved !== null;
  shellHtml(language.tag).then((html) => {
    // Mounted, or told it cannot load, meanwhile (either fills the shadow root): the shell is
    // no longer wanted.
    if (!host.isConnected || shadow.firstChild) return;
    if (moduleMissing) return showUnavailable(host, { reason: "fetch" });
    const box = document.createElement("div");
    box.setAttribute("data-hsp-pr-shell", language.tag);
    box.inert = true;
    try {
      box.innerHTML = html;
    } catch {
      return; // a page that enforces Trusted Types: no shell, the widget comes as before
    }
    const cta = shellCta(host, prefix);
    if (cta) box.querySelector(".widget-header")?.after(cta);
    // A fresh visitor's zero points are not the link's or the saved answers': the glance
    // and the results panel say they are being computed instead.
    const results = box.querySelector(".results");
    if (restoring && results) {
      const note = document.createElement("p");
      note.className = "note";
      note.setAttribute("data-computing", "");
      note.textContent = language.messages.computing;
      results.replaceChildren(note);
      box.querySelector(".glance")?.replaceChildren(note.cloneNode(true));
    }
    shadow.adoptedStyleSheets = [stylesheet()];
    shadow.replaceChildren(box);
    if (!shellMarked) {
      shellMarked = true;
      mark("shell");
    }
  }, () => {});
}

/** A page's early script (scripts/bundle.py): the shells of the widgets parsed so far that are
 *  `wanted`; once the page is parsed the module has run, unless it could not load (missing,
 *  not the expected file, too new for this browser), and then a shell, which would look like a
 *  form that takes no input, says so instead. */
let moduleMissing = false;
function showShellsEarly(wanted = () => true) {
  for (const host of document.querySelectorAll("hsp-pr-widget, [data-hsp-pr-widget]")) if (wanted(host)) showShell(host);
  addEventListener("DOMContentLoaded", () => {
    if (customElements.get("hsp-pr-widget")) return;
    moduleMissing = true;
    for (const host of document.querySelectorAll("hsp-pr-widget, [data-hsp-pr-widget]")) {
      if (host.shadowRoot?.querySelector("[data-hsp-pr-shell]")) showUnavailable(host, { reason: "fetch" });
    }
  }, { once: true });
}
