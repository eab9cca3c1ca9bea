package examples

import (
	"bufio"
	"flag"
	"fmt"
	"maps"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"testing"

	"github.com/exitplay/exitplay/wasm/sim"
)

var updateKnown = flag.Bool("update-known", false, "rewrite known_failures.txt from the current results")

// knownFailuresFile lists the "slug/mode" runs the engine does not get right
// yet: a ratchet, as in wasm/conformance.
const knownFailuresFile = "known_failures.txt"

// address hides object addresses, which differ between runs.
var address = regexp.MustCompile(`0x[0-9a-f]+`)

func TestLibrary(t *testing.T) {
	if len(All()) < 10 {
		t.Fatalf("only %d examples", len(All()))
	}
	for _, e := range All() {
		if e.Title == "" || e.Code == "" {
			t.Errorf("%s: no title or code", e.Slug)
		}
		if got, ok := Lookup(e.Slug); !ok || got.Code != e.Code {
			t.Errorf("Lookup(%q) does not find it", e.Slug)
		}
		if e.Group == GroupBeyond && (e.Summary == "" || e.CPython == nil) {
			t.Errorf("%s: an extra example needs a summary and a golden", e.Slug)
		}
	}
	if _, ok := Lookup("no-such-example"); ok {
		t.Error("Lookup found a missing slug")
	}
}

func TestParseReadsHeaderAndSidecars(t *testing.T) {
	e, ok := Lookup("os-exit-loses-piped-output")
	if !ok {
		t.Fatal("example missing")
	}
	if e.Title != "os._exit loses output still in the buffer" || e.Stdout != sim.ModePipe {
		t.Errorf("title %q, stdout %q", e.Title, e.Stdout)
	}
	if !strings.HasPrefix(e.Summary, "When stdout is a pipe") || strings.Contains(e.Summary, "title:") {
		t.Errorf("summary %q", e.Summary)
	}
	if e.CPython == nil || e.CPython.Pipe.Stdout != "" || e.CPython.TTY.Output == "" {
		t.Errorf("golden %+v", e.CPython)
	}
	term, _ := Lookup("sigterm-default-no-cleanup")
	if len(term.Signals) != 1 || term.Signals[0] != (sim.ScheduledSignal{Signal: "SIGTERM", At: 1}) {
		t.Errorf("signals %+v", term.Signals)
	}
}

// TestSeedCopiesAreFresh checks that seed/ holds exactly the conformance
// corpus's seed programs: run go generate ./server/examples when it fails.
func TestSeedCopiesAreFresh(t *testing.T) {
	source := filepath.Join("..", "..", "wasm", "conformance", "testdata", "seed")
	want, _ := filepath.Glob(filepath.Join(source, "*"))
	got, _ := filepath.Glob(filepath.Join("seed", "*"))
	got = slices.DeleteFunc(got, func(p string) bool { return filepath.Base(p) == "README.md" })
	if len(want) != len(got) {
		t.Fatalf("seed/ has %d files, the corpus %d: run go generate ./server/examples", len(got), len(want))
	}
	for _, src := range want {
		a, _ := os.ReadFile(src)
		b, err := os.ReadFile(filepath.Join("seed", filepath.Base(src)))
		if err != nil || string(a) != string(b) {
			t.Errorf("seed/%s is stale: run go generate ./server/examples", filepath.Base(src))
		}
	}
}

// TestMatchesCPython runs every example with a golden through the engine in
// both modes and compares with CPython's recording.
func TestMatchesCPython(t *testing.T) {
	known := readKnown(t)
	failing := map[string]bool{}
	for _, e := range All() {
		if e.CPython == nil {
			continue
		}
		for _, mode := range []string{sim.ModePipe, sim.ModeTTY} {
			name := e.Slug + "/" + mode
			t.Run(name, func(t *testing.T) {
				req := e.Request()
				req.Stdout = mode
				diff := compare(sim.Run(req), e.CPython, mode)
				switch {
				case diff != "" && (known[name] || *updateKnown):
					failing[name] = true
					t.Logf("known failure:\n%s", diff)
				case diff != "":
					failing[name] = true
					t.Errorf("differs from CPython (add %q to %s while the engine lacks it):\n%s", name, knownFailuresFile, diff)
				case known[name] && !*updateKnown:
					t.Errorf("passes now: remove %q from %s", name, knownFailuresFile)
				}
			})
		}
	}
	if *updateKnown {
		names := slices.Sorted(maps.Keys(failing))
		data := "# Example runs that do not match CPython yet (slug/mode). Rewrite with -update-known.\n" + strings.Join(names, "\n") + "\n"
		if err := os.WriteFile(knownFailuresFile, []byte(data), 0o644); err != nil {
			t.Fatal(err)
		}
	}
}

// compare describes how a result differs from CPython's recording in a
// mode; "" means it does not.
func compare(r sim.Result, g *Golden, mode string) string {
	var b strings.Builder
	check := func(what string, got, want any) {
		if g, w := address.ReplaceAllString(fmt.Sprint(got), "0x?"), address.ReplaceAllString(fmt.Sprint(want), "0x?"); g != w {
			fmt.Fprintf(&b, "%s: got %q, CPython %q\n", what, g, w)
		}
	}
	files := map[string]string{}
	for _, f := range r.Files {
		files[f.Path] = f.Content
	}
	if mode == sim.ModePipe {
		check("stdout", r.Stdout, g.Pipe.Stdout)
		check("stderr", r.Stderr, g.Pipe.Stderr)
		check("status", r.Status, g.Pipe.Status)
		check("returncode", r.Returncode, g.Pipe.Returncode)
		check("files", files, nonNil(g.Pipe.Files))
		return b.String()
	}
	var out strings.Builder
	for _, c := range r.Terminal {
		out.WriteString(c.Text)
	}
	check("terminal", out.String(), g.TTY.Output)
	check("status", r.Status, g.TTY.Status)
	check("files", files, nonNil(g.TTY.Files))
	return b.String()
}

func nonNil(m map[string]string) map[string]string {
	if m == nil {
		return map[string]string{}
	}
	return m
}

func readKnown(t *testing.T) map[string]bool {
	known := map[string]bool{}
	f, err := os.Open(knownFailuresFile)
	if os.IsNotExist(err) {
		return known
	}
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	s := bufio.NewScanner(f)
	for s.Scan() {
		if line := strings.TrimSpace(s.Text()); line != "" && !strings.HasPrefix(line, "#") {
			known[line] = true
		}
	}
	return known
}
