// The playground page: replaces the server-rendered form's textarea with
// the editor, runs programs in the WASM engine's Web Worker (on Run,
// Ctrl/Cmd+Enter, or while typing), and draws the outcome and the trace.
import { afterNextPaint, byId, h } from "./dom";
import { Editor } from "./editor";
import { EngineClient, StoppedError } from "./engine-client";
import { type Example, initExamplesMenu, pageExamples } from "./examples";
import { decodeSnippet } from "./fragment";
import { marksOf } from "./marks";
import { renderOutcome, type OutcomeView } from "./outcome";
import { initShare, sharedTitle } from "./share";
import { SignalSchedule } from "./signals";
import { initTheme } from "./theme";
import { TraceView } from "./trace-view";
import type { Mode, Request, Result } from "./trace_types";

/** Delay after the last keystroke before an automatic run. */
const AUTORUN_DEBOUNCE = 150;
/** Runs faster than this switch auto-run on (unless the reader chose). */
const FAST_RUN_MILLIS = 50;
/** A run slower than this offers the Stop button. */
const STOP_AFTER = 250;

function engineFromPage(root: HTMLElement): EngineClient | null {
  const { engineWorker, engineWasm, engineWasmExec } = root.dataset;
  if (!engineWorker || !engineWasm || !engineWasmExec) return null;
  return new EngineClient({ workerURL: engineWorker, wasmURL: engineWasm, wasmExecURL: engineWasmExec });
}

class Playground {
  private readonly form = byId<HTMLFormElement>("run-form");
  private readonly status = byId("engine-status");
  private readonly outcome = byId("outcome");
  private readonly runButton = byId<HTMLButtonElement>("run");
  private readonly stopButton = byId<HTMLButtonElement>("stop");
  private readonly autorun = byId<HTMLInputElement>("autorun");
  private readonly stdin = byId<HTMLTextAreaElement>("stdin");
  private readonly editor: Editor;
  private readonly signals: SignalSchedule;
  private readonly trace: TraceView;
  private readonly view: OutcomeView;
  private autorunChosen = false;
  private queued = false;
  private debounce: number | null = null;
  private runs = 0;

  constructor(private readonly root: HTMLElement, private readonly engine: EngineClient) {
    const readOnly = root.dataset.readonly !== undefined || new URLSearchParams(location.search).has("readonly");
    this.editor = new Editor(byId<HTMLTextAreaElement>("code"), {
      readOnly,
      onChange: () => this.changed(),
      onRun: () => void this.run(),
    });
    document.documentElement.dataset.editor = "ready";
    performance.mark("exitplay:editor-ready");
    document.querySelector<HTMLAnchorElement>(".skip-link")?.addEventListener("click", (e) => {
      e.preventDefault();
      this.editor.focus();
    });
    this.signals = new SignalSchedule(
      byId<HTMLOListElement>("signal-rows"),
      byId<HTMLButtonElement>("add-signal"),
      this.form.querySelectorAll<HTMLButtonElement>("button[data-preset]"),
      () => this.changed(),
    );
    this.trace = new TraceView(
      {
        timeline: byId("timeline"),
        state: byId("state"),
        tools: byId("trace-tools"),
        hideCalls: byId<HTMLInputElement>("hide-calls"),
        onlyTermination: byId<HTMLInputElement>("only-termination"),
        back: byId<HTMLButtonElement>("step-back"),
        play: byId<HTMLButtonElement>("play"),
        forward: byId<HTMLButtonElement>("step-forward"),
      },
      (event) => this.editor.showTraceLine(event?.span?.line ?? null),
    );
    this.view = { summary: this.outcome, terminal: byId("terminal"), files: byId("files"), ending: byId("ending") };

    this.form.addEventListener("submit", (e) => {
      e.preventDefault();
      void this.run();
    });
    this.form.addEventListener("keydown", (e) => {
      // The editor's own Mod-Enter binding has run it already (and prevented the default).
      if (e.defaultPrevented) return;
      if (e.key === "Enter" && (e.ctrlKey || e.metaKey)) {
        e.preventDefault();
        void this.run();
      }
    });
    this.stdin.addEventListener("input", () => this.changed());
    for (const radio of this.form.querySelectorAll<HTMLInputElement>("input[name=stdout]")) {
      radio.addEventListener("change", () => this.changed());
    }
    this.autorun.closest("label")!.hidden = false;
    this.autorun.addEventListener("change", () => {
      this.autorunChosen = true;
      if (this.autorun.checked) void this.run();
    });
    this.stopButton.hidden = false;
    this.stopButton.addEventListener("click", () => this.stop());
    initExamplesMenu(byId<HTMLDetailsElement>("examples-menu"), pageExamples(), (e) => this.load(e));
    initShare(() => {
      const { code, stdin, signals, stdout } = this.request();
      return { code, stdin: stdin ?? "", signals: signals ?? [], stdout: stdout ?? "tty", title: sharedTitle(byId("page-title")) };
    });
  }

