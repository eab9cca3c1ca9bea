package jsonenc

import (
	"encoding/json"
	"math"
	"testing"
)

func marshal(t *testing.T, v any) string {
	t.Helper()
	b, err := json.Marshal(v)
	if err != nil {
		t.Fatal(err)
	}
	return string(b)
}

func TestStringsMatchEncodingJSON(t *testing.T) {
	cases := []string{
		"", "plain", `quote " and backslash \`, "<script>&amp;</script>",
		"\x00\x01\b\f\n\r\t\x1f\x7f", "héllo wörld ✓ 🎉", "\u2028\u2029",
		"bad \xff utf-8 \xc3", "\xed\xa0\x80 surrogate", "tail\xe2\x82",
	}
	for c := range 256 {
		cases = append(cases, string(rune(c)), string([]byte{byte(c)}))
	}
	for _, s := range cases {
		var w Writer
		w.String(s)
		got, _ := w.Bytes()
		if want := marshal(t, s); string(got) != want {
			t.Errorf("String(%q) = %s, want %s", s, got, want)
		}
	}
}

func TestFloatsMatchEncodingJSON(t *testing.T) {
	cases := []float64{0, math.Copysign(0, -1), 1, -1, 0.1, 1.5, 1e-6, 9.99e-7, 1e-7, 1.234e-10,
		1e20, 1e21, 123456789e13, 1e100, -2.5e-300, math.MaxFloat64, math.SmallestNonzeroFloat64, 3.0e-5, 1 / 3.0}
	for _, f := range cases {
		var w Writer
		w.Float(f)
		got, err := w.Bytes()
		if err != nil {
			t.Fatal(err)
		}
		if want := marshal(t, f); string(got) != want {
			t.Errorf("Float(%v) = %s, want %s", f, got, want)
		}
	}
}

func TestNonFiniteFloatFailsLikeEncodingJSON(t *testing.T) {
	for _, f := range []float64{math.NaN(), math.Inf(1), math.Inf(-1)} {
		var w Writer
		w.Float(f)
		_, err := w.Bytes()
		_, want := json.Marshal(f)
		if err == nil || err.Error() != want.Error() {
			t.Errorf("Float(%v): error %v, want %v", f, err, want)
		}
	}
}

func TestObjectsAndArrays(t *testing.T) {
	var w Writer
	w.BeginObject()
	w.Key("a")
	w.Int(-3)
	w.Key("list")
	w.BeginArray()
	w.BeginObject()
	w.EndObject()
	w.Bool(true)
	w.Null()
	w.BeginArray()
	w.EndArray()
	w.EndArray()
	w.Key("<k>")
	w.String("v")
	w.EndObject()
	got, err := w.Bytes()
	want := `{"a":-3,"list":[{},true,null,[]],"\u003ck\u003e":"v"}`
	if err != nil || string(got) != want {
		t.Errorf("got %s (%v), want %s", got, err, want)
	}
}
