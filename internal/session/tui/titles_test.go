package tui

import (
	"strings"
	"testing"

	"github.com/citydatakit/wwc/assessment"
)

// TestTitlesSayItOnce opens every screen with a title (metrics, a metric's form, the city
// details, the result, the help) in the three languages at several widths: the line under
// the title do not open with the title again.
func TestTitlesSayItOnce(t *testing.T) {
	screens := [][]string{{"m"}, {"m", "a"}, {"c"}, {"r"}, {"?"}}
	for _, lang := range []string{"en", "es", "pt"} {
		for _, w := range []int{60, 80, 120} {
			for _, keys := range screens {
				a := assessment.New()
				a.City, a.Year = "Maipú", 2025
				d := start(t, lang, a, Options{Resumed: true, Width: w, Height: 40})
				d.press(keys...)
				lines := strings.Split(d.frame(), "\n")
				body := 0
				for body < len(lines) && !strings.HasPrefix(lines[body], "─") {
					body++
				}
				title := strings.TrimSpace(lines[body+1])
				next := ""
				for _, l := range lines[body+2:] {
					if next = strings.Trim(l, " ›"); next != "" {
						break
					}
				}
				if strings.HasPrefix(strings.ToLower(next), strings.ToLower(title)) {
					t.Errorf("%s %d %v: the title %q is said again: %q", lang, w, keys, title, next)
				}
			}
		}
	}
}
