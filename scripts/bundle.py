"""Writes dist/ from the optimised wasm and the glue: the versioned embed files, the demo and
iframe pages, the TypeScript declarations, and the single offline file; then prints each
file's <script> tag with its integrity hash.

Usage: bundle.py DIST VERSION GLUE_JS WASM NAMES_JSON SHEET_GLUE_JS SHEET_WASM API_GLUE_JS API_WASM"""
import base64
import hashlib
import html
import json
import pathlib
import re
import shutil
import subprocess
import sys

import zopfli.gzip  # PyPI, pinned by scripts/setup.sh

dist, version, glue_path, wasm_path = pathlib.Path(sys.argv[1]), sys.argv[2], sys.argv[3], sys.argv[4]
names = json.loads(pathlib.Path(sys.argv[5]).read_text(encoding="utf-8"))
static = pathlib.Path(__file__).resolve().parent.parent / "static"
glue = pathlib.Path(glue_path).read_text(encoding="utf-8")
loader = (static / "loader.js").read_text(encoding="utf-8")
# What runs before the wasm: the prerendered shell (issue #15), ahead of the loader.
shell_js = (static / "shell.js").read_text(encoding="utf-8")
css = (static / "widget.css").read_text(encoding="utf-8")
wasm = pathlib.Path(wasm_path).read_bytes()
root = static.parent
# The official sheet's writer (sheet/, issue #13): its own wasm, loaded only when the person
# asks for the sheet. Its glue is small and goes inside the widget's module, scoped, so that
# the module the host pins by its integrity also pins, by theirs, every file it later loads.
sheet_glue_text = pathlib.Path(sys.argv[6]).read_text(encoding="utf-8")
sheet_wasm = pathlib.Path(sys.argv[7]).read_bytes()
# HspPr.evaluate's own wasm (src/api.rs, issue #15), loaded on the API's first call, its glue
# scoped in the module the same way.
api_glue_text = pathlib.Path(sys.argv[8]).read_text(encoding="utf-8")
api_wasm = pathlib.Path(sys.argv[9]).read_bytes()
# The university list of the ⑰ search (scripts/universities.py), fetched when it is first used.
universities = (static / "universities-2026-01.txt").read_bytes()


def import_modules(wasm: bytes) -> set:
    """The module names of the wasm's imports (its import section, read directly)."""
    def leb(data, at):
        value, shift = 0, 0
        while True:
            byte = data[at]
            at += 1
            value |= (byte & 0x7F) << shift
            shift += 7
            if byte < 0x80:
                return value, at
    at, modules = 8, set()
    while at < len(wasm):
        section = wasm[at]
        size, at = leb(wasm, at + 1)
        if section == 2:
            body = wasm[at:at + size]
            count, pos = leb(body, 0)
            for _ in range(count):
                length, pos = leb(body, pos)
                modules.add(body[pos:pos + length].decode())
                pos += length
                length, pos = leb(body, pos)
                pos += length
                kind = body[pos]
                pos += 1
                if kind == 0:  # function: a type index
                    _, pos = leb(body, pos)
                elif kind == 1:  # table: element type, limits
                    flags = body[pos + 1]
                    _, pos = leb(body, pos + 2)
                    if flags & 1:
                        _, pos = leb(body, pos)
                elif kind == 2:  # memory: limits
                    flags = body[pos]
                    _, pos = leb(body, pos + 1)
                    if flags & 1:
                        _, pos = leb(body, pos)
                else:  # global: value type, mutability
                    pos += 2
            return modules
        at += size
    return modules


def rename(glue: str) -> str:
    """The glue with the minified import, export and module names of the optimised wasm, each
    old name checked to be where it is expected, so a glue of another shape fails the build."""
    modules = import_modules(wasm)
    if len(modules) != 1:
        sys.exit(f"bundle: expected one import module, found {modules}")
    module_name = modules.pop()
    old_module = {module for module, _, _ in names["imports"]}
    if old_module != {"./core_bg.js"} or glue.count('"./core_bg.js": import0') != 1:
        sys.exit("bundle: the glue's import object is not where it was")
    glue = glue.replace('"./core_bg.js": import0', f"{json.dumps(module_name)}: import0")
    for _, old, new in names["imports"]:
        pattern = re.compile(r"(?<![\w$])" + re.escape(old) + r"(?=: function\()")
        glue, count = pattern.subn(new, glue)
        if count != 1:
            sys.exit(f"bundle: import {old} found {count} times in the glue")
    for old, new in names["exports"]:
        glue = re.sub(r"\bwasm\." + re.escape(old) + r"(?![\w$])", f"wasm.{new}", glue)
    if re.search(r"\bwasm\.(__wbindgen|__wbg|__externref|wasm_bindgen)", glue):
        sys.exit("bundle: the glue still uses an export by its old name")
    return glue


