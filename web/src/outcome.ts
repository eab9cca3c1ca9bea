// Renders how a run ended: the status badge, codes and explanation, the
// terminal with lost output in place, the files left on disk and the
// ending diagram. Mirrors the server-rendered markup of
// templates/playground.templ.
import { h, patchChildren, seconds } from "./dom";
import { PHASES, phaseBounds, skippedBecause } from "./phases";
import type { Event, Result } from "./trace_types";

/** The elements the outcome is drawn into. */
export interface OutcomeView {
  summary: HTMLElement;
  terminal: HTMLElement;
  files: HTMLElement;
  ending: HTMLElement;
}

/** Says in plain words how a run ended (templates.Badge). */
export function badge(r: Result): string {
  switch (r.reason) {
    case "signal":
      return `Killed by signal ${r.status - 128} (${r.signal ?? "?"}) — a shell shows ${r.status}`;
    case "limit":
      return `Stopped by the playground after ${Math.round(r.stats.seconds * 1000) / 1000} s of virtual time`;
    case "internal_error":
      return "The engine failed (a bug in exitplay)";
  }
  return `Exited with status ${r.status}`;
}

function tone(r: Result): string {
  if (r.reason === "signal") return "signal";
  if (r.reason === "limit") return "limit";
  if (r.reason === "internal_error") return "internal";
  return r.status === 0 ? "ok" : "fail";
}

/**
 * Draws a result; millis is how long the in-browser run took. Apart from
 * the summary, only what differs from the result shown is replaced.
 */
export function renderOutcome(view: OutcomeView, r: Result, millis: number): void {
  r.terminal ??= [];
  r.lost ??= [];
  r.files ??= [];
  r.trace ??= [];
  // The summary is a live region: it is replaced whole, so every run is announced.
  view.summary.replaceChildren(
    h("p", { class: `badge tone-${tone(r)}`, "data-testid": "status-badge", "data-reason": r.reason, "data-status": r.status }, badge(r)),
    h(
      "dl",
      { class: "codes" },
      h("dt", {}, "Shell status (", h("code", {}, "$?"), ")"),
      h("dd", { "data-testid": "status" }, String(r.status)),
      h("dt", {}, h("code", {}, "subprocess"), " returncode"),
      h("dd", { "data-testid": "returncode" }, String(r.returncode)),
      h("dt", {}, "Cost"),
      h("dd", { "data-testid": "stats" }, `${r.stats.steps} steps, ${seconds(r.stats.seconds)} of virtual time · ran in ${millis.toFixed(1)} ms`),
    ),
    h("p", { class: "explanation", "data-testid": "explanation" }, r.explanation),
  );
  patchChildren(view.terminal, [
    ...r.terminal.map((c) => h("span", { class: `out ${c.stream}`, "data-stream": c.stream }, c.text)),
    ...r.lost.filter((l) => l.stream === "stdout" || l.stream === "stderr").map((l) =>
      h(
        "del",
        { class: "lost", "data-stream": l.stream, title: `lost: never left ${l.stream}'s buffer` },
        h("span", { class: "visually-hidden" }, `Lost output of ${l.stream}: `),
        l.text,
      ),
    ),
  ]);
  patchChildren(view.files, renderFiles(r));
  patchChildren(view.ending, [renderPath(r)]);
}

function renderFiles(r: Result): Node[] {
  if (r.files.length === 0) return [];
  return [
    h("h3", { class: "sub" }, "Files left on the disk"),
    h(
      "ul",
      { class: "file-list" },
      ...r.files.map((f) => {
        const lost = r.lost.filter((l) => l.stream === f.path).map((l) => l.text).join("");
        return h(
          "li",
          {},
          h("code", { class: "path" }, f.path),
          f.content === "" ? h("span", { class: "empty" }, "(empty)") : h("pre", {}, f.content),
          lost &&
            h(
              "del",
              { class: "lost", title: "lost: never left the file's buffer" },
              h("span", { class: "visually-hidden" }, "Lost, never written: "),
              lost,
            ),
        );
      }),
    ),
  ];
}

/** The shutdown steps (phase events) among events, as ": atexit → flush_std_files", or "". */
function steps(events: readonly Event[]): string {
  const names: string[] = [];
  for (const e of events) {
    if (e.kind === "phase" && e.why && names.at(-1) !== e.why) names.push(e.why);
  }
  return names.length ? `: ${names.join(" → ")}` : "";
}

/** The ending diagram: the four phases, taken or skipped. */
function renderPath(r: Result): HTMLElement {
  const b = phaseBounds(r.trace);
  return h(
    "ol",
    { class: "path", "aria-label": "How this run ended" },
    ...PHASES.map((p, i) => {
      const last = i === PHASES.length - 1;
      const taken = last || b[i + 1] > b[i];
      const count = b[i + 1] - b[i];
      const events = `${count} event${count === 1 ? "" : "s"}${steps(r.trace.slice(b[i], b[i + 1]))}`;
      const note = last ? badge(r) : taken ? events : skippedBecause(r);
      return h(
        "li",
        { class: `path-step ${taken ? "taken" : "skipped"}`, "data-phase": p.name },
        h("span", { class: "path-title" }, p.title),
        note && h("span", { class: "path-note" }, note),
      );
    }),
  );
}
