// The Embed dialog offers an iframe, the embed.js snippet and the oEmbed URL.
import { expect, test } from "@playwright/test";
import { openPlayground, setCode } from "./page-helpers";

test("the Embed dialog shows the iframe, script and oEmbed snippets", async ({ page, request, baseURL }) => {
  await openPlayground(page);
  await setCode(page, `print("<b>embedded</b> ${Date.now()}")`);
  await page.getByTestId("embed").click();
  const dialog = page.getByTestId("embed-dialog");
  await expect(dialog).toBeVisible();
  const iframe = await page.getByTestId("embed-iframe").inputValue();
  const id = /\/embed\/([a-z2-7]{12})"/.exec(iframe)?.[1];
  expect(id, iframe).toBeTruthy();
  expect(iframe).toContain(`<iframe src="${baseURL}/embed/${id}"`);
  const script = await page.getByTestId("embed-script").inputValue();
  expect(script).toContain(`<script src="${baseURL}/embed.js" defer></script>`);
  expect(script).toContain(`<pre data-exitplay>print("&lt;b&gt;embedded&lt;/b&gt;`);
  const oembedURL = await page.getByTestId("embed-oembed").inputValue();
  expect(oembedURL).toBe(`${baseURL}/oembed?url=${encodeURIComponent(`${baseURL}/p/${id}`)}&format=json`);
  const oembed = await request.get(oembedURL);
  expect(oembed.status()).toBe(200);
  expect((await oembed.json()).html).toContain(`/embed/${id}`);
  await page.getByTestId("embed-close").click();
  await expect(dialog).toBeHidden();
});
