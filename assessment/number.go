package assessment

import (
	"strconv"
	"strings"
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
	t := strings.TrimSpace(s)
	sep := ""
	switch lang {
	case "es", "pt":
		sep = "."
	case "en":
		sep = ","
	}
	if sep != "" && strings.Count(t, sep) == 1 && !strings.ContainsAny(t, strings.Replace(".,", sep, "", 1)) {
		if i := strings.Index(t, sep); len(t)-i-1 == 3 && i > 0 {
			return ParseNumber(strings.Replace(t, sep, "", 1))
		}
	}
	return ParseNumber(s)
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
