package server

import (
	"bytes"
	"compress/flate"
	"context"
	"encoding/base64"
	"encoding/json"
	"fmt"
	"html"
	"io"
	"log/slog"
	"net/http"
	"net/http/httptest"
	"net/url"
	"regexp"
	"strings"
	"testing"
	"testing/fstest"
	"time"

	"github.com/exitplay/exitplay/server/store"
	"github.com/exitplay/exitplay/wasm/sim"
)

// shareSnippet stores a snippet through the API and returns its ID.
func shareSnippet(t *testing.T, srv *httptest.Server, s Snippet) string {
	t.Helper()
	body, _ := json.Marshal(s)
	resp, out := do(t, srv, "POST", "/api/share", "application/json", string(body))
	if resp.StatusCode != http.StatusCreated {
		t.Fatalf("share: %d %s", resp.StatusCode, out)
	}
	var got shareResponse
	if err := json.Unmarshal([]byte(out), &got); err != nil {
		t.Fatal(err)
	}
	return got.ID
}

var sigtermSnippet = Snippet{
	Code:    "import time\nprint('working')\ntime.sleep(5)\n",
	Signals: []sim.ScheduledSignal{{Signal: "SIGTERM", At: 1}},
	Title:   "Killed politely",
}

func TestPermalinkPage(t *testing.T) {
	srv := newTestServer(t)
	id := shareSnippet(t, srv, sigtermSnippet)
	resp, body := do(t, srv, "GET", "/p/"+id, "", "")
	if resp.StatusCode != http.StatusOK || !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/html") {
		t.Fatalf("status %d, type %s", resp.StatusCode, resp.Header.Get("Content-Type"))
	}
	pageURL := srv.URL + "/p/" + id
	for _, want := range []string{
		`<title>Killed politely — exitplay</title>`,
		`<meta name="description" content="A Python program that exits with 143 — killed by SIGTERM.">`,
		`<meta property="og:title" content="Killed politely — exitplay">`,
		`<meta property="og:url" content="` + pageURL + `">`,
		`<meta name="twitter:card" content="summary">`,
		`<link rel="alternate" type="application/json+oembed" href="` +
			html.EscapeString(srv.URL+"/oembed?format=json&url="+url.QueryEscape(pageURL)) + `"`,
		`data-testid="permalink-engine">` + sim.Version + `<`,
		`data-status="143"`, // the outcome, run on the server
		`data-testid="trace"`,
		`time.sleep(5)`,
		`href="/p/` + id + `.py"`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("permalink page lacks %s", want)
		}
	}
	fork := regexp.MustCompile(`href="/#(v1\.[A-Za-z0-9_-]+)" data-testid="fork"`).FindStringSubmatch(body)
	if fork == nil {
		t.Fatal("no fork link to a self-contained /#v1.… link")
	}
	if got := decodeFragment(t, fork[1]); got.Code != sigtermSnippet.Code || got.Title != sigtermSnippet.Title ||
		len(got.Signals) != 1 || got.Signals[0] != sigtermSnippet.Signals[0] {
		t.Errorf("fork link carries %+v", got)
	}
}

// decodeFragment reverses fragment, as web/src/fragment.ts does.
func decodeFragment(t *testing.T, f string) Snippet {
	t.Helper()
	data, err := base64.RawURLEncoding.DecodeString(strings.TrimPrefix(f, fragmentVersion))
	if err != nil {
		t.Fatal(err)
	}
	body, err := io.ReadAll(flate.NewReader(bytes.NewReader(data)))
	if err != nil {
		t.Fatal(err)
	}
	var s Snippet
	if err := json.Unmarshal(body, &s); err != nil {
		t.Fatal(err)
	}
	return s
}

func TestNotFoundPages(t *testing.T) {
	srv := newTestServer(t)
	for _, path := range []string{"/p/nosuchsnippet", "/embed/nosuchsnippet", "/nowhere", "/examples/nope"} {
		resp, body := do(t, srv, "GET", path, "", "")
		if resp.StatusCode != http.StatusNotFound {
			t.Errorf("%s: status %d", path, resp.StatusCode)
		}
		if !strings.HasPrefix(resp.Header.Get("Content-Type"), "text/html") || !strings.Contains(body, `data-testid="error-title"`) ||
			!strings.Contains(body, `href="/" data-testid="error-home"`) {
			t.Errorf("%s: not an HTML error page: %s", path, body)
		}
	}
	resp, body := do(t, srv, "GET", "/api/nowhere", "", "")
	if resp.StatusCode != http.StatusNotFound || !strings.Contains(body, `"error":`) {
		t.Errorf("/api/nowhere: %d %s", resp.StatusCode, body)
	}
}