def minify_js(code: str, module: bool = True) -> str:
    """terser (npm, lock file): the glue and the loader, about 3.5 KB gzip less. A classic
    script keeps its top-level names (the module after it uses them)."""
    terser = root / "node_modules" / ".bin" / "terser"
    done = subprocess.run([str(terser), *(["--module"] if module else []), "--compress", "--mangle"], input=code,
                          capture_output=True, text=True, check=True)
    return done.stdout


def minify_css(code: str) -> str:
    """Comments and spacing out. Conservative: spaces go only next to { } ; , (never around
    ':', which separates a descendant combinator from a pseudo-class)."""
    code = re.sub(r"/\*.*?\*/", "", code, flags=re.S)
    code = re.sub(r"\s+", " ", code)
    return re.sub(r"\s*([{};,])\s*", r"\1", code).strip()


def scoped_glue(glue: str, name: str, exports: list, factory: bool = False) -> str:
    """wasm-bindgen's ES-module glue of an on-demand wasm as an object in the widget's module:
    its exports become the object's members, its names stay its own. A factory makes a fresh
    glue (its own instance) at each call."""
    found = re.findall(r"^export function (\w+)\(", glue, flags=re.M)
    if sorted(found) != sorted(exports):
        sys.exit(f"bundle: the {name} glue exports {found}")
    tail = "export { initSync, __wbg_init as default };"
    if glue.count(tail) != 1:
        sys.exit(f"bundle: the {name} glue's exports are not where they were")
    glue = glue.replace(tail, "").replace("export function ", "function ")
    if re.search(r"^\s*(export|import)\b", glue, flags=re.M):
        sys.exit(f"bundle: the {name} glue has another import or export")
    body = "{\n" + glue + f"\nreturn {{ init: __wbg_init, {', '.join(exports)} }};\n}}"
    return f"const {name} = () => {body};\n" if factory else f"const {name} = (() => {body})();\n"


css = minify_css(css)
# The glue and the loader refer to VERSION, WIDGET_CSS, wasmSource() and languagePack(),
# defined around them per file: minified alone, those stay free names.
glue_js = (rename(glue) + "\n" + scoped_glue(sheet_glue_text, "HspPrSheetGlue", ["xlsx", "print_html", "print_css"])
           + scoped_glue(api_glue_text, "HspPrApiGlue", ["evaluate", "simulate_trap_for_tests"], factory=True) + "\n")
body = minify_js(glue_js + shell_js + "\n" + loader)
# The offline file runs shell.js as a classic script before its module (below).
offline_body = minify_js(glue_js + loader)


def sri(data: bytes) -> str:
    return "sha384-" + base64.b64encode(hashlib.sha384(data).digest()).decode("ascii")


LOAD_ERROR = """class LoadError extends Error {
  constructor(reason, status) {
    super(status ? `${reason} (HTTP ${status})` : reason);
    this.reason = reason;
    this.status = status;
  }
}
"""


def shell_constants() -> str:
    """What shell.js needs besides shellHtml(): the stylesheet and the languages."""
    return (f"const WIDGET_CSS = {json.dumps(css)};\n"
            f"const LANGUAGES = {json.dumps(json.loads(languages_json), ensure_ascii=False, separators=(',', ':'))};\n")


def module(wasm_source: str, offline: bool = False) -> str:
    """The glue, then the constants and the loader, as one ES module; the offline file's
    without shell.js and its constants, which its classic script before it declares."""
    head = ('performance.mark?.("hsp-pr:module");\n'
            f"const VERSION = {json.dumps(version)};\n{'' if offline else shell_constants()}"
            f"{LOAD_ERROR}{wasm_source}\n")
    return head + (offline_body if offline else body)


