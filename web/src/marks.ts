// Where to underline an error in the editor: the range the engine reports
// in Result.error_at (a SyntaxError's position, or the innermost place in
// the script an uncaught exception passed through).
import type { Mark } from "./editor";
import type { Result } from "./trace_types";

/** The error positions a result reports in the script whose text is code. */
export function marksOf(r: Result, code: string): Mark[] {
  const at = r.error_at;
  if (!at) return [];
  const lines = code.split("\n");
  return [
    {
      line: at.line,
      col: utf16Column(lines[at.line - 1] ?? "", at.col),
      endLine: at.end_line,
      endCol: utf16Column(lines[at.end_line - 1] ?? "", at.end_col),
      message: at.message,
    },
  ];
}

/** The editor's column (UTF-16 code units) of the engine's column (characters) in line. */
function utf16Column(line: string, chars: number): number {
  let units = 0;
  let n = 0;
  for (const ch of line) {
    if (n === chars) break;
    units += ch.length;
    n++;
  }
  return units + Math.max(0, chars - n);
}
