// The examples menu: each entry is a link to the example's own
// server-rendered page; with JavaScript the example is loaded in place
// (and the URL updated) without a round trip.
import type { ScheduledSignal } from "./trace_types";

/** An example as the server embeds it in the page (templates.ExampleData). */
export interface Example {
  slug: string;
  title: string;
  summary: string;
  code: string;
  stdin: string;
  stdout: "tty" | "pipe";
  signals: ScheduledSignal[];
}

/** Reads the examples the page carries in <script id="examples-data">. */
export function pageExamples(): Example[] {
  const data = document.getElementById("examples-data")?.textContent;
  if (!data) return [];
  return (JSON.parse(data) as Example[] | null) ?? [];
}

/** Wires the menu: load(example) puts an example into the playground. */
export function initExamplesMenu(menu: HTMLDetailsElement, list: readonly Example[], load: (e: Example) => void): void {
  const bySlug = new Map(list.map((e) => [e.slug, e]));
  const show = (slug: string) => {
    const example = bySlug.get(slug);
    if (!example) return false;
    for (const a of menu.querySelectorAll<HTMLAnchorElement>("a[data-slug]")) {
      if (a.dataset.slug === slug) a.setAttribute("aria-current", "page");
      else a.removeAttribute("aria-current");
    }
    load(example);
    return true;
  };
  menu.addEventListener("click", (event) => {
    const link = (event.target as HTMLElement).closest<HTMLAnchorElement>("a[data-slug]");
    if (!link || event.ctrlKey || event.metaKey || event.shiftKey || event.button !== 0) return;
    if (!show(link.dataset.slug ?? "")) return;
    event.preventDefault();
    history.pushState({ slug: link.dataset.slug }, "", link.href);
    menu.open = false;
    menu.querySelector("summary")?.focus();
  });
  menu.addEventListener("keydown", (event) => {
    if (event.key !== "Escape" || !menu.open) return;
    menu.open = false;
    menu.querySelector("summary")?.focus();
  });
  window.addEventListener("popstate", (event) => {
    const slug = (event.state as { slug?: string } | null)?.slug;
    if (slug) show(slug);
    else location.reload();
  });
}
