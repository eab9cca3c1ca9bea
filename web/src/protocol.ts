// Messages between the page and the engine's Web Worker.

/** Sent once by the page: where the engine module and Go's runtime glue live. */
export interface InitMessage {
  type: "init";
  wasmURL: string;
  wasmExecURL: string;
}

/** Asks the worker to run a snippet (the request JSON of wasm/sim). */
export interface RunMessage {
  type: "run";
  id: number;
  request: string;
}

export type ToWorker = InitMessage | RunMessage;

/** The engine is instantiated and answers calls. */
export interface ReadyMessage {
  type: "ready";
  version: string;
  schema: number;
  /** Milliseconds from the worker's start to a callable engine. */
  loadMillis: number;
}

/** The result JSON of one run. */
export interface ResultMessage {
  type: "result";
  id: number;
  result: string;
  /** Milliseconds the engine's run call took. */
  millis: number;
  /** When the worker began the run: performance.timeOrigin + performance.now() in the worker. */
  startedAt: number;
}

/** The engine could not be loaded or crashed. */
export interface FailedMessage {
  type: "failed";
  error: string;
}

export type FromWorker = ReadyMessage | ResultMessage | FailedMessage;
