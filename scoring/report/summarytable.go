package report

import (
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/citydatakit/wwc/internal/msg"
)

// submissionTable is the table of submissions the text summary shows: file, city, year,
// tier, share and the problem of a file that could not be read (its first line). With a
// width, the file, city and problem columns are cut, with …, until a line fits.
func submissionTable(in SummaryInput, l labels) string {
	c := in.Cat
	headers := []string{c.T("batch.col.file"), c.T("batch.col.city"), c.T("batch.col.year"), l.Tier, l.Percent, c.T("batch.col.failure")}
	rows := [][]string{headers}
	for _, s := range in.Rows {
		if s.Err != nil {
			problem, _, _ := strings.Cut(msg.Text(c, s.Err), "\n")
			problem = strings.TrimPrefix(problem, s.Path+": ")
			rows = append(rows, []string{s.Path, "", "", "", "", problem})
			continue
		}
		b := s.Brief
		note := ""
		if texts := noticeTexts(c, b.Notices); len(texts) > 0 {
			// A scored file's problem is what its reader warned about: the first warning, and
			// how many more the report gives.
			note = "⚠ " + texts[0]
			if len(texts) > 1 {
				note += " (+" + strconv.Itoa(len(texts)-1) + ")"
			}
		}
		rows = append(rows, []string{s.Path, b.City, yearText(b.Year), TierName(in.Rubric, c, b.Tier), c.Percent(b.Percent()), note})
	}
	widths := make([]int, len(headers))
	for _, r := range rows {
		for i, cell := range r {
			widths[i] = max(widths[i], utf8.RuneCountInString(cell))
		}
	}
	fit(widths, in.Width)
	var b strings.Builder
	for _, r := range rows {
		line := "  "
		for i, cell := range r {
			cell = cut(cell, widths[i])
			if i == len(r)-1 {
				line += cell
				break
			}
			line += cell + strings.Repeat(" ", widths[i]-utf8.RuneCountInString(cell)+2)
		}
		b.WriteString(strings.TrimRight(line, " ") + "\n")
	}
	return b.String()
}

// fit narrows the widest of the file (0), city (1) and problem (5) columns, one character at
// a time, until a line of the table fits in width (no limit when width is 0).
func fit(widths []int, width int) {
	if width <= 0 {
		return
	}
	floor := map[int]int{0: 12, 1: 8, 5: 12}
	for {
		total := 2 + 2*(len(widths)-1)
		for _, w := range widths {
			total += w
		}
		if total <= width {
			return
		}
		widest := -1
		for i, lo := range floor {
			if widths[i] > lo && (widest < 0 || widths[i] > widths[widest] || widths[i] == widths[widest] && i > widest) {
				widest = i
			}
		}
		if widest < 0 {
			return
		}
		widths[widest]--
	}
}

// cut shortens s to n characters, ending it with … when it was longer.
func cut(s string, n int) string {
	if utf8.RuneCountInString(s) <= n {
		return s
	}
	if n <= 1 {
		return "…"
	}
	r := []rune(s)
	return string(r[:n-1]) + "…"
}
