// The page's handle on the engine Web Worker. A runaway run is stopped by
// terminating the worker; a fresh one is started in its place.
import type { FromWorker, ReadyMessage, ResultMessage } from "./protocol";

/** Where the page finds the engine's files (hashed asset URLs from the server). */
export interface EngineAssets {
  workerURL: string;
  wasmURL: string;
  wasmExecURL: string;
}

/** A finished run: the result JSON and how long the engine took. */
export interface RunAnswer {
  result: string;
  millis: number;
}

/** The run was stopped before it finished. */
export class StoppedError extends Error {
  constructor() {
    super("the run was stopped");
  }
}

interface Pending {
  resolve: (answer: RunAnswer) => void;
  reject: (err: Error) => void;
}

/** A running engine in its own Web Worker. */
export class EngineClient {
  private worker!: Worker;
  private nextID = 1;
  private pending = new Map<number, Pending>();
  /** Resolves when the current worker's engine answers calls. */
  ready!: Promise<ReadyMessage>;

  constructor(private readonly assets: EngineAssets) {
    this.start();
  }

  private start(): void {
    this.worker = new Worker(this.assets.workerURL);
    this.ready = new Promise((resolve, reject) => {
      this.worker.onmessage = (event: MessageEvent<FromWorker>) => {
        const message = event.data;
        switch (message.type) {
          case "ready":
            resolve(message);
            break;
          case "failed":
            reject(new Error(message.error));
            this.failAll(new Error(message.error));
            break;
          case "result": {
            performance.mark("exitplay:answer");
            markEngineRun(message);
            const p = this.pending.get(message.id);
            this.pending.delete(message.id);
            p?.resolve({ result: message.result, millis: message.millis });
            break;
          }
        }
      };
      this.worker.onerror = (event) => {
        const err = new Error(event.message || "engine worker failed");
        reject(err);
        this.failAll(err);
      };
    });
    this.worker.postMessage({ type: "init", wasmURL: this.assets.wasmURL, wasmExecURL: this.assets.wasmExecURL });
  }

  private failAll(err: Error): void {
    for (const p of this.pending.values()) p.reject(err);
    this.pending.clear();
  }

  /** Whether a run is in progress. */
  get busy(): boolean {
    return this.pending.size > 0;
  }

  /** Runs a snippet (request JSON) and resolves with the result JSON. */
  async run(request: string): Promise<RunAnswer> {
    await this.ready;
    const id = this.nextID++;
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      performance.mark("exitplay:post");
      this.worker.postMessage({ type: "run", id, request });
    });
  }

  /** Stops every run in progress and starts a fresh engine. */
  stop(): void {
    this.worker.terminate();
    this.failAll(new StoppedError());
    this.start();
  }
}

/**
 * Marks on the page's timeline when the worker ran the engine
 * (exitplay:engine-start, exitplay:engine-end), so the time between posting
 * a run and its answer splits into delivery, the run and the way back.
 */
function markEngineRun(message: ResultMessage): void {
  const start = message.startedAt - performance.timeOrigin;
  performance.mark("exitplay:engine-start", { startTime: start });
  performance.mark("exitplay:engine-end", { startTime: start + message.millis });
}
