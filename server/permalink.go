package server

import (
	"bytes"
	"compress/flate"
	"context"
	"encoding/base64"
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"net/http"
	"net/url"
	"strconv"
	"strings"

	"github.com/exitplay/exitplay/server/store"
	"github.com/exitplay/exitplay/templates"
	"github.com/exitplay/exitplay/wasm/sim"
)

// Embedded widget size suggested to oEmbed consumers.
const (
	embedWidth  = 720
	embedHeight = 480
)

// readSnippet reads a stored snippet; a missing one is store.ErrNotFound.
func (a *app) readSnippet(ctx context.Context, id string) (store.Record, Snippet, error) {
	rec, err := a.store.Get(ctx, id)
	if err != nil {
		return rec, Snippet{}, err
	}
	var s Snippet
	if err := json.Unmarshal(rec.Body, &s); err != nil {
		return rec, s, fmt.Errorf("snippet %s is damaged: %w", id, err)
	}
	return rec, s, nil
}

// loadSnippet reads a stored snippet; on failure it has already answered
// with a JSON error and returns ok == false.
func (a *app) loadSnippet(w http.ResponseWriter, r *http.Request, id string) (store.Record, Snippet, bool) {
	rec, s, err := a.readSnippet(r.Context(), id)
	switch {
	case errors.Is(err, store.ErrNotFound):
		writeError(w, http.StatusNotFound, "no snippet with that id")
	case err != nil:
		a.log.Error("snippet lookup failed", "id", id, "err", err)
		writeError(w, http.StatusInternalServerError, "the snippet could not be read")
	}
	return rec, s, err == nil
}

// loadSnippetPage is loadSnippet for HTML pages: it answers failures with
// an HTML error page.
func (a *app) loadSnippetPage(w http.ResponseWriter, r *http.Request, id string) (store.Record, Snippet, bool) {
	rec, s, err := a.readSnippet(r.Context(), id)
	switch {
	case errors.Is(err, store.ErrNotFound):
		a.errorPage(w, r, http.StatusNotFound, "Snippet not found",
			"No snippet has been shared with this link. Check that it was copied whole.")
	case err != nil:
		a.log.Error("snippet lookup failed", "id", id, "err", err)
		a.errorPage(w, r, http.StatusInternalServerError, "Snippet unavailable",
			"The snippet could not be read; try again in a moment.")
	}
	return rec, s, err == nil
}

// errorPage answers with an HTML error page.
func (a *app) errorPage(w http.ResponseWriter, r *http.Request, status int, title, message string) {
	render(w, r, status, templates.Error(templates.ErrorPage{
		Assets: a.assets.urls(), Title: title, Message: message, Path: r.URL.Path,
	}))
}

// permalink serves /p/{id}, the shared snippet's page, and /p/{id}.py, its
// raw code.
func (a *app) permalink(w http.ResponseWriter, r *http.Request) {
	id, raw := strings.CutSuffix(r.PathValue("id"), ".py")
	if raw {
		a.rawCode(w, r, id)
		return
	}
	a.permalinkPage(w, r, id)
}

// permalinkPage is the playground with a shared snippet loaded, run on the
// server for the first paint, with link-preview tags saying how it ends.
func (a *app) permalinkPage(w http.ResponseWriter, r *http.Request, id string) {
	rec, s, ok := a.loadSnippetPage(w, r, id)
	if !ok {
		return
	}
	req := s.request()
	page := a.page(req, nil)
	title := s.Title
	if title == "" {
		title = "Snippet " + id
	}
	link := &templates.Permalink{ID: id, Title: title, Untitled: s.Title == "",
		Engine: rec.Engine, CurrentEngine: sim.Version, ForkURL: "/#" + fragment(s)}
	result, ran := a.results.get(id)
	if !ran {
		if result, ran = a.runOnServer(r.Context(), req); ran {
			a.results.put(id, result)
		}
	}
	if ran {
		page.Outcome = templates.NewOutcome(result)
		link.Ending = templates.RunSummary(result)
	} else {
		page.FormError = "The server is busy; the program was not run."
		link.Ending = "has not been run yet"
	}
	page.Permalink = link
	pageURL := siteURL(r) + "/p/" + id
	page.Meta = &templates.Meta{
		Description: "A Python program that " + link.Ending + ".",
		URL:         pageURL,
		OEmbed:      siteURL(r) + "/oembed?format=json&url=" + url.QueryEscape(pageURL),
	}
	render(w, r, http.StatusOK, templates.Playground(page))
}

