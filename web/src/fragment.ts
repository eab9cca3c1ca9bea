// Self-contained links: a snippet carried in the URL fragment ("/#v1.…"),
// so a link works without the server's store and on a static host. The
// form is "v1." and the unpadded base64url of the raw DEFLATE of the
// snippet's JSON; the server writes the same form (server/permalink.go).
import type { Mode, ScheduledSignal } from "./trace_types";

/** A snippet as permalinks store it (server.Snippet). */
export interface Snippet {
  code: string;
  stdin: string;
  signals: ScheduledSignal[];
  stdout: Mode;
  title: string;
}

const VERSION = "v1.";

async function pipe(data: Uint8Array<ArrayBuffer>, stream: CompressionStream | DecompressionStream): Promise<Uint8Array<ArrayBuffer>> {
  const out = new Blob([data]).stream().pipeThrough(stream);
  return new Uint8Array(await new Response(out).arrayBuffer());
}

function toBase64URL(bytes: Uint8Array): string {
  let binary = "";
  for (const b of bytes) binary += String.fromCharCode(b);
  return btoa(binary).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
}

function fromBase64URL(text: string): Uint8Array<ArrayBuffer> {
  const binary = atob(text.replace(/-/g, "+").replace(/_/g, "/"));
  return Uint8Array.from(binary, (c) => c.charCodeAt(0));
}

/** Encodes a snippet as a fragment (without the "#"). */
export async function encodeSnippet(s: Snippet): Promise<string> {
  const json = JSON.stringify({ code: s.code, stdin: s.stdin, signals: s.signals, stdout: s.stdout, title: s.title });
  const packed = await pipe(new TextEncoder().encode(json), new CompressionStream("deflate-raw"));
  return VERSION + toBase64URL(packed);
}

/** Decodes a fragment (with or without the "#"); null if it holds no snippet. */
export async function decodeSnippet(fragment: string): Promise<Snippet | null> {
  const text = fragment.replace(/^#/, "");
  if (!text.startsWith(VERSION)) return null;
  try {
    const json = await pipe(fromBase64URL(text.slice(VERSION.length)), new DecompressionStream("deflate-raw"));
    const v = JSON.parse(new TextDecoder().decode(json)) as Partial<Snippet>;
    if (typeof v.code !== "string") return null;
    return {
      code: v.code,
      stdin: typeof v.stdin === "string" ? v.stdin : "",
      signals: Array.isArray(v.signals) ? v.signals.filter((x) => typeof x?.signal === "string" && typeof x.at === "number") : [],
      stdout: v.stdout === "pipe" ? "pipe" : "tty",
      title: typeof v.title === "string" ? v.title : "",
    };
  } catch {
    return null; // a truncated or mangled link
  }
}
