package vm

import (
	"sort"
	"strings"
	"unicode"

	"github.com/exitplay/exitplay/wasm/internal/printf"
	"github.com/exitplay/exitplay/wasm/syntax"
)

// Traceback is one entry of an exception's __traceback__: a frame and the
// node that was executing in it. Next is the next frame inward.
type Traceback struct {
	Frame *Frame
	Node  syntax.Node
	Next  *Traceback
}

// Type returns traceback.
func (*Traceback) Type() *Type { return TracebackType }

// FormatException returns the text CPython 3.11 prints for an uncaught
// exception: chained causes and contexts, each with its traceback, the
// exception line (with "Did you mean" hints) and notes; exception groups
// are drawn in boxes.
func FormatException(t *Thread, e *Exception) string {
	var b strings.Builder
	p := &groupPrinter{t: t, b: &b}
	p.format(e, map[*Exception]bool{})
	return b.String()
}

// FormatTraceback returns the "  File ..." lines of a traceback, with
// source lines, PEP 657 carets and collapsed recursion.
func FormatTraceback(tb *Traceback) string {
	var b strings.Builder
	const cutoff = 3
	var lastFile, lastName string
	lastLine, cnt := -1, 0
	for ; tb != nil; tb = tb.Next {
		code := tb.Frame.Code
		line := tb.Node.Span().Line
		if code.Source.Filename != lastFile || line != lastLine || code.Name != lastName {
			if cnt > cutoff {
				writeRepeated(&b, cnt-cutoff)
			}
			lastFile, lastLine, lastName, cnt = code.Source.Filename, line, code.Name, 0
		}
		cnt++
		if cnt > cutoff {
			continue
		}
		printf.Fprintf(&b, "  File \"%s\", line %d, in %s\n", code.Source.Filename, line, code.Name)
		b.WriteString(sourceLines(code.Source, tb.Node))
	}
	if cnt > cutoff {
		writeRepeated(&b, cnt-cutoff)
	}
	return b.String()
}

func writeRepeated(b *strings.Builder, n int) {
	s := "s"
	if n == 1 {
		s = ""
	}
	printf.Fprintf(b, "  [Previous line repeated %d more time%s]\n", n, s)
}

// sourceLines prints the stripped source line of n and, when CPython
// would, the caret line under it.
func sourceLines(src *Source, n syntax.Node) string {
	sp := n.Span()
	line := strings.TrimRight(src.Line(sp.Line), " \t\r\n\f")
	stripped := strings.TrimLeftFunc(line, unicode.IsSpace)
	if stripped == "" {
		return ""
	}
	out := "    " + stripped + "\n"
	runes := []rune(line)
	indent := len(runes) - len([]rune(stripped))
	start, end := sp.Col, sp.EndCol
	if sp.EndLine != sp.Line {
		end = len(runes)
	}
	if start < indent || end > len(runes) || end <= start {
		return out
	}
	left, right, anchored := anchors(n)
	if end-start >= len([]rune(stripped)) && !(anchored && right > left) {
		return out
	}
	var c strings.Builder
	c.WriteString("    ")
	c.WriteString(strings.Repeat(" ", start-indent))
	for i := start; i < end; i++ {
		if anchored && i >= left && i < right {
			c.WriteByte('^')
		} else if anchored {
			c.WriteByte('~')
		} else {
			c.WriteByte('^')
		}
	}
	return out + c.String() + "\n"
}

// anchors gives the columns [left, right) that get '^' inside a '~'
// range: the operator of a binary operation, the [index] of a
// subscript. Only single-line nodes have anchors.
func anchors(n syntax.Node) (left, right int, ok bool) {
	sp := n.Span()
	if sp.Line != sp.EndLine {
		return 0, 0, false
	}
	switch x := n.(type) {
	case *syntax.BinOp:
		if x.OpLoc.Line != sp.Line {
			return 0, 0, false
		}
		w := x.OpLoc.EndCol - x.OpLoc.Col
		return x.OpLoc.Col, x.OpLoc.Col + min(w, 2), true
	case *syntax.Subscript:
		vs, ss := x.Value.Span(), x.Slice.Span()
		if vs.EndLine != sp.Line || ss.EndLine != sp.Line {
			return 0, 0, false
		}
		return vs.EndCol, ss.EndCol + 1, true
	}
	return 0, 0, false
}

// FormatExceptionOnly returns the last line(s) of a traceback: "Type:
// message", a "Did you mean" hint, and the notes.
func FormatExceptionOnly(t *Thread, e *Exception) string {
	if se := syntaxErrorOf(e); se != nil {
		return FormatSyntaxError(se)
	}
	name := e.Class.QualifiedName()
	msg, err := ToStr(t, e)
	var line string
	switch {
	case err != nil:
		line = name + ": <exception str() failed>"
	case msg == "":
		line = name
	default:
		line = name + ": " + msg
	}
	if hint := suggestionFor(t, e); hint != "" {
		line += ". Did you mean: '" + hint + "'?"
	}
	out := line + "\n"
	for _, n := range e.Notes() {
		if s, ok := n.(Str); ok {
			out += string(s) + "\n"
		} else {
			r, _ := Repr(t, n)
			out += r + "\n"
		}
	}
	return out
}

func suggestionFor(t *Thread, e *Exception) string {
	nameV, _ := e.Attr("name").(Str)
	if nameV == "" {
		return ""
	}
	name := string(nameV)
	switch {
	case e.Class.IsSubtype(UnboundLocalErrorType):
		return ""
	case e.Class.IsSubtype(NameErrorType):
		tb := e.Traceback
		if tb == nil {
			return ""
		}
		for tb.Next != nil {
			tb = tb.Next
		}
		fr := tb.Frame
		var locals []string
		if fr.Code.Scope != nil && fr.Code.Scope.Parent != nil {
			locals = append(locals, fr.Code.Scope.Slots...)
			sort.Strings(locals)
		}
		if s := suggestion(name, locals); s != "" {
			return s
		}
		if s := suggestion(name, dictKeys(fr.Globals)); s != "" {
			return s
		}
		return suggestion(name, dictKeys(t.interp.builtins))
	case e.Class.IsSubtype(AttributeErrorType):
		obj := e.Attr("obj")
		if obj == nil {
			return ""
		}
		return suggestion(name, Dir(t, obj))
	case e.Class.IsSubtype(ImportErrorType):
		return ""
	}
	return ""
}

func dictKeys(d *Dict) []string {
	var out []string
	for _, k := range d.Keys() {
		if s, ok := k.(Str); ok {
			out = append(out, string(s))
		}
	}
	return out
}

// FormatSyntaxError returns what CPython prints for a SyntaxError in the
// main script (no "Traceback" header).
func FormatSyntaxError(e *syntax.Error) string {
	return e.Report()
}
