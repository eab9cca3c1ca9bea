// Accessibility, keyboard-only use, the CSP and the look of the page in
// light, dark and phone layouts (screenshots under test-results/).
import AxeBuilder from "@axe-core/playwright";
import { expect, test } from "@playwright/test";
import { nextRun, openPlayground, runs } from "./page-helpers";

for (const scheme of ["light", "dark"] as const) {
  test(`no serious accessibility violations (${scheme})`, async ({ page }) => {
    await page.emulateMedia({ colorScheme: scheme });
    await openPlayground(page, "/examples/sigterm-handler-sys-exit");
    await page.getByText("Examples", { exact: true }).click();
    await page.getByTestId("step-forward").click();
    const results = await new AxeBuilder({ page }).analyze();
    const serious = results.violations.filter((v) => v.impact === "serious" || v.impact === "critical");
    expect(serious.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`)).toEqual([]);
  });
}

test("keyboard only: skip to the editor, edit, leave, run", async ({ page }) => {
  await openPlayground(page);
  await page.keyboard.press("Tab");
  await expect(page.locator(".skip-link")).toBeFocused();
  await page.keyboard.press("Enter");
  await expect(page.getByTestId("code-editor")).toBeFocused();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.type("\nprint('typed')");
  await page.keyboard.press("Escape");
  await page.keyboard.press("Tab");
  await expect(page.getByTestId("run")).toBeFocused();
  const before = await runs(page);
  await page.keyboard.press("Enter");
  await nextRun(page, before);
  await expect(page.locator("textarea#code")).toHaveValue(/print\('typed'\)$/);
  // Focus moves on through the controls, every one visibly focused.
  for (let i = 0; i < 6; i++) {
    await page.keyboard.press("Tab");
    const outline = await page.evaluate(() => {
      const el = document.activeElement as HTMLElement;
      return getComputedStyle(el).outlineStyle;
    });
    expect(outline).not.toBe("none");
  }
});

test("the examples menu opens and closes from the keyboard", async ({ page }) => {
  await openPlayground(page);
  const summary = page.locator("#examples-menu summary");
  await summary.focus();
  await page.keyboard.press("Enter");
  await expect(page.locator("#examples-menu")).toHaveAttribute("open", "");
  await page.keyboard.press("Tab");
  await expect(page.locator("#examples-menu a").first()).toBeFocused();
  await page.keyboard.press("Escape");
  await expect(page.locator("#examples-menu")).not.toHaveAttribute("open", "");
  await expect(summary).toBeFocused();
});

test("the theme toggle cycles auto, light and dark", async ({ page }) => {
  await openPlayground(page);
  const toggle = page.getByTestId("theme-toggle");
  await expect(toggle).toHaveText("Theme: auto");
  await toggle.click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "light");
  await toggle.click();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await page.reload();
  await expect(page.locator("html")).toHaveAttribute("data-theme", "dark");
  await toggle.click();
  await expect(page.locator("html")).not.toHaveAttribute("data-theme", /./);
});

test("the page loads without CSP violations or script errors", async ({ page }) => {
  const problems: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error") problems.push(m.text());
  });
  page.on("pageerror", (e) => problems.push(e.message));
  await openPlayground(page);
  await page.getByTestId("step-forward").click();
  expect(problems).toEqual([]);
});

const layouts = [
  { name: "light", scheme: "light", width: 1280, height: 900 },
  { name: "dark", scheme: "dark", width: 1280, height: 900 },
  { name: "phone", scheme: "light", width: 375, height: 812 },
] as const;

for (const l of layouts) {
  test(`screenshot: ${l.name}`, async ({ page }, info) => {
    await page.setViewportSize({ width: l.width, height: l.height });
    await page.emulateMedia({ colorScheme: l.scheme });
    await openPlayground(page, "/examples/sigterm-handler-sys-exit");
    await page.getByTestId("step-forward").click();
    const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await page.screenshot({ path: info.outputPath(`${l.name}.png`), fullPage: true });
  });
}
