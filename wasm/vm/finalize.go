package vm

import (
	"slices"

	"github.com/exitplay/exitplay/wasm/syntax"
)

// Finalization of objects whose class defines __del__.
//
// CPython calls __del__ as soon as the last reference to an object goes
// away. The interpreter has no reference counts; it gets the same timing
// for the programs people write by tracing on demand: an instance of a
// class with __del__ becomes a suspect when it is created and whenever a
// variable, attribute or container slot that held it is rebound, deleted
// or cleared, or the frame holding it returns. At the next statement
// boundary of the frame that made it a suspect (or of a caller), the
// interpreter marks everything reachable from the roots (modules, the
// running frames with their loop iterators and with-statement managers,
// the exception being handled and what the host reports through
// Options.Roots); every suspect not reached is finalized, and what it
// alone held is examined in turn.
//
// Values a statement is still working with (an argument evaluated before
// another call, an operand, a list a builtin is filling) are held only by
// Go code, so two rules keep them alive. When a call returns, the suspects
// recorded below the caller become the caller's (handBack): only the
// caller's statement boundaries may collect them. And a collection inside
// a statement happens only where nothing of it is in flight but a call's
// callee and arguments, which are then roots: just before the call that
// is the whole value of an expression statement, assignment or return
// (Frame.invoke), so that print(Temp().value) runs __del__ before print as
// CPython does. A temporary dropped inside a larger expression, as in
// print(f(Temp().value)), waits for that outer call.
//
// Only the code that drops a reference pays: a check of one counter while
// no object with __del__ is alive.

// suspect is a finalizable object (an *Instance with __del__ or a
// suspended *Generator with cleanup code) that may have lost its last
// reference, and the call depth of the frame where that happened.
type suspect struct {
	obj   Value
	depth int
	// via is the value whose dropped reference led to obj (obj itself
	// when that was a direct reference).
	via Value
}

// finalizer is the interpreter's finalization state.
type finalizer struct {
	// live holds the instances with __del__ not yet finalized, the
	// suspended generators whose close() runs code and the objects with a
	// release hook, each with its registration number.
	live map[Value]uint64
	seq  uint64
	// hooks are the host's release callbacks (OnRelease).
	hooks    map[Value]func(t *Thread) error
	suspects []suspect
	// maxDepth is the deepest depth among suspects; a statement boundary
	// at this depth or shallower collects.
	maxDepth int
	running  bool
	// cycleHeld are live objects found held by an unreachable reference
	// cycle: only the cycle collector frees them.
	cycleHeld map[Value]bool
	// lastCost is the number of objects the last trace visited, and
	// lastSteps the thread's step count then: a big heap is traced only
	// as often as the work done since pays for it.
	lastCost  int
	lastSteps int64
	// holding are values only Go code holds, made roots by hold: the
	// arguments of running builtins, the callee and arguments of a call
	// about to be made.
	holding []Value
	// traces counts the traces of the reachable objects.
	traces uint64
}

// holdMark is where hold started adding roots.
type holdMark struct {
	n      int
	traces uint64
}

// hold makes fn (when not nil), args and the keyword values roots until
// unhold.
func (f *finalizer) hold(fn Value, args []Value, kw []Kwarg) holdMark {
	m := holdMark{len(f.holding), f.traces}
	if fn != nil {
		f.holding = append(f.holding, fn)
	}
	f.holding = append(f.holding, args...)
	for _, k := range kw {
		f.holding = append(f.holding, k.Value)
	}
	return m
}

// unhold removes the roots hold added at m. If a trace ran since, what
// they held stopped being a suspect by being reached through them; they
// are let go of now, so that it becomes one again.
func (t *Thread) unhold(m holdMark) {
	f := &t.interp.fin
	if f.traces != m.traces {
		t.droppedAll(f.holding[m.n:])
	}
	clear(f.holding[m.n:])
	f.holding = f.holding[:m.n]
}

// track registers a new instance if its class defines __del__; a new
// object is a suspect until something holds it.
func (t *Thread) track(o *Instance) {
	if o.Class.Lookup("__del__") == nil {
		return
	}
	t.interp.fin.add(o, t.depth)
}

// trackGenerator registers a generator that has started, if closing it
// runs code (its body has try or with statements).
func (t *Thread) trackGenerator(g *Generator) {
	if g.frame.Code.cleanup {
		t.interp.fin.add(g, t.depth)
	}
}

