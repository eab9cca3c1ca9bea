// Self-contained links (/#v1.…): made when the store cannot be reached, and
// opened without the server's store.
import { expect, test } from "@playwright/test";
import { openPlayground, setCode } from "./page-helpers";
import { ranInBrowser, shown } from "./share-helpers";

test("without the store, Share makes a link that carries the snippet", async ({ page, browser, baseURL }) => {
  await page.route("**/api/share", (route) => route.abort());
  await openPlayground(page);
  await setCode(page, `import os\nprint("lost in the buffer", end="")\nos._exit(4)`);
  await page.getByTestId("mode-pipe").check();
  await page.getByTestId("run").click();
  await expect(page.getByTestId("status-badge")).toHaveText("Exited with status 4");
  const before = await shown(page);

  await page.getByTestId("share").click();
  const link = page.getByTestId("share-link");
  await expect(link).toHaveAttribute("href", new RegExp(`^${baseURL}/#v1\\.[A-Za-z0-9_-]+$`));
  await expect(page.getByTestId("share-note")).toContainText("carries the whole snippet");
  const href = (await link.getAttribute("href"))!;

  const fresh = await browser.newContext();
  const other = await fresh.newPage();
  // The store is not needed to open it.
  await other.route("**/api/**", (route) => route.abort());
  await other.goto(href);
  await ranInBrowser(other);
  await expect(other.getByTestId("mode-pipe")).toBeChecked();
  expect(await shown(other)).toEqual(before);
  await fresh.close();
});

test("a mangled fragment leaves the playground as it was", async ({ page }) => {
  await page.goto("/#v1.not-deflate-data");
  await ranInBrowser(page);
  await expect(page.getByTestId("page-title")).toHaveText("Playground");
  await expect(page.getByTestId("status-badge")).toHaveText("Exited with status 3");
});
