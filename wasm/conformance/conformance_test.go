package conformance

import (
	"bufio"
	"crypto/sha256"
	"encoding/hex"
	"encoding/json"
	"flag"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"sort"
	"strings"
	"sync"
	"testing"
	"time"

	"github.com/exitplay/exitplay/wasm/sim"
)

var (
	updateKnown = flag.Bool("update-known", false, "rewrite known_failures.txt from the current results")
	pruneKnown  = flag.Bool("prune-known", false, "remove the subtests that now pass from known_failures.txt, adding none")
)

// corpora are the folders under testdata, in the order they are run.
var corpora = []string{"lang", "term", "seed"}

// modes are the two ways a program is run.
var modes = []string{sim.ModePipe, sim.ModeTTY}

const knownFailuresFile = "known_failures.txt"

// oracle is the CPython version every golden must be recorded with.
const oracle = "3.11.7"

// scriptName is the script's file name in every run, as in CPython's
// recording.
const scriptName = "main.py"

// runTimeout bounds one sim.Run; the engine has its own budgets, so hitting
// this is an engine bug.
const runTimeout = 20 * time.Second

// golden is the recording of one program by record.py.
type golden struct {
	Python        string      `json:"python"`
	ProgramSHA256 string      `json:"program_sha256"`
	StdinSHA256   string      `json:"stdin_sha256"`
	Pipe          pipeRun     `json:"pipe"`
	TTY           terminalRun `json:"tty"`
}

// pipeRun is a recording with stdout and stderr on separate pipes.
type pipeRun struct {
	Stdout     string            `json:"stdout"`
	Stderr     string            `json:"stderr"`
	Returncode int               `json:"returncode"`
	Status     int               `json:"status"`
	Files      map[string]string `json:"files"`
}

// terminalRun is a recording with stdout and stderr on one terminal.
type terminalRun struct {
	Output     string            `json:"output"`
	Returncode int               `json:"returncode"`
	Status     int               `json:"status"`
	Files      map[string]string `json:"files"`
}

// program is one corpus entry.
type program struct {
	corpus, name string // "lang", "tb_recursion"
	code, stdin  string
}

// path returns the program's file name with the given suffix (".py").
func (p program) path(suffix string) string {
	return filepath.Join("testdata", p.corpus, p.name+suffix)
}

// request builds the engine request that runs p in mode, with the signal
// schedule of its directives.
func (p program) request(mode string) (sim.Request, error) {
	signals, err := Signals(p.code)
	if err != nil {
		return sim.Request{}, fmt.Errorf("%s: %w", p.path(".py"), err)
	}
	req := sim.Request{Code: p.code, Stdin: p.stdin, Signals: signals, Stdout: mode, Filename: scriptName}
	if err := sim.CheckRequest(req); err != nil {
		return sim.Request{}, fmt.Errorf("%s: the engine refuses the request: %w", p.path(".py"), err)
	}
	return req, nil
}

// subtest returns the name of the program's subtest in a mode.
func (p program) subtest(mode string) string {
	return p.corpus + "/" + p.name + "/" + mode
}

// loadCorpus reads every program of a corpus.
func loadCorpus(t *testing.T, corpus string) []program {
	t.Helper()
	paths, err := filepath.Glob(filepath.Join("testdata", corpus, "*.py"))
	if err != nil {
		t.Fatal(err)
	}
	var progs []program
	for _, path := range paths {
		progs = append(progs, loadProgram(t, corpus, path))
	}
	return progs
}

// loadProgram reads the program at path and its stdin sidecar.
func loadProgram(t *testing.T, corpus, path string) program {
	t.Helper()
	p := program{corpus: corpus, name: strings.TrimSuffix(filepath.Base(path), ".py")}
	p.code = readFile(t, path)
	if data, err := os.ReadFile(p.path(".stdin")); err == nil {
		p.stdin = string(data)
	} else if !os.IsNotExist(err) {
		t.Fatal(err)
	}
	return p
}

// readFile returns the content of a corpus file.
func readFile(t *testing.T, path string) string {
	t.Helper()
	data, err := os.ReadFile(path)
	if err != nil {
		t.Fatal(err)
	}
	return string(data)
}

// loadGolden reads p's CPython recording.
func loadGolden(t *testing.T, p program) golden {
	t.Helper()
	var g golden
	if err := json.Unmarshal([]byte(readFile(t, p.path(".golden.json"))), &g); err != nil {
		t.Fatalf("%s: %v", p.path(".golden.json"), err)
	}
	return g
}

