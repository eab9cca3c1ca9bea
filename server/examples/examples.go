package examples

import (
	"embed"
	"encoding/json"
	"fmt"
	"io/fs"
	"path"
	"regexp"
	"strings"

	"github.com/exitplay/exitplay/wasm/conformance"
	"github.com/exitplay/exitplay/wasm/sim"
)

//go:embed seed extra
var files embed.FS

// Groups of examples, in menu order.
const (
	// GroupTutorial holds the tutorial's own examples.
	GroupTutorial = "From the tutorial"
	// GroupBeyond holds what the tutorial gets wrong or leaves out.
	GroupBeyond = "Beyond the tutorial"
)

// Example is one program of the library.
type Example struct {
	// Slug names the example in URLs: /examples/{Slug}.
	Slug string
	// Title is a short name for menus and headings.
	Title string
	// Summary is the description from the leading comment block.
	Summary string
	// Group is GroupTutorial or GroupBeyond.
	Group string
	// Code is the whole program, header comments included.
	Code string
	// Stdin is the text the program reads.
	Stdin string
	// Signals are the signals someone else sends it.
	Signals []sim.ScheduledSignal
	// Stdout is the stdout mode it is meant to be run in.
	Stdout string
	// CPython is CPython's recording of the program, nil if there is none.
	CPython *Golden
}

// Golden is CPython's recording of an example in both stdout modes.
type Golden struct {
	// Python is the CPython version that made the recording.
	Python string `json:"python"`
	// Pipe is the run with stdout and stderr on two pipes.
	Pipe struct {
		Stdout     string            `json:"stdout"`
		Stderr     string            `json:"stderr"`
		Returncode int               `json:"returncode"`
		Status     int               `json:"status"`
		Files      map[string]string `json:"files"`
	} `json:"pipe"`
	// TTY is the run with stdout and stderr on one terminal.
	TTY struct {
		Output     string            `json:"output"`
		Returncode int               `json:"returncode"`
		Status     int               `json:"status"`
		Files      map[string]string `json:"files"`
	} `json:"tty"`
}

// Request returns the run request that shows the example.
func (e Example) Request() sim.Request {
	return sim.Request{Code: e.Code, Stdin: e.Stdin, Signals: e.Signals, Stdout: e.Stdout}
}

var (
	all    []Example
	bySlug = map[string]int{}
)

func init() {
	var err error
	if all, err = load(files); err != nil {
		panic("examples: " + err.Error())
	}
	for i, e := range all {
		bySlug[e.Slug] = i
	}
}

// All returns every example in menu order: the tutorial's, then the rest.
func All() []Example { return all }

// Lookup returns the example with the slug.
func Lookup(slug string) (Example, bool) {
	i, ok := bySlug[slug]
	if !ok {
		return Example{}, false
	}
	return all[i], true
}

// load reads the examples of the seed and extra folders of fsys.
func load(fsys fs.FS) ([]Example, error) {
	var list []Example
	seen := map[string]string{}
	titles := map[string]int{}
	for _, dir := range []struct{ name, group string }{{"seed", GroupTutorial}, {"extra", GroupBeyond}} {
		names, err := fs.Glob(fsys, dir.name+"/*.py")
		if err != nil {
			return nil, err
		}
		for _, name := range names {
			e, err := parse(fsys, name, dir.group)
			if err != nil {
				return nil, fmt.Errorf("%s: %w", name, err)
			}
			if other, dup := seen[e.Slug]; dup {
				return nil, fmt.Errorf("%s: slug %q already used by %s", name, e.Slug, other)
			}
			seen[e.Slug] = name
			// The tutorial gives some pairs of examples one heading.
			titles[e.Title]++
			if n := titles[e.Title]; n > 1 {
				e.Title = fmt.Sprintf("%s (part %d)", e.Title, n)
			}
			list = append(list, e)
		}
	}
	return list, nil
}

// numberPrefix is the ordering prefix of a file name ("03_").
var numberPrefix = regexp.MustCompile(`^[0-9]+[_-]`)

// parse reads one example and its sidecar files.
func parse(fsys fs.FS, name, group string) (Example, error) {
	src, err := fs.ReadFile(fsys, name)
	if err != nil {
		return Example{}, err
	}
	base := strings.TrimSuffix(name, ".py")
	e := Example{
		Slug:   strings.ReplaceAll(numberPrefix.ReplaceAllString(path.Base(base), ""), "_", "-"),
		Group:  group,
		Code:   string(src),
		Stdout: sim.ModeTTY,
	}
	if e.Signals, err = conformance.Signals(e.Code); err != nil {
		return Example{}, err
	}
	var summary []string
	for _, line := range strings.Split(e.Code, "\n") {
		text, ok := strings.CutPrefix(line, "#")
		if !ok {
			break
		}
		text = strings.TrimSpace(text)
		key, value, _ := strings.Cut(text, ":")
		switch strings.TrimSpace(key) {
		case "title", "seed":
			e.Title = cleanTitle(value)
		case "stdout":
			e.Stdout = strings.TrimSpace(value)
		case "exitplay":
		default:
			summary = append(summary, text)
		}
	}
	if e.Stdout != sim.ModeTTY && e.Stdout != sim.ModePipe {
		return Example{}, fmt.Errorf("stdout mode %q is neither %q nor %q", e.Stdout, sim.ModeTTY, sim.ModePipe)
	}
	e.Summary = strings.TrimSpace(strings.Join(summary, " "))
	if e.Title == "" {
		e.Title = titleFromSlug(e.Slug)
	}
	if stdin, err := fs.ReadFile(fsys, base+".stdin"); err == nil {
		e.Stdin = string(stdin)
	}
	if data, err := fs.ReadFile(fsys, base+".golden.json"); err == nil {
		e.CPython = new(Golden)
		if err := json.Unmarshal(data, e.CPython); err != nil {
			return Example{}, fmt.Errorf("golden: %w", err)
		}
	}
	return e, nil
}

// scraperNote is a remark about the scraped tutorial text in a heading.
var scraperNote = regexp.MustCompile(`\s*\([^)]*scraped text\)`)

// cleanTitle turns a tutorial heading into a menu title: trimmed and
// without remarks about the scrape.
func cleanTitle(heading string) string {
	return strings.TrimSpace(scraperNote.ReplaceAllString(heading, ""))
}

// titleFromSlug makes "sys-exit-status" read "Sys exit status".
func titleFromSlug(slug string) string {
	t := strings.ReplaceAll(slug, "-", " ")
	if t == "" {
		return t
	}
	return strings.ToUpper(t[:1]) + t[1:]
}
