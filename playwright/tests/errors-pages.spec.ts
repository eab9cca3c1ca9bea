// Error pages and hostile input: unknown pages get an HTML 404 (the API a
// JSON one), and snippet content never becomes markup or script on any page.
import { deflateRawSync } from "node:zlib";
import { expect, test } from "@playwright/test";
import { ranInBrowser, share } from "./share-helpers";

test("unknown pages and snippets get an HTML 404; the API answers JSON", async ({ page, request }) => {
  for (const path of ["/no/such/page", "/p/nosuchsnippet", "/embed/nosuchsnippet"]) {
    const res = await page.goto(path);
    expect(res?.status(), path).toBe(404);
    expect(res?.headers()["content-type"]).toContain("text/html");
    await expect(page.getByTestId("error-title")).toHaveText(/not found/);
    await expect(page.getByTestId("error-path")).toHaveText(path);
    await expect(page.getByTestId("error-home")).toHaveAttribute("href", "/");
  }
  const api = await request.get("/api/nothing-here");
  expect(api.status()).toBe(404);
  expect(await api.json()).toHaveProperty("error");
});

const hostile = {
  code: `print("</script><script>window.pwned = 1</script>")\n# "><img src=x onerror="window.pwned = 2">\n`,
  stdin: `</textarea><img src=x onerror="window.pwned = 3">`,
  title: `"><img src=x onerror="window.pwned = 4"></title><script>window.pwned = 5</script>`,
  stdout: "tty",
};

test("hostile code, titles and stdin stay text on every page", async ({ page, request, baseURL }) => {
  const id = await share(request, hostile);
  const violations: string[] = [];
  page.on("console", (m) => {
    if (m.text().includes("Content Security Policy")) violations.push(m.text());
  });
  for (const path of [`/p/${id}`, `/embed/${id}?autorun`]) {
    await page.goto(path);
    await ranInBrowser(page);
    expect(await page.evaluate(() => (window as { pwned?: number }).pwned), path).toBeUndefined();
    await expect(page.locator("img")).toHaveCount(0);
    await expect(page.getByTestId("terminal")).toContainText("</script><script>window.pwned = 1</script>");
    await expect(page.getByTestId("code-editor")).toContainText(`# "><img src=x onerror="window.pwned = 2">`);
  }
  await page.goto(`/p/${id}`);
  await expect(page).toHaveTitle(`${hostile.title} — exitplay`);
  await expect(page.getByTestId("page-title")).toHaveText(hostile.title);
  await expect(page.getByTestId("stdin")).toHaveValue(hostile.stdin);
  expect(violations).toEqual([]);

  const oembed = await (await request.get(`/oembed?url=${encodeURIComponent(`${baseURL}/p/${id}`)}`)).json();
  expect(oembed.title).toBe(hostile.title);
  expect(oembed.html).not.toContain("<img");
  expect(oembed.html).not.toContain("<script");
});

test("hostile snippets in self-contained links stay text too", async ({ page }) => {
  // Made here with Node's zlib: the page must read any raw-DEFLATE writer's output.
  const fragment = `v1.${deflateRawSync(JSON.stringify({ ...hostile, signals: [] })).toString("base64url")}`;
  for (const path of [`/#${fragment}`, `/embed?autorun#${fragment}`]) {
    await page.goto(path);
    await ranInBrowser(page);
    expect(await page.evaluate(() => (window as { pwned?: number }).pwned), path).toBeUndefined();
    await expect(page.locator("img")).toHaveCount(0);
    await expect(page.getByTestId("terminal")).toContainText("</script><script>window.pwned = 1</script>");
    await expect(page).toHaveTitle(`${hostile.title} — exitplay`);
  }
});
