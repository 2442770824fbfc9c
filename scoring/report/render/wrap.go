package render

import (
	"strings"

	"github.com/charmbracelet/x/ansi"
)

// DefaultWidth is the width text is fitted to when the terminal's is not known: a pipe, a
// file, a terminal that cannot be asked.
const DefaultWidth = 80

// Width is the width a text document fits: the terminal's, or DefaultWidth when it is 0.
func Width(terminal int) int {
	if terminal > 0 {
		return terminal
	}
	return DefaultWidth
}

// Wrap fits every line of text to width columns: a longer line is broken at spaces, the
// continuation lines of an indented item indented two columns past it, those of a sentence at
// the margin at the margin. A word is never split,
// so neither is a number, a link or an ID, and a number keeps its unit ("58,1 %"). Colors and
// styles (ANSI sequences) take no columns.
func Wrap(text string, width int) string {
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

// Hang fits one paragraph to width columns with a hanging indent: the first line starts at
// the margin, every other line with indent. Unlike Wrap, a word longer than a line (a path, a
// list of them without spaces) is broken, after a slash where there is one, so that no line
// is wider than width; a number still keeps its unit. Meant for plain text: a word broken in
// two loses none of its characters but may split a style.
func Hang(text string, width int, indent string) string {
	if width <= 0 || ansi.StringWidth(text) <= width {
		return text
	}
	var b strings.Builder
	ind := ansi.StringWidth(indent)
	col, start, gap := 0, true, 0
	newline := func() {
		b.WriteString("\n" + indent)
		col, start = ind, true
	}
	for _, word := range strings.Split(strings.ReplaceAll(text, " %", nbsp+"%"), " ") {
		gap++ // the spaces before a word, two where the text has two, none at a break
		if word == "" {
			continue
		}
		word = strings.ReplaceAll(word, nbsp+"%", " %")
		w := ansi.StringWidth(word)
		if !start && col+gap+w > width {
			newline()
		}
		if start {
			gap = 0
		}
		b.WriteString(strings.Repeat(" ", gap))
		col, gap = col+gap, 0
		for w > width-col {
			head := breakWord(word, width-col)
			if head == "" {
				break // not one character fits: the word goes whole
			}
			b.WriteString(strings.TrimRight(head, " "))
			word = word[len(head):]
			w = ansi.StringWidth(word)
			newline()
		}
		b.WriteString(word)
		col += w
		start = false
	}
	return b.String()
}

// breakWord is the start of word that fits room cells, ending after its last slash when it
// has one past its first character.
func breakWord(word string, room int) string {
	if room <= 0 {
		return ""
	}
	head := ansi.Truncate(word, room, "")
	if i := strings.LastIndexAny(head, `/\`); i > 0 && i < len(head)-1 {
		head = head[:i+1]
	}
	return head
}
