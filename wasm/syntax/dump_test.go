package syntax

import (
	"fmt"
	"math"
	"math/big"
	"strconv"
	"strings"
)

// dump converts a syntax tree to the JSON-shaped form that
// testdata/record.py produces from CPython's ast module.
func dump(n any) any {
	switch n := n.(type) {
	case nil:
		return nil
	case *Module:
		return obj(n, "Module", "body", stmts(n.Body))
	case *FunctionDef:
		return obj(n, "FunctionDef", "name", n.Name, "args", dump(n.Args), "body", stmts(n.Body),
			"decorator_list", exprs(n.DecoratorList), "returns", expr(n.Returns))
	case *ClassDef:
		kws := make([]any, len(n.Keywords))
		for i, k := range n.Keywords {
			kws[i] = dump(k)
		}
		return obj(n, "ClassDef", "name", n.Name, "bases", exprs(n.Bases), "keywords", kws,
			"body", stmts(n.Body), "decorator_list", exprs(n.DecoratorList))
	case *Return:
		return obj(n, "Return", "value", expr(n.Value))
	case *Delete:
		return obj(n, "Delete", "targets", exprs(n.Targets))
	case *Assign:
		return obj(n, "Assign", "targets", exprs(n.Targets), "value", expr(n.Value))
	case *AugAssign:
		return obj(n, "AugAssign", "target", expr(n.Target), "op", n.Op.String(), "value", expr(n.Value))
	case *AnnAssign:
		simple := 0
		if n.Simple {
			simple = 1
		}
		return obj(n, "AnnAssign", "target", expr(n.Target), "annotation", expr(n.Annotation),
			"value", expr(n.Value), "simple", float64(simple))
	case *For:
		return obj(n, "For", "target", expr(n.Target), "iter", expr(n.Iter), "body", stmts(n.Body), "orelse", stmts(n.Orelse))
	case *While:
		return obj(n, "While", "test", expr(n.Test), "body", stmts(n.Body), "orelse", stmts(n.Orelse))
	case *If:
		return obj(n, "If", "test", expr(n.Test), "body", stmts(n.Body), "orelse", stmts(n.Orelse))
	case *With:
		items := make([]any, len(n.Items))
		for i, it := range n.Items {
			items[i] = dump(it)
		}
		return obj(n, "With", "items", items, "body", stmts(n.Body))
	case *Raise:
		return obj(n, "Raise", "exc", expr(n.Exc), "cause", expr(n.Cause))
	case *Try:
		hs := make([]any, len(n.Handlers))
		for i, h := range n.Handlers {
			hs[i] = dump(h)
		}
		return obj(n, "Try", "body", stmts(n.Body), "handlers", hs, "orelse", stmts(n.Orelse), "finalbody", stmts(n.Finalbody))
	case *Assert:
		return obj(n, "Assert", "test", expr(n.Test), "msg", expr(n.Msg))
	case *Import:
		return obj(n, "Import", "names", aliases(n.Names))
	case *ImportFrom:
		var mod any
		if n.Module != "" {
			mod = n.Module
		}
		return obj(n, "ImportFrom", "module", mod, "names", aliases(n.Names), "level", float64(n.Level))
	case *Global:
		return obj(n, "Global", "names", strs(n.Names))
	case *Nonlocal:
		return obj(n, "Nonlocal", "names", strs(n.Names))
	case *ExprStmt:
		return obj(n, "Expr", "value", expr(n.Value))
	case *Pass:
		return obj(n, "Pass")
	case *Break:
		return obj(n, "Break")
	case *Continue:
		return obj(n, "Continue")
	case *BoolOp:
		return obj(n, "BoolOp", "op", n.Op.String(), "values", exprs(n.Values))
	case *NamedExpr:
		return obj(n, "NamedExpr", "target", expr(n.Target), "value", expr(n.Value))
	case *BinOp:
		return obj(n, "BinOp", "left", expr(n.Left), "op", n.Op.String(), "right", expr(n.Right))
	case *UnaryOp:
		return obj(n, "UnaryOp", "op", n.Op.String(), "operand", expr(n.Operand))
	case *Lambda:
		return obj(n, "Lambda", "args", dump(n.Args), "body", expr(n.Body))
	case *IfExp:
		return obj(n, "IfExp", "test", expr(n.Test), "body", expr(n.Body), "orelse", expr(n.Orelse))
	case *Dict:
		return obj(n, "Dict", "keys", exprs(n.Keys), "values", exprs(n.Values))
	case *Set:
		return obj(n, "Set", "elts", exprs(n.Elts))
	case *ListComp:
		return obj(n, "ListComp", "elt", expr(n.Elt), "generators", comps(n.Generators))
	case *SetComp:
		return obj(n, "SetComp", "elt", expr(n.Elt), "generators", comps(n.Generators))
	case *DictComp:
		return obj(n, "DictComp", "key", expr(n.Key), "value", expr(n.Value), "generators", comps(n.Generators))
	case *GeneratorExp:
		return obj(n, "GeneratorExp", "elt", expr(n.Elt), "generators", comps(n.Generators))
	case *Yield:
		return obj(n, "Yield", "value", expr(n.Value))
	case *YieldFrom:
		return obj(n, "YieldFrom", "value", expr(n.Value))
	case *Compare:
		ops := make([]any, len(n.Ops))
		for i, op := range n.Ops {
			ops[i] = op.String()
		}
		return obj(n, "Compare", "left", expr(n.Left), "ops", ops, "comparators", exprs(n.Comparators))
	case *Call:
		kws := make([]any, len(n.Keywords))
		for i, k := range n.Keywords {
			kws[i] = dump(k)
		}
		return obj(n, "Call", "func", expr(n.Func), "args", exprs(n.Args), "keywords", kws)
	case *FormattedValue:
		return obj(n, "FormattedValue", "value", expr(n.Value), "conversion", float64(n.Conversion), "format_spec", expr(n.FormatSpec))
	case *JoinedStr:
		return obj(n, "JoinedStr", "values", exprs(n.Values))
	case *Constant:
		return obj(n, "Constant", "value", constant(n.Value))
	case *Attribute:
		return obj(n, "Attribute", "value", expr(n.Value), "attr", n.Attr, "ctx", n.Ctx.String())
	case *Subscript:
		return obj(n, "Subscript", "value", expr(n.Value), "slice", expr(n.Slice), "ctx", n.Ctx.String())
	case *Starred:
		return obj(n, "Starred", "value", expr(n.Value), "ctx", n.Ctx.String())
	case *Name:
		return obj(n, "Name", "id", n.Id, "ctx", n.Ctx.String())
	case *List:
		return obj(n, "List", "elts", exprs(n.Elts), "ctx", n.Ctx.String())
	case *Tuple:
		return obj(n, "Tuple", "elts", exprs(n.Elts), "ctx", n.Ctx.String())
	case *Slice:
		return obj(n, "Slice", "lower", expr(n.Lower), "upper", expr(n.Upper), "step", expr(n.Step))
	case *Arguments:
		var vararg, kwarg any
		if n.Vararg != nil {
			vararg = dump(n.Vararg)
		}
		if n.Kwarg != nil {
			kwarg = dump(n.Kwarg)
		}
		return obj(nil, "arguments", "posonlyargs", args(n.Posonlyargs), "args", args(n.Args), "vararg", vararg,
			"kwonlyargs", args(n.Kwonlyargs), "kw_defaults", exprs(n.KwDefaults), "kwarg", kwarg, "defaults", exprs(n.Defaults))
	case *Arg:
		return obj(n, "arg", "arg", n.Arg, "annotation", expr(n.Annotation))
	case *Keyword:
		var arg any
		if n.Arg != "" {
			arg = n.Arg
		}
		return obj(n, "keyword", "arg", arg, "value", expr(n.Value))
	case *Alias:
		var as any
		if n.Asname != "" {
			as = n.Asname
		}
		return obj(n, "alias", "name", n.Name, "asname", as)
	case *WithItem:
		return obj(nil, "withitem", "context_expr", expr(n.ContextExpr), "optional_vars", expr(n.OptionalVars))
	case *Comprehension:
		return obj(nil, "comprehension", "target", expr(n.Target), "iter", expr(n.Iter), "ifs", exprs(n.Ifs), "is_async", float64(0))
	case *ExceptHandler:
		var name any
		if n.Name != "" {
			name = n.Name
		}
		return obj(n, "ExceptHandler", "type", expr(n.Type), "name", name, "body", stmts(n.Body))
	}
	panic(fmt.Sprintf("dump: unexpected %T", n))
}

