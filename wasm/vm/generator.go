package vm

import (
	"slices"

	"github.com/exitplay/exitplay/wasm/internal/printf"
)

// Generator is a generator object. Its frame runs on its own goroutine;
// control passes back and forth over channels so that exactly one side
// runs at a time and the generator's Go stack (its try blocks, with
// statements and loops) survives across yields.
type Generator struct {
	fn      *Function
	frame   *Frame
	started bool
	running bool
	done    bool
	resume  chan genMsg
	yieldc  chan genMsg
	// handling is the exception the generator's own code was handling
	// when it last yielded (its sys.exc_info()), nil if none.
	handling *Exception
}

// Type returns generator.
func (*Generator) Type() *Type { return GeneratorType }

type genMsg struct {
	val  Value
	err  error
	done bool
}

// errKilled unwinds a suspended generator's goroutine at interpreter
// shutdown without running any Python code.
var errKilled = &HardStop{Reason: "killed", Detail: "generator abandoned at shutdown"}

func newGenerator(t *Thread, fr *Frame, fn *Function) *Generator {
	g := &Generator{fn: fn, frame: fr}
	fr.gen = g
	fr.thread = t
	return g
}

// resumeWith runs the generator until its next yield or its end. For an
// ordinary next() v is None and exc nil; throw() passes exc.
func (g *Generator) resumeWith(t *Thread, v Value, exc error) (Value, bool, error) {
	if g.running {
		return nil, false, t.valueErrorf("generator already executing")
	}
	if g.done {
		if exc != nil {
			return nil, false, exc
		}
		return nil, true, nil
	}
	if !g.started {
		if exc != nil {
			g.done = true
			return nil, false, exc
		}
		if v != None {
			return nil, false, t.typeErrorf("can't send non-None value to a just-started generator")
		}
		g.start(t)
	}
	if t.depth >= t.interp.limit {
		return nil, false, Errorf(RecursionErrorType, "maximum recursion depth exceeded")
	}
	g.running = true
	fr := g.frame
	fr.Back = t.frame
	t.frame = fr
	t.depth++
	// The generator sees its own handled exception, or else its caller's.
	callerHandling := t.handling
	if g.handling != nil {
		t.handling = g.handling
	}
	g.resume <- genMsg{val: v, err: exc}
	msg := <-g.yieldc
	g.handling = nil
	if t.handling != callerHandling {
		g.handling = t.handling
	}
	t.handling = callerHandling
	t.depth--
	t.handBack()
	t.frame = fr.Back
	g.running = false
	if msg.done {
		g.done = true
		delete(t.interp.gens, g)
		delete(t.interp.fin.live, g)
		if msg.err != nil {
			if e, ok := msg.err.(*Exception); ok && e.Class.IsSubtype(StopIterationType) {
				re := Errorf(RuntimeErrorType, "generator raised StopIteration")
				re.Cause, re.Context, re.SuppressContext = e, e, true
				return nil, false, re
			}
			return nil, false, msg.err
		}
		return msg.val, true, nil
	}
	return msg.val, false, nil
}

func (g *Generator) start(t *Thread) {
	g.started = true
	g.resume = make(chan genMsg)
	g.yieldc = make(chan genMsg)
	t.interp.genSeq++
	t.interp.gens[g] = t.interp.genSeq
	t.trackGenerator(g)
	go func() {
		var result genMsg
		defer func() {
			if r := recover(); r != nil {
				result = genMsg{done: true, err: printf.Errorf("internal error in generator: %v", r)}
			}
			g.yieldc <- result
		}()
		first := <-g.resume
		if first.err != nil {
			result = genMsg{done: true, err: first.err}
			return
		}
		_, err := g.frame.Code.body(g.frame)
		if err != nil {
			result = genMsg{done: true, err: err}
			return
		}
		rv := g.frame.retval
		if rv == nil {
			rv = None
		}
		result = genMsg{done: true, val: rv}
	}()
}

// yield is called on the generator's goroutine: it hands v to the
// resumer and waits for the next send/throw.
func (g *Generator) yield(v Value) (Value, error) {
	g.yieldc <- genMsg{val: v}
	msg := <-g.resume
	if msg.err != nil {
		return nil, msg.err
	}
	return msg.val, nil
}

func (g *Generator) next(t *Thread) (Value, bool, error) {
	v, done, err := g.resumeWith(t, None, nil)
	if err != nil || done {
		return nil, false, err
	}
	return v, true, nil
}

