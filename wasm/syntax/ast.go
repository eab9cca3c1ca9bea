package syntax

import "math/big"

// Span is a range of source text. Line and EndLine are 1-based; Col and
// EndCol are 0-based offsets counted in characters (runes), not bytes. The
// values are those CPython's ast module reports as lineno, col_offset,
// end_lineno and end_col_offset, except that CPython counts UTF-8 bytes.
type Span struct {
	Line, Col, EndLine, EndCol int
}

// Base holds the source span of a node. Every node type embeds it.
type Base struct {
	Loc Span
}

// Span returns the node's source span.
func (b *Base) Span() Span { return b.Loc }

// Node is any node of the syntax tree.
type Node interface {
	Span() Span
}

// Stmt is a statement node.
type Stmt interface {
	Node
	stmtNode()
}

// Expr is an expression node.
type Expr interface {
	Node
	exprNode()
}

// Module is a parsed source file: a list of statements.
type Module struct {
	Base
	Body []Stmt
}

// ---- Statements ----

// FunctionDef is a def statement.
type FunctionDef struct {
	Base
	Name          string
	Args          *Arguments
	Body          []Stmt
	DecoratorList []Expr
	Returns       Expr // return annotation, or nil
}

// ClassDef is a class statement.
type ClassDef struct {
	Base
	Name          string
	Bases         []Expr
	Keywords      []*Keyword
	Body          []Stmt
	DecoratorList []Expr
}

// Return is a return statement; Value is nil for a bare return.
type Return struct {
	Base
	Value Expr
}

// Delete is a del statement.
type Delete struct {
	Base
	Targets []Expr
}

// Assign is an assignment, possibly chained: t1 = t2 = value.
type Assign struct {
	Base
	Targets []Expr
	Value   Expr
}

// AugAssign is an augmented assignment such as x += 1.
type AugAssign struct {
	Base
	Target Expr
	Op     Operator
	Value  Expr
}

// AnnAssign is an annotated assignment such as x: int = 1. Value may be
// nil. Simple reports whether the target is a plain name not in parentheses.
type AnnAssign struct {
	Base
	Target     Expr
	Annotation Expr
	Value      Expr
	Simple     bool
}

// For is a for loop with an optional else clause.
type For struct {
	Base
	Target Expr
	Iter   Expr
	Body   []Stmt
	Orelse []Stmt
}

// While is a while loop with an optional else clause.
type While struct {
	Base
	Test   Expr
	Body   []Stmt
	Orelse []Stmt
}

// If is an if statement; an elif chain is a nested If in Orelse.
type If struct {
	Base
	Test   Expr
	Body   []Stmt
	Orelse []Stmt
}

// With is a with statement with one or more items.
type With struct {
	Base
	Items []*WithItem
	Body  []Stmt
}

// Raise is a raise statement; Exc and Cause may be nil.
type Raise struct {
	Base
	Exc   Expr
	Cause Expr
}

// Try is a try statement with handlers, else and finally blocks.
type Try struct {
	Base
	Body      []Stmt
	Handlers  []*ExceptHandler
	Orelse    []Stmt
	Finalbody []Stmt
}

// Assert is an assert statement; Msg may be nil.
type Assert struct {
	Base
	Test Expr
	Msg  Expr
}

// Import is an import statement: import a.b as c, d.
type Import struct {
	Base
	Names []*Alias
}

// ImportFrom is a from-import: from ..m import x as y. Module is "" for
// "from . import x"; Level counts the leading dots.
type ImportFrom struct {
	Base
	Module string
	Names  []*Alias
	Level  int
}

// Global is a global declaration.
type Global struct {
	Base
	Names []string
}

// Nonlocal is a nonlocal declaration.
type Nonlocal struct {
	Base
	Names []string
}

// ExprStmt is an expression used as a statement (CPython's ast.Expr).
type ExprStmt struct {
	Base
	Value Expr
}

// Pass is a pass statement.
type Pass struct{ Base }

