package templates

import (
	"context"
	"strings"
	"testing"

	"github.com/exitplay/exitplay/wasm/sim"
	"github.com/exitplay/exitplay/wasm/trace"
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

func TestPlaygroundRendersOutcomeAndTrace(t *testing.T) {
	result := sim.Result{
		Reason: sim.ReasonOSExit, Explanation: "os._exit() ended it.",
		Terminal: []sim.Chunk{{Stream: "stderr", Text: "warning\n"}},
		Lost:     []sim.Lost{{Stream: "stdout", Text: "buffered\n"}},
		Trace: []trace.Event{
			{Seq: 0, Kind: trace.ProcessStart, Text: "python3 main.py"},
			{Seq: 1, Kind: trace.Write, Text: `stdout.write("buffered\n")`, Span: &trace.Span{Line: 2}},
			{Seq: 2, Kind: trace.Lost, Text: "9 bytes never reached stdout"},
			{Seq: 3, Kind: trace.Exit, Text: "os._exit() ended it."},
		},
	}
	page := PlaygroundPage{Code: "print('buffered')", Outcome: NewOutcome(result), Signals: []SignalRow{{}}, SignalNames: []string{"SIGTERM"}}
	var b strings.Builder
	if err := Playground(page).Render(context.Background(), &b); err != nil {
		t.Fatal(err)
	}
	html := b.String()
	for _, want := range []string{
		`data-testid="status-badge" data-reason="os_exit" data-status="0">Exited with status 0</p>`,
		`<span class="out stderr" data-stream="stderr">warning`,
		`<del class="lost" data-stream="stdout"`,
		`<section class="phase" data-phase="running"`,
		`<li class="event" data-kind="write" data-seq="1">`,
		`<span class="event-line">line 2</span>`,
		`<li class="path-step skipped" data-phase="unwinding">`,
	} {
		if !strings.Contains(html, want) {
			t.Errorf("page lacks %s", want)
		}
	}
}
