package render

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// Column is one column of a text table.
type Column struct {
	Header string
	Cells  []string
	// Right aligns the column to the right (figures that line up by their last digit).
	Right bool
	// Floor, when not zero, makes the column a name column: it may be narrowed down to Floor
	// cells, its header and cells cut with "…". A column without a floor (a figure, a year)
	// is never cut.
	Floor int
	// KeepID keeps a name's trailing "(ID)" whole when the name is cut (see CutName).
	KeepID bool
	// KeepEnd cuts the column's cells from the left, keeping their end (see CutPath): a
	// path, whose file name tells its rows apart where its folders do not.
	KeepEnd bool
	// Weight, when more than 1, keeps a name column that many times wider than the others
	// while the table is narrowed: the column that tells the rows apart gives up its cells
	// last. 0 is 1.
	Weight int
	// Break starts a new part here when the table is stacked (see Table.Keep): the first of
	// a group of columns that read together.
	Break bool
	// Tight puts one space before the column instead of the table's gap (the arrow of a
	// comparison, and what follows it).
	Tight bool
}

// Table is a text table for a terminal.
type Table struct {
	// Indent starts every line.
	Indent string
	// Gap is how many spaces part two columns; 0 is 2.
	Gap     int
	Columns []Column
	// Headless tables print no header row.
	Headless bool
	// Keep, when not zero, is how many columns from the left every part of a table too wide
	// for its width repeats when it is stacked into several narrower tables (the year of a
	// trend, say); 0 never stacks.
	Keep int
}

// Render lays the table out in width columns (no limit when width is 0). A table too wide
// whose Keep allows it is stacked first, nothing cut: its columns go into parts, each
// repeating the first Keep columns and each as wide as the width allows, separated by a
// blank line. Then, in a part (or the table) still too wide, the widest name column (its
// width divided by its Weight) is narrowed, one cell at a time, down to its floor. Lines end
// without trailing spaces.
func (t Table) Render(width int) string {
	parts := [][]Column{t.Columns}
	if width > 0 && t.Keep > 0 && t.total(t.Columns, t.widths(t.Columns, false)) > width {
		parts = t.stack(width)
	}
	var b strings.Builder
	for i, cols := range parts {
		if i > 0 {
			b.WriteString("\n")
		}
		b.WriteString(t.render(cols, width))
	}
	return b.String()
}

func (t Table) gap(c Column, first bool) int {
	switch {
	case first:
		return 0
	case c.Tight:
		return 1
	case t.Gap > 0:
		return t.Gap
	}
	return 2
}

// natural is the width of a column that nothing narrows.
func (t Table) natural(c Column) int {
	w := 0
	if !t.Headless {
		w = ansi.StringWidth(c.Header)
	}
	for _, s := range c.Cells {
		w = max(w, ansi.StringWidth(s))
	}
	return w
}

func (t Table) total(cols []Column, widths []int) int {
	n := ansi.StringWidth(t.Indent)
	for i, c := range cols {
		n += t.gap(c, i == 0) + widths[i]
	}
	return n
}

// widths are the widths of cols as their contents ask, or with every name column at its
// floor when floored.
func (t Table) widths(cols []Column, floored bool) []int {
	widths := make([]int, len(cols))
	for i, c := range cols {
		widths[i] = t.natural(c)
		if floored && c.Floor > 0 {
			widths[i] = min(widths[i], c.Floor)
		}
	}
	return widths
}

// stack splits the columns after the first Keep into parts that each fit width, uncut, with
// the kept columns before them; a column too wide for any part has one of its own.
func (t Table) stack(width int) [][]Column {
	keep := t.Columns[:min(t.Keep, len(t.Columns))]
	var parts [][]Column
	cur := append([]Column(nil), keep...)
	for _, c := range t.Columns[len(keep):] {
		next := append(append([]Column(nil), cur...), c)
		if len(cur) > len(keep) && (c.Break || t.total(next, t.widths(next, false)) > width) {
			parts = append(parts, cur)
			cur = append(append([]Column(nil), keep...), c)
			continue
		}
		cur = next
	}
	return append(parts, cur)
}

func (t Table) render(cols []Column, width int) string {
	widths := t.widths(cols, false)
	if width > 0 {
		for t.total(cols, widths) > width {
			widest := -1
			for i, c := range cols {
				if c.Floor > 0 && widths[i] > c.Floor && (widest < 0 || widths[i]*weight(cols[widest]) >= widths[widest]*weight(c)) {
					widest = i
				}
			}
			if widest < 0 {
				break
			}
			widths[widest]--
		}
	}
	rows := 0
	for _, c := range cols {
		rows = max(rows, len(c.Cells))
	}
	var b strings.Builder
	first := -1
	if t.Headless {
		first = 0
	}
	for r := first; r < rows; r++ {
		line := t.Indent
		for i, c := range cols {
			s := c.Header
			if r >= 0 {
				s = ""
				if r < len(c.Cells) {
					s = c.Cells[r]
				}
			}
			if ansi.StringWidth(s) > widths[i] {
				switch {
				case c.KeepEnd:
					s = CutPath(s, widths[i])
				case c.KeepID:
					s = CutName(s, widths[i])
				default:
					s = Cut(s, widths[i])
				}
			}
			pad := strings.Repeat(" ", widths[i]-ansi.StringWidth(s))
			line += strings.Repeat(" ", t.gap(c, i == 0))
			if c.Right {
				line += pad + s
			} else {
				line += s + pad
			}
		}
		b.WriteString(strings.TrimRight(line, " ") + "\n")
	}
	return b.String()
}

// weight is how many times wider than the others a name column stays while narrowed.
func weight(c Column) int {
	return max(1, c.Weight)
}

// Cut shortens s to n cells, ending it with … when it was longer.
func Cut(s string, n int) string {
	if ansi.StringWidth(s) <= n {
		return s
	}
	if n <= 1 {
		return "…"
	}
	return ansi.Truncate(s, n, "…")
}

// CutName shortens a name such as "Data Management (DM)" to n cells, cutting the name and
// keeping its trailing "(ID)" whole ("Data Manag… (DM)"); a name with no such ID, or one too
// narrow to keep it, is cut like any text.
func CutName(s string, n int) string {
	if ansi.StringWidth(s) <= n {
		return s
	}
	if i := strings.LastIndex(s, " ("); i > 0 && strings.HasSuffix(s, ")") {
		tail := s[i:]
		if room := n - ansi.StringWidth(tail); room >= 2 {
			return Cut(s[:i], room) + tail
		}
	}
	return Cut(s, n)
}
