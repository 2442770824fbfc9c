package assessment

import (
	"fmt"
	"strings"
)

// FileStem is the part of a file name that says whose answers a file holds: the city made
// safe for any file system (ASCII letters and digits, words joined by dashes), then the year
// when known: "maipu-2024", "sao-paulo", "city" when the city has no usable letter. The
// answers files wwc assess names and the reports wwc batch writes both start from it.
func FileStem(city string, year int) string {
	slug := strings.Map(func(r rune) rune {
		switch {
		case r >= 'a' && r <= 'z', r >= '0' && r <= '9':
			return r
		case r == ' ' || r == '-' || r == '_' || r == '.':
			return '-'
		}
		return -1
	}, strings.ToLower(Fold(city)))
	slug = strings.Trim(slug, "-")
	if slug == "" {
		slug = "city"
	}
	if year != 0 {
		slug += fmt.Sprintf("-%d", year)
	}
	return slug
}