// request is the engine request that runs the snippet.
func (s Snippet) request() sim.Request {
	return sim.Request{Code: s.Code, Stdin: s.Stdin, Signals: s.Signals, Stdout: s.Stdout}
}

// fragment encodes a snippet for a self-contained link ("/#…"): "v1." and
// the unpadded base64url of the raw DEFLATE of its JSON. web/src/fragment.ts
// reads and writes the same form with CompressionStream("deflate-raw").
func fragment(s Snippet) string {
	body, err := json.Marshal(s)
	if err != nil {
		panic(err) // a Snippet holds only strings and numbers
	}
	var buf bytes.Buffer
	zw, _ := flate.NewWriter(&buf, flate.BestCompression) // the level is valid
	zw.Write(body)
	zw.Close()
	return fragmentVersion + base64.RawURLEncoding.EncodeToString(buf.Bytes())
}

// fragmentVersion prefixes the fragment of a self-contained link.
const fragmentVersion = "v1."

// rawCode serves /p/{id}.py: exactly the snippet's code, as text.
func (a *app) rawCode(w http.ResponseWriter, r *http.Request, id string) {
	_, s, ok := a.loadSnippet(w, r, id)
	if !ok {
		return
	}
	w.Header().Set("Content-Type", "text/plain; charset=utf-8")
	w.Header().Set("Cache-Control", "public, max-age=31536000, immutable") // snippets never change
	w.Write([]byte(s.Code))
}

// oembedResponse is an oEmbed 1.0 "rich" response.
type oembedResponse struct {
	Version      string `json:"version"`
	Type         string `json:"type"`
	Title        string `json:"title,omitempty"`
	ProviderName string `json:"provider_name"`
	ProviderURL  string `json:"provider_url"`
	HTML         string `json:"html"`
	Width        int    `json:"width"`
	Height       int    `json:"height"`
}

// oembed answers /oembed?url=…&format=json for permalink URLs of this site.
func (a *app) oembed(w http.ResponseWriter, r *http.Request) {
	q := r.URL.Query()
	if f := q.Get("format"); f != "" && f != "json" {
		writeError(w, http.StatusNotImplemented, "only format=json is supported")
		return
	}
	target, err := url.Parse(q.Get("url"))
	if err != nil || q.Get("url") == "" {
		writeError(w, http.StatusBadRequest, "url must be a permalink of this site, like /p/{id}")
		return
	}
	id, found := strings.CutPrefix(target.Path, "/p/")
	if !found || id == "" || strings.Contains(id, "/") {
		writeError(w, http.StatusNotFound, "url is not a permalink of this site")
		return
	}
	_, s, ok := a.loadSnippet(w, r, id)
	if !ok {
		return
	}
	base := siteURL(r)
	title := s.Title
	if title == "" {
		title = "exitplay snippet " + id
	}
	width, height := bounded(q.Get("maxwidth"), embedWidth), bounded(q.Get("maxheight"), embedHeight)
	iframe := fmt.Sprintf(`<iframe src="%s/embed/%s" width="%d" height="%d" title="%s" loading="lazy" style="border:0;max-width:100%%"></iframe>`,
		html.EscapeString(base), id, width, height, html.EscapeString(title))
	writeJSON(w, http.StatusOK, oembedResponse{
		Version: "1.0", Type: "rich", Title: title, ProviderName: "exitplay", ProviderURL: base + "/",
		HTML: iframe, Width: width, Height: height,
	})
}

// bounded is size, or the consumer's maximum (an oEmbed maxwidth or
// maxheight parameter) when that is a smaller positive number.
func bounded(max string, size int) int {
	if n, err := strconv.Atoi(max); err == nil && n > 0 && n < size {
		return n
	}
	return size
}

// siteURL is the scheme and host the request was made to.
func siteURL(r *http.Request) string {
	scheme := "http"
	if r.TLS != nil || r.Header.Get("X-Forwarded-Proto") == "https" {
		scheme = "https"
	}
	return scheme + "://" + r.Host
}
