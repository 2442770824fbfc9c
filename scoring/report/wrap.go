package report

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// defaultWidth is the width text is fitted to when the terminal's is not known: a pipe, a
// file, a terminal that cannot be asked.
const defaultWidth = 80

// minBarWidth is the fewest cells a practice's bar keeps on a narrow terminal.
const minBarWidth = 5

// width is the width the text summary fits.
func width(in Input) int {
	if in.Width > 0 {
		return in.Width
	}
	return defaultWidth
}

// wrapText fits every line of text to width columns: a longer line is broken at spaces, the
// continuation lines of an indented item indented two columns past it, those of a sentence at
// the margin at the margin. A word is never split,
// so neither is a number, a link or an ID, and a number keeps its unit ("58,1 %"). Colors and
// styles (ANSI sequences) take no columns.
func wrapText(text string, width int) string {
	lines := strings.Split(text, "\n")
	var b strings.Builder
	for i, line := range lines {
		if i > 0 {
			b.WriteByte('\n')
		}
		b.WriteString(wrapLine(line, width))
	}
	return b.String()
}

// nbsp keeps a number and its unit together while a line is broken.
const nbsp = "\u00a0"

func wrapLine(line string, width int) string {
	if ansi.StringWidth(line) <= width {
		return line
	}
	body := strings.TrimLeft(line, " ")
	indent := line[:len(line)-len(body)]
	hang := "" // a sentence at the margin goes on at the margin
	if indent != "" {
		hang = indent + "  " // an item goes on under its own text
	}
	body = strings.ReplaceAll(body, " %", nbsp+"%")
	var b strings.Builder
	b.WriteString(indent)
	col := len(indent)
	first := true
	for _, word := range strings.Split(body, " ") {
		w := ansi.StringWidth(word)
		switch {
		case first:
			first = false
		case col+1+w > width:
			b.WriteString("\n" + hang)
			col = len(hang)
		default:
			b.WriteByte(' ')
			col++
		}
		b.WriteString(strings.ReplaceAll(word, nbsp+"%", " %"))
		col += w
	}
	return b.String()
}
