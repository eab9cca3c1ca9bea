// The editor: CodeMirror replaces the server-rendered textarea, edits like
// a Python editor, never traps the keyboard, and runs on Ctrl/Cmd+Enter
// and while typing.
import { expect, test } from "@playwright/test";
import { engineRunsPython, nextRun, openPlayground, runs, setCode } from "./page-helpers";

test("the server-rendered textarea becomes a Python editor", async ({ page }) => {
  await openPlayground(page);
  await expect(page.locator("textarea#code")).toBeHidden();
  const editor = page.getByTestId("code-editor");
  await expect(editor).toBeVisible();
  await expect(editor).toContainText("import atexit, sys");
  await expect(page.locator(".cm-editor .tok-keyword").first()).toHaveText("import");
  await expect(page.locator(".cm-lineNumbers .cm-gutterElement", { hasText: /^8$/ })).toBeVisible();
});

test("Enter indents after a colon, Tab and Shift-Tab indent, Escape then Tab leaves the editor", async ({ page }) => {
  await openPlayground(page);
  await setCode(page, "def main():");
  await page.keyboard.press("Enter");
  await page.keyboard.insertText("pass");
  await expect(page.locator("textarea#code")).toHaveValue("def main():\n    pass");
  await page.keyboard.press("Home");
  await page.keyboard.press("Tab");
  await expect(page.locator("textarea#code")).toHaveValue("def main():\n        pass");
  await page.keyboard.press("Shift+Tab");
  await expect(page.locator("textarea#code")).toHaveValue("def main():\n    pass");
  await page.keyboard.press("Escape");
  await page.keyboard.press("Tab");
  await expect(page.getByTestId("run")).toBeFocused();
});

test("Ctrl+Enter runs the program", async ({ page }) => {
  await openPlayground(page);
  await page.getByTestId("code-editor").click();
  const before = await runs(page);
  await page.keyboard.press("Control+Enter");
  await nextRun(page, before);
});

test("auto-run reruns the program while typing", async ({ page }) => {
  await openPlayground(page);
  const autorun = page.getByTestId("autorun");
  if (!(await autorun.isChecked())) await autorun.check(); // on by itself only when runs take < 50 ms
  const before = await runs(page);
  await page.getByTestId("code-editor").click();
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.insertText("\n# edited");
  await nextRun(page, before);
});

test("auto-run shows the new output of an edit", async ({ page, request }) => {
  test.fixme(!(await engineRunsPython(request)), "needs the interpreter behind sim.Run (print, exit status)");
  await openPlayground(page);
  const autorun = page.getByTestId("autorun");
  if (!(await autorun.isChecked())) await autorun.check();
  await setCode(page, 'print("first")');
  await expect(page.getByTestId("terminal")).toHaveText("first\n");
  await page.keyboard.press("ControlOrMeta+End");
  await page.keyboard.press("ArrowLeft");
  await page.keyboard.insertText(", 2");
  await expect(page.getByTestId("terminal")).toHaveText("first 2\n");
  await expect(page.getByTestId("status-badge")).toHaveText("Exited with status 0");
});

test("a syntax error and an uncaught exception are underlined in the editor", async ({ page, request }) => {
  test.fixme(!(await engineRunsPython(request)), "needs the error position of the run result (sim.Run)");
  await openPlayground(page);
  await setCode(page, "print('ok')\nif True\n    pass\n");
  await page.keyboard.press("Control+Enter");
  await expect(page.getByTestId("status-badge")).toHaveAttribute("data-reason", "syntax_error");
  await expect(page.locator(".cm-lintRange-error")).toHaveCount(1);
  // The engine reports the missing ':' just past "True"; the editor
  // underlines the last character of the line.
  await expect(page.locator(".cm-lintRange-error")).toHaveText("e");

  // An uncaught exception underlines the script's innermost part of the
  // traceback, even after a line with characters beyond UTF-16's first plane.
  await setCode(page, 'print("🙂🙂")\nd = {}\nprint("x", d["missing"])\n');
  await page.keyboard.press("Control+Enter");
  await expect(page.getByTestId("status-badge")).toHaveAttribute("data-reason", "exception");
  await expect(page.locator(".cm-lintRange-error")).toHaveText('d["missing"]');
});

test("a runaway loop is stopped by the playground's budget, or by Stop", async ({ page, request }) => {
  test.fixme(!(await engineRunsPython(request)), "needs the interpreter's step and virtual-time budgets (sim.Run)");
  test.setTimeout(90_000);
  await openPlayground(page);
  await page.getByTestId("autorun").uncheck();
  await setCode(page, "while True:\n    pass\n");
  await page.getByTestId("run").click();
  await expect(page.getByTestId("status-badge")).toHaveText(/^Stopped by the playground after \d+(\.\d+)? s of virtual time$/, {
    timeout: 60_000,
  });
  await expect(page.getByTestId("status")).toHaveText("-1");

  // A loop whose every step is slow in real time, stopped by hand.
  await setCode(page, "while True:\n    x = sorted(range(300000), reverse=True)\n");
  await page.getByTestId("run").click();
  await expect(page.getByTestId("stop")).toBeEnabled();
  await page.getByTestId("stop").click();
  await expect(page.getByTestId("status-badge")).toHaveText("Stopped by you; the engine was restarted");
  await expect(page.getByTestId("engine-status")).toHaveAttribute("data-state", "ready");
  await setCode(page, 'print("after the restart")\n');
  await page.getByTestId("run").click();
  await expect(page.getByTestId("terminal")).toHaveText("after the restart\n");
});

test("read-only mode (embeds) shows the code but ignores typing", async ({ page }) => {
  await openPlayground(page, "/?readonly");
  const before = await page.locator("textarea#code").inputValue();
  await page.getByTestId("code-editor").click();
  await page.keyboard.type("x = 1\n");
  await expect(page.getByTestId("code-editor")).toHaveAttribute("contenteditable", "false");
  await expect(page.locator("textarea#code")).toHaveValue(before);
});