func TestContentSecurityPolicyPerRoute(t *testing.T) {
	srv := newTestServer(t)
	id := shareSnippet(t, srv, Snippet{Code: "print(1)\n"})
	nonceAttr := regexp.MustCompile(`<script type="module" src="[^"]*" nonce="([^"]+)">`)
	seen := map[string]bool{}
	for _, tc := range []struct {
		path      string
		ancestors string
	}{
		{"/", "'none'"},
		{"/p/" + id, "'none'"},
		{"/nowhere", "'none'"},
		{"/embed/" + id, "*"},
		{"/embed?theme=dark", "*"},
	} {
		resp, body := do(t, srv, "GET", tc.path, "", "")
		csp := resp.Header.Get("Content-Security-Policy")
		if !strings.HasSuffix(csp, "frame-ancestors "+tc.ancestors) {
			t.Errorf("%s: CSP %q, want frame-ancestors %s", tc.path, csp, tc.ancestors)
		}
		m := nonceAttr.FindStringSubmatch(body)
		if m == nil {
			t.Errorf("%s: the page script has no nonce", tc.path)
			continue
		}
		if !strings.Contains(csp, "script-src 'nonce-"+m[1]+"' 'wasm-unsafe-eval';") {
			t.Errorf("%s: CSP %q does not allow the script's nonce %s (and only it)", tc.path, csp, m[1])
		}
		if seen[m[1]] {
			t.Errorf("%s: nonce %s reused", tc.path, m[1])
		}
		seen[m[1]] = true
		for _, h := range []string{"X-Content-Type-Options", "Referrer-Policy"} {
			if resp.Header.Get(h) == "" {
				t.Errorf("%s: no %s", tc.path, h)
			}
		}
	}
	// The engine's worker loads wasm_exec.js by URL: assets allow the site's scripts.
	resp, _ := do(t, srv, "GET", "/assets/main-1.js", "", "")
	if csp := resp.Header.Get("Content-Security-Policy"); !strings.Contains(csp, "script-src 'self' 'wasm-unsafe-eval'") ||
		!strings.HasSuffix(csp, "frame-ancestors 'none'") {
		t.Errorf("asset CSP %q", csp)
	}
}

func TestEmbedPage(t *testing.T) {
	srv := newTestServer(t)
	id := shareSnippet(t, srv, sigtermSnippet)
	resp, body := do(t, srv, "GET", "/embed/"+id+"?theme=dark&readonly&autorun&hide=trace&step=3", "", "")
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("status %d", resp.StatusCode)
	}
	for _, want := range []string{
		`<html lang="en" data-theme="dark">`,
		`data-step="3"`, `data-readonly`, `data-autorun`,
		`readonly data-testid="editor"`,
		`id="embed-trace" aria-label="Termination trace" hidden`,
		`data-status="143"`,
		`href="/p/` + id + `" id="open-playground"`,
		`id="embed-snippet" type="application/json"`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("embed page lacks %s", want)
		}
	}
	if strings.Contains(body, `class="site"`) {
		t.Error("the embed page has the site's header")
	}

	_, body = do(t, srv, "GET", "/embed?theme=sepia&hide=editor&step=x", "", "")
	if strings.Contains(body, "data-theme=") || strings.Contains(body, "embed-snippet") || strings.Contains(body, `data-testid="status-badge"`) ||
		!strings.Contains(body, `<div class="embed-editor" hidden>`) || !strings.Contains(body, `data-step="0"`) {
		t.Errorf("/embed with defaults: %s", body)
	}
}

func TestEmbedLoaderHasAStableShortLivedURL(t *testing.T) {
	h := embedLoader(fstest.MapFS{"embed.js": {Data: []byte("/* loader */")}})
	rec := httptest.NewRecorder()
	h(rec, httptest.NewRequest("GET", "/embed.js", nil))
	if rec.Code != 200 || rec.Body.String() != "/* loader */" || rec.Header().Get("Cache-Control") != embedLoaderCache ||
		!strings.HasPrefix(rec.Header().Get("Content-Type"), "text/javascript") {
		t.Errorf("embed.js: %d %v", rec.Code, rec.Header())
	}
	rec = httptest.NewRecorder()
	embedLoader(fstest.MapFS{})(rec, httptest.NewRequest("GET", "/embed.js", nil))
	if rec.Code != http.StatusNotFound {
		t.Errorf("missing embed.js: %d", rec.Code)
	}
}

