// Embedding on another site: a fixture page served from another origin
// (127.0.0.1:18099) frames /embed/{id} and loads embed.js; every widget
// runs on the one engine the page's embeds share, and resizes to the
// height it reports.
import { createServer, type Server } from "node:http";
import { readFileSync } from "node:fs";
import { type Frame, expect, test } from "@playwright/test";
import { killedBySigterm, share } from "./share-helpers";

const FIXTURE_PORT = 18099;
const fixture = readFileSync(new URL("../fixtures/embedding-page.html", import.meta.url), "utf8");

let server: Server;
let base = "";
let id = "";

test.beforeAll(async ({ request }, info) => {
  base = String(info.project.use.baseURL);
  id = await share(request, killedBySigterm);
  server = createServer((req, res) => {
    if (req.url !== "/") {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, { "Content-Type": "text/html; charset=utf-8" });
    res.end(fixture.replaceAll("{{BASE}}", base).replaceAll("{{ID}}", id));
  });
  await new Promise<void>((resolve) => server.listen(FIXTURE_PORT, "127.0.0.1", resolve));
});

test.afterAll(async () => {
  await new Promise((resolve) => server.close(resolve));
});

/** The frame of an iframe element. */
async function frameOf(page: import("@playwright/test").Page, selector: string): Promise<Frame> {
  const handle = await page.locator(selector).elementHandle();
  return (await handle!.contentFrame())!;
}

test("an iframe of /embed/{id} on another origin runs and resizes", async ({ page }) => {
  await page.goto(`http://127.0.0.1:${FIXTURE_PORT}/`);
  const plain = page.locator("#plain");
  await expect(plain).toHaveAttribute("data-resized", "yes");
  const frame = await frameOf(page, "#plain");
  await expect(frame.getByTestId("outcome")).toHaveAttribute("data-source", "wasm");
  await expect(frame.getByTestId("status-badge")).toHaveText(/SIGTERM\) — a shell shows 143/);
  await expect(frame.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(frame.getByTestId("open-playground")).toHaveAttribute("href", `/p/${id}`);
  // The height it reported is the height of its content.
  await expect.poll(async () => Number(await plain.getAttribute("height"))).toBeGreaterThan(200);
  const reported = Number(await plain.getAttribute("height"));
  const content = await frame.evaluate(() => Math.ceil(document.documentElement.getBoundingClientRect().height));
  expect(Math.abs(reported - content)).toBeLessThanOrEqual(1);
});

test("embed.js turns <pre data-exitplay> (even added later) and <exit-play> into live widgets", async ({ page }) => {
  await page.goto(`http://127.0.0.1:${FIXTURE_PORT}/`);
  const widgets = page.locator("iframe.exitplay-widget");
  await expect(widgets).toHaveCount(3);
  await expect(widgets.nth(0)).toHaveAttribute("data-exitplay-state", "ready");
  await expect(widgets.nth(1)).toHaveAttribute("data-exitplay-state", "ready");
  // The originals give way once their widgets are drawn.
  await expect(page.locator("#block")).toBeHidden();
  await expect(page.locator("#element")).toBeHidden();

  const block = await frameOf(page, "iframe.exitplay-widget >> nth=0");
  const element = await frameOf(page, "iframe.exitplay-widget >> nth=1");
  await expect(block.getByTestId("status-badge")).toHaveText("Killed by signal 2 (SIGINT) — a shell shows 130");
  await expect(block.getByTestId("terminal")).toContainText("finally ran");
  await expect(block.getByTestId("embed-title")).toHaveText("Ctrl-C");
  // data-theme="page": the widget follows the embedding page's dark theme.
  await expect(block.locator("html")).toHaveAttribute("data-theme", "dark");
  await expect(element.locator("html")).not.toHaveAttribute("data-theme", /./);
  await expect(block.getByTestId("trace")).toBeVisible();

  await expect(element.getByTestId("status-badge")).toHaveText("Exited with status 9");
  await expect(element.getByTestId("terminal")).toHaveText("from the element\n");
  await expect(element.getByTestId("trace")).toBeHidden();
  // Its link back opens the same snippet in the full playground.
  await expect(element.getByTestId("open-playground")).toHaveAttribute("href", /^\/#v1\./);

  for (const i of [0, 1]) {
    const box = await widgets.nth(i).boundingBox();
    expect(box!.height).toBeGreaterThan(120);
  }

  // A block the page added after loading becomes a widget too.
  await expect(widgets.nth(2)).toHaveAttribute("data-exitplay-state", "ready");
  await expect(page.locator("#late")).toBeHidden();
  const late = await frameOf(page, "iframe.exitplay-widget >> nth=2");
  await expect(late.getByTestId("terminal")).toHaveText("added later\n");

  // One engine serves the page: every embed names the same instance.
  const instances = new Set<string | null>();
  for (const frame of [await frameOf(page, "#plain"), block, element, late]) {
    await expect(frame.getByTestId("engine-status")).toHaveAttribute("data-engine-instance", /\w+/);
    instances.add(await frame.getByTestId("engine-status").getAttribute("data-engine-instance"));
  }
  expect(instances.size).toBe(1);
});

test("only embed pages may be framed; embed.js has a stable, short-cached URL", async ({ request }) => {
  const embed = await request.get(`/embed/${id}`);
  expect(embed.headers()["content-security-policy"]).toMatch(/frame-ancestors \*$/);
  const home = await request.get("/");
  expect(home.headers()["content-security-policy"]).toMatch(/frame-ancestors 'none'$/);
  const loader = await request.get("/embed.js");
  expect(loader.status()).toBe(200);
  expect(loader.headers()["content-type"]).toContain("javascript");
  expect(loader.headers()["cache-control"]).toContain("max-age=300");
});
