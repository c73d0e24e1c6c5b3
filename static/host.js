// Sizes <iframe data-hsp-pr-frame src="…/embed.html"> to its content. Accepts a height only
// from the frame's own window and origin (iframe-resizer style).
(() => {
  addEventListener("message", (event) => {
    if (!event.data || event.data.type !== "hsp-pr:height") return;
    for (const frame of document.querySelectorAll("iframe[data-hsp-pr-frame]")) {
      if (event.source !== frame.contentWindow) continue;
      if (event.origin !== new URL(frame.src, location.href).origin) return;
      const height = Number(event.data.height);
      if (Number.isFinite(height) && height > 0 && height < 100000) frame.style.height = `${height}px`;
    }
  });
})();
