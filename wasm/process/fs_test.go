package process

import (
	"errors"
	"strings"
	"testing"
)

func TestParseMode(t *testing.T) {
	for mode, want := range map[string]string{
		"q":  "invalid mode: 'q'",
		"rr": "invalid mode: 'rr'",
		"rw": "must have exactly one of create/read/write/append mode",
		"":   "Must have exactly one of create/read/write/append mode and at most one plus",
		"+":  "Must have exactly one of create/read/write/append mode and at most one plus",
		"tb": "can't have text and binary mode at once",
	} {
		if _, err := ParseMode(mode); err == nil || err.Error() != want {
			t.Errorf("ParseMode(%q) = %v", mode, err)
		}
	}
	for _, mode := range []string{"r", "w", "a", "x", "r+b", "rt+", "ab+"} {
		if _, err := ParseMode(mode); err != nil {
			t.Errorf("ParseMode(%q): %v", mode, err)
		}
	}
}

func oserr(err error) *OSError {
	var e *OSError
	errors.As(err, &e)
	return e
}

func TestOpenErrors(t *testing.T) {
	fs := newPipe().FS
	if e := oserr(func() error { _, err := fs.Open("missing.txt", "r"); return err }()); e == nil || e.Class() != "FileNotFoundError" || e.Error() != `[Errno 2] No such file or directory: "missing.txt"` {
		t.Errorf("open missing: %v", e)
	}
	fs.Put("x.txt", []byte("hi"))
	if e := oserr(func() error { _, err := fs.Open("x.txt", "x"); return err }()); e == nil || e.Class() != "FileExistsError" {
		t.Errorf("open x: %v", e)
	}
	if e := oserr(func() error { _, err := fs.Open(".", "r"); return err }()); e == nil || e.Class() != "IsADirectoryError" {
		t.Errorf("open dir: %v", e)
	}
	f, _ := fs.Open("x.txt", "r")
	if _, err := f.Write("no"); err == nil || err.Error() != "not writable" {
		t.Errorf("write to r file: %v", err)
	}
	f.Close()
	if _, err := f.Read(-1); err == nil || err.Error() != "I/O operation on closed file." {
		t.Errorf("read closed: %v", err)
	}
}

// TestFileBuffering: writes reach the disk only on flush/close; a discard
// (os._exit) loses them.
func TestFileBuffering(t *testing.T) {
	p := newPipe()
	f, err := p.FS.Open("out.txt", "w")
	if err != nil {
		t.Fatal(err)
	}
	f.Write("hello\n")
	_, contents := p.FS.Snapshot()
	if len(contents[0]) != 0 {
		t.Errorf("unflushed write on disk: %q", contents[0])
	}
	f.Flush()
	f.Write("lost")
	lost := p.Discard()
	_, contents = p.FS.Snapshot()
	if string(contents[0]) != "hello\n" || len(lost) != 1 || lost[0].Stream != "out.txt" || string(lost[0].Data) != "lost" {
		t.Errorf("disk %q lost %+v", contents[0], lost)
	}
}

func TestFileReadWrite(t *testing.T) {
	p := newPipe()
	p.FS.Put("in.txt", []byte("a\r\nb\rc\nlast"))
	f, _ := p.FS.Open("in.txt", "r")
	var lines []string
	for {
		l, _ := f.ReadLine(-1)
		if l == "" {
			break
		}
		lines = append(lines, l)
	}
	if strings.Join(lines, "|") != "a\n|b\n|c\n|last" {
		t.Errorf("lines %q", lines)
	}
	f.Close()
	a, _ := p.FS.Open("log.txt", "a")
	a.Write("1\n")
	a.Close()
	a, _ = p.FS.Open("log.txt", "a+")
	a.Write("2\n")
	a.Seek(0, 0)
	if all, _ := a.Read(-1); all != "1\n2\n" {
		t.Errorf("append+read %q", all)
	}
	if fd := a.Fd; fd != 3 {
		t.Errorf("fd %d, want lowest free 3", fd)
	}
}

func TestDirectories(t *testing.T) {
	fs := newPipe().FS
	if err := fs.Mkdir("d"); err != nil {
		t.Fatal(err)
	}
	for _, c := range []struct {
		err   error
		class string
	}{
		{fs.Mkdir("d"), "FileExistsError"},
		{fs.Mkdir("missing/x"), "FileNotFoundError"},
		{func() error { _, err := fs.Open("missing/f.txt", "w"); return err }(), "FileNotFoundError"},
		{func() error { _, err := fs.Open("d", "r"); return err }(), "IsADirectoryError"},
	} {
		if e := oserr(c.err); e == nil || e.Class() != c.class {
			t.Errorf("got %v, want %s", c.err, c.class)
		}
	}
	f, _ := fs.Open("d/f.txt", "w")
	f.Close()
	if e := oserr(fs.Rmdir("d")); e == nil || e.Error() != `[Errno 39] Directory not empty: "d"` {
		t.Errorf("rmdir non-empty: %v", e)
	}
	names, _ := fs.List(".")
	if strings.Join(names, ",") != "d" {
		t.Errorf("listdir . = %q", names)
	}
	fs.Remove("d/f.txt")
	if err := fs.Rmdir("d"); err != nil || fs.IsDir("d") {
		t.Errorf("rmdir: %v", err)
	}
}
