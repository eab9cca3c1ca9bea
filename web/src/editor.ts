// The code editor: CodeMirror 6 with Python highlighting and indentation,
// replacing the server-rendered <textarea> (which keeps the code in sync so
// the form still submits it). It shows SyntaxError and traceback positions
// as underlines and marks the line the trace viewer is at.
import { defaultKeymap, history, historyKeymap, indentWithTab } from "@codemirror/commands";
import { python } from "@codemirror/lang-python";
import { bracketMatching, indentOnInput, indentUnit, syntaxHighlighting } from "@codemirror/language";
import { type Diagnostic, lintGutter, setDiagnostics } from "@codemirror/lint";
import { EditorState, type Extension, RangeSet, StateEffect, StateField } from "@codemirror/state";
import {
  Decoration,
  type DecorationSet,
  EditorView,
  GutterMarker,
  drawSelection,
  gutter,
  highlightActiveLineGutter,
  keymap,
  lineNumbers,
} from "@codemirror/view";
import { classHighlighter } from "@lezer/highlight";

/** An error position to underline: 1-based line, 0-based columns. */
export interface Mark {
  line: number;
  col: number;
  endLine: number;
  endCol: number;
  message: string;
}

/** What the editor reports to the page. */
export interface EditorOptions {
  readOnly: boolean;
  onChange: () => void;
  onRun: () => void;
}

const setTraceLine = StateEffect.define<number | null>();

class TraceMarker extends GutterMarker {
  override toDOM(): Node {
    const span = document.createElement("span");
    span.className = "cm-trace-marker";
    span.textContent = "▶";
    return span;
  }
}
const traceMarker = new TraceMarker();

/** The line the trace viewer is at: a line highlight plus a gutter arrow. */
const traceLine = StateField.define<{ line: number | null; decorations: DecorationSet }>({
  create: () => ({ line: null, decorations: Decoration.none }),
  update(value, tr) {
    let line = value.line;
    for (const e of tr.effects) if (e.is(setTraceLine)) line = e.value;
    if (line !== null && line > tr.state.doc.lines) line = null;
    if (line === value.line && !tr.docChanged) return value;
    if (line === null) return { line, decorations: Decoration.none };
    const from = tr.state.doc.line(line).from;
    return { line, decorations: Decoration.set([Decoration.line({ class: "cm-trace-line" }).range(from)]) };
  },
  provide: (f) => EditorView.decorations.from(f, (v) => v.decorations),
});

const traceGutter = gutter({
  class: "cm-trace-gutter",
  markers: (view) => {
    const { line } = view.state.field(traceLine);
    if (line === null) return RangeSet.empty;
    return RangeSet.of([traceMarker.range(view.state.doc.line(line).from)]);
  },
});

/** Colours come from the page's CSS variables, so the editor follows the theme. */
const pageTheme = EditorView.theme({
  "&": {
    color: "var(--fg)",
    backgroundColor: "var(--panel)",
    border: "1px solid var(--border)",
    borderRadius: "4px",
    fontSize: "0.9rem",
  },
  "&.cm-focused": { outline: "3px solid var(--accent)", outlineOffset: "2px" },
  ".cm-scroller": {
    fontFamily: 'ui-monospace, "SFMono-Regular", Menlo, Consolas, monospace',
    lineHeight: "1.45",
    // Pages may size the editor through these (the embed page does).
    minHeight: "var(--editor-min-height, 14rem)",
    maxHeight: "var(--editor-max-height, 70vh)",
  },
  ".cm-gutters": { backgroundColor: "var(--bg)", color: "var(--muted)", borderRight: "1px solid var(--border)" },
  ".cm-activeLine": { backgroundColor: "transparent" },
  ".cm-activeLineGutter": { backgroundColor: "var(--select)" },
  ".cm-content": { caretColor: "var(--fg)" },
  ".cm-cursor, .cm-dropCursor": { borderLeftColor: "var(--fg)" },
  "&.cm-focused > .cm-scroller > .cm-selectionLayer .cm-selectionBackground, .cm-selectionBackground": {
    backgroundColor: "var(--select)",
  },
  "&.cm-focused .cm-matchingBracket": { backgroundColor: "transparent", outline: "1px solid var(--accent)" },
  ".cm-trace-line": { backgroundColor: "var(--line-hl)" },
  ".cm-trace-gutter .cm-gutterElement": { width: "1.1em", color: "var(--accent)", textAlign: "center" },
  ".cm-tooltip": { backgroundColor: "var(--panel)", color: "var(--fg)", border: "1px solid var(--border)" },
});