// Break is a break statement.
type Break struct{ Base }

// Continue is a continue statement.
type Continue struct{ Base }

// ---- Expressions ----

// BoolOp is a chain of the same boolean operator: a or b or c.
type BoolOp struct {
	Base
	Op     BoolOperator
	Values []Expr
}

// NamedExpr is an assignment expression: target := value.
type NamedExpr struct {
	Base
	Target Expr // always a *Name
	Value  Expr
}

// BinOp is a binary operation. OpLoc is the span of the operator token,
// which tracebacks mark with carets (PEP 657).
type BinOp struct {
	Base
	Left  Expr
	Op    Operator
	Right Expr
	OpLoc Span
}

// UnaryOp is a unary operation: -x, +x, ~x, not x.
type UnaryOp struct {
	Base
	Op      UnaryOperator
	Operand Expr
}

// Lambda is a lambda expression.
type Lambda struct {
	Base
	Args *Arguments
	Body Expr
}

// IfExp is a conditional expression: body if test else orelse.
type IfExp struct {
	Base
	Test   Expr
	Body   Expr
	Orelse Expr
}

// Dict is a dict display. A nil key marks a **mapping unpacking whose
// mapping is the corresponding value.
type Dict struct {
	Base
	Keys   []Expr
	Values []Expr
}

// Set is a set display.
type Set struct {
	Base
	Elts []Expr
}

// ListComp is a list comprehension.
type ListComp struct {
	Base
	Elt        Expr
	Generators []*Comprehension
}

// SetComp is a set comprehension.
type SetComp struct {
	Base
	Elt        Expr
	Generators []*Comprehension
}

// DictComp is a dict comprehension.
type DictComp struct {
	Base
	Key        Expr
	Value      Expr
	Generators []*Comprehension
}

// GeneratorExp is a generator expression.
type GeneratorExp struct {
	Base
	Elt        Expr
	Generators []*Comprehension
}

// Yield is a yield expression; Value may be nil.
type Yield struct {
	Base
	Value Expr
}

// YieldFrom is a yield from expression.
type YieldFrom struct {
	Base
	Value Expr
}

// Compare is a comparison chain: Left Ops[0] Comparators[0] Ops[1] ...
type Compare struct {
	Base
	Left        Expr
	Ops         []CmpOperator
	Comparators []Expr
}

// Call is a function call. Positional *args appear in Args as *Starred;
// **kwargs appear in Keywords with an empty Arg.
type Call struct {
	Base
	Func     Expr
	Args     []Expr
	Keywords []*Keyword
}

// Conversion codes of FormattedValue, as in CPython.
const (
	ConvNone  = -1
	ConvStr   = 's'
	ConvRepr  = 'r'
	ConvASCII = 'a'
)

// FormattedValue is one replacement field {value!conv:spec} of an
// f-string. Conversion is ConvNone, ConvStr, ConvRepr or ConvASCII;
// FormatSpec is nil or a *JoinedStr.
type FormattedValue struct {
	Base
	Value      Expr
	Conversion int
	FormatSpec Expr
}

// JoinedStr is an f-string: a sequence of *Constant string parts and
// *FormattedValue fields.
type JoinedStr struct {
	Base
	Values []Expr
}

// NoneType is the type of the None constant value.
type NoneType struct{}

// EllipsisType is the type of the Ellipsis (...) constant value.
type EllipsisType struct{}

// Constant is a literal. Value has one of these Go types:
//
//	NoneType, EllipsisType, bool, int64 (an int that fits), *big.Int (one
//	that does not), float64, string (str), []byte (bytes).
type Constant struct {
	Base
	Value any
}

// Attribute is an attribute reference: value.attr.
type Attribute struct {
	Base
	Value Expr
	Attr  string
	Ctx   Ctx
}

// Subscript is a subscription: value[slice]. Slice is an expression, a
// *Slice, or a *Tuple that may contain *Slice elements.
type Subscript struct {
	Base
	Value Expr
	Slice Expr
	Ctx   Ctx
}