func (f *finalizer) add(v Value, depth int) {
	if f.live == nil {
		f.live = map[Value]uint64{}
		f.cycleHeld = map[Value]bool{}
	}
	f.seq++
	f.live[v] = f.seq
	f.suspect(v, depth, v)
}

func (f *finalizer) suspect(o Value, depth int, via Value) {
	if len(f.suspects) == 0 || depth > f.maxDepth {
		f.maxDepth = depth
	}
	f.suspects = append(f.suspects, suspect{o, depth, via})
}

// handBack is called when a call returns to depth t.depth: the suspects
// recorded deeper become the caller's. What the callee made or dropped may
// now be held only by a value the caller is still working with (an
// argument evaluated before the call, an operand, a builtin's list) that
// no root shows, so only the caller's statement boundaries may collect it.
func (t *Thread) handBack() {
	if f := &t.interp.fin; f.maxDepth > t.depth && len(f.suspects) > 0 {
		for i := range f.suspects {
			f.suspects[i].depth = min(f.suspects[i].depth, t.depth)
		}
		f.maxDepth = t.depth
	}
}

// dropped records that a reference to v went away. It looks through
// containers (newest items first, as CPython releases a list from its
// end) for finalizable objects.
func (t *Thread) dropped(v Value) {
	if f := &t.interp.fin; len(f.live) > 0 && v != nil {
		f.findSuspects(v, v, t.depth, 0)
	}
}

// droppedAll is dropped for each of vs.
func (t *Thread) droppedAll(vs []Value) {
	if len(t.interp.fin.live) > 0 {
		for i := len(vs) - 1; i >= 0; i-- {
			t.dropped(vs[i])
		}
	}
}

func (f *finalizer) findSuspects(v, via Value, depth, level int) {
	if level > 4 {
		return
	}
	switch x := v.(type) {
	case *Generator:
		if f.live[x] != 0 {
			f.suspect(x, depth, via)
		}
	case *Instance:
		if f.live[x] != 0 {
			f.suspect(x, depth, via)
			return
		}
		f.findSuspectsInDict(x.Dict, via, depth, level)
		if x.Base != nil {
			f.findSuspects(x.Base, via, depth, level+1)
		}
	case *List:
		f.findSuspectsIn(x.Items, via, depth, level)
	case Tuple:
		f.findSuspectsIn(x, via, depth, level)
	case *Dict:
		f.findSuspectsInDict(x, via, depth, level)
	case *Cell:
		f.findSuspects(x.V, via, depth, level+1)
	case *Iter:
		f.findSuspects(x.Src, via, depth, level+1)
	case *BoundMethod:
		f.findSuspects(x.Self, via, depth, level+1)
	case *Builtin:
		if x.Self != nil {
			f.findSuspects(x.Self, via, depth, level+1)
		}
	}
}

// findSuspectsIn is findSuspects for the items of a list or tuple, the
// newest thousand of them, last first.
func (f *finalizer) findSuspectsIn(items []Value, via Value, depth, level int) {
	for i := len(items) - 1; i >= 0 && i >= len(items)-1000; i-- {
		f.findSuspects(items[i], via, depth, level+1)
	}
}

// findSuspectsInDict is findSuspects for the values of a dict.
func (f *finalizer) findSuspectsInDict(d *Dict, via Value, depth, level int) {
	for _, kv := range d.Items() {
		f.findSuspects(kv[1], via, depth, level+1)
	}
}

// collectAt runs a collection if a suspect was recorded at depth or
// deeper; block calls it after each statement.
func (t *Thread) collectAt() error {
	f := &t.interp.fin
	if len(f.suspects) == 0 || t.depth > f.maxDepth || f.running {
		return nil
	}
	// With a big heap, the suspects wait until the work done since the
	// last trace pays for the next one.
	if f.lastCost > 1<<16 && (t.Steps-f.lastSteps)*16 < int64(f.lastCost) {
		return nil
	}
	f.running = true
	defer func() { f.running = false }()
	for len(f.suspects) > 0 {
		var now, later []suspect
		for _, s := range f.suspects {
			switch {
			case f.live[s.obj] == 0:
			case s.depth >= t.depth:
				now = append(now, s)
			default:
				later = append(later, s)
			}
		}
		// Most suspects are plainly still held (stored in a variable,
		// appended to a list); only the others need a full trace. With
		// many suspects one trace is cheaper than looking for each.
		if len(now) <= 16 {
			doubtful := now[:0]
			for _, s := range now {
				if !t.plainlyHeld(s.obj) {
					doubtful = append(doubtful, s)
				}
			}
			now = doubtful
		}
		f.suspects = later
		f.maxDepth = 0
		for _, s := range later {
			f.maxDepth = max(f.maxDepth, s.depth)
		}
		if len(now) == 0 {
			break
		}
		marked := t.markReachable()
		for _, s := range now {
			// An object in a reference cycle waits for the cycle
			// collector (CollectCycles), as in CPython.
			if f.live[s.obj] == 0 || marked[s.obj] || reachesItself(s.obj, marked) {
				continue
			}
			if heldByCycle(s.via, s.obj, marked) {
				f.cycleHeld[s.obj] = true
				continue
			}
			if err := t.release(s.obj); err != nil {
				return err
			}
		}
	}
	return nil
}