/** Wraps a CodeMirror view bound to a form's textarea. */
export class Editor {
  private readonly view: EditorView;

  constructor(private readonly textarea: HTMLTextAreaElement, options: EditorOptions) {
    const extensions: Extension[] = [
      lineNumbers(),
      traceGutter,
      lintGutter(),
      highlightActiveLineGutter(),
      history(),
      drawSelection(),
      indentOnInput(),
      bracketMatching(),
      syntaxHighlighting(classHighlighter),
      pageTheme,
      python(),
      traceLine,
      EditorState.tabSize.of(4),
      indentUnit.of("    "),
      keymap.of([
        { key: "Mod-Enter", run: () => (options.onRun(), true) },
        indentWithTab,
        ...defaultKeymap,
        ...historyKeymap,
      ]),
      // tabindex makes axe see the scroller's focusable content.
      EditorView.contentAttributes.of({ "aria-label": "Python source", "data-testid": "code-editor", tabindex: "0" }),
      EditorView.updateListener.of((u) => {
        if (!u.docChanged) return;
        this.textarea.value = u.state.doc.toString();
        options.onChange();
      }),
    ];
    if (options.readOnly) extensions.push(EditorState.readOnly.of(true), EditorView.editable.of(false));
    // CodeMirror injects its base styles; in a document it would add a
    // <style> element, which the page's CSP (style-src 'self') forbids.
    // In a shadow root it uses constructed style sheets, which CSP allows;
    // the page's own stylesheet is linked in too.
    const host = document.createElement("div");
    host.className = "editor-host";
    const shadow = host.attachShadow({ mode: "open" });
    const sheet = document.querySelector<HTMLLinkElement>('link[rel="stylesheet"]');
    if (sheet) shadow.append(sheet.cloneNode());
    this.view = new EditorView({ doc: textarea.value, extensions, root: shadow, parent: shadow });
    textarea.hidden = true;
    textarea.after(host);
    document.querySelector(`label[for="${textarea.id}"]`)?.addEventListener("click", () => this.view.focus());
  }

  /** The current source. */
  get code(): string {
    return this.view.state.doc.toString();
  }

  /** Replaces the whole source. */
  set code(text: string) {
    this.view.dispatch({ changes: { from: 0, to: this.view.state.doc.length, insert: text } });
  }

  /** Underlines error positions (replacing earlier ones). */
  setMarks(marks: Mark[]): void {
    const doc = this.view.state.doc;
    const pos = (line: number, col: number) => {
      const l = doc.line(Math.max(1, Math.min(line, doc.lines)));
      return Math.min(l.from + Math.max(0, col), l.to);
    };
    const diagnostics: Diagnostic[] = marks.map((m) => {
      let from = pos(m.line, m.col);
      const to = pos(m.endLine, m.endCol);
      // A caret past the end of the line underlines its last character.
      if (to <= from) from = Math.max(doc.line(Math.max(1, Math.min(m.line, doc.lines))).from, to - 1);
      return { from, to, severity: "error", message: m.message };
    });
    this.view.dispatch(setDiagnostics(this.view.state, diagnostics));
  }

  /** Highlights a line for the trace viewer (null clears). */
  showTraceLine(line: number | null): void {
    this.view.dispatch({ effects: setTraceLine.of(line) });
    if (line !== null && line <= this.view.state.doc.lines) {
      this.view.dispatch({ effects: EditorView.scrollIntoView(this.view.state.doc.line(line).from, { y: "nearest" }) });
    }
  }

  /** Moves keyboard focus into the editor. */
  focus(): void {
    this.view.focus();
  }
}