widget_name = f"hsp-pr-widget-{version}"
sheet_name = f"hsp-pr-sheet-{version}"
api_name = f"hsp-pr-api-{version}"
universities_name = f"hsp-pr-universities-{version}.txt"
(dist / f"{sheet_name}.wasm").write_bytes(sheet_wasm)
(dist / f"{api_name}.wasm").write_bytes(api_wasm)
(dist / universities_name).write_bytes(universities)
# The words of each language but English (src/i18n/packs.rs): files next to the wasm, fetched
# with their integrity; inline in the offline file. languages.json lists them, English first.
languages_json = (static / "i18n" / "languages.json").read_text(encoding="utf-8")
tags = [language["tag"] for language in json.loads(languages_json)][1:]
packs = {code: (static / "i18n" / f"{code}.json").read_bytes() for code in tags}
for code, data in packs.items():
    (dist / f"{widget_name}.{code}.json").write_bytes(data)
pack_integrity = json.dumps({code: sri(data) for code, data in packs.items()})
# The prerendered shells (examples/shell.rs, issue #15): English inside the module, the other
# languages in files next to it, fetched under their hash when a widget starts in one; all
# inline in the offline file, in its own variant (it keeps nothing unless asked).
shell_dir = root / "target" / "shell"
shells = {code: (shell_dir / f"{code}.html").read_bytes() for code in ["en"] + tags}
offline_shells = {code: (shell_dir / f"{code}.offline.html").read_text(encoding="utf-8") for code in ["en"] + tags}
for code in tags:
    (dist / f"{widget_name}.{code}.shell.html").write_bytes(shells[code])
shell_integrity = json.dumps({code: sri(shells[code]) for code in tags})


def served_shell_html(base: str) -> str:
    """shellHtml(tag) of a served file: English inline, another language fetched under its
    hash from beside the file whose address `base` is (a JS expression)."""
    return (f'const SHELL_EN = {json.dumps(shells["en"].decode("utf-8"), ensure_ascii=False)};\n'
            f'const SHELL_INTEGRITY = {shell_integrity};\n'
            'function shellHtml(code) {\n'
            '  if (code === "en") return Promise.resolve(SHELL_EN);\n'
            f'  return fetch(new URL(`{widget_name}.${{code}}.shell.html`, {base}), {{ integrity: SHELL_INTEGRITY[code] }})\n'
            '    .then((response) => (response.ok ? response.text() : Promise.reject(new Error(`HTTP ${response.status}`))));\n'
            '}')


def served_wasm(function: str, file: str, data: bytes) -> str:
    """`function()`: the response of the wasm `file` next to the module, under its hash."""
    return (f'function {function}() {{ return fetchWasm("{file}", {json.dumps(sri(data))}); }}\n')


# The wasm computes and renders everything: it is fetched under its hash, as the module that
# fetches it is pinned by the host's integrity attribute (issue #11). A different file is a
# network error of fetch, which the loader reports as the widget not loading.
# A fetch that fails under integrity says nothing of why: a HEAD then tells a missing file
# (its status) from one that is there but is not this wasm.
widget_js = module(
    'function fetchWasm(file, integrity) {\n'
    '  const url = new URL(file, import.meta.url);\n'
    '  return fetch(url, { integrity }).then(\n'
    '    (response) => (response.ok ? response : Promise.reject(new LoadError("http", response.status))),\n'
    '    (error) => fetch(url, { method: "HEAD", cache: "no-store" }).then(\n'
    '      (head) => Promise.reject(head.ok ? new LoadError("integrity") : new LoadError("http", head.status)),\n'
    '      () => Promise.reject(error)));\n'
    '}\n'
    + served_wasm("wasmSource", f"{widget_name}.wasm", wasm)
    + served_wasm("sheetWasmSource", f"{sheet_name}.wasm", sheet_wasm)
    + served_wasm("apiWasmSource", f"{api_name}.wasm", api_wasm) +
    f'const PACK_INTEGRITY = {pack_integrity};\n'
    'function languagePack(code) {\n'
    f'  return fetch(new URL(`{widget_name}.${{code}}.json`, import.meta.url), {{ integrity: PACK_INTEGRITY[code] }})\n'
    '    .then((response) => (response.ok ? response.text() : Promise.reject(new Error(`HTTP ${response.status}`))));\n'
    '}\n'
    'function universityList() {\n'
    f'  return fetch(new URL("{universities_name}", import.meta.url), {{ integrity: {json.dumps(sri(universities))} }})\n'
    '    .then((response) => (response.ok ? response.text() : Promise.reject(new Error(`HTTP ${response.status}`))));\n'
    '}\n'
    + served_shell_html("import.meta.url")).encode("utf-8")
