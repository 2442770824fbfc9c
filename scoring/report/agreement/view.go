package agreement

import (
	"strings"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/scoring"
	"github.com/citydatakit/wwc/scoring/report/render"
)

// view is the comparison put into words once; the reviewers' text is cleaned (render.Line)
// but not escaped for any format.
type view struct {
	Title, Heading, Submission string
	Reviewers                  []string
	// Names are the column headers of the two reviewers, "A: name"; Who the same as a
	// sentence names them, "name (A)".
	Names, Who [2]string
	Figures    []string
	Only       []string
	// Note explains a high agreement with a low kappa, when they go together.
	Note string
	// Differ are the sections of claims decided differently: criteria, then metrics.
	Differ    []section
	AgreeNone string
	LClaim    string
}

// section is a group of claims decided differently.
type section struct {
	Heading string
	Rows    []row
}

// row is one claim decided differently: its name and both sides.
type row struct {
	Name string
	A, B side
}

// side is one reviewer's decision and comment.
type side struct{ Decision, Comment string }

func newView(in Input) *view {
	c, sub := in.Cat, in.A.Submission
	v := &view{
		Title:   c.T("compare.title"),
		Heading: c.T("compare.heading", msg.Args{"City": render.Line(sub.City), "Year": sub.Year}),
		Submission: c.T("compare.submission", msg.Args{"File": render.Line(sub.File),
			"Rubric": render.Line(sub.Rubric.String())}),
		LClaim: c.T("compare.col.claim"),
	}
	for i, rev := range []*assessment.Review{in.A, in.B} {
		letter := string(rune('A' + i))
		name := reviewerName(c, rev)
		v.Reviewers = append(v.Reviewers, c.T("compare.reviewer", msg.Args{"Letter": letter, "Name": name, "File": in.Files[i]}))
		v.Names[i], v.Who[i] = letter+": "+name, name+" ("+letter+")"
	}
	g := in.Criteria
	v.Figures = append(v.Figures, c.T("compare.both", msg.Args{"Count": g.Both}), percentLine(c, g), kappaLine(c, in))
	if g.Undefined == "" && g.Percent >= 80 && g.Kappa <= 0.6 {
		v.Note = c.T("compare.kappa_note")
	}
	for i, only := range onlyOne(in) {
		if len(only) > 0 {
			v.Only = append(v.Only, c.T("compare.only", msg.Args{"Name": v.Who[i], "Count": len(only), "IDs": strings.Join(only, ", ")}))
		}
	}
	if rows := rows(in, g.Differ, in.A.Criteria, in.B.Criteria, true); len(rows) > 0 {
		v.Differ = append(v.Differ, section{c.T("compare.differ.heading", msg.Args{"Count": len(rows)}), rows})
	} else if g.Both > 0 {
		v.AgreeNone = c.T("compare.differ.none")
	}
	if rows := rows(in, in.Metrics.Differ, in.A.Metrics, in.B.Metrics, false); len(rows) > 0 {
		v.Differ = append(v.Differ, section{c.T("compare.metrics.heading", msg.Args{"Count": len(rows)}), rows})
	}
	return v
}

// reviewerName is the reviewer's name as the file gives it, or the word for none.
func reviewerName(c *i18n.Catalog, rev *assessment.Review) string {
	if n := strings.TrimSpace(rev.Reviewer); n != "" {
		return render.Line(n)
	}
	return c.T("compare.unnamed")
}

// percentLine is the percent agreement and what it is of.
func percentLine(c *i18n.Catalog, g scoring.Agreement) string {
	if g.Both == 0 {
		return c.T("compare.percent_none")
	}
	return c.T("compare.percent", msg.Args{"Percent": c.Percent(g.Percent), "Same": g.Same, "Both": g.Both})
}

// kappaLine is Cohen's kappa over the criteria with its band, or why it has no value.
func kappaLine(c *i18n.Catalog, in Input) string {
	g := in.Criteria
	switch g.Undefined {
	case scoring.KappaNothingInCommon:
		return c.T("compare.kappa.nothing_in_common")
	case scoring.KappaOneDecision:
		return c.T("compare.kappa.one_decision", msg.Args{"Decision": c.T("reviewdoc.decision." + sharedDecision(in).String())})
	}
	return c.T("compare.kappa", msg.Args{"Kappa": c.Decimal(g.Kappa, 2), "Band": c.T("compare.band." + scoring.KappaBand(g.Kappa))})
}

// sharedDecision is the decision both reviewers took on the first criterion both decided.
func sharedDecision(in Input) assessment.Decision {
	for _, k := range in.CriteriaKeys {
		if d := in.A.Criteria[k].Decision; d != assessment.Unreviewed && in.B.Criteria[k].Decision != assessment.Unreviewed {
			return d
		}
	}
	return assessment.Unreviewed
}

// onlyOne lists the criteria only A decided, then those only B decided, in rubric order.
func onlyOne(in Input) [2][]string {
	var out [2][]string
	for _, k := range in.CriteriaKeys {
		da, db := in.A.Criteria[k].Decision, in.B.Criteria[k].Decision
		switch {
		case da != assessment.Unreviewed && db == assessment.Unreviewed:
			out[0] = append(out[0], k)
		case da == assessment.Unreviewed && db != assessment.Unreviewed:
			out[1] = append(out[1], k)
		}
	}
	return out
}

// rows are the claims keys with both sides; criteria are named with their title.
func rows(in Input, keys []string, a, b map[string]assessment.ReviewItem, criteria bool) []row {
	c := in.Cat
	var out []row
	for _, k := range keys {
		name := render.Line(k)
		if criteria {
			name = k + " " + render.QuestionTitle(in.Rubric, c, k)
		}
		out = append(out, row{Name: name, A: sideOf(c, a[k]), B: sideOf(c, b[k])})
	}
	return out
}

func sideOf(c *i18n.Catalog, it assessment.ReviewItem) side {
	return side{Decision: c.T("reviewdoc.decision." + it.Decision.String()), Comment: render.Lines(strings.TrimSpace(it.Comment))}
}