// TestConformance runs every program in both modes and compares the engine
// with the CPython golden. See doc.go for the ratchet rules.
func TestConformance(t *testing.T) {
	known := readKnownFailures(t)
	results := &resultSet{passed: map[string]bool{}}
	all := map[string]bool{}
	for _, corpus := range corpora {
		progs := loadCorpus(t, corpus)
		for _, p := range progs {
			for _, mode := range modes {
				all[p.subtest(mode)] = true
			}
		}
		t.Run(corpus, func(t *testing.T) {
			for _, p := range progs {
				t.Run(p.name, func(t *testing.T) {
					t.Parallel()
					g := loadGolden(t, p)
					for _, mode := range modes {
						t.Run(mode, func(t *testing.T) {
							diff := compare(t, p, g, mode)
							results.record(p.subtest(mode), diff == "")
							judge(t, diff, known[p.subtest(mode)])
						})
					}
				})
			}
		})
		pipe, tty := results.count(corpus+"/", "/"+sim.ModePipe), results.count(corpus+"/", "/"+sim.ModeTTY)
		if pipe.run+tty.run > 0 {
			t.Logf("%s: %d/%d pipe, %d/%d tty pass", corpus, pipe.pass, pipe.run, tty.pass, tty.run)
		}
	}
	for name := range known {
		if !all[name] && !*updateKnown && !*pruneKnown {
			t.Errorf("%s: %s names no program and mode; remove it", knownFailuresFile, name)
		}
	}
	if *updateKnown || *pruneKnown {
		writeKnownFailures(t, all, known, results)
	}
}

// judge applies the ratchet to one subtest's outcome.
func judge(t *testing.T, diff string, listed bool) {
	switch {
	case diff == "" && listed && !*updateKnown && !*pruneKnown:
		t.Errorf("now passes: remove it from %s", knownFailuresFile)
	case diff != "" && listed:
		t.Logf("known failure:\n%s", diff)
	case diff != "" && *updateKnown:
		t.Logf("failure (added to %s):\n%s", knownFailuresFile, diff)
	case diff != "":
		t.Errorf("differs from CPython (- CPython, + engine):\n%s", diff)
	}
}

// compare runs p in mode and returns a readable description of every
// difference from the golden, or "" when they agree.
func compare(t *testing.T, p program, g golden, mode string) string {
	req, err := p.request(mode)
	if err != nil {
		t.Fatal(err)
	}
	res, err := runEngine(req)
	if err != nil {
		return err.Error()
	}
	var d differences
	if mode == sim.ModePipe {
		d.text("stdout", g.Pipe.Stdout, res.Stdout)
		d.text("stderr", g.Pipe.Stderr, res.Stderr)
		d.number("status", g.Pipe.Status, res.Status)
		d.number("returncode", g.Pipe.Returncode, res.Returncode)
		d.files(g.Pipe.Files, res.Files)
	} else {
		var out strings.Builder
		for _, c := range res.Terminal {
			out.WriteString(c.Text)
		}
		d.text("terminal", g.TTY.Output, out.String())
		d.number("status", g.TTY.Status, res.Status)
	}
	if len(d) > 0 && res.Reason == sim.ReasonInternalError {
		d = append(d, "engine: "+res.Explanation)
	}
	return strings.Join(d, "\n")
}

// runEngine calls sim.Run, turning a panic or a hang into an error.
func runEngine(req sim.Request) (sim.Result, error) {
	type outcome struct {
		res sim.Result
		err error
	}
	done := make(chan outcome, 1)
	go func() {
		defer func() {
			if r := recover(); r != nil {
				done <- outcome{err: fmt.Errorf("engine panicked: %v", r)}
			}
		}()
		done <- outcome{res: sim.Run(req)}
	}()
	select {
	case o := <-done:
		return o.res, o.err
	case <-time.After(runTimeout):
		return sim.Result{}, fmt.Errorf("engine did not return within %v", runTimeout)
	}
}

// address matches an object address in a repr such as "<object object at 0x7f…>".
var address = regexp.MustCompile(` at 0x[0-9a-f]+`)

// normalize hides object addresses, which differ between any two runs.
func normalize(s string) string {
	return address.ReplaceAllString(s, " at 0x…")
}

// differences collects the readable differences of one comparison.
type differences []string

func (d *differences) text(what, want, got string) {
	want, got = normalize(want), normalize(got)
	if want != got {
		*d = append(*d, fmt.Sprintf("%s:\n%s", what, lineDiff(want, got, 3)))
	}
}

func (d *differences) number(what string, want, got int) {
	if want != got {
		*d = append(*d, fmt.Sprintf("%s: CPython %d, engine %d", what, want, got))
	}
}

// files compares the files left on disk next to the script, which itself
// is not compared; engine paths may start with "./".
func (d *differences) files(want map[string]string, got []sim.File) {
	gotMap := map[string]string{}
	for _, f := range got {
		if path := strings.TrimPrefix(f.Path, "./"); path != scriptName {
			gotMap[path] = f.Content
		}
	}
	names := map[string]bool{}
	for name := range want {
		names[name] = true
	}
	for name := range gotMap {
		names[name] = true
	}
	for _, name := range slices.Sorted(maps.Keys(names)) {
		w, inWant := want[name]
		g, inGot := gotMap[name]
		switch {
		case !inGot:
			*d = append(*d, fmt.Sprintf("file %s: left by CPython, missing in the engine", name))
		case !inWant:
			*d = append(*d, fmt.Sprintf("file %s: left by the engine, not by CPython", name))
		default:
			d.text("file "+name, w, g)
		}
	}
}

