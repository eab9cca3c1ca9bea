// Prints the raw, gzip and brotli sizes of a file as the server sends it
// (the same compression as build.mjs): `make size` runs it on the engine
// module. With --max-brotli BYTES it exits 1 when the brotli size is
// larger, so a build can hold the module to a budget.
//
//   node size.mjs FILE [--max-brotli BYTES]
import { readFileSync } from "node:fs";
import { brotli, gzip } from "./compress.mjs";

const [file, flag, limit] = process.argv.slice(2);
if (!file || (flag && (flag !== "--max-brotli" || !/^\d+$/.test(limit ?? "")))) {
  console.error("usage: node size.mjs FILE [--max-brotli BYTES]");
  process.exit(2);
}
const contents = readFileSync(file);
const sizes = { raw: contents.length, gzip: gzip(contents).length, brotli: brotli(contents).length };
const mb = (n) => (n / 1e6).toFixed(2) + " MB";
console.log(
  `${file}: ${mb(sizes.raw)} raw, ${mb(sizes.gzip)} gzip, ${mb(sizes.brotli)} brotli ` +
    `(${sizes.raw} / ${sizes.gzip} / ${sizes.brotli} bytes)`,
);
if (flag && sizes.brotli > Number(limit)) {
  console.error(`${file}: brotli size ${sizes.brotli} is over the budget of ${limit} bytes`);
  process.exit(1);
}