// plainlyHeld looks for v, within a small budget, in the variables of
// the running frames and of their modules and one level inside the
// containers and objects they hold (lists from their end, where new items
// go). Finding it proves v reachable; not finding it proves nothing.
func (t *Thread) plainlyHeld(v Value) bool {
	budget := 4096
	var inside []Value
	look := func(x Value) bool {
		budget--
		if x == v {
			return true
		}
		switch x.(type) {
		case *List, *Dict, *Instance, *Cell:
			inside = append(inside, x)
		}
		return false
	}
	lookDict := func(d *Dict) bool {
		if d == nil {
			return false
		}
		for i := len(d.tb.vals) - 1; i >= 0 && budget > 0; i-- {
			if d.tb.keys[i] != nil && look(d.tb.vals[i]) {
				return true
			}
		}
		return false
	}
	for fr := t.frame; fr != nil && budget > 0; fr = fr.Back {
		for _, x := range fr.Locals {
			if x != nil && look(x) {
				return true
			}
		}
		if lookDict(fr.NS) || lookDict(fr.Globals) || fr.retval == v {
			return true
		}
	}
	for _, c := range inside {
		switch x := c.(type) {
		case *List:
			for i := len(x.Items) - 1; i >= 0 && budget > 0; i-- {
				if look(x.Items[i]) {
					return true
				}
			}
		case *Dict:
			if lookDict(x) {
				return true
			}
		case *Instance:
			if lookDict(x.Dict) {
				return true
			}
		case *Cell:
			if look(x.V) {
				return true
			}
		}
		if budget <= 0 {
			break
		}
	}
	return false
}

// release finalizes an unreachable object, then looks at what it alone
// held.
func (t *Thread) release(v Value) error {
	f := &t.interp.fin
	delete(f.live, v)
	delete(f.cycleHeld, v)
	if err := t.finalize(v); err != nil {
		return err
	}
	if o, ok := v.(*Instance); ok {
		for _, kv := range o.Dict.Items() {
			f.findSuspects(kv[1], kv[1], t.depth, 1)
		}
		if o.Base != nil {
			f.findSuspects(o.Base, o.Base, t.depth, 1)
		}
	}
	return nil
}

// reachesItself reports whether v, found unreachable, is part of a
// reference cycle among unreachable objects (marked holds the reachable
// ones, which a cycle through v cannot pass).
func reachesItself(v Value, marked map[any]bool) bool {
	m := &marker{seen: map[any]bool{}, skip: marked}
	m.children(v)
	m.run()
	return m.seen[v]
}

// heldByCycle reports whether target, found unreachable, is held through
// via by a reference cycle among unreachable objects (marked holds the
// reachable ones): CPython frees such an object only when the cycle
// collector runs. Past a small number of objects it gives up and says no.
func heldByCycle(via, target Value, marked map[any]bool) bool {
	if via == nil || via == target {
		return false
	}
	// Marking target as seen keeps the walk out of what target holds.
	m := &marker{seen: map[any]bool{target: true}, skip: marked}
	m.push(via)
	m.run()
	if len(m.seen) > 256 {
		return false
	}
	for x := range m.seen {
		if v, ok := x.(Value); ok && v != target && reachesItself(v, marked) && reaches(v, target, marked) {
			return true
		}
	}
	return false
}

// reaches reports whether target can be reached from v through objects
// not in marked.
func reaches(v, target Value, marked map[any]bool) bool {
	m := &marker{seen: map[any]bool{}, skip: marked}
	m.children(v)
	m.run()
	return m.seen[target]
}

