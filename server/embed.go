package server

import (
	"io/fs"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/exitplay/exitplay/templates"
)

// embedSnippet serves /embed/{id}: a stored snippet in the minimal page
// other sites frame, run on the server for the first paint.
func (a *app) embedSnippet(w http.ResponseWriter, r *http.Request) {
	id := r.PathValue("id")
	_, s, ok := a.loadSnippetPage(w, r, id)
	if !ok {
		return
	}
	title := s.Title
	if title == "" {
		title = "Snippet " + id
	}
	page := a.embedPage(r, title, "/p/"+id)
	page.Code, page.Snippet = s.Code, s
	if result, ran := a.runOnServer(r.Context(), s.request()); ran {
		page.Outcome = templates.NewOutcome(result)
	}
	render(w, r, http.StatusOK, templates.Embed(page))
}

// embedFragment serves /embed, whose snippet is in the URL fragment: the
// server never sees it, so the page's script loads and runs it.
func (a *app) embedFragment(w http.ResponseWriter, r *http.Request) {
	render(w, r, http.StatusOK, templates.Embed(a.embedPage(r, "Python snippet", "/")))
}

// embedPage is the embed page's view model without a snippet.
func (a *app) embedPage(r *http.Request, title, playground string) templates.EmbedPage {
	return templates.EmbedPage{
		Assets:        a.assets.urls(),
		SharedEngine:  a.assets.manifest["embed-engine.js"],
		Title:         title,
		PlaygroundURL: playground,
		Options:       embedOptions(r.URL.Query()),
	}
}

// embedOptions reads the embed page's query: theme=light|dark|auto,
// readonly, autorun, hide=editor|trace (repeated or comma-separated) and
// step=N. Unknown values fall back to the defaults.
func embedOptions(q url.Values) templates.EmbedOptions {
	o := templates.EmbedOptions{
		Theme:    q.Get("theme"),
		ReadOnly: flag(q, "readonly"),
		AutoRun:  flag(q, "autorun"),
	}
	if o.Theme != "light" && o.Theme != "dark" {
		o.Theme = "auto"
	}
	for _, v := range q["hide"] {
		for _, part := range strings.Split(v, ",") {
			switch strings.TrimSpace(part) {
			case "editor":
				o.HideEditor = true
			case "trace":
				o.HideTrace = true
			}
		}
	}
	if n, err := strconv.Atoi(q.Get("step")); err == nil && n > 0 {
		o.Step = n
	}
	return o
}

// flag reports whether a boolean query parameter is set: present and not
// "0" or "false".
func flag(q url.Values, name string) bool {
	v, ok := q[name]
	return ok && (len(v) == 0 || (v[0] != "0" && v[0] != "false"))
}

// embedLoaderCache is how long browsers may reuse /embed.js before asking
// again: short, because its URL never changes.
const embedLoaderCache = "public, max-age=300"

// embedLoader serves embed.js at its stable URL /embed.js, for the
// <script> tag other sites copy; the hashed copy under /assets/ is for
// this site's own pages.
func embedLoader(files fs.FS) http.HandlerFunc {
	return func(w http.ResponseWriter, r *http.Request) {
		data, err := fs.ReadFile(files, "embed.js")
		if err != nil {
			http.NotFound(w, r)
			return
		}
		w.Header().Set("Content-Type", "text/javascript; charset=utf-8")
		w.Header().Set("Cache-Control", embedLoaderCache)
		w.Header().Set("Access-Control-Allow-Origin", "*")
		w.Write(data)
	}
}
