// Package jsonenc writes JSON text byte for byte as encoding/json's Marshal
// writes the same values: strings escaped the same way (HTML-safe, invalid
// UTF-8 as U+FFFD, U+2028 and U+2029 escaped), float64s in the same
// ES6-like notation, struct fields in declaration order.
//
// It exists for the browser engine: encoding/json works by reflection and
// brings reflect, its own encoder and decoder tables into the js/wasm
// module, about a sixth of it after compression. The few types the engine
// sends to the page (sim.Result and the trace events in it) write
// themselves with a Writer instead; their tests check the bytes against
// encoding/json.
package jsonenc

import (
	"math"
	"strconv"
	"unicode/utf8"
)

// Writer accumulates one JSON document. Callers write objects and arrays
// in order: BeginObject, then Key and a value for each member, EndObject.
// The Writer puts in the commas.
type Writer struct {
	buf   []byte
	comma bool // a value was just completed: the next key or element needs a comma
	err   error
}

// Bytes returns the document, or the first error met while writing it.
func (w *Writer) Bytes() ([]byte, error) {
	return w.buf, w.err
}

func (w *Writer) sep() {
	if w.comma {
		w.buf = append(w.buf, ',')
	}
	w.comma = false
}

// BeginObject starts an object value.
func (w *Writer) BeginObject() { w.open('{') }

// EndObject ends the innermost object.
func (w *Writer) EndObject() { w.close('}') }

// BeginArray starts an array value.
func (w *Writer) BeginArray() { w.open('[') }

// EndArray ends the innermost array.
func (w *Writer) EndArray() { w.close(']') }

func (w *Writer) open(bracket byte) {
	w.sep()
	w.buf = append(w.buf, bracket)
}

func (w *Writer) close(bracket byte) {
	w.buf = append(w.buf, bracket)
	w.comma = true
}

// Key starts an object member; the next call writes its value.
func (w *Writer) Key(name string) {
	w.sep()
	w.buf = appendString(w.buf, name)
	w.buf = append(w.buf, ':')
}

// StringMember writes an object member whose value is a string.
func (w *Writer) StringMember(name, v string) {
	w.Key(name)
	w.String(v)
}

// IntMember writes an object member whose value is an integer.
func (w *Writer) IntMember(name string, v int64) {
	w.Key(name)
	w.Int(v)
}

// FloatMember writes an object member whose value is a float64.
func (w *Writer) FloatMember(name string, v float64) {
	w.Key(name)
	w.Float(v)
}

// Null writes null.
func (w *Writer) Null() {
	w.sep()
	w.buf = append(w.buf, "null"...)
	w.comma = true
}

// Bool writes true or false.
func (w *Writer) Bool(v bool) {
	w.sep()
	w.buf = strconv.AppendBool(w.buf, v)
	w.comma = true
}

// Int writes an integer.
func (w *Writer) Int(v int64) {
	w.sep()
	w.buf = strconv.AppendInt(w.buf, v, 10)
	w.comma = true
}

// String writes a string.
func (w *Writer) String(s string) {
	w.sep()
	w.buf = appendString(w.buf, s)
	w.comma = true
}

// Float writes a float64 as encoding/json does: like JavaScript's
// Number.prototype.toString, exponent form only below 1e-6 and from 1e21.
// NaN and the infinities have no JSON form; they make the document fail
// with encoding/json's error text.
func (w *Writer) Float(f float64) {
	w.sep()
	w.comma = true
	if math.IsInf(f, 0) || math.IsNaN(f) {
		if w.err == nil {
			w.err = unsupportedValue(strconv.FormatFloat(f, 'g', -1, 64))
		}
		w.buf = append(w.buf, '0') // keeps the text well-formed; Bytes reports the error
		return
	}
	format := byte('f')
	if abs := math.Abs(f); abs != 0 && (abs < 1e-6 || abs >= 1e21) {
		format = 'e'
	}
	start := len(w.buf)
	w.buf = strconv.AppendFloat(w.buf, f, format, -1, 64)
	if format == 'e' {
		// A one-digit negative exponent loses its leading zero: 1e-07 → 1e-7.
		b := w.buf[start:]
		if n := len(b); n >= 4 && b[n-4] == 'e' && b[n-3] == '-' && b[n-2] == '0' {
			b[n-2] = b[n-1]
			w.buf = w.buf[:len(w.buf)-1]
		}
	}
}

// unsupportedValue is the error for a float JSON cannot represent, worded
// as encoding/json's UnsupportedValueError.
type unsupportedValue string

func (u unsupportedValue) Error() string { return "json: unsupported value: " + string(u) }

const hexDigits = "0123456789abcdef"

// appendString appends s as a JSON string literal.
func appendString(dst []byte, s string) []byte {
	dst = append(dst, '"')
	start := 0
	for i := 0; i < len(s); {
		c := s[i]
		if c < utf8.RuneSelf {
			if c >= 0x20 && c != '"' && c != '\\' && c != '<' && c != '>' && c != '&' {
				i++
				continue
			}
			dst = append(dst, s[start:i]...)
			switch c {
			case '"', '\\':
				dst = append(dst, '\\', c)
			case '\b':
				dst = append(dst, '\\', 'b')
			case '\f':
				dst = append(dst, '\\', 'f')
			case '\n':
				dst = append(dst, '\\', 'n')
			case '\r':
				dst = append(dst, '\\', 'r')
			case '\t':
				dst = append(dst, '\\', 't')
			default: // other control characters and the HTML-sensitive <, >, &
				dst = append(dst, '\\', 'u', '0', '0', hexDigits[c>>4], hexDigits[c&0xF])
			}
			i++
			start = i
			continue
		}
		r, size := utf8.DecodeRuneInString(s[i:])
		switch {
		case r == utf8.RuneError && size == 1:
			dst = append(dst, s[start:i]...)
			dst = append(dst, `\ufffd`...)
		case r == '\u2028' || r == '\u2029':
			dst = append(dst, s[start:i]...)
			dst = append(dst, '\\', 'u', '2', '0', '2', hexDigits[r&0xF])
		default:
			i += size
			continue
		}
		i += size
		start = i
	}
	dst = append(dst, s[start:]...)
	return append(dst, '"')
}
