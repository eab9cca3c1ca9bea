// embed.js: one <script src="https://…/embed.js" defer> on any page turns
// every <pre data-exitplay> block (also those added later) and <exit-play>
// element into a live
// exitplay widget: an iframe of /embed with the snippet in its fragment.
// The original code stays on the page until the widget has drawn itself;
// the widget's height messages size its iframe.
//
// Attributes (all optional): data-title, data-stdin, data-stdout="pipe",
// data-signals="SIGTERM@1 SIGINT@2.5", data-theme="light|dark|auto|page"
// ("page" follows the embedding page's colour scheme), data-readonly,
// data-autorun="false" (widgets run at once unless told not to),
// data-hide="editor,trace", data-step="N".
import { encodeSnippet, type Snippet } from "./fragment";
import type { ScheduledSignal } from "./trace_types";

// The widgets come from wherever this script came from; that needs a
// classic <script> (a module has no currentScript).
const script = document.currentScript as HTMLScriptElement | null;
const origin = script?.src ? new URL(script.src).origin : location.origin;

/** Each widget's iframe and the element it replaces. */
const widgets = new Map<HTMLIFrameElement, HTMLElement>();

function signalsOf(text: string | undefined): ScheduledSignal[] {
  const list: ScheduledSignal[] = [];
  for (const item of (text ?? "").split(/\s+/)) {
    const [signal, at] = item.split("@");
    if (signal) list.push({ signal, at: Number(at ?? "0") || 0 });
  }
  return list;
}

/** The embedding page's theme, for data-theme="page". */
function pageTheme(el: HTMLElement): string {
  const explicit = document.documentElement.dataset.theme;
  if (explicit === "light" || explicit === "dark") return explicit;
  return getComputedStyle(el).colorScheme.includes("dark") ? "dark" : "light";
}

async function mount(el: HTMLElement): Promise<void> {
  if (el.dataset.exitplayState) return;
  el.dataset.exitplayState = "loading";
  const d = el.dataset;
  const snippet: Snippet = {
    code: (el.textContent ?? "").replace(/^\n/, ""),
    stdin: d.stdin ?? "",
    signals: signalsOf(d.signals),
    stdout: d.stdout === "pipe" ? "pipe" : "tty",
    title: d.title ?? "",
  };
  const params = new URLSearchParams();
  const theme = d.theme === "page" ? pageTheme(el) : d.theme;
  if (theme) params.set("theme", theme);
  if (d.readonly !== undefined) params.set("readonly", "");
  if (d.autorun !== "false") params.set("autorun", "");
  if (d.hide) params.set("hide", d.hide);
  if (d.step) params.set("step", d.step);
  const iframe = document.createElement("iframe");
  iframe.src = `${origin}/embed?${params}#${await encodeSnippet(snippet)}`;
  iframe.title = snippet.title || "exitplay: a Python snippet";
  iframe.className = "exitplay-widget";
  iframe.dataset.exitplayState = "loading";
  // Laid out but invisible until the widget reports its height.
  Object.assign(iframe.style, { display: "block", width: "100%", height: "0", border: "0" });
  widgets.set(iframe, el);
  el.after(iframe);
}

window.addEventListener("message", (event: MessageEvent) => {
  const data = event.data as { type?: unknown; height?: unknown } | null;
  if (event.origin !== origin || data?.type !== "exitplay:height" || typeof data.height !== "number") return;
  for (const [iframe, original] of widgets) {
    if (iframe.contentWindow !== event.source) continue;
    iframe.style.height = `${Math.min(Math.max(data.height, 0), 10000)}px`;
    if (iframe.dataset.exitplayState !== "ready") {
      iframe.dataset.exitplayState = "ready";
      original.dataset.exitplayState = "ready";
      original.hidden = true;
    }
  }
});

/** <exit-play>: its text is the snippet; attributes as on <pre data-exitplay>. */
class ExitPlayElement extends HTMLElement {
  connectedCallback(): void {
    // While the parser is still inside the element its text is incomplete.
    if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", () => void mount(this), { once: true });
    else void mount(this);
  }
}

const BLOCKS = "pre[data-exitplay]";

/** Mounts the blocks in the page now and those added to it later. */
function scan(): void {
  for (const el of document.querySelectorAll<HTMLElement>(BLOCKS)) void mount(el);
  new MutationObserver((records) => {
    for (const record of records) {
      for (const node of record.addedNodes) {
        if (!(node instanceof HTMLElement)) continue;
        if (node.matches(BLOCKS)) void mount(node);
        for (const el of node.querySelectorAll<HTMLElement>(BLOCKS)) void mount(el);
      }
    }
  }).observe(document.body, { childList: true, subtree: true });
}

if (!customElements.get("exit-play")) customElements.define("exit-play", ExitPlayElement);
if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", scan, { once: true });
else scan();
