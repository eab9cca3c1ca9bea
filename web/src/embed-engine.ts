// The engine every embed on a page shares: a SharedWorker (one per origin
// and top-level site) that loads Go's wasm_exec.js and the engine module
// once and answers the runs of all the embed pages connected to it, each
// on its own port. It speaks the dedicated worker's protocol; its ready
// message also names the instance, so a page can tell it shares one.
import { loadEngine, runRequest } from "./engine-host";
import type { FromWorker, ReadyMessage, ToWorker } from "./protocol";

declare const self: SharedWorkerGlobalScope;

/** The ready message of a shared engine. */
export interface SharedReadyMessage extends ReadyMessage {
  /** Random name of this worker instance. */
  instance: string;
}

const instance = Math.random().toString(36).slice(2, 10);
let ready: Promise<SharedReadyMessage> | null = null;

/** Instantiates the engine on the first call; later calls share it. */
function start(wasmURL: string, wasmExecURL: string): Promise<SharedReadyMessage> {
  ready ??= loadEngine(wasmURL, wasmExecURL).then((message) => ({ ...message, instance }));
  return ready;
}

self.onconnect = (event: MessageEvent) => {
  const port = event.ports[0];
  const post = (message: FromWorker) => port.postMessage(message);
  port.onmessage = (e: MessageEvent<ToWorker>) => {
    const message = e.data;
    if (message.type === "init") {
      start(message.wasmURL, message.wasmExecURL).then(post, (err: unknown) => post({ type: "failed", error: String(err) }));
      return;
    }
    post(runRequest(message));
  };
};
