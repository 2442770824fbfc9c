package render

import (
	"fmt"
	"math/rand/v2"
	"strings"
	"testing"

	"github.com/charmbracelet/x/ansi"
)

// TestTableFits lays out generated tables (name columns of long accented names, figure
// columns of numbers, a kept first column) at widths from 30 to 140: a line is never wider
// than the width when the kept column, a figure and the names at their floors fit; every
// figure is shown whole in a line that starts with its row's key; a cut name ends in … and
// keeps its "(ID)"; every line has no trailing space.
func TestTableFits(t *testing.T) {
	rng := rand.New(rand.NewPCG(3, 9))
	names := []string{"Gestión de datos", "Presupuesto y finanzas basados en datos", "Orçamento e finanças", "São José dos Campos", "Ñuñoa", "Data-Driven Budget and Finance"}
	for i := range 1500 {
		rows := 1 + rng.IntN(6)
		var cols []Column
		key := Column{Header: "Year"}
		for r := range rows {
			key.Cells = append(key.Cells, fmt.Sprint(2020+r))
		}
		cols = append(cols, key)
		for c := range 1 + rng.IntN(10) {
			col := Column{Header: []string{"Tier", "Share", "Indicadores de resultados", "DM", "EVAL"}[rng.IntN(5)], Right: rng.IntN(2) == 0}
			if c%3 == 0 {
				col.Floor, col.KeepID = 6+rng.IntN(8), rng.IntN(2) == 0
				col.KeepEnd, col.Weight = rng.IntN(3) == 0, rng.IntN(3)
			}
			for range rows {
				if col.Floor > 0 {
					col.Cells = append(col.Cells, names[rng.IntN(len(names))]+fmt.Sprintf(" (P%d)", rng.IntN(20)))
				} else {
					col.Cells = append(col.Cells, fmt.Sprintf("%d,%d %%", rng.IntN(100), rng.IntN(10)))
				}
			}
			cols = append(cols, col)
		}
		tb := Table{Indent: strings.Repeat(" ", rng.IntN(3)), Columns: cols, Keep: rng.IntN(2)}
		width := 30 + rng.IntN(110)
		out := tb.Render(width)
		fits := tb.total(cols, tb.widths(cols, true)) <= width
		if tb.Keep == 1 {
			fits = true
			for _, c := range cols[1:] {
				pair := []Column{key, c}
				fits = fits && tb.total(pair, tb.widths(pair, true)) <= width
			}
		}
		lines := strings.Split(strings.TrimSuffix(out, "\n"), "\n")
		for _, l := range lines {
			if fits && ansi.StringWidth(l) > width {
				t.Fatalf("table %d at %d: a line of %d: %q\n%s", i, width, ansi.StringWidth(l), l, out)
			}
			if strings.HasSuffix(l, " ") {
				t.Fatalf("trailing space: %q", l)
			}
		}
		for _, c := range cols[1:] {
			for r, cell := range c.Cells {
				found := false
				for _, l := range lines {
					if !strings.HasPrefix(strings.TrimLeft(l, " "), key.Cells[r]+" ") {
						continue
					}
					if c.Floor == 0 && strings.Contains(l, cell) {
						found = true
					}
					if c.Floor > 0 && (strings.Contains(l, cell) || strings.Contains(l, "…")) {
						found = true
					}
				}
				if !found {
					t.Fatalf("table %d at %d: %q of row %d not shown whole:\n%s", i, width, cell, r, out)
				}
			}
		}
	}
}

// TestCutName keeps a trailing ID whole while there is room for it and a letter.
func TestCutName(t *testing.T) {
	for _, c := range []struct {
		in   string
		n    int
		want string
	}{
		{"Data Management (DM)", 30, "Data Management (DM)"},
		{"Data Management (DM)", 12, "Data M… (DM)"},
		{"Evaluaciones rigurosas (EVAL)", 10, "Ev… (EVAL)"},
		{"Evaluaciones rigurosas (EVAL)", 8, "Evaluac…"},
		{"São José dos Campos", 8, "São Jos…"},
		{"x", 0, "…"},
	} {
		if got := CutName(c.in, c.n); got != c.want || (c.n > 0 && ansi.StringWidth(got) > c.n) {
			t.Errorf("CutName(%q, %d) = %q, want %q", c.in, c.n, got, c.want)
		}
	}
}
