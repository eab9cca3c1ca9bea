package sim

import (
	"context"
	_ "github.com/exitplay/exitplay/wasm/lib/stdlib" // contextlib, functools, io, math, random, traceback, …
	"runtime/debug"

	"github.com/exitplay/exitplay/wasm/internal/printf"
	"github.com/exitplay/exitplay/wasm/lib/system"
	"github.com/exitplay/exitplay/wasm/process"
	"github.com/exitplay/exitplay/wasm/trace"
	"github.com/exitplay/exitplay/wasm/vm"
)

// DefaultFilename is the script's name when Request.Filename is empty.
const DefaultFilename = "main.py"

// Run executes a snippet in a fresh simulated process and reports how it
// ended. It never panics: a failure of the engine itself is reported with
// ReasonInternalError.
func Run(req Request) Result { return run(req, true, nil) }

// RunContext is Run for hosts that must bound real time: once ctx is done
// the run stops as if a budget ran out (Reason "limit"). Only the host's
// own protection should use it, since it makes a run depend on the machine.
func RunContext(ctx context.Context, req Request) Result {
	return run(req, true, func() bool { return ctx.Err() != nil })
}

// run is Run with the trace switched on or off (for measuring its cost)
// and an optional real-time interrupt.
func run(req Request, traced bool, interrupt func() bool) (res Result) {
	defer func() {
		if r := recover(); r != nil {
			res = internalError(printf.Sprintf("panic: %v\n%s", r, debug.Stack()))
		}
	}()
	if err := CheckRequest(req); err != nil {
		return internalError("invalid request: " + err.Error())
	}
	filename := req.Filename
	if filename == "" {
		filename = DefaultFilename
	}
	cfg := processConfig(req, filename)
	cfg.Interrupt = interrupt
	var rec *trace.Recorder
	if traced {
		rec = &trace.Recorder{}
		cfg.Trace = rec
	}
	p := process.New(cfg)
	p.FS.Put(filename, []byte(req.Code))
	h := system.NewHost(p)
	var maxAlloc int64
	if req.Limits != nil {
		maxAlloc = req.Limits.MemoryBytes
	}
	in := vm.New(h, h, h.Options(DefaultRecursion, maxAlloc))
	h.Bind(in)
	if rec != nil {
		rec.Depth = func() int { return pythonDepth(in.Thread(), filename) }
		rec.Where = func() *trace.Span { return scriptSpan(in.Thread(), filename) }
	}
	end := ending{h.Finish(in.RunSource(filename, []byte(req.Code)))}
	return end.result(p, rec, filename)
}

// result assembles the Result of a finished process.
func (e *ending) result(p *process.Process, rec *trace.Recorder, script string) Result {
	res := Result{
		Engine:      Version,
		Schema:      SchemaVersion,
		Status:      e.Status,
		Returncode:  e.Returncode,
		Reason:      e.Reason,
		Explanation: e.explain(),
		Stdout:      string(p.Out.Stdout),
		Stderr:      string(p.Out.Stderr),
		Terminal:    []Chunk{},
		Lost:        []Lost{},
		Files:       []File{},
		Stats:       Stats{Steps: p.Clock.Steps(), Seconds: p.Clock.Now()},
	}
	if e.Reason == ReasonSignal {
		res.Signal = process.SignalName(e.Signal)
	}
	for _, c := range p.Out.Chunks {
		stream := "stdout"
		if c.Fd == 2 {
			stream = "stderr"
		}
		res.Terminal = append(res.Terminal, Chunk{Stream: stream, Text: string(c.Data)})
	}
	for _, l := range e.Lost {
		res.Lost = append(res.Lost, Lost{Stream: l.Stream, Text: string(l.Data)})
	}
	paths, contents := p.FS.Snapshot()
	for i, path := range paths {
		if path != script {
			res.Files = append(res.Files, File{Path: path, Content: string(contents[i])})
		}
	}
	res.ErrorAt = e.errorAt(script)
	p.ReportUnsent()
	rec.Emit(trace.Event{Kind: trace.Exit, Status: trace.Int(res.Status), Returncode: trace.Int(res.Returncode),
		Reason: res.Reason, Signal: res.Signal, Text: res.Explanation})
	if rec != nil {
		res.Trace = rec.Events
	}
	return res
}

// errorAt locates the error that ended the run in the script, if one did.
func (e *ending) errorAt(script string) *ErrorAt {
	if se := e.Syntax; se != nil && se.Filename == script {
		at := &ErrorAt{Line: se.Line, Col: max(se.Col-1, 0), EndLine: se.EndLine, EndCol: se.EndCol - 1, Message: e.Message}
		if at.EndLine < at.Line || se.EndCol <= 0 {
			// The end is unknown: the range is the position itself.
			at.EndLine, at.EndCol = at.Line, at.Col
		}
		return at
	}
	if e.At == nil {
		return nil
	}
	return &ErrorAt{Line: e.At.Line, Col: e.At.Col, EndLine: e.At.EndLine, EndCol: e.At.EndCol, Message: e.Message}
}

// pythonDepth is the number of Python frames below the innermost frame
// running the script's own code (or below the top one when none does):
// library frames above it, such as signal.signal's, and calls of built-in
// functions do not count.
func pythonDepth(t *vm.Thread, script string) int {
	f := t.Frame()
	if s := scriptFrame(t, script); s != nil {
		f = s
	}
	n := -1
	for ; f != nil; f = f.Back {
		n++
	}
	return max(n, 0)
}

// scriptSpan is where the innermost frame running the script's own code
// is: the call it is making, or else the whole line of its statement; nil
// when no such frame runs.
func scriptSpan(t *vm.Thread, script string) *trace.Span {
	f := scriptFrame(t, script)
	if f == nil {
		return nil
	}
	if call := f.Calling(); call != nil {
		sp := call.Span()
		return &trace.Span{Line: sp.Line, Col: sp.Col, EndLine: sp.EndLine, EndCol: sp.EndCol}
	}
	line := f.Line()
	return &trace.Span{Line: line, EndLine: line}
}

// scriptFrame is the innermost frame running the script's own code, or
// nil.
func scriptFrame(t *vm.Thread, script string) *vm.Frame {
	for f := t.Frame(); f != nil; f = f.Back {
		if f.Code != nil && f.Code.Source != nil && f.Code.Source.Filename == script {
			return f
		}
	}
	return nil
}

func internalError(detail string) Result {
	e := ending{system.Ending{Reason: ReasonInternalError, Status: -1, Returncode: -1, Internal: detail}}
	return Result{Engine: Version, Schema: SchemaVersion, Status: -1, Returncode: -1, Reason: ReasonInternalError,
		Explanation: e.explain(), Terminal: []Chunk{}, Lost: []Lost{}, Files: []File{}, Trace: []trace.Event{}}
}
