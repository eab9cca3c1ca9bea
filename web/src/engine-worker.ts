// The engine's Web Worker: one page's engine, loaded once and kept alive.
import { loadEngine, runRequest } from "./engine-host";
import type { FromWorker, ToWorker } from "./protocol";

declare const self: DedicatedWorkerGlobalScope;

function post(message: FromWorker): void {
  self.postMessage(message);
}

self.onmessage = (event: MessageEvent<ToWorker>) => {
  const message = event.data;
  switch (message.type) {
    case "init":
      loadEngine(message.wasmURL, message.wasmExecURL).then(post, (err: unknown) =>
        post({ type: "failed", error: String(err) }),
      );
      break;
    case "run":
      post(runRequest(message));
      break;
  }
};
