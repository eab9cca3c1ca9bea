// The engine's Web Worker: loads Go's wasm_exec.js and the engine module
// once, keeps the Go instance alive, and answers run requests.
import type { FromWorker, ToWorker } from "./protocol";

declare const self: DedicatedWorkerGlobalScope & {
  Go: new () => { importObject: WebAssembly.Imports; run(instance: WebAssembly.Instance): Promise<void> };
  exitplayEngine?: { version: string; schema: number; run(request: string): string };
};

function post(message: FromWorker): void {
  self.postMessage(message);
}

async function load(wasmURL: string, wasmExecURL: string): Promise<void> {
  const started = performance.now();
  self.importScripts(wasmExecURL);
  const go = new self.Go();
  const { instance } = await WebAssembly.instantiateStreaming(fetch(wasmURL), go.importObject);
  void go.run(instance); // main() registers exitplayEngine and then blocks
  const engine = self.exitplayEngine;
  if (!engine) throw new Error("the engine module did not register itself");
  post({ type: "ready", version: engine.version, schema: engine.schema, loadMillis: performance.now() - started });
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  switch (message.type) {
    case "init":
      load(message.wasmURL, message.wasmExecURL).catch((err: unknown) =>
        post({ type: "failed", error: String(err) }),
      );
      break;
    case "run": {
      const engine = self.exitplayEngine;
      if (!engine) {
        post({ type: "failed", error: "run before the engine was ready" });
        return;
      }
      const started = performance.now();
      const result = engine.run(message.request);
      post({ type: "result", id: message.id, result, millis: performance.now() - started });
      break;
    }
  }
};
