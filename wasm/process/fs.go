package process

import (
	"path"
	"sort"
	"strings"
	"unicode/utf8"
)

// Mode is a parsed open() mode string.
type Mode struct {
	Read, Write, Append, Create, Update, Binary bool
	// Text is the mode string as CPython's file.mode shows it.
	Text string
}

// ParseMode validates an open() mode string with CPython's rules and
// messages.
func ParseMode(mode string) (Mode, error) {
	var m Mode
	seen := map[rune]bool{}
	for _, c := range mode {
		if !strings.ContainsRune("rwxabt+", c) || seen[c] {
			return m, ValueError("invalid mode: " + pyQuote(mode))
		}
		seen[c] = true
	}
	m.Read, m.Write, m.Append, m.Create = seen['r'], seen['w'], seen['a'], seen['x']
	m.Update, m.Binary = seen['+'], seen['b']
	if seen['t'] && m.Binary {
		return m, ValueError("can't have text and binary mode at once")
	}
	n := 0
	for _, b := range []bool{m.Read, m.Write, m.Append, m.Create} {
		if b {
			n++
		}
	}
	if n > 1 {
		return m, ValueError("must have exactly one of create/read/write/append mode")
	}
	if n == 0 {
		return m, ValueError("Must have exactly one of create/read/write/append mode and at most one plus")
	}
	m.Text = mode
	return m, nil
}

// pyQuote is Python's repr of a string for the common cases of mode strings
// and file names: single quotes unless the text holds one and no double
// quote.
func pyQuote(s string) string {
	q := byte('\'')
	if strings.ContainsRune(s, '\'') && !strings.ContainsRune(s, '"') {
		q = '"'
	}
	var b strings.Builder
	b.WriteByte(q)
	for _, r := range s {
		switch {
		case r == '\\':
			b.WriteString(`\\`)
		case r == rune(q):
			b.WriteByte('\\')
			b.WriteByte(q)
		case r == '\n':
			b.WriteString(`\n`)
		case r == '\t':
			b.WriteString(`\t`)
		case r == '\r':
			b.WriteString(`\r`)
		default:
			b.WriteRune(r)
		}
	}
	b.WriteByte(q)
	return b.String()
}

// FS is the simulated disk: regular files and directories keyed by
// cleaned path ("." is the working directory), plus the process's table of
// open files. A directory exists when it was made with Mkdir, is one of
// the standard ones, or holds a file.
type FS struct {
	files map[string][]byte
	dirs  map[string]bool
	open  map[int]*File
	p     *Process
}

func newFS(p *Process) *FS {
	dirs := map[string]bool{".": true, "..": true, "/": true, "/tmp": true, "/home": true, Cwd: true}
	return &FS{files: map[string][]byte{}, dirs: dirs, open: map[int]*File{}, p: p}
}

func cleanPath(name string) string { return path.Clean(name) }

// isDir reports whether the path names a directory.
func (fs *FS) isDir(p string) bool {
	if fs.dirs[p] {
		return true
	}
	for name := range fs.files {
		if strings.HasPrefix(name, p+"/") {
			return true
		}
	}
	return false
}

// IsDir reports whether a directory exists at name.
func (fs *FS) IsDir(name string) bool { return fs.isDir(cleanPath(name)) }

// Mkdir makes a directory (os.mkdir).
func (fs *FS) Mkdir(name string) error {
	p := cleanPath(name)
	if _, isFile := fs.files[p]; isFile || fs.isDir(p) {
		return &OSError{Errno: EEXIST, Filename: name}
	}
	if !fs.isDir(path.Dir(p)) {
		return &OSError{Errno: ENOENT, Filename: name}
	}
	fs.dirs[p] = true
	return nil
}

// Rmdir removes an empty directory (os.rmdir).
func (fs *FS) Rmdir(name string) error {
	p := cleanPath(name)
	switch {
	case fs.files[p] != nil:
		return &OSError{Errno: ENOTDIR, Filename: name}
	case !fs.isDir(p):
		return &OSError{Errno: ENOENT, Filename: name}
	}
	for other := range fs.dirs {
		if strings.HasPrefix(other, p+"/") {
			return &OSError{Errno: ENOTEMPTY, Filename: name}
		}
	}
	for other := range fs.files {
		if strings.HasPrefix(other, p+"/") {
			return &OSError{Errno: ENOTEMPTY, Filename: name}
		}
	}
	delete(fs.dirs, p)
	return nil
}

// Exists reports whether a regular file exists at name.
func (fs *FS) Exists(name string) bool {
	_, ok := fs.files[cleanPath(name)]
	return ok
}

// Put creates or replaces a file's content directly, without a file object.
func (fs *FS) Put(name string, content []byte) { fs.files[cleanPath(name)] = content }

// Remove deletes a file (os.remove).
func (fs *FS) Remove(name string) error {
	p := cleanPath(name)
	if _, ok := fs.files[p]; !ok {
		if fs.isDir(p) {
			return &OSError{Errno: EISDIR, Filename: name}
		}
		return &OSError{Errno: ENOENT, Filename: name}
	}
	delete(fs.files, p)
	return nil
}

