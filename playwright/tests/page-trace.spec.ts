// The trace viewer: phases, filters, stepping with the editor following,
// replay and the process state at the selected event.
import { expect, test } from "@playwright/test";
import { engineRunsPython, openPlayground } from "./page-helpers";

test.beforeEach(async ({ request }) => {
  test.fixme(!(await engineRunsPython(request)), "needs trace events with source spans from sim.Run");
});

test("stepping through the trace moves the editor's highlight", async ({ page }) => {
  await openPlayground(page);
  const code = (await page.locator("textarea#code").inputValue()).split("\n");
  const forward = page.getByTestId("step-forward");
  let lines = 0;
  for (let i = 0; i < 40 && lines < 3; i++) {
    await forward.click();
    const current = page.locator('#timeline [aria-current="step"]');
    const line = await current.getAttribute("data-line");
    if (!line) continue;
    lines++;
    await expect(page.locator(".cm-trace-line")).toHaveText(code[Number(line) - 1]);
    await expect(page.getByTestId("state")).toContainText("Call stack");
  }
  expect(lines).toBeGreaterThan(0);
});

test("arrow keys step and the timeline keeps one tab stop", async ({ page }) => {
  await openPlayground(page);
  await page.getByTestId("step-forward").click();
  const first = page.locator('#timeline [aria-current="step"]');
  const seq = Number(await first.getAttribute("data-seq"));
  await first.focus();
  await page.keyboard.press("ArrowRight");
  await expect(page.locator('#timeline [aria-current="step"]')).not.toHaveAttribute("data-seq", String(seq));
  await expect(page.locator('#timeline [tabindex="0"]')).toHaveCount(1);
  await page.keyboard.press("ArrowLeft");
  await expect(page.locator('#timeline [aria-current="step"]')).toHaveAttribute("data-seq", String(seq));
});

test("filters hide calls and everything but termination events", async ({ page }) => {
  await openPlayground(page);
  const writes = page.locator('#timeline [data-kind="write"]');
  await expect(writes.first()).toBeVisible();
  await page.getByTestId("only-termination").check();
  await expect(writes).toHaveCount(0);
  await expect(page.locator('#timeline [data-kind="exit"]')).toHaveCount(1);
});

test("the default program's trace shows unwinding, then atexit, then exit 3", async ({ page }) => {
  await openPlayground(page);
  await expect(page.getByTestId("status-badge")).toHaveText("Exited with status 3");
  await expect(page.locator('#timeline section[data-phase="unwinding"] [data-kind="finally"]')).toHaveCount(1);
  await expect(page.locator('#timeline section[data-phase="shutdown"] [data-kind="atexit_run"]')).toHaveCount(1);
  await page.getByTestId("play").click();
  await expect(page.getByTestId("play")).toHaveAttribute("aria-pressed", "true");
  await expect(page.locator('#timeline [aria-current="step"]')).toHaveCount(1);
});