// hostile is a snippet whose every field tries to break out of its markup.
var hostile = Snippet{
	Code:  "print('</script><script>alert(1)</script>')\n# \"><img src=x onerror=alert(2)>\n",
	Stdin: "</textarea><img src=x onerror=alert(3)>",
	Title: `"><img src=x onerror=alert(4)></title><script>alert(5)</script>`,
}

func TestHostileSnippetsAreEscaped(t *testing.T) {
	srv := newTestServer(t)
	id := shareSnippet(t, srv, hostile)
	pageURL := url.QueryEscape(srv.URL + "/p/" + id)
	for _, path := range []string{"/p/" + id, "/embed/" + id, "/oembed?format=json&url=" + pageURL} {
		_, body := do(t, srv, "GET", path, "", "")
		for _, bad := range []string{"<img", "<script>alert", "</textarea><img", "</title><script"} {
			if strings.Contains(body, bad) {
				t.Errorf("%s contains %q unescaped", path, bad)
			}
		}
		if !strings.Contains(body, "alert(4)") {
			t.Errorf("%s does not show the title at all", path)
		}
	}
	// The oEmbed html is markup the consumer inserts: the title must be
	// escaped inside it too.
	_, body := do(t, srv, "GET", "/oembed?format=json&url="+pageURL, "", "")
	var o oembedResponse
	if err := json.Unmarshal([]byte(body), &o); err != nil {
		t.Fatal(err)
	}
	if strings.Contains(o.HTML, "<img") || strings.Contains(o.HTML, "<script") || !strings.Contains(o.HTML, "&lt;img") {
		t.Errorf("oEmbed html %s", o.HTML)
	}
}

func TestOEmbedRespectsMaxSizes(t *testing.T) {
	srv := newTestServer(t)
	id := shareSnippet(t, srv, sigtermSnippet)
	target := url.QueryEscape(srv.URL + "/p/" + id)
	for _, tc := range []struct {
		query         string
		width, height int
	}{
		{"", embedWidth, embedHeight},
		{"&maxwidth=400&maxheight=300", 400, 300},
		{"&maxwidth=4000&maxheight=x", embedWidth, embedHeight},
	} {
		resp, body := do(t, srv, "GET", "/oembed?format=json&url="+target+tc.query, "", "")
		var o oembedResponse
		if err := json.Unmarshal([]byte(body), &o); resp.StatusCode != http.StatusOK || err != nil {
			t.Fatalf("%s: %d %s", tc.query, resp.StatusCode, body)
		}
		want := fmt.Sprintf(`width="%d" height="%d"`, tc.width, tc.height)
		if o.Width != tc.width || o.Height != tc.height || !strings.Contains(o.HTML, want) {
			t.Errorf("%s: %dx%d, html %s; want %s", tc.query, o.Width, o.Height, o.HTML, want)
		}
	}
}

func TestPermalinkSaysWhenTheEngineChanged(t *testing.T) {
	st := &memStore{recs: map[string]store.Record{}}
	h, err := New(Options{Store: st, Manifest: []byte(testManifest), Logger: slog.New(slog.NewTextHandler(io.Discard, nil))})
	if err != nil {
		t.Fatal(err)
	}
	body, id, _ := Snippet{Code: "print(1)\n"}.canonical()
	st.Put(context.Background(), store.Record{ID: id, Body: body, Engine: "0.0.1", Created: time.Now()})
	rec := httptest.NewRecorder()
	h.ServeHTTP(rec, httptest.NewRequest("GET", "/p/"+id, nil))
	page := rec.Body.String()
	if !strings.Contains(page, `data-testid="permalink-engine">0.0.1<`) ||
		!strings.Contains(page, `data-testid="engine-changed">The engine has changed since (now `+sim.Version+`)`) {
		t.Errorf("page does not say the engine changed: %s", page)
	}
	srv := newTestServer(t)
	_, page = do(t, srv, "GET", "/p/"+shareSnippet(t, srv, Snippet{Code: "print(1)\n"}), "", "")
	if strings.Contains(page, "engine-changed") {
		t.Error("an unchanged engine is reported as changed")
	}
}
