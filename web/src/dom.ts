// Small helpers for building and finding DOM nodes.

type Attrs = Record<string, string | number | boolean | undefined>;
type Child = Node | string | null | undefined | false;

/** Creates an element with attributes (false/undefined ones are skipped) and children. */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === undefined || value === false) continue;
    el.setAttribute(name, value === true ? "" : String(value));
  }
  for (const child of children) {
    if (child === null || child === undefined || child === false) continue;
    el.append(child);
  }
  return el;
}

/**
 * Makes parent's children the nodes, keeping every child that already
 * equals (isEqualNode) the node for its place. A re-run that changes little
 * then changes little in the document, and the browser restyles, lays out
 * and paints only that.
 */
export function patchChildren(parent: Node, nodes: readonly Node[]): void {
  const children = parent.childNodes;
  nodes.forEach((node, i) => {
    const current = children[i];
    if (!current) parent.appendChild(node);
    else if (!current.isEqualNode(node)) parent.replaceChild(node, current);
  });
  while (children.length > nodes.length) parent.lastChild!.remove();
}

/**
 * Calls fn once the browser has drawn the next frame: a message posted from
 * a requestAnimationFrame callback is handled after that frame's style,
 * layout and paint.
 */
export function afterNextPaint(fn: () => void): void {
  requestAnimationFrame(() => {
    const channel = new MessageChannel();
    channel.port1.onmessage = () => {
      channel.port1.close();
      fn();
    };
    channel.port2.postMessage(null);
  });
}

/** Returns the element with the id, or throws: the page's markup is a contract. */
export function byId<T extends HTMLElement = HTMLElement>(id: string): T {
  const el = document.getElementById(id);
  if (!el) throw new Error(`the page lacks #${id}`);
  return el as T;
}

/** Formats a virtual time like the server does ("1.000 s"). */
export function seconds(t: number): string {
  return `${t.toFixed(3)} s`;
}
