// The four phases of a run's ending, computed from its trace exactly as
// templates/outcome.go does for the server-rendered page.
import type { Event, Kind, Result } from "./trace_types";

export type PhaseName = "running" | "unwinding" | "shutdown" | "exit";

/** Phase names and titles, in order. */
export const PHASES: ReadonlyArray<{ name: PhaseName; title: string }> = [
  { name: "running", title: "Running" },
  { name: "unwinding", title: "Unwinding: finally and __exit__" },
  { name: "shutdown", title: "Shutdown: atexit and flushes" },
  { name: "exit", title: "Exit" },
];

/** The events that close a trace. */
const CLOSING: ReadonlySet<Kind> = new Set<Kind>(["exit", "lost", "signal_unsent"]);

/**
 * Splits a trace into the phases: phase p holds events[b[p], b[p+1]).
 * The run ends at the first SystemExit or unhandled exception reaching the
 * top level (unwinding began at the last raise before it that no except
 * clause caught) or at a signal whose default action kills; shutdown
 * begins at the first phase event after that; exit is the trailing run of
 * lost, signal_unsent and exit events.
 */
export function phaseBounds(events: readonly Event[]): number[] {
  const n = events.length;
  let exit = n;
  while (exit > 0 && CLOSING.has(events[exit - 1].kind)) exit--;
  let end = -1;
  let fatal = false;
  for (let i = 0; i < exit; i++) {
    const e = events[i];
    if (e.kind === "system_exit" || e.kind === "unhandled_exception") {
      end = i;
      break;
    }
    if (e.kind === "signal_delivered" && (e.disposition === "terminate" || e.disposition === "core")) {
      end = i;
      fatal = true;
      break;
    }
  }
  if (fatal) return [0, end + 1, end + 1, end + 1, n];
  let shutdown = firstPhase(events, end + 1, exit);
  let unwind: number;
  if (end >= 0) {
    unwind = end;
    for (let i = end - 1; i >= 0 && events[i].kind !== "catch"; i--) {
      if (events[i].kind === "raise") {
        unwind = i;
        break;
      }
    }
    if (shutdown === exit) shutdown = end + 1;
  } else {
    unwind = shutdown;
  }
  return [0, unwind, shutdown, exit, n];
}

function firstPhase(events: readonly Event[], from: number, to: number): number {
  for (let i = from; i < to; i++) if (events[i].kind === "phase") return i;
  return to;
}

/** The phase of every event, by index. */
export function phaseOf(events: readonly Event[]): PhaseName[] {
  const b = phaseBounds(events);
  const out: PhaseName[] = [];
  PHASES.forEach((p, i) => {
    for (let j = b[i]; j < b[i + 1]; j++) out.push(p.name);
  });
  return out;
}

/** Why a run skipped a phase. */
export function skippedBecause(r: Result): string {
  switch (r.reason) {
    case "signal":
      return `skipped: killed by ${r.signal ?? "a signal"}`;
    case "os_exit":
      return "skipped: os._exit()";
    case "syntax_error":
      return "skipped: nothing ran";
    case "limit":
      return "skipped: stopped by the playground";
  }
  return "nothing to do";
}
