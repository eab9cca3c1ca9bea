package syntax

import "fmt"

// Error is a syntax error found while scanning or parsing, shaped like
// CPython's SyntaxError.
type Error struct {
	Kind     string // "SyntaxError", "IndentationError" or "TabError"
	Msg      string
	Filename string
	// Line and Col give the 1-based line and 1-based character offset of
	// the error (CPython's lineno and offset); EndLine and EndCol its end
	// (end_lineno and end_offset, exclusive).
	Line, Col, EndLine, EndCol int
	Text                       string // the offending source line, without its newline
}

// Error returns "file:line:col: Kind: msg".
func (e *Error) Error() string {
	return fmt.Sprintf("%s:%d:%d: %s: %s", e.Filename, e.Line, e.Col, e.Kind, e.Msg)
}