// resultSet collects the outcome of every subtest that ran.
type resultSet struct {
	mu     sync.Mutex
	passed map[string]bool
}

func (r *resultSet) record(name string, pass bool) {
	r.mu.Lock()
	defer r.mu.Unlock()
	r.passed[name] = pass
}

// tally counts subtests.
type tally struct{ run, pass int }

// count tallies the subtests whose names have the given prefix and suffix.
func (r *resultSet) count(prefix, suffix string) tally {
	r.mu.Lock()
	defer r.mu.Unlock()
	var c tally
	for name, pass := range r.passed {
		if strings.HasPrefix(name, prefix) && strings.HasSuffix(name, suffix) {
			c.run++
			if pass {
				c.pass++
			}
		}
	}
	return c
}

// readKnownFailures reads the ratchet file: one subtest name per line,
// "#" starts a comment.
func readKnownFailures(t *testing.T) map[string]bool {
	t.Helper()
	known := map[string]bool{}
	f, err := os.Open(knownFailuresFile)
	if os.IsNotExist(err) {
		return known
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	sc := bufio.NewScanner(f)
	for sc.Scan() {
		line, _, _ := strings.Cut(sc.Text(), "#")
		if line = strings.TrimSpace(line); line != "" {
			known[line] = true
		}
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return known
}

// writeKnownFailures rewrites the ratchet file: subtests that ran are listed
// when they failed (with -prune-known, only if they were listed before);
// those that did not run (filtered by -run) keep their previous entry.
func writeKnownFailures(t *testing.T, all, known map[string]bool, results *resultSet) {
	t.Helper()
	var names []string
	for name := range all {
		pass, ran := results.passed[name]
		if (ran && !pass && (known[name] || !*pruneKnown)) || (!ran && known[name]) {
			names = append(names, name)
		}
	}
	sort.Strings(names)
	header := "# Conformance subtests that are known to fail (see doc.go).\n" +
		"# Remove what now passes: go test ./wasm/conformance -run TestConformance -prune-known\n" +
		"# Regenerate from scratch: go test ./wasm/conformance -run TestConformance -update-known\n"
	body := strings.Join(names, "\n")
	if body != "" {
		body += "\n"
	}
	if err := os.WriteFile(knownFailuresFile, []byte(header+body), 0o644); err != nil {
		t.Fatal(err)
	}
	t.Logf("%s: %d entries", knownFailuresFile, len(names))
}

// TestGoldens checks that every program has a golden recorded from its
// current source and stdin, and that every golden and stdin file belongs to
// a program.
func TestGoldens(t *testing.T) {
	for _, corpus := range corpora {
		files, err := filepath.Glob(filepath.Join("testdata", corpus, "*"))
		if err != nil {
			t.Fatal(err)
		}
		for _, path := range files {
			base := filepath.Base(path)
			stem, kind := splitKind(base)
			switch kind {
			case ".py":
				checkGolden(t, loadProgram(t, corpus, path))
			case ".golden.json", ".stdin":
				if _, err := os.Stat(filepath.Join("testdata", corpus, stem+".py")); err != nil {
					t.Errorf("%s: no program %s.py", path, stem)
				}
			default:
				t.Errorf("%s: unexpected file in the corpus", path)
			}
		}
	}
}

// splitKind splits a corpus file name into its stem and its kind suffix.
func splitKind(base string) (stem, kind string) {
	for _, k := range []string{".golden.json", ".stdin", ".py"} {
		if s, ok := strings.CutSuffix(base, k); ok {
			return s, k
		}
	}
	return base, ""
}

// checkGolden reports a golden that is missing, unreadable, recorded by
// another CPython or from another version of p, and a request the engine
// would refuse.
func checkGolden(t *testing.T, p program) {
	data, err := os.ReadFile(p.path(".golden.json"))
	if err != nil {
		t.Errorf("%s has no golden: run python3 wasm/conformance/record.py %s", p.path(".py"), p.path(".py"))
		return
	}
	var g golden
	if err := json.Unmarshal(data, &g); err != nil {
		t.Errorf("%s: %v", p.path(".golden.json"), err)
		return
	}
	if g.Python != oracle {
		t.Errorf("%s: recorded with Python %q, want %s", p.path(".golden.json"), g.Python, oracle)
	}
	if g.ProgramSHA256 != sha(p.code) || g.StdinSHA256 != sha(p.stdin) {
		t.Errorf("%s: golden is stale (program or stdin changed since it was recorded): re-record it", p.path(".py"))
	}
	for _, mode := range modes {
		if _, err := p.request(mode); err != nil {
			t.Error(err)
		}
	}
}

// sha returns the hex SHA-256 of s, as record.py writes it.
func sha(s string) string {
	sum := sha256.Sum256([]byte(s))
	return hex.EncodeToString(sum[:])
}
