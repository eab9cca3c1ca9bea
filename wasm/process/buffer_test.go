package process

import (
	"errors"
	"strings"
	"testing"
)

func newPipe() *Process { return New(Config{Argv: []string{"main.py"}}) }
func newTTY() *Process  { return New(Config{Argv: []string{"main.py"}, TTY: true}) }

// lostAfterExit writes with w, then behaves like os._exit: it returns what
// reached stdout and how many bytes were lost.
func lostAfterExit(p *Process, w func()) (out string, lost int) {
	w()
	for _, l := range p.Discard() {
		lost += len(l.Data)
	}
	return string(p.Out.Stdout), lost
}

// TestPipeTextBuffer checks the measured rule of reference §3.2: a single
// text write of n ≤ 8191 characters is lost, n ≥ 8192 is written in full.
func TestPipeTextBuffer(t *testing.T) {
	for _, n := range []int{1, 4096, 4097, 8191, 8192, 8193, 20000} {
		p := newPipe()
		out, lost := lostAfterExit(p, func() { p.Stdout.Write(strings.Repeat("x", n)) })
		want := 0
		if n >= 8192 {
			want = n
		}
		if len(out) != want || lost != n-want {
			t.Errorf("write(%d chars): %d out, %d lost; want %d out", n, len(out), lost, want)
		}
	}
}

// TestPipeOneCharWrites: with one-character writes exactly the multiples
// of 8192 get out.
func TestPipeOneCharWrites(t *testing.T) {
	p := newPipe()
	out, lost := lostAfterExit(p, func() {
		for i := 0; i < 12000; i++ {
			p.Stdout.Write("x")
		}
	})
	if len(out) != 8192 || lost != 12000-8192 {
		t.Errorf("got %d out, %d lost", len(out), lost)
	}
}

// TestPipeBinaryBuffer: sys.stdout.buffer.write of n ≤ 4096 bytes is lost,
// n ≥ 4097 written.
func TestPipeBinaryBuffer(t *testing.T) {
	for _, n := range []int{4096, 4097} {
		p := newPipe()
		out, _ := lostAfterExit(p, func() { p.Stdout.WriteBytes([]byte(strings.Repeat("b", n))) })
		if got, want := len(out) > 0, n > 4096; got != want {
			t.Errorf("buffer.write(%d bytes): written=%v", n, got)
		}
	}
}

// TestLineBuffering: on a tty "\n" and "\r" flush, other text waits; stderr
// is line-buffered on a pipe too.
func TestLineBuffering(t *testing.T) {
	p := newTTY()
	out, lost := lostAfterExit(p, func() {
		p.Stdout.Write("A-cr\r")
		p.Stdout.Write("B-noeol")
	})
	if out != "A-cr\r" || lost != len("B-noeol") {
		t.Errorf("tty: out %q lost %d", out, lost)
	}
	p = newPipe()
	p.Stderr.Write("stderr line\n")
	p.Stderr.Write("stderr partial")
	p.Stdout.Write("stdout line\n")
	if got := string(p.Out.Stderr); got != "stderr line\n" {
		t.Errorf("pipe stderr %q", got)
	}
	if len(p.Out.Stdout) != 0 {
		t.Errorf("pipe stdout written early: %q", p.Out.Stdout)
	}
}

// TestTerminalOrder: flush_io order (stderr then stdout) shows in Chunks,
// with consecutive writes to one fd merged.
func TestTerminalOrder(t *testing.T) {
	p := newPipe()
	p.Stdout.Write("main: stdout\n")
	p.Stderr.Write("err 1\n")
	p.Stderr.Write("err 2\n")
	p.FlushStd("shutdown")
	var got []string
	for _, c := range p.Out.Chunks {
		got = append(got, string(c.Data))
	}
	if strings.Join(got, "|") != "err 1\nerr 2\n|main: stdout\n" {
		t.Errorf("chunks %q", got)
	}
}

func TestOutputLimit(t *testing.T) {
	p := New(Config{MaxOutput: 10})
	err := p.Stdout.Flush()
	if err != nil {
		t.Fatal(err)
	}
	p.Stdout.Write("0123456789abc")
	err = p.Stdout.Flush()
	var h *Halt
	if !errors.As(err, &h) || h.Limit != LimitOutput || string(p.Out.Stdout) != "0123456789" {
		t.Errorf("err %v, out %q", err, p.Out.Stdout)
	}
}

func TestClosedStream(t *testing.T) {
	p := newPipe()
	p.Stdout.Write("x")
	p.Stdout.Close()
	if string(p.Out.Stdout) != "x" {
		t.Errorf("close did not flush")
	}
	if err := p.Stdout.Write("y"); err == nil || err.Error() != "I/O operation on closed file." {
		t.Errorf("write after close: %v", err)
	}
}

func TestStdin(t *testing.T) {
	p := New(Config{Stdin: "one\ntwo"})
	for _, want := range []string{"one\n", "two", ""} {
		if got, _ := p.Stdin.ReadLine(-1); got != want {
			t.Errorf("ReadLine = %q, want %q", got, want)
		}
	}
	p = New(Config{Stdin: "héllo"})
	if got, _ := p.Stdin.Read(2); got != "hé" {
		t.Errorf("Read(2) = %q", got)
	}
}
