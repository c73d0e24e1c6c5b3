// The TypeScript declarations match what ships: the CLI's real output (the same JSON as
// HspPr.evaluate) must type-check as `Assessment` with excess-property checks, and a typed use
// of the element, its events and the API must compile, with `tsc --strict`.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { DIST, PROFILES, ROOT, VERSION, cli } from "./helpers.mjs";

test("the TypeScript declarations describe the real output and the API", () => {
  const dir = join(ROOT, "target", "types");
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(DIST, `hsp-pr-widget-${VERSION}.d.ts`), join(dir, "hsp-pr-widget.d.ts"));
  const samples = Object.entries(PROFILES).map(([name, profile]) =>
    `export const ${name}: Assessment = ${JSON.stringify(cli(profile, "2026-11-26"))};`);
  let rejection;
  try {
    cli({ category: "z" }, "2026-11-26");
  } catch (error) {
    rejection = error.stdout.toString();
  }
  writeFileSync(join(dir, "usage.ts"), `import type { Assessment, Profile, Rejection, HspPrWidgetElement } from "./hsp-pr-widget";
${samples.join("\n")}
export const rejected: Rejection = ${rejection};
export const profile: Profile = ${JSON.stringify(PROFILES.engineer)};
export async function use(): Promise<number> {
  const widget: HspPrWidgetElement | null = document.querySelector("hsp-pr-widget");
  widget?.addEventListener("hsp-pr:result", (e) => { const points: number = e.detail.points; void points; });
  widget?.addEventListener("hsp-pr:cta", (e) => { e.preventDefault(); const s: string = e.detail.summary; void s; });
  await HspPr.ready;
  const a = await HspPr.evaluate(profile);
  return a.points.total + HspPr.liveInstances();
}
`);
  const result = spawnSync(join(ROOT, "node_modules", ".bin", "tsc"),
    ["--strict", "--noEmit", "--target", "es2022", "--module", "es2022", "--moduleResolution", "bundler", "--lib", "es2022,dom", join(dir, "usage.ts")],
    { encoding: "utf8" });
  assert.equal(result.status, 0, result.stdout + result.stderr);
});
