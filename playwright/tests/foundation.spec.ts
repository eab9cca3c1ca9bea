import { expect, test } from "@playwright/test";

test("the page shows a value computed by the WASM engine in its Web Worker", async ({ page, request }) => {
  const health = await (await request.get("/healthz")).json();
  await page.goto("/");
  const status = page.getByTestId("engine-status");
  // Server-rendered placeholder first…
  await expect(page.getByRole("heading", { name: "Program" })).toBeVisible();
  // …replaced by what the Go WASM module answered.
  await expect(status).toHaveAttribute("data-state", "ready");
  await expect(status).toHaveAttribute("data-engine-version", health.engine);
  await expect(status).toContainText(`WASM engine ${health.engine} ready`);
});

test("assets are hashed, typed, compressed and cached; HTML is not cached", async ({ request }) => {
  const html = await request.get("/");
  expect(html.headers()["cache-control"]).toBe("no-store");
  const body = await html.text();
  const wasmURL = /data-engine-wasm="([^"]+)"/.exec(body)?.[1];
  expect(wasmURL).toMatch(/^\/assets\/engine-[0-9a-f]{12}\.wasm$/);
  const wasm = await request.get(wasmURL!, { headers: { "Accept-Encoding": "br, gzip" } });
  expect(wasm.status()).toBe(200);
  expect(wasm.headers()["content-type"]).toBe("application/wasm");
  expect(wasm.headers()["cache-control"]).toContain("immutable");
});

test("a shared snippet can be read back through the API", async ({ request }) => {
  const code = `print("stored at ${Date.now()}")`;
  const shared = await request.post("/api/share", { data: { code, stdout: "pipe" } });
  expect(shared.status()).toBe(201);
  const { id, url } = await shared.json();
  expect(url).toContain(id);
  const got = await request.get(`/api/snippets/${id}`);
  expect(got.status()).toBe(200);
  expect((await got.json()).code).toBe(code);
  expect((await request.get("/api/snippets/doesnotexist")).status()).toBe(404);
});
