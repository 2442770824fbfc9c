package render

import (
	"fmt"
	"strings"

	"github.com/citydatakit/wwc/internal/wwcmark"
)

// mdEscaper makes text the city typed inert in Markdown: no HTML, no links, no emphasis, no
// table breaks.
var mdEscaper = strings.NewReplacer(
	"&", "&amp;", "<", "&lt;", ">", "&gt;", "|", "\\|", "\\", "\\\\", "`", "\\`", "*", "\\*",
	"_", "\\_", "[", "\\[", "]", "\\]", "#", "\\#", "\r\n", "<br>", "\n", "<br>", "\r", "<br>",
)

// MD escapes s for Markdown.
func MD(s string) string { return mdEscaper.Replace(s) }

// MDLink shows evidence as a link when it is a web address, else as escaped text.
func MDLink(s string) string {
	if IsURL(s) {
		return "<" + strings.NewReplacer("<", "%3C", ">", "%3E", " ", "%20").Replace(s) + ">"
	}
	return MD(s)
}

// IsURL reports whether evidence is a web address a report may link to.
func IsURL(s string) bool {
	s = strings.ToLower(strings.TrimSpace(s))
	return (strings.HasPrefix(s, "https://") || strings.HasPrefix(s, "http://")) && !strings.ContainsAny(s, " \t\n\"'<>")
}

// MDTable writes a Markdown table, escaping every cell (the headers are ours and are not).
func (d *Doc) MDTable(headers []string, rows [][]string) {
	fmt.Fprintf(&d.b, "| %s |\n", strings.Join(headers, " | "))
	fmt.Fprintf(&d.b, "|%s\n", strings.Repeat("---|", len(headers)))
	for _, r := range rows {
		cells := make([]string, len(r))
		for i, c := range r {
			cells[i] = MD(c)
		}
		fmt.Fprintf(&d.b, "| %s |\n", strings.Join(cells, " | "))
	}
}

// MarkdownDoc starts a Markdown document with wwc's mark (see wwcmark) and its heading.
func MarkdownDoc(heading string) *Doc {
	d := &Doc{}
	d.P("%s", wwcmark.MarkdownLine)
	d.P("# %s", MD(heading))
	d.P("")
	return d
}
