// A static server for dist/ on 127.0.0.1 (the run command and the end-to-end tests).
// No dependencies; correct types for .wasm; nothing cached, so a rebuild shows at once;
// CORS allowed, as a widget host must (pages on other origins load the files).
import { createServer } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize, resolve, sep } from "node:path";

const TYPES = {
  ".html": "text/html; charset=utf-8", ".js": "text/javascript; charset=utf-8", ".mjs": "text/javascript; charset=utf-8",
  ".css": "text/css; charset=utf-8", ".wasm": "application/wasm", ".json": "application/json", ".svg": "image/svg+xml",
  ".png": "image/png", ".ts": "text/plain; charset=utf-8",
};

export function serve(root, port = 8080, host = "127.0.0.1") {
  const base = resolve(root);
  const server = createServer(async (req, res) => {
    let path;
    try {
      path = decodeURIComponent(new URL(req.url, "http://x").pathname);
    } catch {
      // "/%" and the like: not a path at all.
      res.writeHead(400, { "content-type": "text/plain" }).end("bad request");
      return;
    }
    const file = normalize(join(base, path.endsWith("/") ? path + "index.html" : path));
    // Inside the served folder only: "dist-old/…" is not inside "dist".
    if (file !== base && !file.startsWith(base + sep)) { res.writeHead(403).end(); return; }
    try {
      const body = await readFile(file);
      // CORS: host pages on other origins load the module script and fetch the .wasm.
      res.writeHead(200, {
        "content-type": TYPES[extname(file)] ?? "application/octet-stream",
        "cache-control": "no-store",
        "access-control-allow-origin": "*",
      });
      res.end(body);
    } catch {
      res.writeHead(404, { "content-type": "text/plain" }).end("not found");
    }
  });
  return new Promise((ok, fail) => {
    server.once("error", fail);
    server.listen(port, host, () => ok(server));
  });
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const [root = "dist", port = "8080"] = process.argv.slice(2);
  await serve(root, Number(port));
  console.log(`Serving ${root} on http://127.0.0.1:${port}/ (Ctrl-C to stop)`);
}
