// The playground exported as plain files (make static) on a static file
// server with no API behind it: the page runs in WASM, and a self-contained
// /#v1.… link made there opens there.
import { expect, test } from "@playwright/test";
import { createServer, type Server } from "node:http";
import { readFile } from "node:fs/promises";
import { extname, join, normalize } from "node:path";
import { setCode } from "./page-helpers";
import { ranInBrowser, shown } from "./share-helpers";

const ROOT = new URL("../../build/static/", import.meta.url).pathname;
const PORT = 18098;
const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".wasm": "application/wasm",
};

let server: Server;

test.beforeAll(async () => {
  server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname)).replace(/^(\.\.[/\\])+/, "");
    const file = join(ROOT, path.endsWith("/") ? path + "index.html" : path);
    try {
      const body = await readFile(file);
      res.writeHead(200, { "Content-Type": TYPES[extname(file)] ?? "application/octet-stream" });
      res.end(body);
    } catch {
      res.writeHead(404).end("not found");
    }
  });
  await new Promise<void>((resolve) => server.listen(PORT, "127.0.0.1", resolve));
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

test("the exported playground runs on a static host and opens its own fragment links", async ({ page, browser }, info) => {
  test.skip(info.project.name !== "native", "the export is the same for both hosts; check it once");
  const base = `http://127.0.0.1:${PORT}`;
  await page.goto(base + "/");
  await ranInBrowser(page);
  await setCode(page, `import sys\nprint("from a static host")\nsys.exit(7)`);
  await page.getByTestId("run").click();
  await expect(page.getByTestId("status-badge")).toHaveText("Exited with status 7");
  const before = await shown(page);

  // There is no store here, so Share falls back to a link carrying the snippet.
  await page.getByTestId("share").click();
  const link = page.getByTestId("share-link");
  await expect(link).toHaveAttribute("href", new RegExp(`^${base}/#v1\\.[A-Za-z0-9_-]+$`));
  const href = (await link.getAttribute("href"))!;

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(href);
  await ranInBrowser(other);
  expect(await shown(other)).toEqual(before);
  await fresh.close();
});