(dist / f"{widget_name}.js").write_bytes(widget_js)
# The product page's shell (index.html, issue #15): shell.js as a classic script right after
# the page's element, so the shell goes in as the parser reaches it, before the page's HTML is
# parsed to its end and the module runs; in the starting language (another language's shell is
# fetched under its hash, as the module would). Its names stay inside it: the module that
# follows has its own. A host may load it too (README, Embed); the module alone shows the
# shell once it runs.
page_shell_name = f"hsp-pr-shell-{version}.js"
page_shell_js = minify_js('(() => {\n"use strict";\n' + shell_constants()
                          # Its own address, read as it runs (the shells are beside it).
                          + 'const BASE = document.currentScript.src;\n'
                          + served_shell_html("BASE") + "\n"
                          + shell_js
                          # A fresh visitor's only: with a link or saved answers the module shows
                          # the shell ("computing"), as the results come sooner when the
                          # shell's first layout does not run before the module (README).
                          + 'showShellsEarly((host) => !location.hash.includes("hsp-pr=") && savedAnswers(host) === null);\n'
                          + '})();\n', module=False).encode("utf-8")
(dist / page_shell_name).write_bytes(page_shell_js)
(dist / f"{widget_name}.wasm").write_bytes(wasm)
frame_js = (static / "frame.js").read_bytes()
(dist / f"hsp-pr-frame-{version}.js").write_bytes(frame_js)
host_js = (static / "host.js").read_bytes()
(dist / f"hsp-pr-host-{version}.js").write_bytes(host_js)
(dist / f"{widget_name}.d.ts").write_text((static / "hsp-pr-widget.d.ts").read_text(encoding="utf-8").replace("{{VERSION}}", version), encoding="utf-8")
for name in ["demo.css", "embed.css"]:
    shutil.copy(static / name, dist / name)

ORIGIN = "https://widget.example.com/hsp-pr"


def preload(code: str) -> str:
    """The hints that start the downloads with the page, not once the module has run: the
    module, the wasm (with the hashes the loader fetches them under, so the preloads are used)
    and, for a widget in another language than English, its words and its first screen
    (issue #15)."""
    hints = (f'<link rel="modulepreload" href="{ORIGIN}/{widget_name}.js"\n      integrity="{sri(widget_js)}" crossorigin="anonymous">\n'
             f'<link rel="preload" href="{ORIGIN}/{widget_name}.wasm" as="fetch" type="application/wasm"\n      integrity="{sri(wasm)}" crossorigin="anonymous">\n')
    if code:
        hints += (f'<link rel="preload" href="{ORIGIN}/{widget_name}.{code}.json" as="fetch" type="application/json"\n'
                  f'      integrity="{sri(packs[code])}" crossorigin="anonymous">\n'
                  f'<link rel="preload" href="{ORIGIN}/{widget_name}.{code}.shell.html" as="fetch" type="text/html"\n'
                  f'      integrity="{sri(shells[code])}" crossorigin="anonymous">\n')
    return hints


