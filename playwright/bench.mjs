// Measures the playground's speed (not a test): engine module size,
// navigation → interactive editor, → engine ready (cold and warm), and per
// example the re-run Ctrl+Enter → updated trace split into its parts, as
// median and 90th percentile over REPS runs:
//
//   key→post     the Enter keydown → the page posts the run to the worker
//   post→answer  → the worker's answer arrives; inside it the engine's own
//                run time, and before it the delivery to the worker
//   answer→shown → the outcome, trace and editor marks are in the document
//   shown→painted → the browser has styled, laid out and painted them
//   key→shown    the whole, up to the document
//   key→painted  the whole, up to the screen
//
//   node playwright/bench.mjs [BASE_URL] [REPS]  (default http://127.0.0.1:8080, 15)
import { chromium } from "@playwright/test";
import { readdirSync, statSync } from "node:fs";
import { join } from "node:path";

const base = process.argv[2] ?? "http://127.0.0.1:8080";
const reps = Number(process.argv[3] ?? 15);
const assets = new URL("../web/dist/assets/", import.meta.url).pathname;
const wasm = readdirSync(assets).find((f) => /^engine-.*\.wasm$/.test(f));
const kb = (f) => `${(statSync(join(assets, f)).size / 1024).toFixed(0)} KB`;
console.log(`engine module: ${kb(wasm)} raw, ${kb(wasm + ".gz")} gzip, ${kb(wasm + ".br")} brotli`);
const main = readdirSync(assets).find((f) => /^main-.*\.js$/.test(f));
console.log(`page script:   ${kb(main)} raw, ${kb(main + ".gz")} gzip, ${kb(main + ".br")} brotli`);

const browser = await chromium.launch({ executablePath: "/usr/bin/chromium", args: ["--no-sandbox", "--disable-gpu"] });
const page = await browser.newPage();
const mark = (name) => page.evaluate((n) => performance.getEntriesByName(n).at(-1)?.startTime ?? NaN, name);
/** The q-quantile of xs (nearest rank). */
const quantile = (xs, q) => [...xs].sort((a, b) => a - b)[Math.min(xs.length - 1, Math.ceil(q * xs.length) - 1)];
const fmt = (xs) => `${quantile(xs, 0.5).toFixed(1)} / ${quantile(xs, 0.9).toFixed(1)}`;

for (const label of ["cold", "warm", "warm"]) {
  await page.goto(base + "/");
  await page.waitForFunction(() => performance.getEntriesByName("exitplay:shown").length > 0);
  console.log(`${label}: editor interactive ${(await mark("exitplay:editor-ready")).toFixed(0)} ms, ` +
    `engine ready ${(await mark("exitplay:engine-ready")).toFixed(0)} ms, first trace ${(await mark("exitplay:shown")).toFixed(0)} ms after navigation`);
}

const examples = JSON.parse(await page.locator("#examples-data").textContent());
const parts = ["key→post", "post→answer", "engine", "answer→shown", "shown→painted", "key→shown", "key→painted"];
const all = Object.fromEntries(parts.map((p) => [p, []]));
const rows = [];
for (const e of examples) {
  await page.goto(`${base}/examples/${e.slug}`);
  await page.waitForFunction(() => performance.getEntriesByName("exitplay:painted").length > 0);
  await page.getByTestId("code-editor").click();
  const got = Object.fromEntries(parts.map((p) => [p, []]));
  for (let i = 0; i < reps; i++) {
    const before = await page.evaluate(() => {
      // The keystroke is the Enter keydown (Control goes down earlier).
      const key = (e) => {
        if (e.key !== "Enter") return;
        performance.mark("bench:key");
        window.removeEventListener("keydown", key, true);
      };
      window.addEventListener("keydown", key, true);
      return performance.getEntriesByName("exitplay:painted").length;
    });
    await page.keyboard.press("Control+Enter");
    await page.waitForFunction((n) => performance.getEntriesByName("exitplay:painted").length > n, before);
    const t = await page.evaluate(() => {
      const last = (n) => performance.getEntriesByName(n).at(-1)?.startTime ?? NaN;
      return {
        key: last("bench:key"),
        post: last("exitplay:post"),
        answer: last("exitplay:answer"),
        shown: last("exitplay:shown"),
        painted: last("exitplay:painted"),
        engine: last("exitplay:engine-end") - last("exitplay:engine-start"),
      };
    });
    const m = {
      "key→post": t.post - t.key,
      "post→answer": t.answer - t.post,
      engine: t.engine,
      "answer→shown": t.shown - t.answer,
      "shown→painted": t.painted - t.shown,
      "key→shown": t.shown - t.key,
      "key→painted": t.painted - t.key,
    };
    for (const p of parts) {
      got[p].push(m[p]);
      all[p].push(m[p]);
    }
  }
  rows.push({ example: e.slug, ...Object.fromEntries(parts.map((p) => [p, fmt(got[p])])) });
}
rows.push({ example: `all ${rows.length} examples`, ...Object.fromEntries(parts.map((p) => [p, fmt(all[p])])) });
console.log(`Ctrl+Enter re-runs, ${reps} per example: median / p90 in ms`);
console.table(rows);
await browser.close();
