package process

import (
	"math"
	"strings"
	"unicode/utf8"

	"github.com/exitplay/exitplay/wasm/trace"
)

// Fixed identity of every simulated process.
const (
	Pid  = 4242
	Ppid = 4200
	Cwd  = "/home/user"
)

// Default budgets (Config fields left zero).
const (
	DefaultMaxSteps  = 2_000_000
	DefaultMaxTimeNS = 10_000_000_000
	DefaultMaxOutput = 1 << 20
)

// Scheduled is a signal some other process sends at a virtual time.
type Scheduled struct {
	Signal int
	AtNS   int64
}

// Config is everything that determines a process.
type Config struct {
	// TTY says fd 1 and fd 2 are a terminal; otherwise they are pipes.
	TTY bool
	// Argv is sys.argv; Argv[0] is the script path.
	Argv []string
	// Stdin is the text on fd 0; reads after it meet EOF.
	Stdin string
	// Signals are sent at their times, in order.
	Signals []Scheduled
	// MaxSteps, MaxTimeNS and MaxOutput are the budgets; zero means the
	// default. MaxTimeNS is raised to cover the last scheduled signal.
	MaxSteps  int64
	MaxTimeNS int64
	MaxOutput int
	// Trace receives the events; nil records nothing.
	Trace *trace.Recorder
	// Interrupt, when set, is polled every interruptEvery ticks; once it
	// returns true the process halts with LimitHost. Hosts use it to bound
	// real time (a server request); it makes a run depend on the machine,
	// so nothing deterministic may set it.
	Interrupt func() bool
}

// interruptEvery is how many ticks pass between polls of Config.Interrupt.
const interruptEvery = 1024

// Process is one simulated process.
type Process struct {
	// Clock is the virtual clock.
	Clock Clock
	// Argv is sys.argv.
	Argv []string
	// Environ is the process's own environment in order: what os.environ
	// starts from, changed by Setenv and Unsetenv.
	Environ [][2]string
	// TTY is true when fd 1 and fd 2 are a terminal.
	TTY bool
	// Stdin is fd 0.
	Stdin *Input
	// Stdout and Stderr are sys.stdout and sys.stderr.
	Stdout, Stderr *OutStream
	// FS is the disk and the open files.
	FS *FS
	// Atexit is the atexit registry.
	Atexit Atexit
	// Out is what reached fd 1 and fd 2.
	Out Output

	sig       sigState
	trace     *trace.Recorder
	maxSteps  int64
	maxTimeNS int64
	maxOutput int
	interrupt func() bool
	ticks     uint32
}

// New starts a process.
func New(cfg Config) *Process {
	p := &Process{
		Argv:      cfg.Argv,
		TTY:       cfg.TTY,
		trace:     cfg.Trace,
		maxSteps:  cfg.MaxSteps,
		maxTimeNS: cfg.MaxTimeNS,
		maxOutput: cfg.MaxOutput,
		interrupt: cfg.Interrupt,
		Environ:   append([][2]string(nil), defaultEnviron...),
	}
	if p.maxSteps <= 0 {
		p.maxSteps = DefaultMaxSteps
	}
	if p.maxTimeNS <= 0 {
		p.maxTimeNS = DefaultMaxTimeNS
	}
	if p.maxOutput <= 0 {
		p.maxOutput = DefaultMaxOutput
	}
	for _, s := range cfg.Signals {
		if s.AtNS+1e9 > p.maxTimeNS {
			p.maxTimeNS = s.AtNS + 1e9
		}
	}
	if p.trace != nil && p.trace.Now == nil {
		p.trace.Now = func() (float64, int64) { return p.Clock.Now(), p.Clock.Steps() }
	}
	p.Stdin = &Input{data: cfg.Stdin, p: p}
	blk := BlockSize
	if cfg.TTY {
		blk = TTYBlockSize
	}
	p.Stdout = newOutStream(p, "stdout", 1, blk, cfg.TTY)
	p.Stderr = newOutStream(p, "stderr", 2, blk, true)
	p.FS = newFS(p)
	p.sig.init(cfg.Signals)
	mode := "pipe"
	if cfg.TTY {
		mode = "tty"
	}
	p.emit(trace.Event{Kind: trace.ProcessStart, Mode: mode, Pid: Pid,
		Text: "python3 " + strings.Join(cfg.Argv, " ")})
	return p
}

// emit records a trace event; not inlined, for the reason (*system.Host).emit
// gives.
//
//go:noinline
func (p *Process) emit(e trace.Event) { p.trace.Emit(e) }

// Trace returns the recorder the process writes to (nil when tracing is
// off), so the interpreter side can add its own events.
func (p *Process) Trace() *trace.Recorder { return p.trace }

