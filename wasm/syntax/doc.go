// Package syntax turns Python 3.11 source text into a syntax tree.
//
// It holds the scanner (tokens, INDENT/DEDENT, f-strings), a
// recursive-descent parser, the AST whose node names and fields mirror
// CPython's ast module, and the SyntaxError type with CPython's wording and
// caret placement. The package knows nothing of name resolution or
// execution; compile and vm build on the tree it produces.
//
// Positions: lines are 1-based and columns are 0-based character (rune)
// offsets, so a Span can be shown in an editor or a traceback directly.
package syntax
