package questions

import (
	"strings"
	"unicode"
)

// NormalizeID turns a criterion ID as people type it into the rubric's form: case, spaces,
// dashes, dots and underscores are ignored and leading zeros of the number are dropped, so
// "dm-1", "DM 1", "Dm.1" and "DM_01" all give "DM1".
func NormalizeID(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	for _, r := range strings.TrimSpace(s) {
		switch {
		case r == ' ' || r == '-' || r == '.' || r == '_' || r == '\u00a0' || r == '\t':
		default:
			b.WriteRune(unicode.ToUpper(r))
		}
	}
	out := b.String()
	// Drop zeros that lead the trailing number: DM01 -> DM1, EVAL004 -> EVAL4, but D0 stays.
	i := len(out)
	for i > 0 && out[i-1] >= '0' && out[i-1] <= '9' {
		i--
	}
	if i < len(out) && i > 0 {
		digits := strings.TrimLeft(out[i:], "0")
		if digits == "" {
			digits = "0"
		}
		out = out[:i] + digits
	}
	return out
}
