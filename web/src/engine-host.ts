// What every engine worker does, dedicated or shared: load Go's
// wasm_exec.js and the engine module once, keep the Go instance alive, and
// answer run requests with it.
import type { FromWorker, ReadyMessage, RunMessage } from "./protocol";

declare const self: WorkerGlobalScope & {
  Go: new () => { importObject: WebAssembly.Imports; run(instance: WebAssembly.Instance): Promise<void> };
  exitplayEngine?: { version: string; schema: number; run(request: string): string };
};

/** Instantiates the engine in this worker and describes it once it answers. */
export async function loadEngine(wasmURL: string, wasmExecURL: string): Promise<ReadyMessage> {
  const started = performance.now();
  self.importScripts(wasmExecURL);
  const go = new self.Go();
  const { instance } = await WebAssembly.instantiateStreaming(fetch(wasmURL), go.importObject);
  void go.run(instance); // main() registers exitplayEngine and then blocks
  const engine = self.exitplayEngine;
  if (!engine) throw new Error("the engine module did not register itself");
  return { type: "ready", version: engine.version, schema: engine.schema, loadMillis: performance.now() - started };
}

/** Runs one request with the loaded engine. */
export function runRequest(message: RunMessage): FromWorker {
  const engine = self.exitplayEngine;
  if (!engine) return { type: "failed", error: "run before the engine was ready" };
  const started = performance.now();
  const result = engine.run(message.request);
  const millis = performance.now() - started;
  return { type: "result", id: message.id, result, millis, startedAt: performance.timeOrigin + started };
}
