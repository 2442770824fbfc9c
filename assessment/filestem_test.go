package assessment

import (
	"fmt"
	"math/rand"
	"regexp"
	"testing"

	"github.com/citydatakit/wwc/questions"
)

// TestFileStem checks, over generated city names (accents, spaces, punctuation, scripts that
// fold to nothing), that the stem is always safe for a file name, never empty, and ends in the
// year when one is given.
func TestFileStem(t *testing.T) {
	for in, want := range map[string]string{
		"Maipú": "maipu", "São Paulo": "sao-paulo", "  ": "city", "東京": "city", "St. John's": "st--johns",
	} {
		if got := FileStem(in, 0); got != want {
			t.Errorf("FileStem(%q) = %q, want %q", in, got, want)
		}
	}
	safe := regexp.MustCompile(`^[a-z0-9]([a-z0-9-]*[a-z0-9])?$`)
	parts := []string{"Maipú", "São", "Paulo", " ", "-", "_", ".", "/", "\\", "東", "Ñuñoa", "'", "..", "\x00", "Ü"}
	rng := rand.New(rand.NewSource(1))
	for i := 0; i < 2000; i++ {
		city := ""
		for n := rng.Intn(6); n > 0; n-- {
			city += parts[rng.Intn(len(parts))]
		}
		year := 0
		if rng.Intn(2) == 0 {
			year = 1990 + rng.Intn(50)
		}
		got := FileStem(city, year)
		if !safe.MatchString(got) {
			t.Fatalf("FileStem(%q, %d) = %q: not a safe stem", city, year, got)
		}
		if year != 0 && !regexp.MustCompile(fmt.Sprintf("-%d$", year)).MatchString(got) {
			t.Fatalf("FileStem(%q, %d) = %q: no year", city, year, got)
		}
	}
}

// TestRubricRefMatches checks every combination of id and version against a rubric.
func TestRubricRefMatches(t *testing.T) {
	r := &questions.Rubric{ID: "wwc-2022", Version: "2022.1"}
	for _, id := range []string{"", "wwc-2022", "other"} {
		for _, v := range []string{"", "2022.1", "2023.1"} {
			ref := RubricRef{ID: id, Version: v}
			if want := id == r.ID && v == r.Version; ref.Matches(r) != want {
				t.Errorf("%+v.Matches = %v, want %v", ref, !want, want)
			}
			if ref.Names() != (id != "") {
				t.Errorf("%+v.Names wrong", ref)
			}
		}
	}
	if got := (RubricRef{ID: "a", Version: "1"}).String(); got != "a 1" {
		t.Errorf("String = %q", got)
	}
}