// obj builds a node object; loc is nil for nodes CPython gives no
// position (and for the module).
func obj(loc Node, typ string, kv ...any) map[string]any {
	m := map[string]any{"_type": typ}
	for i := 0; i < len(kv); i += 2 {
		m[kv[i].(string)] = kv[i+1]
	}
	if loc != nil {
		if _, isMod := loc.(*Module); !isMod {
			s := loc.Span()
			m["_loc"] = []any{float64(s.Line), float64(s.Col), float64(s.EndLine), float64(s.EndCol)}
		}
	}
	return m
}

func expr(e Expr) any {
	if e == nil {
		return nil
	}
	return dump(e)
}

func exprs(list []Expr) []any {
	out := make([]any, len(list))
	for i, e := range list {
		out[i] = expr(e)
	}
	return out
}

func stmts(list []Stmt) []any {
	out := make([]any, len(list))
	for i, s := range list {
		out[i] = dump(s)
	}
	return out
}

func comps(list []*Comprehension) []any {
	out := make([]any, len(list))
	for i, c := range list {
		out[i] = dump(c)
	}
	return out
}

func args(list []*Arg) []any {
	out := make([]any, len(list))
	for i, a := range list {
		out[i] = dump(a)
	}
	return out
}

func aliases(list []*Alias) []any {
	out := make([]any, len(list))
	for i, a := range list {
		out[i] = dump(a)
	}
	return out
}