snippets = {
    "SNIPPET_ELEMENT": preload("ja") + f'''<script type="module" src="{ORIGIN}/{widget_name}.js"
        integrity="{sri(widget_js)}" crossorigin="anonymous"></script>

<hsp-pr-widget lang="ja" category="b" theme="auto"
  cta-href="https://example.com/contact" cta-label="無料相談を予約する"></hsp-pr-widget>''',
    "SNIPPET_DIV": preload("zh-Hans") + f'''<script type="module" src="{ORIGIN}/{widget_name}.js"
        integrity="{sri(widget_js)}" crossorigin="anonymous"></script>

<div data-hsp-pr-widget data-lang="zh-Hans" data-category="b" data-theme="light"
     data-cta-href="https://example.com/contact" data-cta-label="预约咨询"></div>''',
    "SNIPPET_IFRAME": f'''<iframe data-hsp-pr-frame src="{ORIGIN}/embed.html?lang=en&amp;theme=auto"
        data-cta-href="https://example.com/contact" data-cta-label="Book a consultation"
        sandbox="allow-scripts allow-same-origin allow-popups allow-popups-to-escape-sandbox allow-modals allow-downloads allow-top-navigation-by-user-activation"
        allow="clipboard-write"
        title="HSP or permanent residence? calculator" style="width:100%;height:1200px;border:0"></iframe>
<script src="{ORIGIN}/hsp-pr-host-{version}.js" integrity="{sri(host_js)}" crossorigin="anonymous"></script>''',
    "SNIPPET_THEME": '''hsp-pr-widget {
  --hsp-primary: #8a1538;       /* buttons, links, the bar at 70 */
  --hsp-bg: #fffdf8;            /* background */
  --hsp-surface: #f7f1e8;       /* form sections */
  --hsp-text: #222;             /* text */
  --hsp-font: "Noto Sans JP", system-ui, sans-serif;
  --hsp-radius: 2px;
}
hsp-pr-widget::part(results) { border-left: 4px solid #8a1538; padding-left: 12px; }''',
    "SNIPPET_API": '''const widget = document.querySelector("hsp-pr-widget");
widget.addEventListener("hsp-pr:result", (e) => console.log(e.detail));
// { points: 70, category: "b", hsp_eligible: true, jskip_eligible: false,
//   hsp2_eligible: true, hsp2_earliest_date: "2025-04-01",
//   pr_eligible_now: true, earliest_pr_date: "2024-04-01", parents_eligible: true }
// earliest_pr_date: since when (some route open now) or from when (none open).
widget.addEventListener("hsp-pr:cta", (e) => {
  e.preventDefault();                 // open your own contact form instead of the link
  openContactForm({ message: e.detail.summary });
});

const assessment = await HspPr.evaluate({ category: "b", age: 28, education: "master",
  experience_years: 4, annual_salary_yen: 6500000, japanese: "n1" });
assessment.points.total;              // 75 — the same JSON as `hsp-pr evaluate`
await HspPr.evaluate({ category: "z" }).catch((rejection) => rejection.errors);
// [{ field: "category", code: "unknown_value", … }, …]''',
    "SNIPPET_CSP": f'''Content-Security-Policy: script-src {ORIGIN.rsplit('/', 1)[0]} 'wasm-unsafe-eval';
                         connect-src {ORIGIN.rsplit('/', 1)[0]}
# connect-src: the script fetches its .wasm and, in a language other than English, its words and its first screen. No style-src is needed (constructed stylesheets),
# no 'unsafe-inline', no 'unsafe-eval'. For the iframe: frame-src {ORIGIN.rsplit('/', 1)[0]}.''',
}
frame_sri = sri(frame_js)
for page in ["index.html", "embed.html"]:
    # The product page is the repository's index.html; the iframe page lives in static/.
    text = ((root if page == "index.html" else static) / page).read_text(encoding="utf-8")
    text = text.replace("{{VERSION}}", version).replace("{{SRI_WIDGET}}", sri(widget_js)).replace("{{SRI_FRAME}}", frame_sri).replace("{{SRI_WASM}}", sri(wasm)).replace("{{SRI_SHELL}}", sri(page_shell_js))
    for key, snippet in snippets.items():
        text = text.replace("{{" + key + "}}", html.escape(snippet, quote=False))
    (dist / page).write_text(text, encoding="utf-8")

# The offline file: the same module with the wasm inline, from file:// with no network.
# The wasm is gzipped before base64 and inflated by the browser (DecompressionStream) while it
# compiles: the file is half the size raw, and about a fifth smaller gzipped again, than
# base64 of the plain wasm (README, Performance). Zopfli writes that gzip stream 4 % smaller
# than gzip -9 (any inflater reads it; deterministic, no timestamp).


