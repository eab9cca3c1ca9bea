// The embed page's connection to the engine all embeds on a page share
// (embed-engine.ts, a SharedWorker). Browsers without SharedWorker use
// their own dedicated engine (EngineClient) instead.
import type { SharedReadyMessage } from "./embed-engine";
import type { RunAnswer } from "./engine-client";
import type { FromWorker } from "./protocol";

/** One page's port to the shared engine. Runs cannot be stopped: the engine's budgets end them. */
export class SharedEngine {
  /** Resolves when the shared engine answers calls. */
  readonly ready: Promise<SharedReadyMessage>;
  private readonly port: MessagePort;
  private nextID = 1;
  private readonly pending = new Map<number, { resolve: (a: RunAnswer) => void; reject: (e: Error) => void }>();

  constructor(scriptURL: string, wasmURL: string, wasmExecURL: string) {
    const worker = new SharedWorker(scriptURL, { name: "exitplay-engine" });
    this.port = worker.port;
    this.ready = new Promise((resolve, reject) => {
      const fail = (err: Error) => {
        reject(err);
        for (const p of this.pending.values()) p.reject(err);
        this.pending.clear();
      };
      this.port.onmessage = (event: MessageEvent<FromWorker>) => {
        const m = event.data;
        if (m.type === "ready") resolve(m as SharedReadyMessage);
        else if (m.type === "failed") fail(new Error(m.error));
        else {
          this.pending.get(m.id)?.resolve({ result: m.result, millis: m.millis });
          this.pending.delete(m.id);
        }
      };
      worker.onerror = () => fail(new Error("the shared engine could not start"));
    });
    this.port.postMessage({ type: "init", wasmURL, wasmExecURL });
  }

  /** Runs a snippet (request JSON) and resolves with the result JSON. */
  async run(request: string): Promise<RunAnswer> {
    await this.ready;
    const id = this.nextID++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.port.postMessage({ type: "run", id, request });
    });
  }
}