// List returns the names in a directory, sorted (os.listdir): files and
// the subdirectories their paths imply.
func (fs *FS) List(dir string) ([]string, error) {
	d := cleanPath(dir)
	if _, isFile := fs.files[d]; isFile {
		return nil, &OSError{Errno: ENOTDIR, Filename: dir}
	}
	if !fs.isDir(d) {
		return nil, &OSError{Errno: ENOENT, Filename: dir}
	}
	seen := map[string]bool{}
	var names []string
	entries := make([]string, 0, len(fs.files)+len(fs.dirs))
	for p := range fs.files {
		entries = append(entries, p)
	}
	for p := range fs.dirs {
		if p != "." && p != ".." && p != "/" {
			entries = append(entries, p)
		}
	}
	for _, p := range entries {
		rel, ok := strings.CutPrefix(p, d+"/")
		if d == "." {
			rel, ok = p, !strings.HasPrefix(p, "/") && !strings.HasPrefix(p, "../")
		}
		if !ok {
			continue
		}
		name, _, _ := strings.Cut(rel, "/")
		if !seen[name] {
			seen[name] = true
			names = append(names, name)
		}
	}
	sort.Strings(names)
	return names, nil
}

// Snapshot returns every file's content, sorted by path.
func (fs *FS) Snapshot() (paths []string, contents [][]byte) {
	for p := range fs.files {
		paths = append(paths, p)
	}
	sort.Strings(paths)
	for _, p := range paths {
		contents = append(contents, fs.files[p])
	}
	return paths, contents
}

// Open opens name with a mode string, as the built-in open() does with the
// default buffering.
func (fs *FS) Open(name, mode string) (*File, error) {
	m, err := ParseMode(mode)
	if err != nil {
		return nil, err
	}
	key := cleanPath(name)
	if fs.isDir(key) {
		return nil, &OSError{Errno: EISDIR, Filename: name}
	}
	_, exists := fs.files[key]
	switch {
	case !exists && !fs.isDir(path.Dir(key)):
		return nil, &OSError{Errno: ENOENT, Filename: name}
	case m.Read && !exists:
		return nil, &OSError{Errno: ENOENT, Filename: name}
	case m.Create && exists:
		return nil, &OSError{Errno: EEXIST, Filename: name}
	case m.Write || !exists:
		fs.files[key] = []byte{}
	}
	f := &File{Name: name, Mode: m, Fd: fs.lowestFreeFd(), key: key, fs: fs}
	f.buf = NewBufferedWriter(BlockSize, f.rawWrite)
	if !m.Binary {
		f.text = NewTextWriter(f.buf, false)
	}
	fs.open[f.Fd] = f
	fs.p.emit(traceFileOpen(name, mode))
	return f, nil
}

func (fs *FS) lowestFreeFd() int {
	fd := 3
	for fs.open[fd] != nil {
		fd++
	}
	return fd
}

// ByFd returns the open file with the descriptor fd.
func (fs *FS) ByFd(fd int) (*File, bool) {
	f, ok := fs.open[fd]
	return f, ok
}

// OpenFiles returns the open files in descriptor order.
func (fs *FS) OpenFiles() []*File {
	var fds []int
	for fd := range fs.open {
		fds = append(fds, fd)
	}
	sort.Ints(fds)
	files := make([]*File, len(fds))
	for i, fd := range fds {
		files[i] = fs.open[fd]
	}
	return files
}

// File is an open file of the simulated disk with io's layering: in text
// mode a TextWriter over a BufferedWriter over the raw file, in binary mode
// the BufferedWriter alone.
type File struct {
	// Name is the path as given to open(), file.name in Python.
	Name string
	// Mode is the parsed mode.
	Mode Mode
	// Fd is the file descriptor, file.fileno().
	Fd int
	// Closed is true once Close was called.
	Closed bool

	key  string
	pos  int
	buf  *BufferedWriter
	text *TextWriter
	fs   *FS
}

// Readable reports whether the file was opened for reading.
func (f *File) Readable() bool { return f.Mode.Read || f.Mode.Update }

// Writable reports whether the file was opened for writing.
func (f *File) Writable() bool { return !f.Mode.Read || f.Mode.Update }

// rawWrite puts bytes on the disk at the file position (at the end in
// append mode).
func (f *File) rawWrite(p []byte, why string) error {
	data := f.fs.files[f.key]
	if f.Mode.Append {
		f.pos = len(data)
	}
	if end := f.pos + len(p); end > len(data) {
		data = append(data, make([]byte, end-len(data))...)
	}
	copy(data[f.pos:], p)
	f.pos += len(p)
	f.fs.files[f.key] = data
	f.fs.p.emit(traceFlush(f.Name, p, why, f.Buffered()))
	return nil
}

func (f *File) check(writing bool) error {
	if f.Closed {
		return errClosed
	}
	if writing && !f.Writable() {
		return UnsupportedOperation("not writable")
	}
	if !writing && !f.Readable() {
		return UnsupportedOperation("not readable")
	}
	return nil
}

