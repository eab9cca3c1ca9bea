package system

import (
	"math/rand/v2"
	"strconv"
	"testing"
	"time"
)

// The calendar arithmetic agrees with package time over ±10,000 years.
func TestCivilAgreesWithTime(t *testing.T) {
	r := rand.New(rand.NewPCG(7, 8))
	secs := []int64{0, -1, 86399, 86400, -86400, 951782400, 4107542400, -62135596800, -62135596801}
	for range 20000 {
		secs = append(secs, r.Int64N(2*315537897600)-315537897600)
	}
	for _, s := range secs {
		c, want := civilFromUnix(s), time.Unix(s, 0).UTC()
		if c.year != want.Year() || c.month != int(want.Month()) || c.day != want.Day() ||
			c.hour != want.Hour() || c.minute != want.Minute() || c.second != want.Second() ||
			c.weekday != int(want.Weekday()) || c.yearDay != want.YearDay() {
			t.Fatalf("civilFromUnix(%d) = %+v, want %v", s, c, want)
		}
	}
}

// Out-of-range fields normalize as time.Date normalizes them.
func TestCivilFromFieldsNormalizes(t *testing.T) {
	r := rand.New(rand.NewPCG(9, 10))
	for range 20000 {
		f := [6]int{r.IntN(4000) - 1000, r.IntN(40) - 13, r.IntN(80) - 20, r.IntN(60) - 10, r.IntN(200) - 60, r.IntN(200) - 60}
		got := civilFromFields(f[0], f[1], f[2], f[3], f[4], f[5])
		want := time.Date(f[0], time.Month(f[1]), f[2], f[3], f[4], f[5], 0, time.UTC)
		if got.unix != want.Unix() {
			t.Fatalf("civilFromFields%v = %d, want %d", f, got.unix, want.Unix())
		}
	}
}

// strftime writes what the C library writes, as package time spells it.
func TestStrftimeAgreesWithTimeFormat(t *testing.T) {
	r := rand.New(rand.NewPCG(11, 12))
	for range 2000 {
		s := r.Int64N(2*62135596800) - 62135596800
		tm := time.Unix(s, 0).UTC()
		ampm := "AM"
		if tm.Hour() >= 12 {
			ampm = "PM"
		}
		want := tm.Format("Mon Monday Jan January Mon Jan _2 15:04:05 2006 02 01/02/06 _2 2006-01-02 15 03 ") +
			pad(tm.YearDay(), 3, '0') + tm.Format(" 01 04 ") + ampm + tm.Format(" 15:04 05 15:04:05 ") +
			strconv.Itoa(int(tm.Weekday())) + tm.Format(" 01/02/06 15:04:05 06 ") + strconv.Itoa(tm.Year()) +
			" " + strconv.FormatInt(s, 10) + " % UTC +0000 %q"
		got := strftime("%a %A %b %B %c %d %D %e %F %H %I %j %m %M %p %R %S %T %w %x %X %y %Y %s %% %Z %z %q", civilFromUnix(s), "UTC")
		if got != want {
			t.Fatalf("strftime at %d:\n got %q\nwant %q", s, got, want)
		}
	}
}
