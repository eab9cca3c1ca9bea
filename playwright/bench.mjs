// Measures the playground's speed (not a test): engine module size,
// navigation → interactive editor, → engine ready (cold and warm), and per
// example the in-engine run time, the page's rendering of the result and
// Ctrl+Enter → updated trace (median of 5).
//
//   node playwright/bench.mjs [BASE_URL]     (default http://127.0.0.1:8080)
import { chromium } from "@playwright/test";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const base = process.argv[2] ?? "http://127.0.0.1:8080";
const assets = new URL("../web/dist/assets/", import.meta.url).pathname;
const wasm = readdirSync(assets).find((f) => /^engine-.*\.wasm$/.test(f));
const kb = (f) => `${(statSync(join(assets, f)).size / 1024).toFixed(0)} KB`;
console.log(`engine module: ${kb(wasm)} raw, ${kb(wasm + ".gz")} gzip, ${kb(wasm + ".br")} brotli`);
const main = readdirSync(assets).find((f) => /^main-.*\.js$/.test(f));
console.log(`page script:   ${kb(main)} raw, ${kb(main + ".gz")} gzip, ${kb(main + ".br")} brotli`);

const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const page = await browser.newPage();
const mark = (name) => page.evaluate((n) => performance.getEntriesByName(n).at(-1)?.startTime ?? NaN, name);
const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];

for (const label of ["cold", "warm", "warm"]) {
  await page.goto(base + "/");
  await page.waitForFunction(() => performance.getEntriesByName("exitplay:shown").length > 0);
  console.log(`${label}: editor interactive ${(await mark("exitplay:editor-ready")).toFixed(0)} ms, ` +
    `engine ready ${(await mark("exitplay:engine-ready")).toFixed(0)} ms, first trace ${(await mark("exitplay:shown")).toFixed(0)} ms after navigation`);
}

const examples = JSON.parse(await page.locator("#examples-data").textContent());
const rows = [];
for (const e of examples) {
  await page.goto(`${base}/examples/${e.slug}`);
  await page.waitForFunction(() => performance.getEntriesByName("exitplay:shown").length > 0);
  const engine = [];
  const shown = [];
  const render = [];
  for (let i = 0; i < 5; i++) {
    const before = await page.evaluate(() => performance.getEntriesByName("exitplay:shown").length);
    await page.getByTestId("code-editor").click();
    await page.evaluate(() =>
      window.addEventListener("keydown", () => performance.mark("bench:key"), { capture: true, once: true }),
    );
    await page.keyboard.press("Control+Enter");
    await page.waitForFunction((n) => performance.getEntriesByName("exitplay:shown").length > n, before);
    shown.push((await mark("exitplay:shown")) - (await mark("bench:key")));
    render.push((await mark("exitplay:shown")) - (await mark("exitplay:answer")));
    engine.push(Number(await page.locator("main").getAttribute("data-last-run-millis")));
  }
  rows.push({
    example: e.slug,
    engineMs: median(engine).toFixed(2),
    renderMs: median(render).toFixed(1),
    keyToTraceMs: median(shown).toFixed(1),
  });
}
console.table(rows);
await browser.close();
