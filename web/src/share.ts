// The playground's Share and Embed buttons. Share stores the snippet
// (POST /api/share) and shows its permalink /p/{id}; when the store cannot
// be reached it falls back to a self-contained "/#…" link, which is also
// offered next to every permalink. Embed shows the iframe, the embed.js
// snippet and the oEmbed URL for the snippet.
import { byId, h } from "./dom";
import { encodeSnippet, type Snippet } from "./fragment";

/** Where a snippet can be opened. */
interface Links {
  /** The stored snippet's ID and page; null when the store failed. */
  stored: { id: string; url: string } | null;
  /** Why the store failed, if it did. */
  failure: string;
  /** The self-contained "/#…" link. */
  fragment: string;
}

/** Escapes text for an HTML element's content (the embed snippets the reader copies). */
function escapeText(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

/** Escapes text for a double-quoted HTML attribute. */
function escapeAttr(s: string): string {
  return escapeText(s).replace(/"/g, "&quot;");
}

async function store(s: Snippet): Promise<{ stored: Links["stored"]; failure: string }> {
  try {
    const res = await fetch("/api/share", {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(s),
    });
    const body = (await res.json()) as { id?: string; url?: string; error?: string };
    if (res.ok && body.id && body.url) return { stored: { id: body.id, url: new URL(body.url, location.origin).href }, failure: "" };
    return { stored: null, failure: body.error ?? `the server answered ${res.status}` };
  } catch (err) {
    return { stored: null, failure: `the server could not be reached (${String(err)})` };
  }
}

/** Data attributes of a <pre data-exitplay> block for a snippet (embed-loader.ts reads them). */
function scriptSnippet(s: Snippet): string {
  let attrs = " data-exitplay";
  if (s.title) attrs += ` data-title="${escapeAttr(s.title)}"`;
  if (s.stdout === "pipe") attrs += ` data-stdout="pipe"`;
  if (s.stdin) attrs += ` data-stdin="${escapeAttr(s.stdin)}"`;
  if (s.signals.length) attrs += ` data-signals="${escapeAttr(s.signals.map((x) => `${x.signal}@${x.at}`).join(" "))}"`;
  return `<script src="${location.origin}/embed.js" defer></script>\n<pre${attrs}>${escapeText(s.code)}</pre>`;
}

/** The title a share stores: the page's heading, unless it is a placeholder (data-untitled). */
export function sharedTitle(heading: HTMLElement): string {
  return heading.dataset.untitled === undefined ? (heading.textContent ?? "") : "";
}

/** Wires the Share and Embed buttons; snippet() is what the page shows now. */
export function initShare(snippet: () => Snippet): void {
  const shareButton = byId<HTMLButtonElement>("share");
  const embedButton = byId<HTMLButtonElement>("embed");
  const result = byId("share-result");
  const link = byId<HTMLAnchorElement>("share-link");
  const note = byId("share-note");
  const dialog = byId<HTMLDialogElement>("embed-dialog");
  let last: { key: string; links: Links } | null = null;

  // links stores the snippet once per distinct content (a failed store is
  // tried again next time).
  const links = async (s: Snippet): Promise<Links> => {
    const key = JSON.stringify(s);
    if (last?.key === key) return last.links;
    const [{ stored, failure }, fragment] = await Promise.all([store(s), encodeSnippet(s)]);
    const made = { stored, failure, fragment: `${location.origin}/#${fragment}` };
    if (stored) last = { key, links: made };
    return made;
  };

  shareButton.hidden = false;
  embedButton.hidden = false;
  shareButton.addEventListener("click", async () => {
    shareButton.disabled = true;
    const l = await links(snippet());
    shareButton.disabled = false;
    const href = l.stored?.url ?? l.fragment;
    link.href = href;
    link.textContent = href;
    if (l.stored) {
      note.replaceChildren(
        " — stored for good. ",
        h("a", { href: l.fragment, "data-testid": "share-fragment-link" }, "A link that needs no server"),
        " carries the whole snippet instead.",
      );
    } else {
      note.replaceChildren(` — ${l.failure}, so this link carries the whole snippet itself.`);
    }
    result.hidden = false;
    navigator.clipboard?.writeText(href).catch(() => {
      // No permission: the link is on the page to copy by hand.
    });
  });

  embedButton.addEventListener("click", async () => {
    const s = snippet();
    const l = await links(s);
    const src = l.stored ? `${location.origin}/embed/${l.stored.id}` : `${location.origin}/embed#${l.fragment.split("#")[1]}`;
    const title = escapeAttr(s.title || "Python snippet");
    byId<HTMLTextAreaElement>("embed-iframe").value =
      `<iframe src="${src}" title="${title}" width="720" height="480" loading="lazy" style="border:0;max-width:100%"></iframe>`;
    byId<HTMLTextAreaElement>("embed-script").value = scriptSnippet(s);
    byId<HTMLInputElement>("embed-oembed").value = l.stored
      ? `${location.origin}/oembed?url=${encodeURIComponent(l.stored.url)}&format=json`
      : "";
    byId("embed-dialog-note").textContent = l.stored
      ? "Paste one of these into any page."
      : `The snippet could not be stored (${l.failure}); the iframe carries it in its URL, and oEmbed needs a stored link.`;
    dialog.showModal();
  });
  byId("embed-close").addEventListener("click", () => dialog.close());
}
