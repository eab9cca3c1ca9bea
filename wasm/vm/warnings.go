package vm

import (
	"strings"

	"github.com/exitplay/exitplay/wasm/internal/printf"
	"github.com/exitplay/exitplay/wasm/syntax"
)

// The SyntaxWarnings CPython's compiler gives for code that is valid but
// almost certainly a mistake: calling or subscripting a literal ("perhaps
// you missed a comma?"), "is" with a literal, and asserting a tuple.

// warn records a SyntaxWarning at n, once per line and message, in the
// text the warnings module prints: "file:line: SyntaxWarning: msg" and
// the stripped source line.
func (c *compiler) warn(n syntax.Node, msg string) {
	line := n.Span().Line
	text := printf.Sprintf("%s:%d: SyntaxWarning: %s\n", c.src.Filename, line, msg)
	if src := strings.TrimSpace(c.src.Line(line)); src != "" {
		text += "  " + src + "\n"
	}
	for _, w := range c.warnings {
		if w == text {
			return
		}
	}
	c.warnings = append(c.warnings, text)
}

// literalType is the type a literal expression is known to have at
// compile time (CPython's infer_type), or "".
func literalType(e syntax.Expr) string {
	switch x := e.(type) {
	case *syntax.Constant:
		return constValue(x.Value).Type().Name
	case *syntax.Tuple:
		return "tuple"
	case *syntax.List, *syntax.ListComp:
		return "list"
	case *syntax.Dict, *syntax.DictComp:
		return "dict"
	case *syntax.Set, *syntax.SetComp:
		return "set"
	case *syntax.GeneratorExp:
		return "generator"
	case *syntax.Lambda:
		return "function"
	case *syntax.JoinedStr, *syntax.FormattedValue:
		return "str"
	}
	return ""
}

// checkCaller warns about calling a literal: (5)(), "x"().
func (c *compiler) checkCaller(e *syntax.Call) {
	switch e.Func.(type) {
	case *syntax.Lambda, *syntax.Name, *syntax.Attribute, *syntax.Call, *syntax.Subscript:
		return
	}
	if tp := literalType(e.Func); tp != "" {
		c.warn(e, printf.Sprintf("'%s' object is not callable; perhaps you missed a comma?", tp))
	}
}

// checkSubscript warns about subscripting a literal that cannot be
// subscripted, or indexing a sequence literal with a literal that is not
// an index: [1, 2][0, 1].
func (c *compiler) checkSubscript(e *syntax.Subscript) {
	tp := literalType(e.Value)
	switch tp {
	case "":
		return
	case "str", "bytes", "tuple", "list":
		index := literalType(e.Slice)
		if _, isSlice := e.Slice.(*syntax.Slice); isSlice || index == "" || index == "int" || index == "bool" {
			return
		}
		c.warn(e, printf.Sprintf("%s indices must be integers or slices, not %s; perhaps you missed a comma?", tp, index))
	case "dict":
	default:
		c.warn(e, printf.Sprintf("'%s' object is not subscriptable; perhaps you missed a comma?", tp))
	}
}

// checkIs warns about "is" and "is not" with a literal operand other
// than None, True, False and ....
func (c *compiler) checkIs(e *syntax.Compare) {
	left := e.Left
	for i, op := range e.Ops {
		right := e.Comparators[i]
		if op == syntax.Is || op == syntax.IsNot {
			if isLiteralOperand(left) || isLiteralOperand(right) {
				if op == syntax.Is {
					c.warn(e, `"is" with a literal. Did you mean "=="?`)
				} else {
					c.warn(e, `"is not" with a literal. Did you mean "!="?`)
				}
			}
		}
		left = right
	}
}

func isLiteralOperand(e syntax.Expr) bool {
	switch x := e.(type) {
	case *syntax.Constant:
		switch x.Value.(type) {
		case syntax.NoneType, bool, syntax.EllipsisType:
			return false
		}
		return true
	case *syntax.Tuple, *syntax.List, *syntax.Dict, *syntax.Set, *syntax.JoinedStr:
		return true
	}
	return false
}

// checkAssert warns about assert (test, msg), which is always true.
func (c *compiler) checkAssert(s *syntax.Assert) {
	if tu, ok := s.Test.(*syntax.Tuple); ok && len(tu.Elts) > 0 {
		c.warn(s, "assertion is always true, perhaps remove parentheses?")
	}
}
