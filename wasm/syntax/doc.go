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
// Spans otherwise match CPython 3.11's ast module, including its quirks
// for f-strings (the parts of a JoinedStr carry the span of the whole
// literal).
//
// Errors: Parse returns a *Error whose message and position match CPython
// 3.11 for the mistakes people commonly make (testdata/errors holds the
// recorded cases); Error.Report prints it as CPython prints an uncaught
// SyntaxError. As in CPython, a lexical error later in the file, or a
// bracket never closed, takes precedence over a parser error. Errors that
// CPython raises after parsing ('return' or 'yield' outside a function,
// 'break' outside a loop, global/nonlocal misuse) are the compile
// package's. Language features the playground does not run (async/await,
// match, except*, type parameters and type statements, complex literals)
// are reported as SyntaxErrors saying so.
//
// Known differences from CPython: string literals cannot hold lone
// surrogates (they become U+FFFD); \N{...} knows the names of a subset of
// Unicode (see testdata/gen_names.py); where CPython 3.11 reports a column
// in bytes rather than characters (an unclosed bracket after non-ASCII
// text, a non-ASCII bytes literal), the column here is in characters.
package syntax