// Starred is a starred expression: *value.
type Starred struct {
	Base
	Value Expr
	Ctx   Ctx
}

// Name is a variable reference.
type Name struct {
	Base
	Id  string
	Ctx Ctx
}

// List is a list display or a list assignment target.
type List struct {
	Base
	Elts []Expr
	Ctx  Ctx
}

// Tuple is a tuple display or a tuple assignment target.
type Tuple struct {
	Base
	Elts []Expr
	Ctx  Ctx
}

// Slice is lower:upper:step inside a subscript; each part may be nil.
type Slice struct {
	Base
	Lower Expr
	Upper Expr
	Step  Expr
}

// ---- Auxiliary nodes ----

// Arguments is the parameter list of a def or lambda. Defaults holds the
// defaults of the last len(Defaults) of Posonlyargs+Args; KwDefaults is
// parallel to Kwonlyargs, with nil for a keyword-only parameter without a
// default. Its span covers the parameters, or is empty at the closing
// token when there are none (CPython gives it no position).
type Arguments struct {
	Base
	Posonlyargs []*Arg
	Args        []*Arg
	Vararg      *Arg
	Kwonlyargs  []*Arg
	KwDefaults  []Expr
	Kwarg       *Arg
	Defaults    []Expr
}

// Arg is one parameter; Annotation may be nil.
type Arg struct {
	Base
	Arg        string
	Annotation Expr
}

// Keyword is a keyword argument name=value of a call or class; Arg is ""
// for **value.
type Keyword struct {
	Base
	Arg   string
	Value Expr
}

// Alias is one imported name: name as asname. Asname is "" when absent.
type Alias struct {
	Base
	Name   string
	Asname string
}

// WithItem is one item of a with statement; OptionalVars may be nil.
// Its span covers the item (CPython gives it none).
type WithItem struct {
	Base
	ContextExpr  Expr
	OptionalVars Expr
}

// Comprehension is one for clause (with its if clauses) of a
// comprehension. Its span covers the clause (CPython gives it none).
type Comprehension struct {
	Base
	Target Expr
	Iter   Expr
	Ifs    []Expr
}

// ExceptHandler is one except clause; Type and Name may be empty.
type ExceptHandler struct {
	Base
	Type Expr
	Name string
	Body []Stmt
}

// ---- Operators and contexts ----

// Ctx says how a target-capable expression is used.
type Ctx uint8

// Expression contexts.
const (
	Load Ctx = iota
	Store
	Del
)

// Operator is a binary arithmetic or bitwise operator.
type Operator uint8

// Binary operators, named as in CPython's ast module.
const (
	Add Operator = iota
	Sub
	Mult
	MatMult
	Div
	Mod
	Pow
	LShift
	RShift
	BitOr
	BitXor
	BitAnd
	FloorDiv
)

// UnaryOperator is a unary operator.
type UnaryOperator uint8

// Unary operators.
const (
	Invert UnaryOperator = iota
	Not
	UAdd
	USub
)

// BoolOperator is and or or.
type BoolOperator uint8

// Boolean operators.
const (
	And BoolOperator = iota
	Or
)

// CmpOperator is a comparison operator.
type CmpOperator uint8

// Comparison operators.
const (
	Eq CmpOperator = iota
	NotEq
	Lt
	LtE
	Gt
	GtE
	Is
	IsNot
	In
	NotIn
)

var (
	ctxNames   = [...]string{"Load", "Store", "Del"}
	opNames    = [...]string{"Add", "Sub", "Mult", "MatMult", "Div", "Mod", "Pow", "LShift", "RShift", "BitOr", "BitXor", "BitAnd", "FloorDiv"}
	opSymbols  = [...]string{"+", "-", "*", "@", "/", "%", "**", "<<", ">>", "|", "^", "&", "//"}
	unaryNames = [...]string{"Invert", "Not", "UAdd", "USub"}
	unarySyms  = [...]string{"~", "not", "+", "-"}
	boolNames  = [...]string{"And", "Or"}
	boolSyms   = [...]string{"and", "or"}
	cmpNames   = [...]string{"Eq", "NotEq", "Lt", "LtE", "Gt", "GtE", "Is", "IsNot", "In", "NotIn"}
	cmpSymbols = [...]string{"==", "!=", "<", "<=", ">", ">=", "is", "is not", "in", "not in"}
)