def deflated(data: bytes) -> str:
    return base64.b64encode(zopfli.gzip.compress(data, numiterations=15)).decode("ascii")


def inline_wasm(function: str, data: bytes) -> str:
    """`function()`: the bytes of the wasm `data`, from its gzip inline, checked against its
    SHA-384 before they are compiled (issue #11)."""
    digest = base64.b64encode(hashlib.sha384(data).digest()).decode("ascii")
    return f'function {function}() {{ return inflate("{deflated(data)}", "{digest}"); }}\n'


offline_js = module('async function inflate(packed, sha384) {\n'
                    '  let wasm;\n'
                    '  try {\n'
                    '    const bytes = Uint8Array.from(atob(packed), (c) => c.charCodeAt(0));\n'
                    '    wasm = await new Response(new Blob([bytes]).stream().pipeThrough(new DecompressionStream("gzip"))).arrayBuffer();\n'
                    '  } catch {\n'
                    '    throw new LoadError("integrity");\n'
                    '  }\n'
                    '  const digest = btoa(String.fromCharCode(...new Uint8Array(await crypto.subtle.digest("SHA-384", wasm))));\n'
                    '  if (digest !== sha384) throw new LoadError("integrity");\n'
                    '  return wasm;\n'
                    '}\n'
                    + inline_wasm("widgetWasm", wasm)
                    # Decoding the inline wasm takes a while: the first screen goes in first.
                    + 'function wasmSource() { return new Promise((resolve) => setTimeout(resolve, 0)).then(widgetWasm); }\n'
                    # The sheet's writer, the API and the list, inline: inflated or read only
                    # when asked for.
                    + inline_wasm("sheetWasmSource", sheet_wasm)
                    + inline_wasm("apiWasmSource", api_wasm)
                    + f'const PACKS = {json.dumps({code: data.decode("utf-8") for code, data in packs.items()}, ensure_ascii=False)};\n'
                    'function languagePack(code) { return Promise.resolve(PACKS[code]); }\n'
                    f'const UNIVERSITIES = {json.dumps(universities.decode("utf-8"), ensure_ascii=False)};\n'
                    'function universityList() { return Promise.resolve(UNIVERSITIES); }', offline=True)
# The shell goes in as the parser reaches this classic script, right after the element: it is
# painted with the page, before the megabytes of the module after it are parsed (issue #15).
offline_shell = minify_js(shell_constants()
                          + f"const SHELLS = {json.dumps(offline_shells, ensure_ascii=False)};\n"
                          + "function shellHtml(code) { return Promise.resolve(SHELLS[code]); }\n"
                          + shell_js
                          + 'showShellsEarly();\n',
                          module=False)
if any(marker in script for script in (offline_js, offline_shell) for marker in ("</script", "<!--")):
    sys.exit("bundle: '</script' or '<!--' inside an inline script would end it early or hide its end")
(dist / "hsp-pr-widget.html").write_text(f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>HSP or permanent residence? — offline</title>
<link rel="icon" href="data:,">
</head>
<body style="margin:0">
<hsp-pr-widget></hsp-pr-widget>
<script>
{offline_shell}
</script>
<noscript>This calculator needs JavaScript and WebAssembly.</noscript>
<script type="module">
{offline_js}
</script>
</body>
</html>
""", encoding="utf-8")

print(f"Embed files of version {version} (serve them from your origin):")
print(f'  <script type="module" src="{widget_name}.js" integrity="{sri(widget_js)}" crossorigin="anonymous"></script>')
print(f'  <script src="hsp-pr-host-{version}.js" integrity="{sri(host_js)}" crossorigin="anonymous"></script>   (iframe host)')
print(f'  <script type="module" src="hsp-pr-frame-{version}.js" integrity="{frame_sri}" crossorigin="anonymous"></script>   (used by embed.html)')
print(f"  {widget_name}.wasm  integrity {sri(wasm)}")
print(f"  {api_name}.wasm  integrity {sri(api_wasm)}   (HspPr.evaluate, fetched on its first call)")
print(f'  <script src="{page_shell_name}" integrity="{sri(page_shell_js)}" crossorigin="anonymous"></script>   (optional, right after the element: the first screen sooner)')