// OnRelease registers fn to run when obj becomes unreachable (after
// __del__, if it has one), as weakref.finalize callbacks and file objects
// closing on their last reference need. The host must not hold obj in a
// value it reports through Options.Roots.
func (in *Interpreter) OnRelease(obj Value, fn func(t *Thread) error) {
	f := &in.fin
	if f.hooks == nil {
		f.hooks = map[Value]func(t *Thread) error{}
	}
	f.hooks[obj] = fn
	if f.live[obj] == 0 {
		f.add(obj, in.main.depth)
		f.suspects = f.suspects[:len(f.suspects)-1]
	}
}

// Released reports whether obj, registered with OnRelease or having
// __del__, has been finalized (or was never tracked).
func (in *Interpreter) Released(obj Value) bool { return in.fin.live[obj] == 0 }

// ReleaseUnreachable finalizes every tracked object no longer reachable
// that is not in a reference cycle: what CPython's reference counting
// would already have freed. The host calls it after dropping an exception
// that escaped __main__ (whose traceback kept frames alive).
func (in *Interpreter) ReleaseUnreachable() error { return in.collect(false) }

// CollectCycles finalizes every tracked object no longer reachable,
// reference cycles included, oldest first: CPython's gc.collect(), which
// Py_FinalizeEx runs once after the atexit callbacks.
func (in *Interpreter) CollectCycles() error { return in.collect(true) }

func (in *Interpreter) collect(cycles bool) error {
	t := in.main
	f := &in.fin
	if len(f.live) == 0 || f.running {
		return nil
	}
	f.running = true
	defer func() { f.running = false }()
	marked := t.markReachable()
	// The dead in the order they were registered: sort their sequence
	// numbers (plain integers sort with code the module already has).
	bySeq := map[int]Value{}
	var seqs []int
	for v, seq := range f.live {
		if !marked[v] && (cycles || !reachesItself(v, marked) && !f.cycleHeld[v]) {
			bySeq[int(seq)] = v
			seqs = append(seqs, int(seq))
		}
	}
	slices.Sort(seqs)
	dead := make([]Value, len(seqs))
	for i, seq := range seqs {
		dead[i] = bySeq[seq]
	}
	for _, v := range dead {
		if f.live[v] == 0 {
			continue
		}
		if err := t.release(v); err != nil {
			return err
		}
	}
	f.suspects = nil
	return nil
}

// finalize calls an instance's __del__ or closes a generator, then the
// host's release hook; an exception is reported as unraisable.
func (t *Thread) finalize(v Value) error {
	if err := t.finalizeObject(v); err != nil {
		return err
	}
	if fn := t.interp.fin.hooks[v]; fn != nil {
		delete(t.interp.fin.hooks, v)
		return fn(t)
	}
	return nil
}

func (t *Thread) finalizeObject(v Value) error {
	saved := t.handling
	var err error
	var culprit Value = v
	switch x := v.(type) {
	case *Instance:
		del := x.Class.Lookup("__del__")
		if del == nil {
			return nil
		}
		culprit = del
		_, err = t.callMethod(del, x)
	case *Generator:
		_, err = x.close(t)
		if e, ok := err.(*Exception); ok && e.Traceback == nil && t.frame != nil {
			// Raised by close() itself: CPython's traceback shows where
			// the last reference went.
			e.Traceback = &Traceback{Frame: t.frame, Node: droppedAt(t.frame.node)}
		}
	}
	t.handling = saved
	if err == nil {
		return nil
	}
	if _, hard := err.(*HardStop); hard {
		return err
	}
	return t.Unraisable(err, culprit)
}

// droppedAt is the part of statement n that dropped a reference: the
// target of a del or an assignment, or the statement.
func droppedAt(n syntax.Node) syntax.Node {
	switch s := n.(type) {
	case *syntax.Delete:
		return s.Targets[0]
	case *syntax.Assign:
		return s.Targets[0]
	}
	return n
}

// Unraisable reports an exception that cannot propagate (raised by
// __del__, a generator's cleanup, ...) through Options.Unraisable, or as
// CPython's default "Exception ignored in: <obj>" report on stderr. Only a
// *HardStop comes back.
func (t *Thread) Unraisable(err error, obj Value) error {
	if h := t.interp.opts.Unraisable; h != nil {
		return h(t, err, obj)
	}
	e, ok := err.(*Exception)
	if !ok {
		return err
	}
	r, rerr := Repr(t, obj)
	if rerr != nil {
		r = "<object repr() failed>"
	}
	_, werr := t.host.Write(2, []byte("Exception ignored in: "+r+"\n"+FormatException(t, e)))
	if _, hard := werr.(*HardStop); hard {
		return werr
	}
	return nil
}