  /** Loads a snippet from a self-contained link (/#…), waits for the engine, then runs the program shown. */
  async start(): Promise<void> {
    this.setStatus("loading", "Loading the in-browser engine…");
    const linked = await decodeSnippet(location.hash);
    if (linked) {
      const summary = "Opened from a link that carries the whole snippet.";
      this.load({ ...linked, slug: "", title: linked.title || "Shared snippet", summary }, false);
      if (!linked.title) byId("page-title").dataset.untitled = "";
    }
    try {
      const ready = await this.engine.ready;
      performance.mark("exitplay:engine-ready");
      this.setStatus("ready", `WASM engine ${ready.version} ready in ${Math.round(ready.loadMillis)} ms`);
      this.status.dataset.engineVersion = ready.version;
      await this.run();
    } catch (err) {
      this.setStatus("failed", `The engine failed to load: ${String(err)}. Run still works through the server.`);
      this.form.addEventListener("submit", () => this.form.submit(), { once: true });
    }
  }

  private setStatus(state: string, text: string): void {
    this.status.dataset.state = state;
    this.status.textContent = text;
  }

  private request(): Request {
    const mode = this.form.querySelector<HTMLInputElement>("input[name=stdout]:checked")?.value as Mode | undefined;
    return { code: this.editor.code, stdin: this.stdin.value, signals: this.signals.value, stdout: mode ?? "tty" };
  }

  private changed(): void {
    if (!this.autorun.checked) return;
    if (this.debounce !== null) window.clearTimeout(this.debounce);
    this.debounce = window.setTimeout(() => {
      this.debounce = null;
      void this.run();
    }, AUTORUN_DEBOUNCE);
  }

  /** Runs the program; a run requested while one is going waits for it. */
  private async run(): Promise<void> {
    if (this.engine.busy) {
      this.queued = true;
      return;
    }
    const slow = window.setTimeout(() => {
      this.stopButton.disabled = false;
      this.runButton.textContent = "Running…";
    }, STOP_AFTER);
    try {
      const answer = await this.engine.run(JSON.stringify(this.request()));
      this.show(JSON.parse(answer.result) as Result, answer.millis);
    } catch (err) {
      if (!(err instanceof StoppedError)) this.setStatus("failed", `The engine failed: ${String(err)}`);
    } finally {
      window.clearTimeout(slow);
      this.stopButton.disabled = true;
      this.runButton.textContent = "Run";
    }
    if (this.queued) {
      this.queued = false;
      await this.run();
    }
  }

  private show(result: Result, millis: number): void {
    renderOutcome(this.view, result, millis);
    this.trace.show(result.trace ?? []);
    this.editor.setMarks(marksOf(result, this.editor.code));
    performance.mark("exitplay:shown");
    afterNextPaint(() => performance.mark("exitplay:painted"));
    this.runs++;
    this.outcome.dataset.runs = String(this.runs);
    this.outcome.dataset.source = "wasm";
    this.root.dataset.lastRunMillis = millis.toFixed(2);
    if (!this.autorunChosen && !this.autorun.checked && millis < FAST_RUN_MILLIS) this.autorun.checked = true;
  }

  private stop(): void {
    this.queued = false;
    this.engine.stop();
    this.outcome.replaceChildren(
      h("p", { class: "badge tone-limit", "data-testid": "status-badge" }, "Stopped by you; the engine was restarted"),
    );
    this.setStatus("loading", "Restarting the engine…");
    this.engine.ready.then(
      (ready) => this.setStatus("ready", `WASM engine ${ready.version} restarted`),
      (err: unknown) => this.setStatus("failed", `The engine failed to restart: ${String(err)}`),
    );
  }

  /** Puts an example into the playground and (unless run is false) runs it. */
  private load(e: Example, run = true): void {
    byId("page-title").textContent = e.title;
    delete byId("page-title").dataset.untitled;
    byId("example-summary").textContent = e.summary;
    document.title = `${e.title} — exitplay`;
    this.stdin.value = e.stdin;
    this.signals.value = e.signals;
    for (const radio of this.form.querySelectorAll<HTMLInputElement>("input[name=stdout]")) radio.checked = radio.value === e.stdout;
    const cpython = document.getElementById("cpython");
    if (cpython) cpython.hidden = true;
    this.editor.code = e.code;
    if (!run) return;
    // Run now rather than again when the edit's auto-run fires.
    if (this.debounce !== null) window.clearTimeout(this.debounce);
    this.debounce = null;
    void this.run();
  }
}

const root = document.getElementById("main");
if (root && document.getElementById("run-form")) {
  initTheme(byId<HTMLButtonElement>("theme-toggle"));
  const engine = engineFromPage(root);
  if (engine) void new Playground(root, engine).start();
}
