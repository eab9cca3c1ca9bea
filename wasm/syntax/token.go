package syntax

// tokenKind identifies a lexical token.
type tokenKind uint8

const (
	tEOF tokenKind = iota
	tError
	tNewline
	tIndent
	tDedent
	tName
	tNumber
	tString

	// operators and delimiters
	tLParen
	tRParen
	tLBrack
	tRBrack
	tLBrace
	tRBrace
	tColon
	tComma
	tSemi
	tPlus
	tMinus
	tStar
	tSlash
	tVBar
	tAmper
	tLess
	tGreater
	tEqual
	tDot
	tPercent
	tEqEqual
	tNotEqual
	tLessEqual
	tGreaterEqual
	tTilde
	tCircumflex
	tLShift
	tRShift
	tDoubleStar
	tPlusEqual
	tMinEqual
	tStarEqual
	tSlashEqual
	tPercentEqual
	tAmperEqual
	tVBarEqual
	tCircumflexEqual
	tLShiftEqual
	tRShiftEqual
	tDoubleStarEqual
	tDoubleSlash
	tDoubleSlashEqual
	tAt
	tAtEqual
	tRArrow
	tEllipsis
	tColonEqual
	tExclamation
	tUnknown // a character such as '$' or '?' that no token starts with

	// keywords
	tFalse
	tNone
	tTrue
	tAnd
	tAs
	tAssert
	tAsync
	tAwait
	tBreak
	tClass
	tContinue
	tDef
	tDel
	tElif
	tElse
	tExcept
	tFinally
	tFor
	tFrom
	tGlobal
	tIf
	tImport
	tIn
	tIs
	tLambda
	tNonlocal
	tNot
	tOr
	tPass
	tRaise
	tReturn
	tTry
	tWhile
	tWith
	tYield
)

var keywords = map[string]tokenKind{
	"False": tFalse, "None": tNone, "True": tTrue, "and": tAnd, "as": tAs,
	"assert": tAssert, "async": tAsync, "await": tAwait, "break": tBreak,
	"class": tClass, "continue": tContinue, "def": tDef, "del": tDel,
	"elif": tElif, "else": tElse, "except": tExcept, "finally": tFinally,
	"for": tFor, "from": tFrom, "global": tGlobal, "if": tIf,
	"import": tImport, "in": tIn, "is": tIs, "lambda": tLambda,
	"nonlocal": tNonlocal, "not": tNot, "or": tOr, "pass": tPass,
	"raise": tRaise, "return": tReturn, "try": tTry, "while": tWhile,
	"with": tWith, "yield": tYield,
}

// augOps maps augmented assignment tokens to their operator.
var augOps = map[tokenKind]Operator{
	tPlusEqual: Add, tMinEqual: Sub, tStarEqual: Mult, tAtEqual: MatMult,
	tSlashEqual: Div, tPercentEqual: Mod, tDoubleStarEqual: Pow,
	tLShiftEqual: LShift, tRShiftEqual: RShift, tVBarEqual: BitOr,
	tCircumflexEqual: BitXor, tAmperEqual: BitAnd, tDoubleSlashEqual: FloorDiv,
}

// pos is a position in the source: a byte offset plus the line (1-based)
// and character column (0-based) it corresponds to.
type pos struct {
	Off, Line, Col int
}

// token is one lexical token. Its text is src[start.Off:end.Off].
type token struct {
	kind       tokenKind
	start, end pos
}
