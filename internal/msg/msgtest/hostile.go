// Package msgtest helps tests feed hostile text to whatever renders messages.
package msgtest

import (
	"math/rand"
	"strings"
)

// Hostile returns random text of up to n bytes mixing what files hold and terminals fear:
// printable ASCII, accented letters, line breaks, escape sequences, C1 controls, bidi
// overrides, invalid UTF-8 and multi-byte characters likely to be cut.
func Hostile(rng *rand.Rand, n int) string {
	pieces := []string{"a", "Z", " ", "é", "ñ", "ção", "\n", "\r\n", "\t", "\x1b[31m", "\x1b]0;title\x07",
		"\x00", "\x7f", "\u0085", "\u009b", "\u202e", "\u2066", "\u2069", "\xff", "\xc3", "\xe2\x82", "€", "😀",
		"\"", "'", "{{.File}}", "%s", "\\", "/"}
	var b strings.Builder
	size := rng.Intn(n + 1)
	for b.Len() < size {
		if rng.Intn(3) == 0 {
			b.WriteByte(byte(rng.Intn(256)))
		} else {
			b.WriteString(pieces[rng.Intn(len(pieces))])
		}
	}
	return b.String()
}
