// The termination trace viewer: the event timeline grouped by phase, with
// filters, selection, stepping with ←/→, a replay button and the process
// state at the selected event.
import { h, patchChildren, seconds } from "./dom";
import { PHASES, phaseBounds } from "./phases";
import { describe } from "./describe";
import { stateAt } from "./process-state";
import type { Event, Kind } from "./trace_types";

/** Kinds that matter to how the program ends ("only termination events"). */
const TERMINATION: ReadonlySet<Kind> = new Set<Kind>([
  "process_start", "raise", "unwind", "finally", "with_exit", "handler_set", "signal_sent", "signal_delivered", "signal_unsent",
  "handler_start", "handler_end", "atexit_run", "atexit_error", "system_exit", "unhandled_exception",
  "phase", "lost", "exit", "truncated",
]);

/** Events listed at most; the rest are summarized. */
const MAX_LISTED = 1500;

/** Milliseconds between events when replaying. */
const PLAY_INTERVAL = 700;

/** The viewer's elements. */
export interface TraceElements {
  timeline: HTMLElement;
  state: HTMLElement;
  tools: HTMLElement;
  hideCalls: HTMLInputElement;
  onlyTermination: HTMLInputElement;
  back: HTMLButtonElement;
  play: HTMLButtonElement;
  forward: HTMLButtonElement;
}

/** Shows one run's trace and lets the reader walk through it. */
export class TraceView {
  private events: readonly Event[] = [];
  private visible: number[] = [];
  private selected: number | null = null;
  private timer: number | null = null;

  constructor(
    private readonly el: TraceElements,
    private readonly onSelect: (event: Event | null) => void,
  ) {
    el.tools.hidden = false;
    el.hideCalls.addEventListener("change", () => this.render());
    el.onlyTermination.addEventListener("change", () => this.render());
    el.back.addEventListener("click", () => this.step(-1));
    el.forward.addEventListener("click", () => this.step(1));
    el.play.addEventListener("click", () => this.togglePlay());
    el.timeline.addEventListener("keydown", (e) => {
      if (e.key === "ArrowLeft" || e.key === "ArrowUp") this.step(-1, true);
      else if (e.key === "ArrowRight" || e.key === "ArrowDown") this.step(1, true);
      else return;
      e.preventDefault();
    });
    el.timeline.addEventListener("click", (e) => {
      const button = (e.target as HTMLElement).closest<HTMLElement>("[data-seq]");
      if (button) this.select(Number(button.dataset.seq));
    });
  }

  /** Shows a new trace; the selection is cleared. */
  show(events: readonly Event[]): void {
    this.stopPlaying();
    this.events = events;
    this.selected = null;
    this.render();
  }

  /** Selects the event with the sequence number (null clears). */
  select(seq: number | null, focus = false): void {
    this.selected = seq;
    this.unmark();
    const button = seq === null ? null : this.el.timeline.querySelector<HTMLElement>(`[data-seq="${seq}"]`);
    if (button) {
      button.setAttribute("aria-current", "step");
      button.tabIndex = 0;
      button.scrollIntoView({ block: "nearest" });
      if (focus) button.focus();
    } else {
      this.firstTabStop();
    }
    this.renderState();
    this.onSelect(seq === null ? null : this.events[seq] ?? null);
  }

  /** Moves the selection by delta among the listed events. */
  step(delta: number, focus = false): void {
    if (this.visible.length === 0) return;
    const at = this.selected === null ? -1 : this.visible.indexOf(this.selected);
    let next = at < 0 ? (delta > 0 ? 0 : this.visible.length - 1) : at + delta;
    next = Math.max(0, Math.min(this.visible.length - 1, next));
    this.select(this.visible[next], focus);
  }

  private togglePlay(): void {
    if (this.timer !== null) {
      this.stopPlaying();
      return;
    }
    if (this.visible.length === 0) return;
    if (this.selected === null || this.selected === this.visible[this.visible.length - 1]) this.select(this.visible[0]);
    this.el.play.setAttribute("aria-pressed", "true");
    this.el.play.textContent = "Pause";
    this.timer = window.setInterval(() => {
      if (this.selected === this.visible[this.visible.length - 1]) this.stopPlaying();
      else this.step(1);
    }, PLAY_INTERVAL);
  }

  private stopPlaying(): void {
    if (this.timer !== null) window.clearInterval(this.timer);
    this.timer = null;
    this.el.play.setAttribute("aria-pressed", "false");
    this.el.play.textContent = "Play";
  }

