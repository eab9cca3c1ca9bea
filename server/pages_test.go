package server

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/exitplay/exitplay/server/examples"
)

func TestHomePageIsServerRendered(t *testing.T) {
	srv := newTestServer(t)
	resp, body := do(t, srv, "GET", "/", "", "")
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("status %d", resp.StatusCode)
	}
	for _, want := range []string{
		`<form class="inputs" method="post" action="/"`,
		`data-testid="status-badge"`,
		`data-testid="examples-menu"`,
		`id="examples-data" type="application/json"`,
		`sys.exit(3)`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("home page lacks %s", want)
		}
	}
	if strings.Contains(body, "style=") {
		t.Error("inline style attribute breaks the CSP")
	}
}

func TestEveryExampleHasAPage(t *testing.T) {
	srv := newTestServer(t)
	for _, e := range examples.All() {
		resp, body := do(t, srv, "GET", "/examples/"+e.Slug, "", "")
		if resp.StatusCode != http.StatusOK {
			t.Errorf("%s: status %d", e.Slug, resp.StatusCode)
			continue
		}
		if !strings.Contains(body, `aria-current="page"`) || !strings.Contains(body, `data-testid="page-title">`) {
			t.Errorf("%s: page does not mark the example as current", e.Slug)
		}
	}
	if resp, _ := do(t, srv, "GET", "/examples/nope", "", ""); resp.StatusCode != http.StatusNotFound {
		t.Errorf("missing example: status %d", resp.StatusCode)
	}
}

func TestFormRunsTheSubmittedProgram(t *testing.T) {
	srv := newTestServer(t)
	form := url.Values{
		"code":   {"print('hi from the form')\r\n"},
		"stdout": {"pipe"},
		"signal": {"SIGTERM", ""},
		"at":     {"2.5", ""},
		"preset": {"sigkill"},
	}
	resp, body := do(t, srv, "POST", "/", "application/x-www-form-urlencoded", form.Encode())
	if resp.StatusCode != http.StatusOK {
		t.Fatalf("status %d: %s", resp.StatusCode, body)
	}
	for _, want := range []string{
		"print(&#39;hi from the form&#39;)\n</textarea>",
		`value="pipe" data-testid="mode-pipe" checked`,
		`<option value="SIGTERM" selected>`,
		`value="2.5"`,
		`<option value="SIGKILL" selected>`,
		`data-testid="status-badge"`,
	} {
		if !strings.Contains(body, want) {
			t.Errorf("answer lacks %s", want)
		}
	}
}

func TestFormRejectsBadInput(t *testing.T) {
	srv := newTestServer(t)
	for name, form := range map[string]url.Values{
		"bad time":   {"code": {"pass"}, "signal": {"SIGTERM"}, "at": {"soon"}},
		"bad signal": {"code": {"pass"}, "signal": {"SIGNOPE"}, "at": {"1"}},
		"bad mode":   {"code": {"pass"}, "stdout": {"file"}},
	} {
		resp, body := do(t, srv, "POST", "/", "application/x-www-form-urlencoded", form.Encode())
		if resp.StatusCode != http.StatusBadRequest || !strings.Contains(body, `data-testid="form-error"`) {
			t.Errorf("%s: status %d, no form error shown", name, resp.StatusCode)
		}
	}
}