func strs(list []string) []any {
	out := make([]any, len(list))
	for i, s := range list {
		out[i] = s
	}
	return out
}

func constant(v any) any {
	switch v := v.(type) {
	case NoneType:
		return map[string]any{"None": true}
	case EllipsisType:
		return map[string]any{"Ellipsis": true}
	case bool:
		return map[string]any{"bool": v}
	case int64:
		return map[string]any{"int": strconv.FormatInt(v, 10)}
	case *big.Int:
		return map[string]any{"int": v.String()}
	case float64:
		return map[string]any{"float": pyFloatRepr(v)}
	case string:
		return map[string]any{"str": v}
	case []byte:
		out := make([]any, len(v))
		for i, b := range v {
			out[i] = float64(b)
		}
		return map[string]any{"bytes": out}
	}
	panic(fmt.Sprintf("constant: unexpected %T", v))
}

// pyFloatRepr formats f as Python's repr does.
func pyFloatRepr(f float64) string {
	switch {
	case math.IsInf(f, 1):
		return "inf"
	case math.IsInf(f, -1):
		return "-inf"
	case math.IsNaN(f):
		return "nan"
	}
	e := strconv.FormatFloat(f, 'e', -1, 64) // d.ddde±XX
	exp, _ := strconv.Atoi(e[strings.IndexByte(e, 'e')+1:])
	if exp < -4 || exp >= 16 {
		mant, x, _ := strings.Cut(e, "e")
		if x[0] == '+' {
			x = x[1:]
		}
		sign := ""
		if x[0] == '-' {
			sign, x = "-", x[1:]
		}
		if len(x) < 2 {
			x = "0" + x
		}
		return mant + "e" + map[bool]string{true: "-", false: "+"}[sign == "-"] + x
	}
	s := strconv.FormatFloat(f, 'f', -1, 64)
	if !strings.ContainsAny(s, ".") {
		s += ".0"
	}
	return s
}