// yieldFrom delegates to a sub-iterator (yield from).
func (g *Generator) yieldFrom(t *Thread, src Value) (Value, error) {
	it, err := Iterate(t, src)
	if err != nil {
		return nil, err
	}
	sub, isGen := it.(*Generator)
	// The delegate is a root while the generator is suspended in it.
	n := len(g.frame.iters)
	g.frame.iters = append(g.frame.iters, it)
	defer func() {
		clear(g.frame.iters[n:])
		g.frame.iters = g.frame.iters[:n]
	}()
	var toSend Value = None
	var toThrow error
	for {
		var v Value
		var done bool
		if isGen {
			v, done, err = sub.resumeWith(t, toSend, toThrow)
		} else if toThrow != nil {
			return nil, toThrow
		} else {
			var ok bool
			v, ok, err = Next(t, it)
			done = !ok
			if done {
				v = None
			}
		}
		if err != nil {
			return nil, err
		}
		if done {
			return v, nil
		}
		toSend, toThrow = g.yield(v)
		if toThrow != nil {
			if e, ok := toThrow.(*Exception); ok && e.Class.IsSubtype(GeneratorExitType) && isGen {
				if _, cerr := sub.close(t); cerr != nil {
					return nil, cerr
				}
				return nil, toThrow
			}
		}
	}
}

// close implements generator.close().
func (g *Generator) close(t *Thread) (Value, error) {
	if !g.started || g.done {
		g.done = true
		return None, nil
	}
	if t.obs != nil {
		ev := &Event{Kind: EvGenClose}
		if g.frame.node != nil {
			ev.Span = g.frame.node.Span()
		}
		t.observe(ev)
	}
	_, done, err := g.resumeWith(t, None, NewException(GeneratorExitType))
	if err != nil {
		if e, ok := err.(*Exception); ok && (e.Class.IsSubtype(GeneratorExitType) || e.Class.IsSubtype(StopIterationType)) {
			return None, nil
		}
		return nil, err
	}
	if !done {
		return nil, Errorf(RuntimeErrorType, "generator ignored GeneratorExit")
	}
	return None, nil
}

// Shutdown unwinds the goroutines of generators still suspended, without
// running their finally blocks. Call it when a run is over.
func (in *Interpreter) Shutdown() {
	for g := range in.gens {
		if g.started && !g.done && !g.running {
			g.resume <- genMsg{err: errKilled}
			<-g.yieldc
			g.done = true
		}
	}
	in.gens = map[*Generator]int{}
}

// SuspendedGenerators returns the generators paused at a yield, in the
// order they started, for the finalization of module globals.
func (in *Interpreter) SuspendedGenerators() []*Generator {
	// Sort their start numbers: plain integers sort with code the browser
	// module already has (sort.Slice would link reflection).
	byStart := map[int]*Generator{}
	var starts []int
	for g, n := range in.gens {
		if g.started && !g.done {
			byStart[n] = g
			starts = append(starts, n)
		}
	}
	slices.Sort(starts)
	out := make([]*Generator, len(starts))
	for i, n := range starts {
		out[i] = byStart[n]
	}
	return out
}

// Close runs generator.close() from Go.
func (g *Generator) Close(t *Thread) error {
	_, err := g.close(t)
	return err
}

// generatorMethods are built-in methods of generator.
var generatorMethods = []method{
	{"send", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		if len(args) != 2 {
			return nil, t.typeErrorf("generator.send() takes exactly one argument (%d given)", len(args)-1)
		}
		v, done, err := args[0].(*Generator).resumeWith(t, args[1], nil)
		if err != nil {
			return nil, err
		}
		if done {
			return nil, NewException(StopIterationType, stopArgs(v)...)
		}
		return v, nil
	}},
	{"throw", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		if len(args) < 2 {
			return nil, t.typeErrorf("throw expected at least 1 argument, got 0")
		}
		var exc *Exception
		var err error
		if len(args) >= 3 && args[2] != None {
			if e, ok := args[2].(*Exception); ok && IsInstance(e, args[1].(*Type)) {
				exc = e
			} else if cls, ok := args[1].(*Type); ok {
				r, cerr := t.construct(cls, []Value{args[2]}, nil)
				if cerr != nil {
					return nil, cerr
				}
				exc, _ = r.(*Exception)
			}
		}
		if exc == nil {
			exc, err = makeException(t, args[1], false)
			if err != nil {
				return nil, err
			}
		}
		t.raised(exc, nil, false)
		v, done, err := args[0].(*Generator).resumeWith(t, None, exc)
		if err != nil {
			return nil, err
		}
		if done {
			return nil, NewException(StopIterationType, stopArgs(v)...)
		}
		return v, nil
	}},
	{"close", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		return args[0].(*Generator).close(t)
	}},
	{"__next__", func(t *Thread, args []Value, kw []Kwarg) (Value, error) {
		v, done, err := args[0].(*Generator).resumeWith(t, None, nil)
		if err != nil {
			return nil, err
		}
		if done {
			return nil, NewException(StopIterationType, stopArgs(v)...)
		}
		return v, nil
	}},
	{"__iter__", func(t *Thread, args []Value, kw []Kwarg) (Value, error) { return args[0], nil }},
}

func init() {
	GeneratorType.setMethods(generatorMethods)
}

func stopArgs(v Value) []Value {
	if v == None || v == nil {
		return nil
	}
	return []Value{v}
}
