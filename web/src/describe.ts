// One line of text per trace event, from its fields; the same wording as
// templates/describe.go uses for the server-rendered trace.
import type { Event } from "./trace_types";

/** Quotes output like Python's repr, shortened to n characters. */
export function quote(s: string, n = 48): string {
  const q = JSON.stringify(s.length > n ? s.slice(0, n) + "…" : s);
  return q;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** Describes an event; the engine's own text is used where it has one. */
export function describe(e: Event): string {
  const exc = e.exception ?? "";
  switch (e.kind) {
    case "write":
      return `${e.stream} ← ${quote(e.data ?? "")}${e.buffered ? ` (${plural(e.buffered, "byte")} buffered)` : ""}`;
    case "flush":
      return `${e.stream} flushed (${e.why ?? "?"}): ${quote(e.data ?? "")}`;
    case "input":
      return `input() read ${quote(e.data ?? "")}`;
    case "file_close":
      return `${e.stream} closed`;
    case "call":
      return `call ${e.func}()`;
    case "return":
      return `return from ${e.func}()`;
    case "raise":
      return `raise ${exc}`;
    case "catch":
      return `except caught ${exc}`;
    case "unwind":
      return `${exc} leaves ${e.func}()`;
    case "finally":
      return `finally block entered (${e.why ?? "?"})`;
    case "with_enter":
      return "with: __enter__ called";
    case "with_exit":
      return `with: __exit__ ${e.outcome ?? "returned"}${exc ? ` ${exc}` : ""}`;
    case "signal_delivered":
      return `${e.signal} delivered: ${e.disposition}`;
    case "handler_start":
      return `${e.signal} handler ${e.func} starts`;
    case "handler_end":
      return `${e.signal} handler ${e.outcome}${exc ? ` ${exc}` : ""}`;
    case "sleep_start":
      return e.text || `sleep(${e.seconds ?? 0})`;
    case "sleep_end":
      return `sleep ${e.interrupted ? "interrupted" : "ended"} after ${(e.seconds ?? 0).toFixed(3)} s`;
    case "alarm":
      return e.seconds ? `alarm set for ${e.seconds} s (${e.by})` : `alarm cancelled (${e.by})`;
    case "atexit_register":
      return `atexit.register(${e.func})`;
    case "atexit_unregister":
      return `atexit.unregister(${e.func})`;
    case "atexit_run":
      return `atexit runs ${e.func}`;
    case "atexit_error":
      return `atexit callback ${e.func} raised ${exc}`;
    case "system_exit":
      return `${exc} reaches the top level: status ${e.status}`;
    case "unhandled_exception":
      return `uncaught ${exc}`;
    case "phase":
      return `shutdown step: ${e.why ?? e.text}`;
    case "lost":
      return `${e.text || "lost"}: ${quote(e.data ?? "")}`;
  }
  return e.text || e.kind;
}
