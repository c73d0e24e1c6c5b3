// Sizes <iframe data-hsp-pr-frame src="…/embed.html"> to its content, and gives it the call
// to action of the host page (the iframe's data-cta-href and data-cta-label). Accepts a
// message only from the frame's own window and origin (iframe-resizer style), and sends the
// configuration to that origin only.
(() => {
  addEventListener("message", (event) => {
    const type = event.data?.type;
    if (type !== "hsp-pr:height" && type !== "hsp-pr:ready") return;
    for (const frame of document.querySelectorAll("iframe[data-hsp-pr-frame]")) {
      if (event.source !== frame.contentWindow) continue;
      const origin = new URL(frame.src, location.href).origin;
      if (event.origin !== origin) return;
      if (type === "hsp-pr:ready") {
        const config = { type: "hsp-pr:config" };
        if (frame.dataset.ctaHref) config.cta_href = frame.dataset.ctaHref;
        if (frame.dataset.ctaLabel) config.cta_label = frame.dataset.ctaLabel;
        event.source.postMessage(config, origin);
        return;
      }
      const height = Number(event.data.height);
      if (Number.isFinite(height) && height > 0 && height < 100000) frame.style.height = `${height}px`;
    }
  });
})();
