package trace

import (
	"strings"
	"testing"
	"unicode/utf8"
)

func TestRecorder(t *testing.T) {
	var off *Recorder
	off.Emit(Event{Kind: Write}) // a nil recorder records nothing and does not panic
	if off.Enabled() {
		t.Error("nil recorder enabled")
	}
	step := int64(0)
	r := &Recorder{Max: 3, Now: func() (float64, int64) { step++; return float64(step) / 10, step }, Depth: func() int { return 2 }}
	for i := 0; i < 5; i++ {
		r.Emit(Event{Kind: Write})
	}
	r.Emit(Event{Kind: Exit})
	var kinds []Kind
	for i, e := range r.Events {
		if e.Seq != i || e.Depth != 2 || e.Step == 0 {
			t.Errorf("event %d: %+v", i, e)
		}
		kinds = append(kinds, e.Kind)
	}
	want := []Kind{Write, Write, Write, Truncated, Exit}
	if len(kinds) != len(want) {
		t.Fatalf("kinds %v, want %v", kinds, want)
	}
	for i := range want {
		if kinds[i] != want[i] {
			t.Fatalf("kinds %v, want %v", kinds, want)
		}
	}
}

// BenchmarkEmit measures recording one event, text included.
func BenchmarkEmit(b *testing.B) {
	r := &Recorder{Max: 1 << 30, Now: func() (float64, int64) { return 1.5, 42 }, Depth: func() int { return 1 }}
	b.ReportAllocs()
	for i := 0; i < b.N; i++ {
		r.Emit(Event{Kind: Write, Stream: "stdout", Data: "hello\n"})
		if len(r.Events) > 1<<16 {
			r.Events = r.Events[:0]
		}
	}
}

func TestRecorderCutsData(t *testing.T) {
	r := &Recorder{}
	long := strings.Repeat("é", MaxData) // 2 bytes each
	r.Emit(Event{Kind: Write, Stream: "stdout", Data: long})
	e := r.Events[0]
	if e.DataLen != len(long) || len(e.Data) > MaxData || !utf8.ValidString(e.Data) || !strings.HasPrefix(long, e.Data) {
		t.Errorf("cut to %d bytes (valid %v), DataLen %d", len(e.Data), utf8.ValidString(e.Data), e.DataLen)
	}
}