// Write writes text (text mode) and returns the number of characters.
func (f *File) Write(s string) (int, error) {
	if err := f.check(true); err != nil {
		return 0, err
	}
	err := f.fs.p.traced(f.Name, s, f.Buffered, func() error { return f.text.Write(s) })
	return utf8.RuneCountInString(s), err
}

// WriteBytes writes bytes (binary mode) and returns their number.
func (f *File) WriteBytes(p []byte) (int, error) {
	if err := f.check(true); err != nil {
		return 0, err
	}
	err := f.fs.p.traced(f.Name, string(p), f.Buffered, func() error {
		return f.buf.Write(append([]byte(nil), p...), "full")
	})
	return len(p), err
}

// Buffered returns the number of bytes written but not yet on the disk.
func (f *File) Buffered() int {
	if f.text != nil {
		return f.text.Buffered()
	}
	return len(f.buf.buf)
}

// Flush pushes buffered data to the disk.
func (f *File) Flush() error {
	if f.Closed {
		return errClosed
	}
	return f.flush("explicit")
}

func (f *File) flush(why string) error {
	if f.text != nil {
		return f.text.Flush(why)
	}
	return f.buf.Flush(why)
}

// Close flushes and closes the file; closing twice does nothing.
func (f *File) Close() error {
	if f.Closed {
		return nil
	}
	err := f.flush("close")
	f.Closed = true
	delete(f.fs.open, f.Fd)
	f.fs.p.emit(traceFileClose(f.Name))
	return err
}

// discard drops buffered data (os._exit, death by signal) and returns it.
func (f *File) discard() []byte {
	if f.text != nil {
		return f.text.discard()
	}
	return f.buf.discard()
}

// readable returns the unread bytes after flushing pending writes.
func (f *File) unread() ([]byte, error) {
	if err := f.check(false); err != nil {
		return nil, err
	}
	if err := f.flush("explicit"); err != nil {
		return nil, err
	}
	data := f.fs.files[f.key]
	if f.pos >= len(data) {
		return nil, nil
	}
	return data[f.pos:], nil
}

// ReadBytes reads up to n bytes (all when n < 0), binary mode.
func (f *File) ReadBytes(n int) ([]byte, error) {
	data, err := f.unread()
	if err != nil {
		return nil, err
	}
	if n >= 0 && n < len(data) {
		data = data[:n]
	}
	f.pos += len(data)
	return append([]byte(nil), data...), nil
}

// Read reads up to n characters (all when n < 0) in text mode, translating
// "\r\n" and "\r" to "\n" (universal newlines).
func (f *File) Read(n int) (string, error) {
	return f.readText(n, false)
}

// ReadLine reads one line including its "\n", at most limit characters when
// limit >= 0; "" means end of file.
func (f *File) ReadLine(limit int) (string, error) {
	return f.readText(limit, true)
}

// ReadBytesLine reads one line of bytes including its "\n".
func (f *File) ReadBytesLine(limit int) ([]byte, error) {
	data, err := f.unread()
	if err != nil {
		return nil, err
	}
	end := len(data)
	if i := strings.IndexByte(string(data), '\n'); i >= 0 {
		end = i + 1
	}
	if limit >= 0 && limit < end {
		end = limit
	}
	f.pos += end
	return append([]byte(nil), data[:end]...), nil
}

func (f *File) readText(n int, line bool) (string, error) {
	data, err := f.unread()
	if err != nil {
		return "", err
	}
	var b strings.Builder
	i, chars := 0, 0
	for i < len(data) && (n < 0 || chars < n) {
		r, size := utf8.DecodeRune(data[i:])
		if r == '\r' {
			r = '\n'
			if i+1 < len(data) && data[i+1] == '\n' {
				size = 2
			}
		}
		b.WriteRune(r)
		i += size
		chars++
		if line && r == '\n' {
			break
		}
	}
	f.pos += i
	return b.String(), nil
}

// Tell returns the file position in bytes after flushing.
func (f *File) Tell() (int, error) {
	if f.Closed {
		return 0, errClosed
	}
	if err := f.flush("explicit"); err != nil {
		return 0, err
	}
	return f.pos, nil
}

// Seek moves the position: whence 0 from the start, 1 from the current
// position, 2 from the end. Text files only accept offsets from Tell or
// zero relative seeks, as CPython does.
func (f *File) Seek(offset, whence int) (int, error) {
	if f.Closed {
		return 0, errClosed
	}
	if err := f.flush("explicit"); err != nil {
		return 0, err
	}
	if f.text != nil && whence != 0 && offset != 0 {
		if whence == 1 {
			return 0, UnsupportedOperation("can't do nonzero cur-relative seeks")
		}
		return 0, UnsupportedOperation("can't do nonzero end-relative seeks")
	}
	switch whence {
	case 1:
		offset += f.pos
	case 2:
		offset += len(f.fs.files[f.key])
	case 0:
	default:
		return 0, ValueError("invalid whence (" + itoa(whence) + ", should be 0, 1 or 2)")
	}
	if offset < 0 {
		return 0, ValueError("negative seek position " + itoa(offset))
	}
	f.pos = offset
	return f.pos, nil
}
