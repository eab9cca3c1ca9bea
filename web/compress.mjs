// The precompression of the served assets, shared by build.mjs (which
// writes the .gz and .br files the server sends) and size.mjs (which
// reports what the engine module costs to download).
import { brotliCompressSync, constants, gzipSync } from "node:zlib";

/** gzip at level 9. */
export function gzip(contents) {
  return gzipSync(contents, { level: 9 });
}

/** Brotli at quality 11, the CLI's `brotli -q 11`. */
export function brotli(contents) {
  return brotliCompressSync(contents, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } });
}