// String returns the CPython name of the context, e.g. "Load".
func (c Ctx) String() string { return ctxNames[c] }

// String returns the CPython name of the operator, e.g. "Add".
func (o Operator) String() string { return opNames[o] }

// Symbol returns the operator as written in source, e.g. "+".
func (o Operator) Symbol() string { return opSymbols[o] }

// String returns the CPython name of the operator, e.g. "USub".
func (o UnaryOperator) String() string { return unaryNames[o] }

// Symbol returns the operator as written in source, e.g. "-".
func (o UnaryOperator) Symbol() string { return unarySyms[o] }

// String returns the CPython name of the operator, "And" or "Or".
func (o BoolOperator) String() string { return boolNames[o] }

// Symbol returns the operator as written in source, "and" or "or".
func (o BoolOperator) Symbol() string { return boolSyms[o] }

// String returns the CPython name of the operator, e.g. "NotIn".
func (o CmpOperator) String() string { return cmpNames[o] }

// Symbol returns the operator as written in source, e.g. "not in".
func (o CmpOperator) Symbol() string { return cmpSymbols[o] }

// BigInt returns the constant's value as a big integer when it is an int
// (int64 or *big.Int), and false otherwise.
func (c *Constant) BigInt() (*big.Int, bool) {
	switch v := c.Value.(type) {
	case int64:
		return big.NewInt(v), true
	case *big.Int:
		return v, true
	}
	return nil, false
}

func (*FunctionDef) stmtNode() {}
func (*ClassDef) stmtNode()    {}
func (*Return) stmtNode()      {}
func (*Delete) stmtNode()      {}
func (*Assign) stmtNode()      {}
func (*AugAssign) stmtNode()   {}
func (*AnnAssign) stmtNode()   {}
func (*For) stmtNode()         {}
func (*While) stmtNode()       {}
func (*If) stmtNode()          {}
func (*With) stmtNode()        {}
func (*Raise) stmtNode()       {}
func (*Try) stmtNode()         {}
func (*Assert) stmtNode()      {}
func (*Import) stmtNode()      {}
func (*ImportFrom) stmtNode()  {}
func (*Global) stmtNode()      {}
func (*Nonlocal) stmtNode()    {}
func (*ExprStmt) stmtNode()    {}
func (*Pass) stmtNode()        {}
func (*Break) stmtNode()       {}
func (*Continue) stmtNode()    {}

func (*BoolOp) exprNode()         {}
func (*NamedExpr) exprNode()      {}
func (*BinOp) exprNode()          {}
func (*UnaryOp) exprNode()        {}
func (*Lambda) exprNode()         {}
func (*IfExp) exprNode()          {}
func (*Dict) exprNode()           {}
func (*Set) exprNode()            {}
func (*ListComp) exprNode()       {}
func (*SetComp) exprNode()        {}
func (*DictComp) exprNode()       {}
func (*GeneratorExp) exprNode()   {}
func (*Yield) exprNode()          {}
func (*YieldFrom) exprNode()      {}
func (*Compare) exprNode()        {}
func (*Call) exprNode()           {}
func (*FormattedValue) exprNode() {}
func (*JoinedStr) exprNode()      {}
func (*Constant) exprNode()       {}
func (*Attribute) exprNode()      {}
func (*Subscript) exprNode()      {}
func (*Starred) exprNode()        {}
func (*Name) exprNode()           {}
func (*List) exprNode()           {}
func (*Tuple) exprNode()          {}
func (*Slice) exprNode()          {}
