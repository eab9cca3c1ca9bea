package process

import "strings"

// Buffer sizes CPython uses on the Linux machine the goldens were recorded
// on (reference §3.2).
const (
	// ChunkSize is TextIOWrapper's pending-text limit (_CHUNK_SIZE).
	ChunkSize = 8192
	// BlockSize is the BufferedWriter size for pipes and regular files
	// (st_blksize).
	BlockSize = 4096
	// TTYBlockSize is the BufferedWriter size for a pseudo-terminal.
	TTYBlockSize = 1024
)

// rawWrite sends bytes to the file descriptor below a buffer; why says what
// caused the write ("line", "full", "explicit", ...).
type rawWrite func(p []byte, why string) error

// BufferedWriter models io.BufferedWriter: bytes collect in a buffer of a
// fixed size and reach the raw file only when they no longer fit.
type BufferedWriter struct {
	raw  rawWrite
	size int
	buf  []byte
}

// NewBufferedWriter returns a BufferedWriter of the given size over raw.
func NewBufferedWriter(size int, raw func(p []byte, why string) error) *BufferedWriter {
	return &BufferedWriter{raw: raw, size: size}
}

// Write follows _io__Buffered_write_impl: data that fits in the free space
// is buffered; otherwise the buffer is flushed, and data longer than the
// whole buffer goes straight to the raw file while shorter data is
// buffered.
func (w *BufferedWriter) Write(p []byte, why string) error {
	if len(p) <= w.size-len(w.buf) {
		w.buf = append(w.buf, p...)
		return nil
	}
	if err := w.Flush(why); err != nil {
		return err
	}
	if len(p) > w.size {
		return w.raw(p, why)
	}
	w.buf = append(w.buf, p...)
	return nil
}

// Flush writes the buffered bytes to the raw file.
func (w *BufferedWriter) Flush(why string) error {
	if len(w.buf) == 0 {
		return nil
	}
	p := w.buf
	w.buf = nil
	return w.raw(p, why)
}

// Buffered returns the bytes waiting in the buffer.
func (w *BufferedWriter) Buffered() []byte { return w.buf }

// discard drops the buffered bytes and returns them.
func (w *BufferedWriter) discard() []byte {
	p := w.buf
	w.buf = nil
	return p
}

// TextWriter models the write side of io.TextIOWrapper: encoded text
// collects in a pending buffer of ChunkSize bytes above a BufferedWriter.
type TextWriter struct {
	// Buffer is the binary layer (sys.stdout.buffer).
	Buffer *BufferedWriter
	// LineBuffering flushes both layers after a write containing "\n" or
	// "\r".
	LineBuffering bool
	// WriteThrough passes every write to Buffer at once (python -u).
	WriteThrough bool

	pending []byte
}

// NewTextWriter returns a TextWriter over buf.
func NewTextWriter(buf *BufferedWriter, lineBuffering bool) *TextWriter {
	return &TextWriter{Buffer: buf, LineBuffering: lineBuffering}
}

// Write follows _io_TextIOWrapper_write_impl: pending text is first passed
// down if the new text would make it exceed ChunkSize; the text is then
// added, and everything is passed down when ChunkSize is reached, when
// write-through is on, or when line buffering sees a line end (which also
// flushes the binary layer).
func (t *TextWriter) Write(s string) error {
	needFlush := t.LineBuffering && strings.ContainsAny(s, "\n\r")
	if len(t.pending)+len(s) > ChunkSize {
		if err := t.passDown("full"); err != nil {
			return err
		}
	}
	t.pending = append(t.pending, s...)
	why := "full"
	if needFlush {
		why = "line"
	}
	if len(t.pending) >= ChunkSize || needFlush || t.WriteThrough {
		if err := t.passDown(why); err != nil {
			return err
		}
	}
	if needFlush {
		return t.Buffer.Flush(why)
	}
	return nil
}

// passDown is _textiowrapper_writeflush: the pending text goes to Buffer.
func (t *TextWriter) passDown(why string) error {
	if len(t.pending) == 0 {
		return nil
	}
	p := t.pending
	t.pending = nil
	return t.Buffer.Write(p, why)
}

// Flush passes pending text down and flushes the binary layer.
func (t *TextWriter) Flush(why string) error {
	if err := t.passDown(why); err != nil {
		return err
	}
	return t.Buffer.Flush(why)
}

// Buffered returns the number of bytes held in both layers.
func (t *TextWriter) Buffered() int { return len(t.pending) + len(t.Buffer.buf) }

// discard drops everything held in both layers and returns it, oldest
// first.
func (t *TextWriter) discard() []byte {
	lost := append(t.Buffer.discard(), t.pending...)
	t.pending = nil
	return lost
}
