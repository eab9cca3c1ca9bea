package system

import (
	"strconv"
	"strings"

	"github.com/exitplay/exitplay/wasm/process"
	"github.com/exitplay/exitplay/wasm/vm"
)

// The calendar functions of the time module. The simulated machine runs
// on UTC: localtime is gmtime with the zone named "UTC".

var structTimeType = newStructSeqType("time", "struct_time",
	[]string{"tm_year", "tm_mon", "tm_mday", "tm_hour", "tm_min", "tm_sec", "tm_wday", "tm_yday", "tm_isdst"})

// structTime converts Unix seconds to a time.struct_time.
func structTime(secs float64, zone string) vm.Value {
	tm := civilFromUnix(int64(secs))
	st := structTimeType.new(vm.Int(tm.year), vm.Int(tm.month), vm.Int(tm.day), vm.Int(tm.hour),
		vm.Int(tm.minute), vm.Int(tm.second), vm.Int((tm.weekday+6)%7), vm.Int(tm.yearDay), vm.Int(0))
	st.Dict.SetStr("tm_zone", vm.Str(zone))
	st.Dict.SetStr("tm_gmtoff", vm.Int(0))
	return st
}

// civilArg reads a struct_time or 9-tuple argument.
func civilArg(t *vm.Thread, v vm.Value, fname string) (civil, error) {
	items := structTimeType.items(v)
	if items == nil {
		tu, ok := v.(vm.Tuple)
		if !ok {
			return civil{}, typeError("Tuple or struct_time argument required")
		}
		if len(tu) != 9 {
			return civil{}, typeError("%s(): illegal time tuple argument", fname)
		}
		items = tu
	}
	var n [6]int
	for i := range n {
		x, err := toInt(t, items[i])
		if err != nil {
			return civil{}, err
		}
		n[i] = x
	}
	return civilFromFields(n[0], n[1], n[2], n[3], n[4], n[5]), nil
}

// strftime formats tm with the C library's directives for the C.UTF-8
// locale.
func strftime(format string, tm civil, zone string) string {
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
			b.WriteString(strconv.Itoa(tm.year))
		case 'y':
			b.WriteString(pad(tm.year%100, 2, '0'))
		case 'm':
			b.WriteString(pad(tm.month, 2, '0'))
		case 'd':
			b.WriteString(pad(tm.day, 2, '0'))
		case 'e':
			b.WriteString(pad(tm.day, 2, ' '))
		case 'H':
			b.WriteString(pad(tm.hour, 2, '0'))
		case 'I':
			b.WriteString(pad((tm.hour+11)%12+1, 2, '0'))
		case 'M':
			b.WriteString(pad(tm.minute, 2, '0'))
		case 'S':
			b.WriteString(pad(tm.second, 2, '0'))
		case 'j':
			b.WriteString(pad(tm.yearDay, 3, '0'))
		case 'a':
			b.WriteString(weekdayNames[tm.weekday][:3])
		case 'A':
			b.WriteString(weekdayNames[tm.weekday])
		case 'b', 'h':
			b.WriteString(monthNames[tm.month-1][:3])
		case 'B':
			b.WriteString(monthNames[tm.month-1])
		case 'p':
			b.WriteString(map[bool]string{true: "AM", false: "PM"}[tm.hour < 12])
		case 'w':
			b.WriteString(strconv.Itoa(tm.weekday))
		case 'Z':
			b.WriteString(zone)
		case 'z':
			b.WriteString("+0000")
		case 'c':
			b.WriteString(asctime(tm))
		case 'x', 'D':
			b.WriteString(pad(tm.month, 2, '0') + "/" + pad(tm.day, 2, '0') + "/" + pad(tm.year%100, 2, '0'))
		case 'X', 'T':
			b.WriteString(clock(tm))
		case 'F':
			b.WriteString(year4(tm.year) + "-" + pad(tm.month, 2, '0') + "-" + pad(tm.day, 2, '0'))
		case 'R':
			b.WriteString(pad(tm.hour, 2, '0') + ":" + pad(tm.minute, 2, '0'))
		case 's':
			b.WriteString(strconv.FormatInt(tm.unix, 10))
		case '%':
			b.WriteByte('%')
		default:
			b.WriteByte('%')
			b.WriteByte(format[i])
		}
	}
	return b.String()
}

// asctime is the form of time.asctime and time.ctime: "Sun Sep 16 01:03:52 1973".
func asctime(tm civil) string {
	return weekdayNames[tm.weekday][:3] + " " + monthNames[tm.month-1][:3] + " " + pad(tm.day, 2, ' ') + " " +
		clock(tm) + " " + year4(tm.year)
}

// clock is HH:MM:SS.
func clock(tm civil) string {
	return pad(tm.hour, 2, '0') + ":" + pad(tm.minute, 2, '0') + ":" + pad(tm.second, 2, '0')
}

// year4 is the year in at least four digits, after any minus sign.
func year4(y int) string {
	if y < 0 {
		return "-" + pad(-y, 4, '0')
	}
	return pad(y, 4, '0')
}

// pad is n (not negative) in decimal, filled on the left to width.
func pad(n, width int, fill byte) string {
	s := strconv.Itoa(n)
	for len(s) < width {
		s = string(fill) + s
	}
	return s
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
	timeArg := func(t *vm.Thread, name string, args []vm.Value) (civil, string, error) {
		if len(args) == 0 || args[0] == vm.None {
			return civilFromUnix(int64(now())), "UTC", nil
		}
		zone := "UTC"
		if st, ok := args[0].(*vm.Instance); ok {
			if z, ok := st.Dict.GetStr("tm_zone"); ok {
				zone = string(z.(vm.Str))
			}
		}
		tm, err := civilArg(t, args[0], name)
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
		return vm.Str(asctime(civilFromUnix(int64(secs)))), nil
	})
	m.SetFunc("asctime", func(t *vm.Thread, args []vm.Value, kw []vm.Kwarg) (vm.Value, error) {
		if err := arity("asctime", args, kw, 0, 1); err != nil {
			return nil, err
		}
		tm, _, err := timeArg(t, "asctime", args)
		if err != nil {
			return nil, err
		}
		return vm.Str(asctime(tm)), nil
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
		tm, err := civilArg(t, args[0], "mktime")
		if err != nil {
			return nil, err
		}
		return vm.Float(float64(tm.unix)), nil
	})
	m.SetAttr("timezone", vm.Int(0))
	m.SetAttr("altzone", vm.Int(0))
	m.SetAttr("daylight", vm.Int(0))
	m.SetAttr("tzname", vm.Tuple{vm.Str("UTC"), vm.Str("UTC")})
	m.SetAttr("struct_time", structTimeType.cls)
}
