// Builds the front end into dist/: bundles the TypeScript and CSS with
// esbuild, copies the engine module and Go's wasm_exec.js, gives every asset
// a content-hashed name, precompresses them (gzip, brotli) and writes
// dist/manifest.json (logical name → hashed path) for the server.
//
// Inputs from the environment: ENGINE_WASM (the GOOS=js engine module) and
// WASM_EXEC (wasm_exec.js of the Go that built it).
import { build } from "esbuild";
import { createHash } from "node:crypto";
import { mkdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { basename, extname, join } from "node:path";
import { brotli, gzip } from "./compress.mjs";

const dist = "dist";
const assets = join(dist, "assets");
const engineWasm = process.env.ENGINE_WASM;
const wasmExec = process.env.WASM_EXEC;
if (!engineWasm || !wasmExec) {
  console.error("build.mjs: set ENGINE_WASM and WASM_EXEC (the Makefile does)");
  process.exit(2);
}

rmSync(assets, { recursive: true, force: true });
mkdirSync(assets, { recursive: true });

const manifest = {};

function emit(logicalName, contents) {
  const hash = createHash("sha256").update(contents).digest("hex").slice(0, 12);
  const ext = extname(logicalName);
  const file = `${basename(logicalName, ext)}-${hash}${ext}`;
  const path = join(assets, file);
  writeFileSync(path, contents);
  writeFileSync(path + ".gz", gzip(contents));
  writeFileSync(path + ".br", brotli(contents));
  manifest[logicalName] = `/assets/${file}`;
}

const bundles = [
  { entry: "src/main.ts", name: "main.js", format: "esm" },
  { entry: "src/engine-worker.ts", name: "engine-worker.js", format: "iife" },
  { entry: "src/embed-page.ts", name: "embed-page.js", format: "esm" },
  { entry: "src/embed-engine.ts", name: "embed-engine.js", format: "iife" },
  // embed.js also keeps a stable, unhashed URL (/embed.js) for other sites.
  { entry: "src/embed-loader.ts", name: "embed.js", format: "iife", stable: true },
  { entry: "src/style.css", name: "style.css" },
];
for (const b of bundles) {
  const result = await build({
    entryPoints: [b.entry],
    bundle: true,
    minify: true,
    format: b.format,
    target: "es2022",
    write: false,
    logLevel: "warning",
    legalComments: "none",
  });
  emit(b.name, result.outputFiles[0].contents);
  if (b.stable) writeFileSync(join(dist, b.name), result.outputFiles[0].contents);
}
emit("engine.wasm", readFileSync(engineWasm));
emit("wasm_exec.js", readFileSync(wasmExec));

writeFileSync(join(dist, "manifest.json"), JSON.stringify(manifest, null, 2) + "\n");
// Cloudflare Workers static assets read this file for response headers.
writeFileSync(
  join(dist, "_headers"),
  "/assets/*\n  Cache-Control: public, max-age=31536000, immutable\n  X-Content-Type-Options: nosniff\n" +
    "/embed.js\n  Cache-Control: public, max-age=300\n  X-Content-Type-Options: nosniff\n  Access-Control-Allow-Origin: *\n",
);
console.log(`web: ${Object.keys(manifest).length} assets → ${dist}/manifest.json`);
