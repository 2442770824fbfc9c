package assessment

import (
	"math/rand"
	"testing"

	"github.com/citydatakit/wwc/internal/typed"
)

// TestParseDecision: the decision words of the issue in three languages, however typed, and
// the file tokens, read as their decision; other words are refused.
func TestParseDecision(t *testing.T) {
	rng := rand.New(rand.NewSource(16))
	words := map[Decision][]string{
		Accepted:      {"accepted", "aceptado", "aceito", "Aceptado", "ACEITO"},
		NotAccepted:   {"not accepted", "not_accepted", "no aceptado", "não aceito", "nao aceito", "No Aceptado"},
		Clarification: {"clarification", "aclaración", "aclaracion", "esclarecimento", "Esclarecimento"},
		Unreviewed:    {"", "unreviewed"},
	}
	for want, ws := range words {
		for _, w := range ws {
			for _, in := range []string{w, "  " + w + " "} {
				if got, ok := ParseDecision(in); !ok || got != want {
					t.Errorf("ParseDecision(%q) = %v, %v; want %v", in, got, ok, want)
				}
			}
			if w == "" {
				continue
			}
			for _, in := range typed.Variants(rng, w)[:4] {
				if got, ok := ParseDecision(in); !ok || got != want {
					t.Errorf("ParseDecision(%q) = %v, %v; want %v", in, got, ok, want)
				}
			}
		}
	}
	for _, bad := range []string{"maybe", "sí", "met", "accepted?!x", "0"} {
		if _, ok := ParseDecision(bad); ok {
			t.Errorf("ParseDecision(%q) accepted", bad)
		}
	}
	for _, d := range append([]Decision{Unreviewed}, Decisions...) {
		if back, ok := ParseDecision(d.String()); !ok || back != d {
			t.Errorf("%v does not read back from %q", d, d.String())
		}
	}
}
