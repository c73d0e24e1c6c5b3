"""Writes the single offline file: markup, CSS, the wasm-bindgen glue and the wasm (base64)
inline in one HTML file that works opened from file:// with no network (DESIGN.md: ES-module
imports and fetch are blocked from file://, so everything is inline and init gets the bytes)."""
import base64
import pathlib
import sys

dist = pathlib.Path(sys.argv[1])
css = (dist / "widget.css").read_text(encoding="utf-8")
glue = (dist / "pkg" / "hsp_pr.js").read_text(encoding="utf-8")
wasm = base64.b64encode((dist / "pkg" / "hsp_pr_bg.wasm").read_bytes()).decode("ascii")
if "</script" in glue or "</style" in css:
    sys.exit("bundle: a closing tag inside inline content would end it early")

page = f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>HSP or permanent residence? — offline</title>
<link rel="icon" href="data:,">
<style>body {{ margin: 0; }}
{css}</style>
</head>
<body>
<main><div data-hsp-pr-widget></div><noscript>This calculator needs JavaScript and WebAssembly.</noscript></main>
<script type="module">
{glue}
const wasmBase64 = "{wasm}";
const bytes = Uint8Array.from(atob(wasmBase64), (c) => c.charCodeAt(0));
await __wbg_init({{ module_or_path: bytes }});
</script>
</body>
</html>
"""
(dist / "hsp-pr-widget.html").write_text(page, encoding="utf-8")
