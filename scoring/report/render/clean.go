package render

import (
	"strings"

	"github.com/citydatakit/wwc/internal/msg"
)

// Line makes text taken from a city's file (a city or metric name, a unit, a piece of
// evidence) safe in every document: control characters, bidirectional overrides and invalid
// bytes become visible escapes, so a stranger's file cannot drive the terminal that shows a
// report or break the spreadsheet that holds it. Nothing is cut.
func Line(s string) string { return msg.Clean(s, 0) }

// Lines is Line for text whose line breaks are the city's own (notes): each line is cleaned
// and the breaks are kept.
func Lines(s string) string {
	if !strings.Contains(s, "\n") {
		return Line(s)
	}
	parts := strings.Split(strings.ReplaceAll(s, "\r\n", "\n"), "\n")
	for i, p := range parts {
		parts[i] = Line(p)
	}
	return strings.Join(parts, "\n")
}
