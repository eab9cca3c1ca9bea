// The embed page's options: readonly, hide=editor|trace, step=N, theme,
// autorun, and Run without autorun.
import { expect, test } from "@playwright/test";
import { killedBySigterm, ranInBrowser, share } from "./share-helpers";

test("readonly, hide=editor and step=N", async ({ page, request }) => {
  const id = await share(request, killedBySigterm);
  await page.goto(`/embed/${id}?autorun&readonly&step=2&theme=light`);
  await ranInBrowser(page);
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  await expect(page.getByTestId("code-editor")).toHaveAttribute("contenteditable", "false");
  const selected = page.locator('#timeline [aria-current="step"]');
  await expect(selected).toHaveCount(1);
  await expect(selected).toHaveAttribute("data-seq", "2");

  await page.goto(`/embed/${id}?autorun&hide=editor,trace`);
  await ranInBrowser(page);
  await expect(page.getByTestId("code-editor")).toBeHidden();
  await expect(page.getByTestId("trace")).toBeHidden();
  await expect(page.getByTestId("status-badge")).toContainText("SIGTERM");
});

test("without autorun the server's outcome shows until Run", async ({ page, request }) => {
  const id = await share(request, { code: `print("hello from the embed")\n`, stdout: "pipe" });
  await page.goto(`/embed/${id}`);
  await expect(page.getByTestId("status-badge")).toHaveText("Exited with status 0");
  await expect(page.getByTestId("run")).toBeEnabled();
  await expect(page.getByTestId("outcome")).not.toHaveAttribute("data-source", "wasm");
  await page.getByTestId("run").click();
  await expect(page.getByTestId("outcome")).toHaveAttribute("data-source", "wasm");
  await expect(page.getByTestId("terminal")).toHaveText("hello from the embed\n");
});