// markReachable returns the set of objects reachable from the roots.
func (t *Thread) markReachable() map[any]bool {
	in := t.interp
	m := &marker{seen: map[any]bool{}}
	m.push(in.modules)
	m.push(in.builtins)
	for fr := t.frame; fr != nil; fr = fr.Back {
		m.push(fr)
	}
	if t.handling != nil {
		m.push(t.handling)
	}
	m.pushAll(in.fin.holding)
	if in.opts.Roots != nil {
		for _, v := range in.opts.Roots() {
			m.push(v)
		}
	}
	m.run()
	in.fin.lastCost, in.fin.lastSteps = len(m.seen), t.Steps
	in.fin.traces++
	return m.seen
}

// marker walks the object graph.
type marker struct {
	seen  map[any]bool
	stack []Value
	// skip, when set, holds objects not to enter (those known reachable).
	skip map[any]bool
}

func (m *marker) push(v Value) {
	if v != nil {
		m.stack = append(m.stack, v)
	}
}

func (m *marker) pushAll(vs []Value) {
	for _, v := range vs {
		m.push(v)
	}
}

// pushDict pushes a dict held by an object (a namespace): the dict
// itself, so that its items are visited once.
func (m *marker) pushDict(d *Dict) {
	if d != nil {
		m.push(d)
	}
}

func (m *marker) run() {
	for len(m.stack) > 0 {
		v := m.stack[len(m.stack)-1]
		m.stack = m.stack[:len(m.stack)-1]
		if tu, ok := v.(Tuple); ok {
			m.pushAll(tu)
			continue
		}
		switch v.(type) {
		case Int, Float, Str, Bool, Bytes, NoneType:
			continue
		}
		if m.seen[v] || m.skip[v] {
			continue
		}
		m.seen[v] = true
		m.children(v)
	}
}

// children pushes the values v refers to.
func (m *marker) children(v Value) {
	switch x := v.(type) {
	case *Instance:
		m.push(x.Class)
		m.pushDict(x.Dict)
		if x.Base != nil {
			m.push(x.Base)
		}
	case *Type:
		m.pushDict(x.Dict)
		for _, b := range x.MRO {
			m.push(b)
		}
	case *List:
		m.pushAll(x.Items)
	case *Dict:
		for _, kv := range x.Items() {
			m.push(kv[0])
			m.push(kv[1])
		}
	case *Set:
		m.pushAll(x.Elems())
	case *Module:
		m.pushDict(x.Globals)
	case *Function:
		m.pushDict(x.Globals)
		m.pushDict(x.Dict)
		m.push(x.Defaults)
		for _, kv := range x.KwDefaults {
			m.push(kv)
		}
		for _, c := range x.Closure {
			m.push(c)
		}
	case *Cell:
		m.push(x.V)
	case *BoundMethod:
		m.push(x.Self)
		m.push(x.Func)
	case *Builtin:
		m.push(x.Self)
	case *StaticMethod:
		m.push(x.Func)
	case *ClassMethod:
		m.push(x.Func)
	case *Property:
		m.pushAll([]Value{x.Get, x.Set, x.Del, x.Doc})
	case *Exception:
		m.push(x.Args)
		m.pushDict(x.Dict)
		if x.Cause != nil {
			m.push(x.Cause)
		}
		if x.Context != nil {
			m.push(x.Context)
		}
		if x.Traceback != nil {
			m.push(x.Traceback)
		}
	case *Traceback:
		m.push(x.Frame)
		if x.Next != nil {
			m.push(x.Next)
		}
	case *Frame:
		m.pushAll(x.Locals)
		m.pushDict(x.Globals)
		m.pushDict(x.NS)
		m.push(x.retval)
		m.pushAll(x.iters)
		// A running generator is held by its caller; a suspended
		// one's frame does not keep it alive.
		if x.gen != nil && x.gen.running {
			m.push(x.gen)
		}
	case *Generator:
		if !x.done {
			m.push(x.frame)
		}
		m.push(x.fn)
	case *Iter:
		m.push(x.Src)
	case *DictView:
		m.push(x.D)
	case *Super:
		m.push(x.Obj)
	}
}
