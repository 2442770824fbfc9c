package assessment

import (
	"strconv"
	"strings"
	"time"
)

// ParseNumber reads a number written with either decimal mark: "2000", "2000.5", "2000,5",
// "1.234,5", "1,234.5", "1 234", "12.5%" (as 12.5). When both marks appear the last one is
// the decimal mark; a mark that appears more than once separates thousands; a single mark is
// the decimal mark.
func ParseNumber(s string) (float64, bool) {
	s = strings.TrimSpace(s)
	s = strings.TrimSuffix(s, "%")
	s = strings.Map(func(r rune) rune {
		switch r {
		case ' ', '\u00a0', '\u202f', '\'':
			return -1
		}
		return r
	}, s)
	if s == "" {
		return 0, false
	}
	dots, commas := strings.Count(s, "."), strings.Count(s, ",")
	switch {
	case dots > 0 && commas > 0:
		if strings.LastIndex(s, ",") > strings.LastIndex(s, ".") {
			s = strings.ReplaceAll(s, ".", "")
			s = strings.Replace(s, ",", ".", 1)
		} else {
			s = strings.ReplaceAll(s, ",", "")
		}
	case commas > 1:
		s = strings.ReplaceAll(s, ",", "")
	case dots > 1:
		s = strings.ReplaceAll(s, ".", "")
	case commas == 1:
		s = strings.Replace(s, ",", ".", 1)
	}
	if strings.ContainsAny(s, ",") || strings.Count(s, ".") > 1 {
		return 0, false
	}
	f, err := strconv.ParseFloat(s, 64)
	if err != nil || f != f || f > 1e300 || f < -1e300 {
		return 0, false
	}
	return f, true
}

// ParseNumberIn reads a number written in a table of the given language. Where the mark is
// ambiguous, one "." or "," followed by exactly three digits ("20.000", "2,000"), Spanish and
// Portuguese read "." as the thousands separator and English reads ","; elsewhere, and with
// no language, it is ParseNumber.
func ParseNumberIn(s, lang string) (float64, bool) {
	f, _, ok := ReadNumberIn(s, lang)
	return f, ok
}

// Ambiguity says how a number with a single mark followed by three digits was read: such a
// number means one thing under one decimal convention and a thousand times more or less
// under the other.
type Ambiguity struct {
	// Mark is the mark, "." or ",".
	Mark string
	// Thousands is true when the mark was read as a thousands separator.
	Thousands bool
	// Other is the value under the other convention.
	Other float64
}

// ReadNumberIn is ParseNumberIn that also says when the value depends on the decimal
// convention (amb is nil when it does not).
func ReadNumberIn(s, lang string) (f float64, amb *Ambiguity, ok bool) {
	t := strings.TrimSpace(s)
	mark, ambiguous := singleMark(t)
	sep := ""
	switch lang {
	case "es", "pt":
		sep = "."
	case "en":
		sep = ","
	}
	if !ambiguous {
		f, ok = ParseNumber(s)
		return f, nil, ok
	}
	whole, ok1 := ParseNumber(strings.Replace(t, mark, "", 1))
	dec, ok2 := ParseNumber(strings.Replace(t, mark, ".", 1))
	if !ok1 || !ok2 {
		f, ok = ParseNumber(s)
		return f, nil, ok
	}
	if mark == sep {
		return whole, &Ambiguity{Mark: mark, Thousands: true, Other: dec}, true
	}
	return dec, &Ambiguity{Mark: mark, Other: whole}, true
}

// singleMark reports whether t is digits, one "." or "," and exactly three digits ("20.000",
// "-1,500", "12.345 %"), and which mark it holds.
func singleMark(t string) (string, bool) {
	t = strings.TrimSpace(strings.TrimSuffix(t, "%"))
	t = strings.TrimPrefix(strings.TrimPrefix(t, "-"), "+")
	i := strings.IndexAny(t, ".,")
	if i <= 0 || len(t)-i-1 != 3 {
		return "", false
	}
	for j, r := range t {
		if j != i && (r < '0' || r > '9') {
			return "", false
		}
	}
	return t[i : i+1], true
}

// ParseWhole reads a whole number such as a population, where a mark can only separate
// thousands: "578.605", "578,605", "578 605" and "1.234.567" are all whole numbers.
func ParseWhole(s string) (int, bool) {
	t := strings.Map(func(r rune) rune {
		switch r {
		case ' ', '\u00a0', '\u202f', '\'':
			return -1
		}
		return r
	}, strings.TrimSpace(s))
	if t == "" {
		return 0, false
	}
	if strings.ContainsAny(t, ".,") {
		groups := strings.FieldsFunc(t, func(r rune) bool { return r == '.' || r == ',' })
		grouped := len(groups) > 1 && len(groups[0]) >= 1 && len(groups[0]) <= 3
		for _, g := range groups[1:] {
			grouped = grouped && len(g) == 3
		}
		if grouped && strings.Count(t, ".")*strings.Count(t, ",") == 0 {
			t = strings.Join(groups, "")
		}
	}
	f, ok := ParseNumber(t)
	if !ok || f < 0 || f != float64(int(f)) || f > 1e12 {
		return 0, false
	}
	return int(f), true
}

// ParseYear reads a four-digit year, as a number or text ("2024", "2024.0").
func ParseYear(s string) (int, bool) {
	s = strings.TrimSpace(s)
	if f, err := strconv.ParseFloat(s, 64); err == nil && f == float64(int(f)) {
		y := int(f)
		if y >= 1000 && y <= 9999 {
			return y, true
		}
	}
	return 0, false
}

// DateText reads a date written as text, as some producers store date cells
// ("2025-01-01T00:00:00", "2025-01-01"): a year typed into a date cell. ok is false for
// anything else.
func DateText(s string) (year, month, day int, ok bool) {
	s = strings.TrimSpace(s)
	if len(s) < 10 {
		return 0, 0, 0, false
	}
	d, err := time.Parse("2006-01-02", s[:10])
	if err != nil || (len(s) > 10 && s[10] != 'T' && s[10] != ' ') {
		return 0, 0, 0, false
	}
	return d.Year(), int(d.Month()), d.Day(), true
}

// DateSerial reads a number that looks like a spreadsheet date rather than a year: a serial
// day count (1900 date system, as Excel, LibreOffice and Google Sheets store dates) that falls
// between 1950 and 2100. A year typed into a cell formatted as a date reads back this way:
// 45658 is 1 January 2025. ok is false for anything else.
func DateSerial(s string) (year, month, day int, ok bool) {
	f, err := strconv.ParseFloat(strings.TrimSpace(s), 64)
	if err != nil || f < 18264 || f >= 73051 { // 1 January 1950 up to 1 January 2100
		return 0, 0, 0, false
	}
	d := time.Date(1899, 12, 30, 0, 0, 0, 0, time.UTC).AddDate(0, 0, int(f))
	return d.Year(), int(d.Month()), d.Day(), true
}
