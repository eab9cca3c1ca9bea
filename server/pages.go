package server

import (
	"fmt"
	"net/http"
	"strconv"
	"strings"

	"github.com/a-h/templ"

	"github.com/exitplay/exitplay/server/examples"
	"github.com/exitplay/exitplay/templates"
	"github.com/exitplay/exitplay/wasm/sim"
)

// defaultCode is the snippet a first visit shows.
const defaultCode = `import atexit, sys

atexit.register(print, "atexit: goodbye")
try:
    print("working…")
    sys.exit(3)
finally:
    print("finally runs first")
`

// signalNames are the signals the schedule form offers.
var signalNames = []string{"SIGINT", "SIGTERM", "SIGKILL", "SIGHUP", "SIGQUIT", "SIGUSR1", "SIGUSR2", "SIGALRM"}

// presets are the one-click signal schedules (form field "preset").
var presets = map[string]sim.ScheduledSignal{
	"sigint":  {Signal: "SIGINT", At: 1},
	"sigterm": {Signal: "SIGTERM", At: 1},
	"sigkill": {Signal: "SIGKILL", At: 1},
}

// maxFormBytes bounds the body of the playground form.
const maxFormBytes = 2*maxCodeBytes + maxStdinBytes + 16<<10

func (a *app) playground(w http.ResponseWriter, r *http.Request) {
	a.renderPlayground(w, r, http.StatusOK, sim.Request{Code: defaultCode, Stdout: sim.ModeTTY}, nil)
}

func (a *app) example(w http.ResponseWriter, r *http.Request) {
	e, ok := examples.Lookup(r.PathValue("slug"))
	if !ok {
		a.notFound(w, r)
		return
	}
	a.renderPlayground(w, r, http.StatusOK, e.Request(), &e)
}

// runForm answers the playground form of a browser without JavaScript: it
// runs the submitted program on the server and shows the same page with
// its outcome.
func (a *app) runForm(w http.ResponseWriter, r *http.Request) {
	r.Body = http.MaxBytesReader(w, r.Body, maxFormBytes)
	if err := r.ParseForm(); err != nil {
		writeError(w, http.StatusRequestEntityTooLarge, "the form is too large")
		return
	}
	req, err := requestFromForm(r)
	if err == nil {
		err = validateRequest(req.Code, req.Stdin, req.Stdout, req.Signals)
	}
	if err == nil {
		err = sim.CheckRequest(req)
	}
	if err != nil {
		page := a.page(req, nil)
		page.FormError = "This program could not be run: " + err.Error()
		render(w, r, http.StatusBadRequest, templates.Playground(page))
		return
	}
	a.renderPlayground(w, r, http.StatusOK, req, nil)
}

// requestFromForm reads a run request from the playground form's fields:
// code, stdin, stdout, the schedule rows (signal and at, in pairs; rows
// without a signal are blank) and an optional preset to add.
func requestFromForm(r *http.Request) (sim.Request, error) {
	req := sim.Request{
		Code:   strings.ReplaceAll(r.PostForm.Get("code"), "\r\n", "\n"),
		Stdin:  strings.ReplaceAll(r.PostForm.Get("stdin"), "\r\n", "\n"),
		Stdout: r.PostForm.Get("stdout"),
	}
	names, times := r.PostForm["signal"], r.PostForm["at"]
	for i, name := range names {
		if name == "" {
			continue
		}
		s := sim.ScheduledSignal{Signal: name}
		if i < len(times) && strings.TrimSpace(times[i]) != "" {
			at, err := strconv.ParseFloat(strings.TrimSpace(times[i]), 64)
			if err != nil {
				return req, fmt.Errorf("the time of signal %d is not a number", i+1)
			}
			s.At = at
		}
		req.Signals = append(req.Signals, s)
	}
	if p, ok := presets[r.PostForm.Get("preset")]; ok {
		req.Signals = append(req.Signals, p)
	}
	return req, nil
}

// renderPlayground runs req on the server and renders the playground with
// its outcome; e is the example shown, or nil.
func (a *app) renderPlayground(w http.ResponseWriter, r *http.Request, status int, req sim.Request, e *examples.Example) {
	page := a.page(req, e)
	if result, ran := a.runOnServer(r.Context(), req); ran {
		page.Outcome = templates.NewOutcome(result)
	} else {
		page.FormError = "The server is busy; the program was not run."
	}
	render(w, r, status, templates.Playground(page))
}

// page builds the playground's view model for a request without running it.
func (a *app) page(req sim.Request, e *examples.Example) templates.PlaygroundPage {
	p := templates.PlaygroundPage{
		Assets:        a.assets.urls(),
		Code:          req.Code,
		Stdin:         req.Stdin,
		Stdout:        req.Stdout,
		EngineVersion: sim.Version,
		SignalNames:   signalNames,
	}
	for _, s := range req.Signals {
		p.Signals = append(p.Signals, templates.SignalRow{Signal: s.Signal, At: strconv.FormatFloat(s.At, 'f', -1, 64)})
	}
	p.Signals = append(p.Signals, templates.SignalRow{})
	current := ""
	if e != nil {
		current = e.Slug
		p.Example = &templates.ExampleInfo{Slug: e.Slug, Title: e.Title, Summary: e.Summary, CPython: recording(e)}
	}
	groups := map[string]int{}
	for _, x := range examples.All() {
		i, ok := groups[x.Group]
		if !ok {
			i = len(p.Menu)
			groups[x.Group] = i
			p.Menu = append(p.Menu, templates.ExampleGroup{Name: x.Group})
		}
		p.Menu[i].Examples = append(p.Menu[i].Examples, templates.ExampleLink{Slug: x.Slug, Title: x.Title, Current: x.Slug == current})
		data := templates.ExampleData{Slug: x.Slug, Title: x.Title, Summary: x.Summary, Code: x.Code, Stdin: x.Stdin, Stdout: x.Stdout, Signals: []templates.ExampleSignal{}}
		for _, s := range x.Signals {
			data.Signals = append(data.Signals, templates.ExampleSignal{Signal: s.Signal, At: s.At})
		}
		p.ExamplesData = append(p.ExamplesData, data)
	}
	return p
}

// recording is CPython's run of an example in the example's stdout mode.
func recording(e *examples.Example) *templates.Recording {
	g := e.CPython
	if g == nil {
		return nil
	}
	if e.Stdout == sim.ModePipe {
		return &templates.Recording{Python: g.Python, Output: g.Pipe.Stdout + g.Pipe.Stderr, Status: g.Pipe.Status}
	}
	return &templates.Recording{Python: g.Python, Output: g.TTY.Output, Status: g.TTY.Status}
}

// notFound answers unknown URLs: JSON under /api/, an HTML page elsewhere.
func (a *app) notFound(w http.ResponseWriter, r *http.Request) {
	if strings.HasPrefix(r.URL.Path, "/api/") {
		writeError(w, http.StatusNotFound, "no such page: "+r.URL.Path)
		return
	}
	a.errorPage(w, r, http.StatusNotFound, "Page not found", "There is no page at this address.")
}

// render writes an HTML page that must never be cached.
func render(w http.ResponseWriter, r *http.Request, status int, c templ.Component) {
	w.Header().Set("Content-Type", "text/html; charset=utf-8")
	w.Header().Set("Cache-Control", "no-store")
	w.WriteHeader(status)
	c.Render(r.Context(), w)
}
