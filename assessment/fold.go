package assessment

import (
	"strings"
	"unicode"

	"golang.org/x/text/runes"
	"golang.org/x/text/transform"
	"golang.org/x/text/unicode/norm"
)

// Fold prepares a word for liberal matching: accents removed, lower case, dashes and
// underscores read as spaces, runs of spaces collapsed, surrounding spaces trimmed. "Não
// atende", "NAO_ATENDE" and "  não   atende " all fold to "nao atende".
func Fold(s string) string {
	if IsASCII(s) {
		return collapse(strings.ToLower(s))
	}
	t := transform.Chain(norm.NFD, runes.Remove(runes.In(unicode.Mn)), norm.NFC)
	out, _, err := transform.String(t, s)
	if err != nil {
		out = s
	}
	return collapse(strings.ToLower(out))
}

// IsASCII reports whether s is all ASCII: nothing to fold but case and spaces.
func IsASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

func collapse(s string) string {
	var b strings.Builder
	b.Grow(len(s))
	space := false
	for _, r := range s {
		if r == '-' || r == '_' || unicode.IsSpace(r) {
			space = true
			continue
		}
		if space && b.Len() > 0 {
			b.WriteByte(' ')
		}
		space = false
		b.WriteRune(r)
	}
	return b.String()
}
