// Shared steps of the playground page specs (page-*.spec.ts).
import { type APIRequestContext, type Page, expect } from "@playwright/test";

/** Whether the engine runs Python yet (the page works either way). */
export async function engineRunsPython(request: APIRequestContext): Promise<boolean> {
  const res = await request.post("/api/run", { data: { code: "print(6 * 7)", stdout: "pipe" } });
  if (!res.ok()) return false;
  const result = await res.json();
  return result.reason === "normal" && result.stdout === "42\n";
}

/** The number of in-browser runs the page has shown. */
export async function runs(page: Page): Promise<number> {
  return Number((await page.getByTestId("outcome").getAttribute("data-runs")) ?? "0");
}

/** Opens a page and waits until the WASM engine has run its program once. */
export async function openPlayground(page: Page, path = "/"): Promise<void> {
  await page.goto(path);
  await expect(page.getByTestId("engine-status")).toHaveAttribute("data-state", "ready");
  await expect(page.getByTestId("outcome")).toHaveAttribute("data-runs", /^[1-9]/);
}

/** Waits for the next run after `before` runs. */
export async function nextRun(page: Page, before: number): Promise<void> {
  await expect.poll(() => runs(page)).toBeGreaterThan(before);
}

/** Replaces the editor's text, as a paste would (CodeMirror does not re-indent it). */
export async function setCode(page: Page, code: string): Promise<void> {
  const editor = page.getByTestId("code-editor");
  await editor.click();
  await page.keyboard.press("ControlOrMeta+a");
  await page.keyboard.insertText(code);
}
