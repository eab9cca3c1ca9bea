// The page's handle on the engine Web Worker.
import type { FromWorker, ReadyMessage } from "./protocol";

/** Where the page finds the engine's files (hashed asset URLs from the server). */
export interface EngineAssets {
  workerURL: string;
  wasmURL: string;
  wasmExecURL: string;
}

/** A running engine in its own Web Worker. */
export class EngineClient {
  private worker: Worker;
  private nextID = 1;
  private pending = new Map<number, (result: string) => void>();
  readonly ready: Promise<ReadyMessage>;

  constructor(assets: EngineAssets) {
    this.worker = new Worker(assets.workerURL);
    this.ready = new Promise((resolve, reject) => {
      this.worker.onmessage = (event: MessageEvent<FromWorker>) => {
        const message = event.data;
        switch (message.type) {
          case "ready":
            resolve(message);
            break;
          case "failed":
            reject(new Error(message.error));
            break;
          case "result":
            this.pending.get(message.id)?.(message.result);
            this.pending.delete(message.id);
            break;
        }
      };
      this.worker.onerror = (event) => reject(new Error(event.message || "engine worker failed"));
    });
    this.worker.postMessage({ type: "init", wasmURL: assets.wasmURL, wasmExecURL: assets.wasmExecURL });
  }

  /** Runs a snippet (request JSON) and resolves with the result JSON. */
  run(request: string): Promise<string> {
    const id = this.nextID++;
    return new Promise((resolve) => {
      this.pending.set(id, resolve);
      this.worker.postMessage({ type: "run", id, request });
    });
  }
}