// MaxTimeNS returns the virtual-time budget in nanoseconds.
func (p *Process) MaxTimeNS() int64 { return p.maxTimeNS }

// TickN counts n executed steps: it advances the clock, enforces the step
// and time budgets and sends the signals that have come due. A non-nil
// error is a *Halt.
func (p *Process) TickN(n int) error {
	p.Clock.StepN(n)
	if p.interrupt != nil {
		if p.ticks++; p.ticks%interruptEvery == 0 && p.interrupt() {
			return &Halt{Reason: HaltLimit, Limit: LimitHost, Detail: "the host's real-time limit for a run ran out"}
		}
	}
	if p.Clock.Steps() > p.maxSteps {
		return &Halt{Reason: HaltLimit, Limit: LimitSteps, Budget: p.maxSteps}
	}
	if p.Clock.NowNS() > p.maxTimeNS {
		return &Halt{Reason: HaltLimit, Limit: LimitTime, Budget: p.maxTimeNS}
	}
	p.sig.runTimers(int64(n)*StepCostNS, true)
	return p.sendDue()
}

// OSExit is os._exit(n): the process ends at once with the low 8 bits of n.
func (p *Process) OSExit(n int) error {
	return &Halt{Reason: HaltOSExit, Status: int(uint8(n))}
}

// LostOutput is data a program wrote that never reached its destination.
type LostOutput struct {
	// Stream is "stdout", "stderr" or a file's name.
	Stream string
	Data   []byte
}

// Discard drops everything still buffered in stdout, stderr and open files,
// as happens at os._exit and at death by a signal, and returns it.
func (p *Process) Discard() []LostOutput {
	var lost []LostOutput
	add := func(name string, data []byte) {
		if len(data) > 0 {
			lost = append(lost, LostOutput{name, data})
			p.emit(trace.Event{Kind: trace.Lost, Stream: name, Data: string(data),
				Text: itoa(len(data)) + " bytes never reached " + name})
		}
	}
	add("stdout", p.Stdout.discard())
	add("stderr", p.Stderr.discard())
	for _, f := range p.FS.OpenFiles() {
		add(f.Name, f.discard())
	}
	return lost
}

// FlushStd is flush_std_files(): stdout then stderr, skipping closed ones.
func (p *Process) FlushStd(why string) error {
	for _, s := range []*OutStream{p.Stdout, p.Stderr} {
		if !s.Closed {
			if err := s.Text.Flush(why); err != nil {
				return err
			}
		}
	}
	return nil
}

// CloseFiles closes every open file, flushing it, as finalization does at a
// normal exit.
func (p *Process) CloseFiles() error {
	for _, f := range p.FS.OpenFiles() {
		if err := f.Close(); err != nil {
			return err
		}
	}
	return nil
}

// Output is what reached fd 1 and fd 2.
type Output struct {
	Stdout, Stderr []byte
	// Chunks are the writes in order, consecutive writes to one fd merged.
	Chunks []Chunk
	total  int
}

// Chunk is a run of bytes written to one fd.
type Chunk struct {
	Fd   int
	Data []byte
}

// writeFd puts bytes on fd 1 or 2, enforcing the output budget.
func (p *Process) writeFd(fd int, data []byte, name, why string, buffered int) error {
	var err error
	if room := p.maxOutput - p.Out.total; len(data) > room {
		data = data[:max(room, 0)]
		err = &Halt{Reason: HaltLimit, Limit: LimitOutput, Budget: int64(p.maxOutput)}
	}
	if len(data) > 0 {
		p.Out.total += len(data)
		if fd == 1 {
			p.Out.Stdout = append(p.Out.Stdout, data...)
		} else {
			p.Out.Stderr = append(p.Out.Stderr, data...)
		}
		if n := len(p.Out.Chunks); n > 0 && p.Out.Chunks[n-1].Fd == fd {
			p.Out.Chunks[n-1].Data = append(p.Out.Chunks[n-1].Data, data...)
		} else {
			p.Out.Chunks = append(p.Out.Chunks, Chunk{fd, append([]byte(nil), data...)})
		}
		p.emit(traceFlush(name, data, why, buffered))
	}
	return err
}

// WriteFd is os.write(fd, data): unbuffered, straight to the descriptor.
func (p *Process) WriteFd(fd int, data []byte) (int, error) {
	switch fd {
	case 1, 2:
		s := p.Stdout
		if fd == 2 {
			s = p.Stderr
		}
		return len(data), p.writeFd(fd, data, s.Name, "unbuffered", s.Text.Buffered())
	}
	f, ok := p.FS.ByFd(fd)
	if !ok || !f.Writable() {
		return 0, &OSError{Errno: EBADF}
	}
	return len(data), f.rawWrite(data, "unbuffered")
}

