package render

import (
	"math/rand"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// TestWrapTextFitsAndKeepsEveryWord: random lines of words (numbers with their units, links,
// styled words) fitted to random widths keep every word in order, put no line past the width
// unless a single word is longer, never split "58,1 %", and indent an item's continuation lines.
func TestWrapTextFitsAndKeepsEveryWord(t *testing.T) {
	rng := rand.New(rand.NewSource(11))
	words := []string{"Fugas", "de", "agua", "20.000", "(2021)", "→", "2.000", "58,1 %", "https://datos.example.gob/x?id=7",
		"\x1b[1mPLATA\x1b[m", "cumple", "indicador", "más", "DM4", "·", "—"}
	for i := 0; i < 2000; i++ {
		width := 20 + rng.Intn(100)
		indent := strings.Repeat(" ", rng.Intn(5))
		var parts []string
		for n := rng.Intn(40); n >= 0; n-- {
			parts = append(parts, words[rng.Intn(len(words))])
		}
		line := indent + strings.Join(parts, " ")
		out := Wrap(line, width)
		if got, want := strings.Join(strings.Fields(out), " "), strings.Join(strings.Fields(line), " "); got != want {
			t.Fatalf("words changed at width %d:\n%q\n%q", width, got, want)
		}
		for j, l := range strings.Split(out, "\n") {
			if w := ansi.StringWidth(l); w > width && len(strings.Fields(l)) > 1 {
				t.Fatalf("line %d is %d wide at width %d: %q", j, w, width, l)
			}
			if j > 0 && indent != "" && !strings.HasPrefix(l, indent+"  ") {
				t.Fatalf("continuation not indented: %q", l)
			}
			if strings.HasPrefix(strings.TrimSpace(l), "%") {
				t.Fatalf("a number's unit on a line of its own: %q", out)
			}
		}
	}
}

// TestHangFitsEveryLine: generated paragraphs (words, numbers with units, paths far longer
// than a line, accented and wide letters, double spaces) hung at random widths and indents: no line is wider
// than the width, every line after the first starts with the indent, no character is lost or
// reordered, and "58,1 %" is never split.
func TestHangFitsEveryLine(t *testing.T) {
	rng := rand.New(rand.NewSource(12))
	words := []string{"Maipú", "2024", "está", "postulada", "58,1 %", "東京都", "de", "testdata/producers/edited/maipu-2024-no-outcomes.xlsx,",
		strings.Repeat("carpeta-muy-larga/", 9) + "archivo.xlsx", strings.Repeat("x", 130), "·", "—", ""}
	for i := 0; i < 800; i++ {
		width := 12 + rng.Intn(120)
		indent := strings.Repeat(" ", rng.Intn(5))
		var parts []string
		for n := rng.Intn(40); n >= 0; n-- {
			parts = append(parts, words[rng.Intn(len(words))])
		}
		text := strings.TrimSpace(strings.Join(parts, " "))
		out := Hang(text, width, indent)
		lines := strings.Split(out, "\n")
		for j, l := range lines {
			if w := ansi.StringWidth(l); w > width {
				t.Fatalf("line %d is %d wide at width %d: %q", j, w, width, l)
			}
			if j > 0 && !strings.HasPrefix(l, indent) {
				t.Fatalf("line %d not indented by %q: %q", j, indent, l)
			}
			if j > 0 && strings.HasPrefix(strings.TrimPrefix(l, indent), "%") {
				t.Fatalf("a number's unit on a line of its own: %q", out)
			}
			if strings.HasSuffix(l, " ") {
				t.Fatalf("trailing space: %q", l)
			}
		}
		squeeze := func(s string) string { return strings.Join(strings.Fields(s), "") }
		if squeeze(strings.ReplaceAll(out, "\n"+indent, "")) != squeeze(text) {
			t.Fatalf("characters changed at width %d:\n%q\n%q", width, out, text)
		}
	}
}
