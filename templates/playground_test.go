package templates

import (
	"context"
	"strings"
	"testing"
)

func TestPlaygroundEscapesCodeAndLinksAssets(t *testing.T) {
	page := PlaygroundPage{
		Assets:        Assets{Script: "/assets/main-1.js", Style: "/assets/style-1.css", EngineWorker: "/assets/w-1.js", EngineWasm: "/assets/e-1.wasm", WasmExec: "/assets/x-1.js"},
		Code:          `print("</textarea><script>alert(1)</script>")`,
		EngineVersion: "9.9.9",
	}
	var b strings.Builder
	if err := Playground(page).Render(context.Background(), &b); err != nil {
		t.Fatal(err)
	}
	html := b.String()
	for _, want := range []string{
		`data-engine-wasm="/assets/e-1.wasm"`,
		`src="/assets/main-1.js"`,
		`&lt;/textarea&gt;&lt;script&gt;`,
		`data-testid="engine-status"`,
	} {
		if !strings.Contains(html, want) {
			t.Errorf("page lacks %s", want)
		}
	}
	if strings.Contains(html, "<script>alert(1)") {
		t.Error("code was not escaped")
	}
}
