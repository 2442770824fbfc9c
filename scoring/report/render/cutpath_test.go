package render

import (
	"fmt"
	"math/rand/v2"
	"path"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// TestCutPathKeepsTheEnd cuts generated paths (folders and file names of every length,
// accented and wide letters, either slash) to every width: the result fits, starts with …
// when cut, and is the end of the path, so that the file name survives as long as there is
// room for it; a cut that lands inside a short folder name resumes at the separator.
func TestCutPathKeepsTheEnd(t *testing.T) {
	rng := rand.New(rand.NewPCG(5, 8))
	parts := []string{"testdata", "producers", "edited", "libreoffice", "São José", "Ñuñoa", "東京", "a", "very-long-folder-name-of-a-city-office", "2024"}
	for i := range 300 {
		var segs []string
		for range 1 + rng.IntN(6) {
			segs = append(segs, parts[rng.IntN(len(parts))])
		}
		segs = append(segs, fmt.Sprintf("%s-%d.xlsx", parts[rng.IntN(len(parts))], i))
		p := path.Join(segs...)
		if rng.IntN(4) == 0 {
			p = strings.ReplaceAll(p, "/", `\`)
		}
		base := segs[len(segs)-1]
		for n := 1; n <= ansi.StringWidth(p)+2; n++ {
			got := CutPath(p, n)
			if ansi.StringWidth(got) > max(n, 1) {
				t.Fatalf("CutPath(%q, %d) = %q: %d cells", p, n, got, ansi.StringWidth(got))
			}
			if ansi.StringWidth(p) <= n {
				if got != p {
					t.Fatalf("CutPath(%q, %d) = %q: cut a path that fits", p, n, got)
				}
				continue
			}
			tail, ok := strings.CutPrefix(got, "…")
			if !ok || !strings.HasSuffix(p, tail) {
				t.Fatalf("CutPath(%q, %d) = %q: not … and the path's end", p, n, got)
			}
			if ansi.StringWidth(base) < n && !strings.HasSuffix(got, base) {
				t.Fatalf("CutPath(%q, %d) = %q: lost the file name %q", p, n, got, base)
			}
			// A tail that does not start at a separator has none within the first quarter of the room.
			whole := strings.ContainsAny(p[len(p)-len(tail)-1:len(p)-len(tail)], `/\`)
			if i := strings.IndexAny(tail, `/\`); !whole && i > 0 && i < len(tail)-1 && ansi.StringWidth(tail[:i])*4 <= n-1 {
				t.Fatalf("CutPath(%q, %d) = %q: starts inside a short folder name", p, n, got)
			}
		}
	}
	for _, c := range []struct {
		in   string
		n    int
		want string
	}{
		{"testdata/producers/edited/maipu-2024-no-outcomes.xlsx", 38, "…/edited/maipu-2024-no-outcomes.xlsx"},
		{"testdata/producers/edited/maipu-2024-no-outcomes.xlsx", 25, "…pu-2024-no-outcomes.xlsx"},
		{"a/very-long-folder-name-of-a-city-office/x.xlsx", 20, "…-city-office/x.xlsx"},
		{"short.csv", 20, "short.csv"},
		{"testdata/producers/gnumeric/formulas-es.xls", 25, "…gnumeric/formulas-es.xls"},
	} {
		if got := CutPath(c.in, c.n); got != c.want {
			t.Errorf("CutPath(%q, %d) = %q, want %q", c.in, c.n, got, c.want)
		}
	}
}
