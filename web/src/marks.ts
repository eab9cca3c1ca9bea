// Where to underline an error in the editor: the position of a
// SyntaxError, or the line an uncaught exception was raised from, read
// from the traceback on stderr (CPython's "File …, line N" and carets).
import type { Mark } from "./editor";
import type { Result } from "./trace_types";

const FRAME = /^ {2}File "([^"]+)", line (\d+)/;
const CARETS = /^(\s*)([\^~]+)\s*$/;

/** The error positions a result reports in the main script. */
export function marksOf(r: Result, code: string, filename = "main.py"): Mark[] {
  if (r.reason !== "syntax_error" && r.reason !== "exception") return [];
  const lines = r.stderr.split("\n");
  let last = -1;
  lines.forEach((l, i) => {
    const m = FRAME.exec(l);
    if (m && m[1] === filename) last = i;
  });
  if (last < 0) return [];
  const line = Number(FRAME.exec(lines[last])![2]);
  const source = code.split("\n")[line - 1] ?? "";
  const indent = source.length - source.trimStart().length;
  const message = lines.filter((l) => l !== "").at(-1) ?? r.explanation;
  const carets = CARETS.exec(lines[last + 2] ?? "");
  if (!carets) return [{ line, col: indent, endLine: line, endCol: source.length, message }];
  // CPython prints the source line stripped and indented by four spaces.
  const col = indent + carets[1].length - 4;
  return [{ line, col, endLine: line, endCol: col + carets[2].length, message }];
}
