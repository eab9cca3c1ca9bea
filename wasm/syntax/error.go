package syntax

import (
	"strings"

	"github.com/exitplay/exitplay/wasm/internal/printf"
)

// Error is a syntax error found while scanning or parsing, shaped like
// CPython's SyntaxError.
type Error struct {
	Kind     string // "SyntaxError", "IndentationError" or "TabError"
	Msg      string
	Filename string
	// Line and Col give the 1-based line and 1-based character offset of
	// the error (CPython's lineno and offset); EndLine and EndCol its end
	// (end_lineno and end_offset, exclusive). As in CPython, an EndCol of
	// 0 or -1 means the end is unknown, and Col 0 that the column is.
	Line, Col, EndLine, EndCol int
	Text                       string // the offending source line, without its newline
}

// Error returns "file:line:col: Kind: msg".
func (e *Error) Error() string {
	return printf.Sprintf("%s:%d:%d: %s: %s", e.Filename, e.Line, e.Col, e.Kind, e.Msg)
}

// Report formats the error exactly as CPython 3.11 prints an uncaught
// SyntaxError raised while compiling a script: the file and line, the
// source line without its indentation, a caret line, and "Kind: msg".
func (e *Error) Report() string {
	var b strings.Builder
	printf.Fprintf(&b, "  File \"%s\", line %d\n", e.Filename, e.Line)
	if e.Text != "" {
		text := []rune(e.Text)
		offset, end := e.Col, e.EndCol
		if e.EndLine > e.Line {
			// Only the first line is shown; mark up to its end.
			end = len(text) + 1
		}
		if end > len(text)+2 {
			end = len(text) + 2
		}
		carets := 1
		if end > 0 && end > offset && e.Kind == "SyntaxError" {
			// CPython marks a range only for plain SyntaxErrors; an
			// IndentationError always gets a single caret.
			carets = end - offset
		}
		offset-- // to 0-based
		for len(text) > 0 && (text[0] == ' ' || text[0] == '\t' || text[0] == '\f') {
			text = text[1:]
			offset--
		}
		if offset > len(text) {
			offset = len(text)
		}
		b.WriteString("    ")
		b.WriteString(string(text))
		b.WriteByte('\n')
		if offset >= 0 {
			b.WriteString("    ")
			b.WriteString(strings.Repeat(" ", offset))
			b.WriteString(strings.Repeat("^", carets))
			b.WriteByte('\n')
		}
	}
	printf.Fprintf(&b, "%s: %s\n", e.Kind, e.Msg)
	return b.String()
}