// traced records a write of data to stream, performs it with write, then
// notes how many bytes the stream still buffers.
func (p *Process) traced(stream, data string, buffered func() int, write func() error) error {
	i := p.trace.EmitAt(trace.Event{Kind: trace.Write, Stream: stream, Data: data})
	err := write()
	if e := p.trace.At(i); e != nil {
		e.Buffered = buffered()
	}
	return err
}

func traceFlush(stream string, data []byte, why string, buffered int) trace.Event {
	return trace.Event{Kind: trace.Flush, Stream: stream, Data: string(data), Why: why, Buffered: buffered}
}

func traceFileOpen(name, mode string) trace.Event {
	return trace.Event{Kind: trace.FileOpen, Stream: name, Text: "open(" + pyQuote(name) + ", " + pyQuote(mode) + ")"}
}

func traceFileClose(name string) trace.Event {
	return trace.Event{Kind: trace.FileClose, Stream: name}
}

// OutStream is sys.stdout or sys.stderr: a TextWriter over fd 1 or fd 2.
type OutStream struct {
	// Name is "stdout" or "stderr".
	Name string
	// Fd is 1 or 2.
	Fd int
	// Text is the TextIOWrapper layer; Text.Buffer is the binary layer.
	Text *TextWriter
	// Closed is true after close().
	Closed bool
	p      *Process
}

func newOutStream(p *Process, name string, fd, blk int, lineBuffering bool) *OutStream {
	s := &OutStream{Name: name, Fd: fd, p: p}
	s.Text = NewTextWriter(NewBufferedWriter(blk, func(data []byte, why string) error {
		return p.writeFd(fd, data, name, why, s.Text.Buffered())
	}), lineBuffering)
	return s
}

// Write is TextIOWrapper.write.
func (s *OutStream) Write(text string) error {
	if s.Closed {
		return errClosed
	}
	return s.p.traced(s.Name, text, s.Text.Buffered, func() error { return s.Text.Write(text) })
}

// WriteBytes is sys.stdout.buffer.write.
func (s *OutStream) WriteBytes(data []byte) error {
	if s.Closed {
		return errClosed
	}
	return s.p.traced(s.Name, string(data), s.Text.Buffered, func() error {
		return s.Text.Buffer.Write(append([]byte(nil), data...), "full")
	})
}

// Flush is an explicit flush() (print(flush=True), sys.stdout.flush()).
func (s *OutStream) Flush() error {
	if s.Closed {
		return errClosed
	}
	return s.Text.Flush("explicit")
}

// Close flushes and closes the stream.
func (s *OutStream) Close() error {
	if s.Closed {
		return nil
	}
	err := s.Text.Flush("close")
	s.Closed = true
	return err
}

func (s *OutStream) discard() []byte { return s.Text.discard() }

// Input is fd 0: the supplied text, then EOF.
type Input struct {
	// Closed is true after sys.stdin.close() (also done by exit()).
	Closed bool
	data   string
	pos    int
	p      *Process
}

// ReadLine returns the next line including its "\n", or "" at EOF; at
// most limit characters when limit >= 0.
func (in *Input) ReadLine(limit int) (string, error) {
	if in.Closed {
		return "", errClosed
	}
	rest := in.data[in.pos:]
	if i := strings.IndexByte(rest, '\n'); i >= 0 {
		rest = rest[:i+1]
	}
	if limit >= 0 {
		rest = firstChars(rest, limit)
	}
	return in.take(len(rest)), nil
}

// firstChars returns the first n characters of s.
func firstChars(s string, n int) string {
	i, chars := 0, 0
	for i < len(s) && chars < n {
		_, size := utf8.DecodeRuneInString(s[i:])
		i += size
		chars++
	}
	return s[:i]
}

// Read returns up to n characters (all when n < 0).
func (in *Input) Read(n int) (string, error) {
	if in.Closed {
		return "", errClosed
	}
	rest := in.data[in.pos:]
	if n >= 0 {
		rest = firstChars(rest, n)
	}
	return in.take(len(rest)), nil
}

func (in *Input) take(n int) string {
	s := in.data[in.pos : in.pos+n]
	in.pos += n
	if s == "" {
		in.p.emit(trace.Event{Kind: trace.EOF, Stream: "stdin", Text: "stdin is at end of file"})
	} else {
		in.p.emit(trace.Event{Kind: trace.Input, Stream: "stdin", Data: s})
	}
	return s
}

// nsToSeconds returns ns nanoseconds as float seconds.
func nsToSeconds(ns int64) float64 { return float64(ns) / 1e9 }

// maxNS is "forever" for waits without a deadline.
const maxNS = math.MaxInt64
