// The static server of the run command and the tests (scripts/serve.mjs): a bad path is a
// 400, not a crash, and nothing outside the served folder is served, not even a sibling
// folder whose name starts the same (issue #11).
import { test } from "node:test";
import assert from "node:assert/strict";
import { request } from "node:http";
import { mkdirSync, mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { serve } from "../../scripts/serve.mjs";

function get(port, path) {
  return new Promise((ok, fail) => {
    const req = request({ host: "127.0.0.1", port, path }, (res) => {
      let body = "";
      res.on("data", (chunk) => (body += chunk));
      res.on("end", () => ok({ status: res.statusCode, body }));
    });
    req.on("error", fail);
    // A server that died on the last request never answers: fail, don't wait.
    req.setTimeout(3000, () => req.destroy(new Error(`no answer to ${path}`)));
    req.end();
  });
}

test("the server answers bad paths and keeps to its folder", async () => {
  const root = mkdtempSync(join(tmpdir(), "hsp-pr-serve-"));
  mkdirSync(join(root, "dist"));
  mkdirSync(join(root, "dist-private"));
  writeFileSync(join(root, "dist", "index.html"), "widget");
  writeFileSync(join(root, "dist-private", "secret.txt"), "secret");
  const server = await serve(join(root, "dist"), 0);
  const { port } = server.address();
  try {
    assert.equal((await get(port, "/%")).status, 400);
    assert.equal((await get(port, "/%E0%A4%A")).status, 400);
    // Still alive after them.
    assert.deepEqual(await get(port, "/"), { status: 200, body: "widget" });
    for (const path of ["/..%2fdist-private/secret.txt", "/..%2f..%2fdist-private%2fsecret.txt", "/%2e%2e%2fdist-private/secret.txt"]) {
      const { status, body } = await get(port, path);
      assert.notEqual(body, "secret", path);
      assert.ok(status === 403 || status === 404, `${path}: ${status}`);
    }
  } finally {
    server.close();
  }
});
