// The timeline's line of text for an event: the engine writes a sentence
// for every event (wasm/trace); the kind stands in if one is ever empty.
import type { Event } from "./trace_types";

/** Describes an event for the timeline. */
export function describe(e: Event): string {
  return e.text || e.kind;
}
