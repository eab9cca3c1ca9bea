package server

import (
	"encoding/json"
	"errors"
	"fmt"
	"html"
	"net/http"
	"net/url"
	"strings"

	"github.com/exitplay/exitplay/server/store"
)

// Embedded widget size suggested to oEmbed consumers.
const (
	embedWidth  = 720
	embedHeight = 480
)

// loadSnippet reads a stored snippet; on failure it has already answered
// with a JSON error and returns ok == false.
func (a *app) loadSnippet(w http.ResponseWriter, r *http.Request, id string) (store.Record, Snippet, bool) {
	rec, err := a.store.Get(r.Context(), id)
	if errors.Is(err, store.ErrNotFound) {
		writeError(w, http.StatusNotFound, "no snippet with that id")
		return rec, Snippet{}, false
	}
	if err != nil {
		a.log.Error("snippet lookup failed", "id", id, "err", err)
		writeError(w, http.StatusInternalServerError, "the snippet could not be read")
		return rec, Snippet{}, false
	}
	var s Snippet
	if err := json.Unmarshal(rec.Body, &s); err != nil {
		writeError(w, http.StatusInternalServerError, "the stored snippet is damaged")
		return rec, Snippet{}, false
	}
	return rec, s, true
}

// permalink serves /p/{id}.py (the raw code). The HTML page for /p/{id}
// is added with the permalink template.
func (a *app) permalink(w http.ResponseWriter, r *http.Request) {
	id, raw := strings.CutSuffix(r.PathValue("id"), ".py")
	if !raw {
		a.notFound(w, r)
		return
	}
	a.rawCode(w, r, id)
}

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
	iframe := fmt.Sprintf(`<iframe src="%s/embed/%s" width="%d" height="%d" title="%s" loading="lazy" style="border:0;max-width:100%%"></iframe>`,
		html.EscapeString(base), id, embedWidth, embedHeight, html.EscapeString(title))
	writeJSON(w, http.StatusOK, oembedResponse{
		Version: "1.0", Type: "rich", Title: title, ProviderName: "exitplay", ProviderURL: base + "/",
		HTML: iframe, Width: embedWidth, Height: embedHeight,
	})
}

// siteURL is the scheme and host the request was made to.
func siteURL(r *http.Request) string {
	scheme := "http"
	if r.TLS != nil || r.Header.Get("X-Forwarded-Proto") == "https" {
		scheme = "https"
	}
	return scheme + "://" + r.Host
}