  private shown(e: Event): boolean {
    if (this.el.onlyTermination.checked && !TERMINATION.has(e.kind)) return false;
    if (this.el.hideCalls.checked && (e.kind === "call" || e.kind === "return")) return false;
    return true;
  }

  private render(): void {
    const b = phaseBounds(this.events);
    this.visible = [];
    const sections: HTMLElement[] = [];
    let listed = 0;
    PHASES.forEach((phase, p) => {
      const items: HTMLElement[] = [];
      for (let i = b[p]; i < b[p + 1]; i++) {
        const e = this.events[i];
        if (!this.shown(e)) continue;
        this.visible.push(e.seq);
        if (listed++ < MAX_LISTED) items.push(this.item(e));
      }
      if (items.length === 0) return;
      sections.push(
        h(
          "section",
          { class: "phase", "data-phase": phase.name, "aria-label": phase.title },
          h("h3", { class: "phase-title" }, phase.title),
          h("ol", { class: "events" }, ...items),
        ),
      );
    });
    if (listed > MAX_LISTED) sections.push(h("p", { class: "hint" }, `${listed - MAX_LISTED} more events not listed.`));
    if (this.events.length === 0) sections.push(h("p", { class: "hint" }, "This run recorded no events."));
    // Events listed last time keep their elements where nothing changed.
    this.unmark();
    patchChildren(this.el.timeline, sections);
    if (this.selected !== null && !this.visible.includes(this.selected)) this.selected = null;
    this.select(this.selected);
  }

  private item(e: Event): HTMLElement {
    const line = e.span?.line;
    return h(
      "li",
      { class: "event", "data-kind": e.kind },
      h(
        "button",
        { type: "button", class: "event-button", "data-seq": e.seq, "data-line": line, tabindex: -1, "aria-current": "false" },
        h("span", { class: "event-time" }, seconds(e.t)),
        h("span", { class: "event-icon", "aria-hidden": "true" }),
        h("span", { class: "event-text" }, describe(e)),
        line ? h("span", { class: "event-line" }, `line ${line}`) : null,
      ),
    );
  }

  /** Takes the selection and the tab stop off the listed events, as item() makes them. */
  private unmark(): void {
    // Only the old selection changes: traces can list many events.
    for (const b of this.el.timeline.querySelectorAll<HTMLElement>('[tabindex="0"], [aria-current="step"]')) {
      b.setAttribute("aria-current", "false");
      b.tabIndex = -1;
    }
  }

  /** Makes the first listed event the timeline's tab stop. */
  private firstTabStop(): void {
    const first = this.el.timeline.querySelector<HTMLElement>("[data-seq]");
    if (first) first.tabIndex = 0;
  }

  private renderState(): void {
    if (this.selected === null) {
      this.el.state.hidden = true;
      return;
    }
    const s = stateAt(this.events, this.selected);
    const e = this.events[this.selected];
    const list = (items: string[], none: string) =>
      items.length ? h("ul", {}, ...items.map((x) => h("li", {}, x))) : h("span", { class: "none" }, none);
    const buffers = [...s.buffered].filter(([, n]) => n > 0).map(([stream, n]) => `${stream}: ${n} bytes not yet written`);
    this.el.state.hidden = false;
    this.el.state.replaceChildren(
      h("h3", { class: "sub" }, `Process state after event ${e.seq + 1} of ${this.events.length} (${seconds(e.t)}, step ${e.step})`),
      h(
        "dl",
        { class: "state-list" },
        h("dt", {}, "Call stack"), h("dd", {}, list([...s.stack].reverse(), "—")),
        h("dt", {}, "Exception in flight"), h("dd", {}, s.exception ?? h("span", { class: "none" }, "none")),
        h("dt", {}, "Open with blocks"), h("dd", {}, String(s.withBlocks)),
        h("dt", {}, "finally blocks running"), h("dd", {}, list(s.finallyBlocks, "none")),
        h("dt", {}, "Signal handlers running"), h("dd", {}, list(s.handlers, "none")),
        h("dt", {}, "Signal handlers set"), h("dd", {}, list([...s.dispositions].map(([sig, d]) => `${sig}: ${d}`), "Python's defaults: SIGINT raises KeyboardInterrupt; SIGTERM, SIGHUP and most others kill")),
        h("dt", {}, "Pending signals"), h("dd", {}, list(s.pending, "none")),
        h("dt", {}, "atexit callbacks to run"), h("dd", {}, list(s.atexit, "none")),
        h("dt", {}, "Unflushed output"), h("dd", {}, list(buffers, "all buffers empty")),
      ),
    );
  }
}
