// Share: the permalink /p/{id} opens the same snippet with the same trace,
// in a fresh browser; it says how the snippet ends to link previews and
// oEmbed; Fork opens a copy in the playground.
import { expect, test } from "@playwright/test";
import { openPlayground, setCode } from "./page-helpers";
import { killedBySigterm, ranInBrowser, share, shown } from "./share-helpers";

test("a shared link opens the same code and trace in a fresh browser", async ({ page, browser, baseURL }) => {
  await openPlayground(page);
  const code = `import atexit\natexit.register(print, "bye ${Date.now()}")\nraise SystemExit(7)`;
  await setCode(page, code);
  await page.getByTestId("run").click();
  await expect(page.getByTestId("status-badge")).toHaveText("Exited with status 7");
  const before = await shown(page);

  await page.getByTestId("share").click();
  const link = page.getByTestId("share-link");
  await expect(link).toHaveAttribute("href", new RegExp(`^${baseURL}/p/[a-z2-7]{12}$`));
  const href = (await link.getAttribute("href"))!;
  await expect(page.getByTestId("share-fragment-link")).toHaveAttribute("href", /\/#v1\./);

  // Sharing the same snippet again gives the same link.
  await page.getByTestId("share").click();
  await expect(link).toHaveAttribute("href", href);

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  await other.goto(href);
  await ranInBrowser(other);
  expect(await shown(other)).toEqual(before);
  await expect(other.getByTestId("permalink-engine")).toHaveText(/\S/);
  await fresh.close();
});

test("a permalink page is readable without JavaScript and describes the ending", async ({ browser, request, baseURL }) => {
  const id = await share(request, killedBySigterm);
  const noJS = await browser.newContext({ javaScriptEnabled: false });
  const page = await noJS.newPage();
  const res = await page.goto(`/p/${id}`);
  expect(res?.status()).toBe(200);
  await expect(page).toHaveTitle("Killed by SIGTERM — exitplay");
  await expect(page.getByTestId("status-badge")).toHaveText("Killed by signal 15 (SIGTERM) — a shell shows 143");
  await expect(page.getByTestId("terminal")).toHaveText("started\n");
  await expect(page.getByTestId("trace")).toContainText("SIGTERM");
  await expect(page.locator('meta[name="description"]')).toHaveAttribute("content", "A Python program that exits with 143 — killed by SIGTERM.");
  await expect(page.locator('meta[property="og:title"]')).toHaveAttribute("content", "Killed by SIGTERM — exitplay");
  const oembedHref = await page.locator('link[rel="alternate"][type="application/json+oembed"]').getAttribute("href");
  expect(oembedHref).toBe(`${baseURL}/oembed?format=json&url=${encodeURIComponent(`${baseURL}/p/${id}`)}`);
  await noJS.close();

  const oembed = await request.get(oembedHref!);
  expect(oembed.status()).toBe(200);
  const body = await oembed.json();
  expect(body).toMatchObject({ version: "1.0", type: "rich", provider_name: "exitplay", title: "Killed by SIGTERM" });
  expect(body.html).toContain(`src="${baseURL}/embed/${id}"`);
  expect((await request.get(`/p/${id}.py`)).headers()["content-type"]).toContain("text/plain");
});

test("Fork opens a copy in the playground; the permalink never changes", async ({ page, request }) => {
  const id = await share(request, killedBySigterm);
  await page.goto(`/p/${id}`);
  await ranInBrowser(page);
  await page.getByTestId("fork").click();
  await expect(page).toHaveURL(/\/#v1\./);
  await ranInBrowser(page);
  await expect(page.getByTestId("page-title")).toHaveText("Killed by SIGTERM");
  await expect(page.getByTestId("status-badge")).toHaveText(/SIGTERM/);
  await expect(page.getByTestId("code-editor")).toContainText("never printed");
  // The stored snippet is unchanged.
  expect((await (await request.get(`/api/snippets/${id}`)).json()).code).toBe(killedBySigterm.code);
});

test("sharing a permalink unchanged gives the same link, titled or not", async ({ page, request, baseURL }) => {
  for (const snippet of [killedBySigterm, { code: `print("untitled ${Date.now()}")\n` }]) {
    const id = await share(request, snippet);
    await page.goto(`/p/${id}`);
    await ranInBrowser(page);
    await page.getByTestId("share").click();
    await expect(page.getByTestId("share-link")).toHaveAttribute("href", `${baseURL}/p/${id}`);
  }
});
