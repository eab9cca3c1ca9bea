package syntax

// Parse parses a Python source file into a module. On failure the error is
// a *Error describing a SyntaxError, IndentationError or TabError.
func Parse(filename string, src []byte) (*Module, error) {
	return nil, &Error{Kind: "SyntaxError", Msg: "parser not yet implemented", Filename: filename, Line: 1, Col: 1, EndLine: 1, EndCol: 1}
}
