package questions

import (
	"errors"
	"math"
	"strconv"
	"strings"
)

// Percent is a share in hundredths of a percent (5150 is 51.5%), kept as an integer so that
// tier boundaries are compared exactly.
type Percent int

// ParsePercent reads "51", "51.5" or "51.25" exactly; more than two decimals is an error.
func ParsePercent(s string) (Percent, error) {
	s = strings.TrimSuffix(strings.TrimSpace(s), "%")
	whole, frac, hasFrac := strings.Cut(s, ".")
	if whole == "" || (hasFrac && (frac == "" || len(frac) > 2)) {
		return 0, errors.New("not a percentage with at most two decimals")
	}
	w, err := strconv.Atoi(whole)
	if err != nil || strings.HasPrefix(whole, "+") {
		return 0, errors.New("not a percentage with at most two decimals")
	}
	f := 0
	if hasFrac {
		for len(frac) < 2 {
			frac += "0"
		}
		if f, err = strconv.Atoi(frac); err != nil || frac[0] == '-' || frac[0] == '+' {
			return 0, errors.New("not a percentage with at most two decimals")
		}
	}
	if w < 0 {
		return Percent(w*100 - f), nil
	}
	return Percent(w*100 + f), nil
}

// String writes the percentage without trailing zeros: 51, 51.5, 51.25.
func (p Percent) String() string {
	sign := ""
	v := int(p)
	if v < 0 {
		sign, v = "-", -v
	}
	s := sign + strconv.Itoa(v/100)
	if f := v % 100; f != 0 {
		fs := strconv.Itoa(f)
		if f < 10 {
			fs = "0" + fs
		}
		s += "." + strings.TrimRight(fs, "0")
	}
	return s
}

// Unreadable is the value a percentage takes when its text is not one: no tier can be met
// with it, and rubric loaders report the text itself with its line before anything uses it.
const Unreadable Percent = math.MinInt32

// UnmarshalText reads the text exactly, never through a float. A text that is not a
// percentage gives Unreadable rather than an error, so that a decoder goes on and every
// problem of a file is reported together.
func (p *Percent) UnmarshalText(b []byte) error {
	v, err := ParsePercent(string(b))
	if err != nil {
		v = Unreadable
	}
	*p = v
	return nil
}
