// Writes the README's screenshots of the built widget (dist/) to docs/screenshots/: desktop
// (1280 px) and phone (360 px), light and dark, with the family profile of the e2e tests; and
// the official point sheet filled in (sheet B, English reader), as it prints (issue #13).
// Run `bash scripts/build.sh` first.
import { join } from "node:path";
import { ROOT, PROFILES, fillProfile, launch, settled, startServer } from "../tests/e2e/helpers.mjs";

const browser = await launch();
const { server, origin } = await startServer();
try {
  for (const [name, width, height] of [["desktop", 1280, 900], ["phone", 360, 780]]) {
    for (const scheme of ["light", "dark"]) {
      const context = await browser.newContext({ viewport: { width, height }, colorScheme: scheme, locale: "en-US" });
      const page = await context.newPage();
      await page.goto(origin + "/");
      await page.waitForSelector(".hsp-pr h1");
      await fillProfile(page, structuredClone(PROFILES.family));
      await settled(page);
      // Desktop: the form's top beside the glance and the points; phone: mid-form, with the
      // glance at the bottom of the screen.
      const anchor = name === "desktop" ? "hsp-pr-widget" : "#f-experience_years";
      await page.locator(anchor).first().scrollIntoViewIfNeeded();
      if (name === "desktop") await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: join(ROOT, "docs", "screenshots", `${name}-${scheme}.png`) });
      await context.close();
    }
  }
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 }, locale: "en-US" });
  const page = await context.newPage();
  await page.goto(origin + "/");
  await page.waitForSelector(".hsp-pr h1");
  await fillProfile(page, structuredClone(PROFILES.family));
  await page.click(".official-sheet button[aria-expanded]");
  const sheet = page.locator(".sheet-view .os");
  await sheet.waitFor();
  // As it prints: the sheet alone, whole (on screen it scrolls in its box).
  await page.evaluate(() => document.querySelector("hsp-pr-widget").shadowRoot.querySelector(".hsp-pr").classList.add("print-sheet"));
  await page.emulateMedia({ media: "print" });
  await sheet.screenshot({ path: join(ROOT, "docs", "screenshots", "sheet-b.png") });
  await context.close();
} finally {
  await browser.close();
  server.close();
}
