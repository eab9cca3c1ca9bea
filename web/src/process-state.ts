// Reconstructs the simulated process's state at a moment of the trace by
// replaying its events: what a reader needs to see why the next step
// happens.
import type { Event } from "./trace_types";

/** The process as it was right after one event. */
export interface ProcessState {
  /** Python functions being executed, outermost first. */
  stack: string[];
  /** Context managers entered and not yet exited. */
  withBlocks: number;
  /** finally blocks entered since the outermost frame still running, with their reason. */
  finallyBlocks: string[];
  /** Signal dispositions changed by signal.signal (the rest are the defaults). */
  dispositions: Map<string, string>;
  /** Signals sent but not yet acted upon. */
  pending: string[];
  /** Python signal handlers running. */
  handlers: string[];
  /** atexit callbacks still to run, in the order they will run. */
  atexit: string[];
  /** Bytes written but still held in each stream's buffers. */
  buffered: Map<string, number>;
  /** The exception in flight, if any. */
  exception: string | null;
}

/** Replays events[0..upTo] (inclusive). */
export function stateAt(events: readonly Event[], upTo: number): ProcessState {
  const s: ProcessState = {
    stack: ["<module>"],
    withBlocks: 0,
    finallyBlocks: [],
    dispositions: new Map(),
    pending: [],
    handlers: [],
    atexit: [],
    buffered: new Map(),
    exception: null,
  };
  const finallyDepth: number[] = [];
  for (let i = 0; i <= upTo && i < events.length; i++) {
    const e = events[i];
    switch (e.kind) {
      case "call":
        s.stack.push(e.func ?? "?");
        break;
      case "return":
      case "unwind":
        if (s.stack.length > 1) s.stack.pop();
        // finally blocks of the frame that just ended are over.
        while (finallyDepth.length > 0 && finallyDepth[finallyDepth.length - 1] > s.stack.length - 1) {
          finallyDepth.pop();
          s.finallyBlocks.pop();
        }
        break;
      case "with_enter":
        s.withBlocks++;
        break;
      case "with_exit":
        s.withBlocks = Math.max(0, s.withBlocks - 1);
        if (e.outcome === "suppressed") s.exception = null;
        break;
      case "finally":
        finallyDepth.push(e.depth);
        s.finallyBlocks.push(`line ${e.span?.line ?? "?"} (${e.why ?? "entered"})`);
        break;
      case "raise":
        s.exception = e.exception ?? e.text;
        break;
      case "catch":
        s.exception = null;
        break;
      case "handler_set":
        if (e.signal) s.dispositions.set(e.signal, e.func ?? e.disposition ?? "?");
        break;
      case "signal_sent":
        s.pending.push(e.signal ?? String(e.signum));
        break;
      case "signal_delivered": {
        const at = s.pending.indexOf(e.signal ?? String(e.signum));
        if (at >= 0) s.pending.splice(at, 1);
        break;
      }
      case "handler_start":
        s.handlers.push(`${e.func ?? "handler"} for ${e.signal ?? "?"}`);
        break;
      case "handler_end":
        s.handlers.pop();
        break;
      case "atexit_register":
        s.atexit.unshift(e.func ?? "?");
        break;
      case "atexit_unregister":
        s.atexit = s.atexit.filter((f) => f !== e.func);
        break;
      case "atexit_run": {
        const at = s.atexit.indexOf(e.func ?? "");
        s.atexit.splice(at >= 0 ? at : 0, 1);
        break;
      }
      case "write":
      case "flush":
        if (e.stream) s.buffered.set(e.stream, e.buffered ?? 0);
        break;
      case "lost":
        if (e.stream) s.buffered.set(e.stream, 0);
        break;
    }
  }
  return s;
}
