// Package printf formats messages the way fmt.Sprintf does, for the verbs
// and argument types the engine's messages use, without fmt.
//
// fmt handles any value through reflection, and linking it (with reflect)
// costs the browser engine about 5% of its compressed size; the engine's
// exception, syntax-error and trace messages need none of that. Supported:
//
//	%s %v  strings, []byte, error and String() values; %v also numbers and bools
//	%q     strings, quoted as strconv.Quote does
//	%d     integers, with an optional width and 0 flag (%02d, %3d)
//	%x %X  integers in hex, with an optional width and 0 flag (%04X)
//	%c     integers as the character they encode
//	%g     float64 in the shortest form that round-trips
//	%%     a percent sign
//
// Anything else, like a missing argument, is written as fmt writes a bad
// verb ("%!d(MISSING)", "%!s(unsupported)"). Other named types must be
// converted by the caller (string(s), int64(n)): without reflection a
// named string type is not a string here. go vet checks the calls as
// printf calls (the Makefile names this package's functions to it).
package printf

import (
	"io"
	"strconv"
	"unicode/utf8"
)

// Sprintf formats according to a format specifier and returns the string.
func Sprintf(format string, args ...any) string {
	return string(appendf(nil, format, args))
}

// Errorf formats according to a format specifier and returns the string as
// an error.
func Errorf(format string, args ...any) error {
	return message(appendf(nil, format, args))
}

// Fprintf formats according to a format specifier and writes to w.
func Fprintf(w io.Writer, format string, args ...any) (int, error) {
	return w.Write(appendf(nil, format, args))
}

type message string

func (m message) Error() string { return string(m) }

// appendf appends the formatted text to b.
func appendf(b []byte, format string, args []any) []byte {
	next := 0
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' {
			b = append(b, c)
			continue
		}
		i++
		zero := false
		if i < len(format) && format[i] == '0' {
			zero = true
			i++
		}
		width := 0
		for i < len(format) && '0' <= format[i] && format[i] <= '9' {
			width = width*10 + int(format[i]-'0')
			i++
		}
		if i >= len(format) {
			return append(b, "%!(NOVERB)"...)
		}
		verb, size := utf8.DecodeRuneInString(format[i:])
		i += size - 1
		if verb == '%' {
			b = append(b, '%')
			continue
		}
		if next >= len(args) {
			b = badVerb(b, verb, "MISSING")
			continue
		}
		b = appendArg(b, verb, zero, width, args[next])
		next++
	}
	if next < len(args) {
		b = append(b, "%!(EXTRA)"...)
	}
	return b
}

// appendArg formats one argument.
func appendArg(b []byte, verb rune, zero bool, width int, arg any) []byte {
	switch verb {
	case 's', 'v', 'q':
		s, ok := text(arg)
		if !ok && verb == 'v' {
			return appendArg(b, numberVerb(arg), zero, width, arg)
		}
		if !ok {
			break
		}
		if verb == 'q' {
			return strconv.AppendQuote(b, s)
		}
		return append(b, s...)
	case 'd', 'x', 'X', 'c':
		n, ok := integer(arg)
		if !ok {
			break
		}
		if verb == 'c' {
			return utf8.AppendRune(b, rune(n))
		}
		return pad(b, formatInt(n, verb), zero, width)
	case 'g':
		if f, ok := arg.(float64); ok {
			return strconv.AppendFloat(b, f, 'g', -1, 64)
		}
	}
	return badVerb(b, verb, "unsupported")
}

// numberVerb is the verb %v means for a non-text value.
func numberVerb(arg any) rune {
	switch arg.(type) {
	case float64:
		return 'g'
	case bool:
		return 'b'
	}
	return 'd'
}

// text is the string form of the values %s accepts (and of bools, for %v).
func text(arg any) (string, bool) {
	switch a := arg.(type) {
	case string:
		return a, true
	case []byte:
		return string(a), true
	case error:
		return a.Error(), true
	case interface{ String() string }:
		return a.String(), true
	case bool:
		return strconv.FormatBool(a), true
	}
	return "", false
}

// integer is the value of an argument of an integer type.
func integer(arg any) (int64, bool) {
	switch a := arg.(type) {
	case int:
		return int64(a), true
	case int64:
		return a, true
	case int32:
		return int64(a), true
	case uint8:
		return int64(a), true
	}
	return 0, false
}

func formatInt(n int64, verb rune) string {
	switch verb {
	case 'x':
		return strconv.FormatInt(n, 16)
	case 'X':
		return toUpper(strconv.FormatInt(n, 16))
	}
	return strconv.FormatInt(n, 10)
}

func toUpper(s string) string {
	b := []byte(s)
	for i, c := range b {
		if 'a' <= c && c <= 'f' {
			b[i] = c - 'a' + 'A'
		}
	}
	return string(b)
}

// pad appends digits widened to width: with spaces in front, or with zeros
// after the sign when zero is set.
func pad(b []byte, digits string, zero bool, width int) []byte {
	fill := width - len(digits)
	if fill <= 0 {
		return append(b, digits...)
	}
	if !zero {
		for range fill {
			b = append(b, ' ')
		}
		return append(b, digits...)
	}
	if digits[0] == '-' {
		b = append(b, '-')
		digits = digits[1:]
	}
	for range fill {
		b = append(b, '0')
	}
	return append(b, digits...)
}

func badVerb(b []byte, verb rune, why string) []byte {
	b = append(b, '%', '!')
	b = utf8.AppendRune(b, verb)
	b = append(b, '(')
	b = append(b, why...)
	return append(b, ')')
}
