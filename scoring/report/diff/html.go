package diff

import (
	_ "embed"
	"io"

	"github.com/citydatakit/wwc/scoring/report/render"
)

type htmlWriter struct{}

// body.tmpl is the comparison's body in the page every document shares.
//
//go:embed body.tmpl
var bodyTemplate string

var page = render.NewHTMLPage(bodyTemplate)

// style colors the changes (gains green, losses red, warnings amber) and spaces the
// figures from the heading.
const style = `.meta { margin-bottom:14px; }
th.num { text-align:right; } td.chart, th.chart { width:170px; } rect.old, .key.old { fill:#9aa5b1; background:#9aa5b1; } rect.new, .key.new { fill:#1f4e79; background:#1f4e79; }
.key { display:inline-block; width:12px; height:10px; border-radius:2px; margin-left:8px; } .legend { color:var(--muted); font-size:13px; }
.warn { background:#fff3cd; border-left:4px solid var(--fair); padding:8px 12px; }
.up, li.gain { color:#1e6b41; } .down, li.loss { color:#9c1c28; } .up, .down { font-weight:600; }
`

// Write writes the comparison as one self-contained page.
func (htmlWriter) Write(w io.Writer, in Input) error {
	v := newView(in)
	return page.Write(w, render.Page{Lang: in.Cat.Lang(), Title: v.LTitle + " · " + v.Heading, Accent: "#1f4e79", Style: style, Body: v})
}
