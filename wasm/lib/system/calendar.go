package system

import (
	"strings"
	"time"

	"github.com/exitplay/exitplay/wasm/internal/printf"
	"github.com/exitplay/exitplay/wasm/process"
	"github.com/exitplay/exitplay/wasm/vm"
)

// The calendar functions of the time module. The simulated machine runs
// on UTC: localtime is gmtime with the zone named "UTC".

var structTimeType = newStructSeqType("time", "struct_time",
	[]string{"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"})

// structTime converts Unix seconds to a time.struct_time.
func structTime(secs float64, zone string) vm.Value {
	tm := time.Unix(int64(secs), 0).UTC()
	st := structTimeType.new(vm.Int(tm.Year()), vm.Int(int(tm.Month())), vm.Int(tm.Day()), vm.Int(tm.Hour()),
		vm.Int(tm.Minute()), vm.Int(tm.Second()), vm.Int((int(tm.Weekday())+6)%7), vm.Int(tm.YearDay()), vm.Int(0))
	st.Dict.SetStr("tm_zone", vm.Str(zone))
	st.Dict.SetStr("tm_gmtoff", vm.Int(0))
	return st
}

// goTime reads a struct_time or 9-tuple argument.
func goTime(t *vm.Thread, v vm.Value, fname string) (time.Time, error) {
	items := structTimeType.items(v)
	if items == nil {
		tu, ok := v.(vm.Tuple)
		if !ok {
			return time.Time{}, typeError("Tuple or struct_time argument required")
		}
		if len(tu) != 9 {
			return time.Time{}, typeError("%s(): illegal time tuple argument", fname)
		}
		items = tu
	}
	var n [6]int
	for i := range n {
		x, err := toInt(t, items[i])
		if err != nil {
			return time.Time{}, err
		}
		n[i] = x
	}
	return time.Date(n[0], time.Month(n[1]), n[2], n[3], n[4], n[5], 0, time.UTC), nil
}

// strftime formats tm with the C library's directives for the C.UTF-8
// locale.
func strftime(format string, tm time.Time, zone string) string {
	var b strings.Builder
	for i := 0; i < len(format); i++ {
		c := format[i]
		if c != '%' || i+1 == len(format) {
			b.WriteByte(c)
			continue
		}
		i++
		switch format[i] {
		case 'Y':
			printf.Fprintf(&b, "%d", tm.Year())
		case 'y':
			printf.Fprintf(&b, "%02d", tm.Year()%100)
		case 'm':
			printf.Fprintf(&b, "%02d", int(tm.Month()))
		case 'd':
			printf.Fprintf(&b, "%02d", tm.Day())
		case 'e':
			printf.Fprintf(&b, "%2d", tm.Day())
		case 'H':
			printf.Fprintf(&b, "%02d", tm.Hour())
		case 'I':
			printf.Fprintf(&b, "%02d", (tm.Hour()+11)%12+1)
		case 'M':
			printf.Fprintf(&b, "%02d", tm.Minute())
		case 'S':
			printf.Fprintf(&b, "%02d", tm.Second())
		case 'j':
			printf.Fprintf(&b, "%03d", tm.YearDay())
		case 'a':
			b.WriteString(tm.Weekday().String()[:3])
		case 'A':
			b.WriteString(tm.Weekday().String())
		case 'b', 'h':
			b.WriteString(tm.Month().String()[:3])
		case 'B':
			b.WriteString(tm.Month().String())
		case 'p':
			b.WriteString(map[bool]string{true: "AM", false: "PM"}[tm.Hour() < 12])
		case 'w':
			printf.Fprintf(&b, "%d", int(tm.Weekday()))
		case 'Z':
			b.WriteString(zone)
		case 'z':
			b.WriteString("+0000")
		case 'c':
			b.WriteString(tm.Format("Mon Jan _2 15:04:05 2006"))
		case 'x':
			b.WriteString(tm.Format("01/02/06"))
		case 'X', 'T':
			b.WriteString(tm.Format("15:04:05"))
		case 'D':
			b.WriteString(tm.Format("01/02/06"))
		case 'F':
			b.WriteString(tm.Format("2006-01-02"))
		case 'R':
			b.WriteString(tm.Format("15:04"))
		case 's':
			printf.Fprintf(&b, "%d", tm.Unix())
		case '%':
			b.WriteByte('%')
		default:
			b.WriteByte('%')
			b.WriteByte(format[i])
		}
	}
	return b.String()
}

// addCalendar puts gmtime, localtime, strftime, ctime, asctime and mktime
// in the time module.
func (h *Host) addCalendar(m *vm.Module) {
	now := func() float64 { return process.Epoch + h.P.Clock.Now() }
	secsArg := func(t *vm.Thread, name string, args []vm.Value, kw []vm.Kwarg) (float64, error) {
		if err := arity(name, args, kw, 0, 1); err != nil {
			return 0, err
		}
		if len(args) == 0 || args[0] == vm.None {
			return now(), nil
		}
		return toSeconds(t, args[0])
	}
	timeArg := func(t *vm.Thread, name string, args []vm.Value) (time.Time, string, error) {
		if len(args) == 0 || args[0] == vm.None {
			return time.Unix(int64(now()), 0).UTC(), "UTC", nil
		}
		zone := "UTC"
		if st, ok := args[0].(*vm.Instance); ok {
			if z, ok := st.Dict.GetStr("tm_zone"); ok {
				zone = string(z.(vm.Str))
			}
		}
		tm, err := goTime(t, args[0], name)
		return tm, zone, err
	}
	for name, zone := range map[string]string{"gmtime": "GMT", "localtime": "UTC"} {
		name, zone := name, zone
		m.SetFunc(name, func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
			secs, err := secsArg(t, name, args, kw)
			if err != nil {
				return nil, err
			}
			return structTime(secs, zone), nil
		})
	}
	m.SetFunc("ctime", func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		secs, err := secsArg(t, "ctime", args, kw)
		if err != nil {
			return nil, err
		}
		return vm.Str(time.Unix(int64(secs), 0).UTC().Format("Mon Jan _2 15:04:05 2006")), nil
	})
	m.SetFunc("asctime", func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		if err := arity("asctime", args, kw, 0, 1); err != nil {
			return nil, err
		}
		tm, _, err := timeArg(t, "asctime", args)
		if err != nil {
			return nil, err
		}
		return vm.Str(tm.Format("Mon Jan _2 15:04:05 2006")), nil
	})
	m.SetFunc("strftime", func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		if err := arity("strftime", args, kw, 1, 2); err != nil {
			return nil, err
		}
		format, ok := args[0].(vm.Str)
		if !ok {
			return nil, typeError("strftime() argument 1 must be str, not %s", args[0].Type().Name)
		}
		tm, zone, err := timeArg(t, "strftime", args[1:])
		if err != nil {
			return nil, err
		}
		return vm.Str(strftime(string(format), tm, zone)), nil
	})
	m.SetFunc("mktime", func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		if err := arity("mktime", args, kw, 1, 1); err != nil {
			return nil, err
		}
		tm, err := goTime(t, args[0], "mktime")
		if err != nil {
			return nil, err
		}
		return vm.Float(float64(tm.Unix())), nil
	})
	m.SetAttr("timezone", vm.Int(0))
	m.SetAttr("altzone", vm.Int(0))
	m.SetAttr("daylight", vm.Int(0))
	m.SetAttr("tzname", vm.Tuple{vm.Str("UTC"), vm.Str("UTC")})
	m.SetAttr("struct_time", structTimeType.cls)
}
