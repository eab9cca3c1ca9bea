package system

// civil is a UTC calendar time: the fields of a time.struct_time. The
// engine does its own calendar arithmetic (days from and to the proleptic
// Gregorian calendar) instead of using package time, whose formatting and
// zone machinery would add about 10 KB to the compressed browser module
// for these few functions.
type civil struct {
	year, month, day     int // month 1–12, day 1–31
	hour, minute, second int
	weekday              int // 0 is Sunday, as in C's tm_wday
	yearDay              int // 1–366
	unix                 int64
}

var (
	monthNames   = [12]string{"January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"}
	weekdayNames = [7]string{"Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"}
)

// civilFromUnix is the calendar time of Unix seconds.
func civilFromUnix(secs int64) civil {
	days, rem := floorDiv(secs, 86400)
	c := civil{unix: secs, hour: int(rem / 3600), minute: int(rem % 3600 / 60), second: int(rem % 60)}
	c.year, c.month, c.day = civilFromDays(days)
	_, wd := floorDiv(days+4, 7) // 1970-01-01 was a Thursday
	c.weekday = int(wd)
	c.yearDay = int(days-daysFromCivil(int64(c.year), 1, 1)) + 1
	return c
}

// civilFromFields is the calendar time of the given fields, which may be
// out of range and are normalized as C's mktime and Go's time.Date do:
// month 13 is January of the next year, second 60 the next minute.
func civilFromFields(year, month, day, hour, minute, second int) civil {
	y, m := floorDiv(int64(month)-1, 12)
	days := daysFromCivil(int64(year)+y, int(m)+1, 1) + int64(day) - 1
	return civilFromUnix(days*86400 + int64(hour)*3600 + int64(minute)*60 + int64(second))
}

// daysFromCivil is the number of days from 1970-01-01 to the given date of
// the proleptic Gregorian calendar, counting in 400-year eras that start on
// March 1 so that the leap day ends each year.
func daysFromCivil(y int64, m, d int) int64 {
	if m <= 2 {
		y--
	}
	era, yoe := floorDiv(y, 400)
	mp := int64((m + 9) % 12) // March is 0
	doy := (153*mp+2)/5 + int64(d) - 1
	doe := yoe*365 + yoe/4 - yoe/100 + doy
	return era*146097 + doe - 719468
}

// civilFromDays is the date days after 1970-01-01.
func civilFromDays(days int64) (year, month, day int) {
	era, doe := floorDiv(days+719468, 146097)
	yoe := (doe - doe/1460 + doe/36524 - doe/146096) / 365
	doy := doe - (365*yoe + yoe/4 - yoe/100)
	mp := (5*doy + 2) / 153
	day = int(doy - (153*mp+2)/5 + 1)
	month = int((mp+2)%12) + 1
	y := yoe + era*400
	if month <= 2 {
		y++
	}
	return int(y), month, day
}

// floorDiv is a/b rounded down and the remainder that goes with it.
func floorDiv(a, b int64) (q, r int64) {
	q, r = a/b, a%b
	if r < 0 {
		q, r = q-1, r+b
	}
	return q, r
}
