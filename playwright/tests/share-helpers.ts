// Shared steps of the share, embed and error-page specs.
import { type APIRequestContext, type Page, expect } from "@playwright/test";

/** A program that is killed by a scheduled SIGTERM: a distinctive trace. */
export const killedBySigterm = {
  code: `import time\nprint("started", flush=True)\ntime.sleep(5)\nprint("never printed")\n`,
  signals: [{ signal: "SIGTERM", at: 1 }],
  stdout: "tty",
  title: "Killed by SIGTERM",
};

/** Stores a snippet through the API and returns its ID. */
export async function share(request: APIRequestContext, snippet: object): Promise<string> {
  const res = await request.post("/api/share", { data: snippet });
  expect(res.status()).toBe(201);
  return ((await res.json()) as { id: string }).id;
}

/** What a page shows of a run: the editor's code, the badge, terminal and trace. */
export async function shown(page: Page): Promise<{ code: string; badge: string; terminal: string; trace: string }> {
  return {
    code: (await page.getByTestId("code-editor").innerText()).trim(),
    badge: await page.getByTestId("status-badge").innerText(),
    terminal: await page.getByTestId("terminal").innerText(),
    trace: await page.getByTestId("trace").innerText(),
  };
}

/** Waits until the page's WASM engine has shown a run. */
export async function ranInBrowser(page: Page): Promise<void> {
  await expect(page.getByTestId("engine-status")).toHaveAttribute("data-state", "ready");
  await expect(page.getByTestId("outcome")).toHaveAttribute("data-runs", /^[1-9]/);
  await expect(page.getByTestId("outcome")).toHaveAttribute("data-source", "wasm");
}
