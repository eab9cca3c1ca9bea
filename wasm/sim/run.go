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
		rec.Depth = func() int { return pythonDepth(in.Thread()) }
		rec.Line = func() int { return scriptLine(in.Thread(), filename) }
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
	p.ReportUnsent()
	rec.Emit(trace.Event{Kind: trace.Exit, Status: trace.Int(res.Status), Returncode: trace.Int(res.Returncode),
		Reason: res.Reason, Signal: res.Signal, Text: res.Explanation})
	if rec != nil {
		res.Trace = rec.Events
	}
	return res
}

// pythonDepth is the number of Python frames below the module's: calls of
// built-in functions do not count.
func pythonDepth(t *vm.Thread) int {
	n := -1
	for f := t.Frame(); f != nil; f = f.Back {
		n++
	}
	return max(n, 0)
}

// scriptLine is the line of the script that the innermost frame running
// the script's own code is executing, or 0 when no such frame runs.
func scriptLine(t *vm.Thread, script string) int {
	for f := t.Frame(); f != nil; f = f.Back {
		if f.Code != nil && f.Code.Source != nil && f.Code.Source.Filename == script {
			return f.Line()
		}
	}
	return 0
}

func internalError(detail string) Result {
	e := ending{system.Ending{Reason: ReasonInternalError, Status: -1, Returncode: -1, Internal: detail}}
	return Result{Engine: Version, Schema: SchemaVersion, Status: -1, Returncode: -1, Reason: ReasonInternalError,
		Explanation: e.explain(), Terminal: []Chunk{}, Lost: []Lost{}, Files: []File{}, Trace: []trace.Event{}}
}
