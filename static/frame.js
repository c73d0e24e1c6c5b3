// The iframe page's script: one widget, set from the query (?lang=ja&category=b&theme=dark),
// and its height reported to the host page (the message holds only a number; the host's
// snippet checks that it comes from this origin and this frame).
//
// The call to action is a consultancy's own text and link, so it never comes from the URL,
// which anyone can craft (issue #11): only from the page that embeds this one, by a message
// from the parent window whose origin is this page's own or one listed in this copy's
// <meta name="hsp-pr-parent-origins" content="https://a.example https://b.example">.
const params = new URLSearchParams(location.search);
const widget = document.createElement("hsp-pr-widget");
for (const name of ["lang", "category", "theme"]) {
  const value = params.get(name);
  if (value) widget.setAttribute(name, value);
}
document.body.append(widget);

const allowed = new Set([location.origin, ...(document.querySelector('meta[name="hsp-pr-parent-origins"]')?.content ?? "")
  .split(/\s+/).filter(Boolean)]);
addEventListener("message", (event) => {
  if (event.source !== parent || parent === window || !allowed.has(event.origin)) return;
  const data = event.data;
  if (!data || data.type !== "hsp-pr:config") return;
  for (const [name, key] of [["cta-href", "cta_href"], ["cta-label", "cta_label"]]) {
    if (typeof data[key] === "string") widget.setAttribute(name, data[key]);
  }
});
// Tells the host it can send the configuration.
if (parent !== window) parent.postMessage({ type: "hsp-pr:ready" }, "*");

let last = 0;
new ResizeObserver(() => {
  const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
  if (height !== last) {
    last = height;
    parent.postMessage({ type: "hsp-pr:height", height }, "*");
  }
}).observe(document.documentElement);
