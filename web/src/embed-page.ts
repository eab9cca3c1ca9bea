// The embed page (/embed/{id} and /embed#…), the minimal playground other
// sites frame: loads the snippet (from the page or the URL fragment), runs
// it in the WASM engine on Run (or at once with ?autorun), draws the
// outcome and a compact trace, and reports the page's height to the parent
// window ({type: "exitplay:height", height}) so the iframe can fit it.
import { byId, h, seconds } from "./dom";
import { describe } from "./describe";
import { Editor } from "./editor";
import { SharedEngine } from "./embed-shared";
import { EngineClient } from "./engine-client";
import { decodeSnippet, type Snippet } from "./fragment";
import { renderOutcome } from "./outcome";
import { PHASES, phaseBounds } from "./phases";
import type { Event, Result } from "./trace_types";

/** Events the compact trace lists at most. */
const MAX_LISTED = 300;

/** The snippet the server put in the page, or the one in the fragment. */
async function pageSnippet(): Promise<Snippet | null> {
  const data = document.getElementById("embed-snippet")?.textContent;
  if (data) return JSON.parse(data) as Snippet;
  return decodeSnippet(location.hash);
}

/** Lists the trace by phase, like the server's timeline; step is the seq to select, 0 for none. */
function renderTrace(el: HTMLElement, events: readonly Event[], step: number): void {
  const bounds = phaseBounds(events);
  el.replaceChildren();
  let listed = 0;
  PHASES.forEach((phase, p) => {
    const list = events.slice(bounds[p], bounds[p + 1]);
    if (list.length === 0 || listed >= MAX_LISTED) return;
    const items = list.slice(0, MAX_LISTED - listed).map((e) => {
      const selected = step > 0 && e.seq === step;
      return h(
        "li",
        { class: selected ? "event selected" : "event", "data-kind": e.kind, "data-seq": e.seq, "aria-current": selected && "step" },
        h("span", { class: "event-time" }, seconds(e.t)),
        h("span", { class: "event-icon", "aria-hidden": "true" }),
        h("span", { class: "event-text" }, describe(e)),
        e.span?.line ? h("span", { class: "event-line" }, `line ${e.span.line}`) : null,
      );
    });
    listed += items.length;
    el.append(h("section", { class: "phase", "data-phase": phase.name, "aria-label": phase.title }, h("h3", { class: "phase-title" }, phase.title), h("ol", { class: "events" }, ...items)));
  });
  if (events.length > listed) el.append(h("p", { class: "hint" }, `…and ${events.length - listed} more events in the full playground.`));
  el.querySelector(".selected")?.scrollIntoView({ block: "nearest" });
}

/** Tells the parent window how tall the page is, whenever that changes. */
function reportHeight(): void {
  if (window.parent === window) return;
  let last = 0;
  const post = () => {
    const height = Math.ceil(document.documentElement.getBoundingClientRect().height);
    if (height === last) return;
    last = height;
    window.parent.postMessage({ type: "exitplay:height", height }, "*");
  };
  new ResizeObserver(post).observe(document.documentElement);
  post();
}

async function main(root: HTMLElement): Promise<void> {
  const status = byId("engine-status");
  const outcome = byId("outcome");
  const runButton = byId<HTMLButtonElement>("run");
  const setStatus = (state: string, text: string) => {
    status.dataset.state = state;
    status.textContent = text;
  };
  const snippet = await pageSnippet();
  if (!snippet) {
    setStatus("failed", "This embed link carries no snippet: it was cut short or mangled.");
    reportHeight();
    return;
  }
  if (!document.getElementById("embed-snippet")) {
    // From the fragment: the server could not show it.
    const title = snippet.title || "Python snippet";
    byId("embed-title").textContent = title;
    document.title = `${title} — exitplay`;
    byId<HTMLAnchorElement>("open-playground").href = `/${location.hash}`;
    byId<HTMLTextAreaElement>("code").value = snippet.code;
  }
  const step = Number(root.dataset.step ?? "0");
  const run = async () => {
    runButton.disabled = true;
    try {
      const request = { code: editor.code, stdin: snippet.stdin, signals: snippet.signals, stdout: snippet.stdout };
      const answer = await engine.run(JSON.stringify(request));
      const result = JSON.parse(answer.result) as Result;
      renderOutcome({ summary: outcome, terminal: byId("terminal"), files: byId("files"), ending: byId("ending") }, result, answer.millis);
      renderTrace(byId("timeline"), result.trace ?? [], step);
      outcome.dataset.runs = String(Number(outcome.dataset.runs ?? "0") + 1);
      outcome.dataset.source = "wasm";
    } catch (err) {
      setStatus("failed", `The engine failed: ${String(err)}`);
    } finally {
      runButton.disabled = false;
    }
  };
  const editor = new Editor(byId<HTMLTextAreaElement>("code"), {
    readOnly: root.dataset.readonly !== undefined,
    onChange: () => {},
    onRun: () => void run(),
  });
  reportHeight(); // the snippet is drawn: the widget is ready to be seen
  // Every embed on the page shares one engine where the browser can.
  const { engineWorker, engineWasm, engineWasmExec, sharedEngine } = root.dataset;
  const engine =
    sharedEngine && typeof SharedWorker !== "undefined"
      ? new SharedEngine(sharedEngine, engineWasm!, engineWasmExec!)
      : new EngineClient({ workerURL: engineWorker!, wasmURL: engineWasm!, wasmExecURL: engineWasmExec! });
  runButton.addEventListener("click", () => void run());
  try {
    const ready = await engine.ready;
    setStatus("ready", `WASM engine ${ready.version}`);
    if ("instance" in ready) status.dataset.engineInstance = String(ready.instance);
  } catch (err) {
    setStatus("failed", `The engine failed to load: ${String(err)}`);
    return;
  }
  runButton.disabled = false;
  if (root.dataset.autorun !== undefined) await run();
}

const root = document.getElementById("main");
if (root) void main(root);
