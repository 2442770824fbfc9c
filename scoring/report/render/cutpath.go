package render

import (
	"strings"
	"unicode/utf8"

	"github.com/charmbracelet/x/ansi"
)

// CutPath shortens a path to n cells from the left, keeping its end, where the file name is:
// "…/edited/maipu-2024-no-outcomes.xlsx". When the part kept starts inside a folder's name,
// that remnant is dropped so that the path resumes at a separator, unless doing so would give
// up more than a quarter of the room (what is left of a longer folder name, "…sxwriter/",
// still says which); a cut that falls on a separator keeps the whole folder name after it.
// Paths with either slash are cut alike.
func CutPath(s string, n int) string {
	w := ansi.StringWidth(s)
	if w <= n {
		return s
	}
	if n <= 1 {
		return "…"
	}
	tail := ansi.TruncateLeft(s, w-(n-1), "")
	for ansi.StringWidth(tail) > n-1 { // a wide character straddled the cut
		_, size := utf8.DecodeRuneInString(tail)
		tail = tail[size:]
	}
	whole := strings.ContainsAny(s[len(s)-len(tail)-1:len(s)-len(tail)], `/\`) // the cut fell on a separator
	if i := strings.IndexAny(tail, `/\`); !whole && i > 0 && i < len(tail)-1 && ansi.StringWidth(tail[:i])*4 <= n-1 {
		tail = tail[i:]
	}
	return "…" + tail
}
