// The iframe page's script: one widget from the query (?lang=ja&category=b&theme=dark…),
// and its height reported to the host page. The message holds only a number; the host's
// snippet checks that it comes from this origin and this frame.
const params = new URLSearchParams(location.search);
const widget = document.createElement("hsp-pr-widget");
for (const name of ["lang", "category", "theme", "cta-href", "cta-label"]) {
  const value = params.get(name);
  if (value) widget.setAttribute(name, value);
}
document.body.append(widget);
let last = 0;
new ResizeObserver(() => {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height !== last) {
    last = height;
    parent.postMessage({ type: "hsp-pr:height", height }, "*");
  }
}).observe(document.documentElement);
