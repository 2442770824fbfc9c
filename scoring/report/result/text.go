package result

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/citydatakit/wwc/scoring/report/render"
)

// textWriter writes the terminal summary: what a city data officer needs at a glance.
type textWriter struct{}

// palette holds the styles of the summary; all are plain when not styled.
type palette struct {
	title, label, dim, good, warn, bad, tier lipgloss.Style
}

func newPalette(styled bool, tier string) palette {
	p := palette{}
	for _, s := range []*lipgloss.Style{&p.title, &p.label, &p.dim, &p.good, &p.warn, &p.bad, &p.tier} {
		*s = lipgloss.NewStyle()
	}
	if !styled {
		return p
	}
	p.title = p.title.Bold(true)
	p.label = p.label.Bold(true)
	p.dim = p.dim.Faint(true)
	// The 16 basic ANSI colors: every terminal has them and the user's theme decides their
	// exact shade, which keeps them readable on dark and light backgrounds alike.
	p.good = p.good.Foreground(lipgloss.Color("2"))
	p.warn = p.warn.Foreground(lipgloss.Color("3"))
	p.bad = p.bad.Foreground(lipgloss.Color("1"))
	// Silver keeps the terminal's own text color: white ("7") vanished on light backgrounds.
	tierColor := map[string]string{"gold": "3", "platinum": "6"}
	p.tier = p.tier.Bold(true)
	if col, ok := tierColor[tier]; ok {
		p.tier = p.tier.Foreground(lipgloss.Color(col))
	} else if tier != "silver" {
		p.tier = p.tier.Foreground(lipgloss.Color("1"))
	}
	return p
}

// Write renders the summary from the view, as the other writers do; styles apply only when
// in.Styled, and the text fits in.Width.
func (textWriter) Write(w io.Writer, in Input) error {
	t := &textDoc{v: newView(in), d: &render.Doc{}, styled: in.Styled, width: render.Width(in.Width), noOutcomes: in.Cat.T("summary.no_outcomes")}
	t.st = newPalette(in.Styled, t.v.TierID)
	for _, section := range []func(){t.heading, t.notices, t.figures, t.validation, t.practices, t.outcomes, t.next, t.whatIf} {
		section()
	}
	return t.d.FlushFitted(w, t.width)
}

// textDoc is the terminal summary being written, a section at a time.
type textDoc struct {
	v          *view
	st         palette
	d          *render.Doc
	width      int
	styled     bool
	noOutcomes string
}

func (t *textDoc) line(format string, args ...any) { t.d.P(format, args...) }

// heading says who and what: the city, the rubric and date, the disclaimer.
func (t *textDoc) heading() {
	v, st := t.v, t.st
	t.line("%s", st.title.Render(v.Heading))
	meta := v.Rubric
	if v.Date != "" {
		meta += " · " + v.Date
	}
	t.line("%s", st.dim.Render(meta))
	t.line("%s", st.dim.Render(v.Disclaimer))
	if v.EvidenceMode != "" {
		t.line("%s", st.dim.Render(v.EvidenceMode))
	}
	t.line("")
}

// notices says what the reader warned about, before the figures it may have changed.
func (t *textDoc) notices() {
	if len(t.v.Notices) == 0 {
		return
	}
	t.line("%s", t.st.warn.Render(t.st.title.Render(t.v.L.Notices)))
	for _, n := range t.v.Notices {
		t.line("  %s %s", t.st.warn.Render("!"), n)
	}
	t.line("")
}

// figures are the headline figures, labels padded to one column.
func (t *textDoc) figures() {
	v, st := t.v, t.st
	rows := [][2]string{
		{v.L.Tier, st.tier.Render(strings.ToUpper(v.TierName))},
		{v.L.Criteria, v.CriteriaText},
		{v.L.Outcomes, v.OutcomesText},
	}
	if n := len(v.Unanswered); n > 0 {
		rows = append(rows, [2]string{v.L.Unanswered, st.warn.Render(strconv.Itoa(n) + "  " + listIDs(v.Unanswered, 12))})
	}
	labelW := 0
	for _, row := range rows {
		labelW = max(labelW, lipgloss.Width(row[0]))
	}
	// A value too long for its line goes on under itself, not under the labels.
	hang := strings.Repeat(" ", labelW+2)
	for _, row := range rows {
		t.line("%s", render.Hang(st.label.Render(pad(row[0], labelW))+"  "+row[1], t.width, hang))
	}
	t.line("")
}

// validation is the result as the evaluator's review confirms it, after the claimed figures:
// its own figures, whether the tier is provisional, and the lists with the comments.
func (t *textDoc) validation() {
	vv, st := t.v.Validation, t.st
	if vv == nil {
		return
	}
	head := vv.Heading
	if vv.Reviewer != "" {
		head += " · " + vv.L.Reviewer + ": " + vv.Reviewer
	}
	t.line("%s", st.title.Render(head))
	rows := [][2]string{
		{t.v.L.Tier, newPalette(t.styled, vv.TierID).tier.Render(strings.ToUpper(vv.TierName)) + strings.TrimPrefix(vv.TierText, vv.TierName)},
		{t.v.L.Criteria, vv.CriteriaText},
		{t.v.L.Outcomes, vv.OutcomesText},
		{vv.L.Reviewed, vv.ReviewedText + "; " + vv.MetricsReviewedText},
	}
	labelW := 0
	for _, row := range rows {
		labelW = max(labelW, lipgloss.Width(row[0]))
	}
	// Every line of the section is indented by two; a long one goes on under its own text.
	inner := t.width - 2
	hang := strings.Repeat(" ", labelW+4)
	for _, row := range rows {
		t.line("  %s", render.Hang(st.label.Render(pad(row[0], labelW))+"  "+row[1], inner, hang))
	}
	mark, style := "✓", st.good
	if vv.IsProvisional {
		mark, style = "!", st.warn
	}
	t.line("  %s", render.Hang(style.Render(mark)+" "+vv.Provisional, inner, "    "))
	if vv.Changed != "" {
		t.line("  %s", render.Hang(st.warn.Render("!")+" "+vv.Changed, inner, "    "))
	}
	for _, l := range vv.lists() {
		t.line("  %s", st.label.Render(l.Heading))
		idW := 0
		for _, it := range l.Items {
			if !l.Metrics {
				idW = max(idW, len(it.ID))
			}
		}
		for _, it := range l.Items {
			what, hang := it.ID, "      "
			if !l.Metrics {
				what, hang = st.label.Render(pad(it.ID, idW))+"  "+it.Title, strings.Repeat(" ", 4+idW+2)
			}
			t.line("    %s", render.Hang(what+" "+st.dim.Render("· "+oneLine(vv.orNone(it.Comment))), t.width-4, hang))
		}
	}
	t.line("")
}

// practices draws a bar per practice.
func (t *textDoc) practices() {
	v, st := t.v, t.st
	t.line("%s", st.title.Render(v.L.Practices))
	labels := make([]string, len(v.Practices))
	nameW := 0
	for i, p := range v.Practices {
		labels[i] = p.Name + " (" + p.ID + ")"
		nameW = max(nameW, lipgloss.Width(labels[i]))
	}
	// The bar gives up cells, down to a few, before a practice's line would overflow the
	// terminal: name, bar, "7/9" and "77,8 %" with their gaps.
	bw := barWidth
	if over := 2 + nameW + 2 + barWidth + 2 + 5 + 2 + 7 - t.width; over > 0 {
		bw = max(minBarWidth, barWidth-over)
	}
	for i, p := range v.Practices {
		filled := barCellsOf(p.Met, p.Total, bw)
		barStyle := st.bad
		switch {
		case p.Good:
			barStyle = st.good
		case p.Fair:
			barStyle = st.warn
		}
		bar := barStyle.Render(strings.Repeat("█", filled)) + st.dim.Render(strings.Repeat("░", bw-filled))
		t.line("  %s  %s  %5s  %s%s", pad(labels[i], nameW), bar, fmt.Sprintf("%d/%d", p.Met, p.Total),
			strings.Repeat(" ", max(0, 7-lipgloss.Width(p.PercentText))), p.PercentText)
	}
	t.line("")
}

// outcomes lists the outcome metrics, counted or not.
func (t *textDoc) outcomes() {
	v, st := t.v, t.st
	t.line("%s", st.title.Render(v.L.OutcomeMetrics))
	if len(v.Outcomes) == 0 {
		t.line("  %s", st.warn.Render(t.noOutcomes))
	}
	for _, m := range v.Outcomes {
		mark := st.good.Render("✓")
		if !m.Counted {
			mark = st.bad.Render("✗")
		}
		t.line("  %s %s", mark, m.Line)
	}
	t.line("")
}

// next says what caps the tier and what comes next.
func (t *textDoc) next() {
	v, st := t.v, t.st
	if v.Cap != "" {
		t.line("%s", st.title.Render(v.L.Caps))
		t.line("  %s", st.warn.Render(v.Cap))
		t.line("")
	}
	t.line("%s", st.title.Render(v.L.Next))
	t.line("  %s", v.Plan)
	if len(v.Suggestions) == 0 {
		return
	}
	t.line("  %s", v.L.StartWith)
	idW := 0
	for _, s := range v.Suggestions {
		idW = max(idW, len(s.ID))
	}
	for _, s := range v.Suggestions {
		t.line("    %s  %s %s", st.label.Render(pad(s.ID, idW)), s.Title, st.dim.Render("· "+s.Why))
	}
}

// whatIf says what the --what-if criteria would change.
func (t *textDoc) whatIf() {
	if t.v.WhatIf == "" {
		return
	}
	t.line("")
	t.line("%s", t.st.title.Render(t.v.L.WhatIf))
	t.line("  %s", t.v.WhatIf)
}

// listIDs joins IDs, eliding past max.
func listIDs(ids []string, max int) string {
	if len(ids) <= max {
		return "(" + strings.Join(ids, ", ") + ")"
	}
	return "(" + strings.Join(ids[:max], ", ") + ", …)"
}

// pad right-pads s to width w in terminal cells.
func pad(s string, w int) string {
	if n := lipgloss.Width(s); n < w {
		return s + strings.Repeat(" ", w-n)
	}
	return s
}

// oneLine joins a comment's lines, for the layouts that hold one line per claim.
func oneLine(s string) string { return strings.Join(strings.Fields(s), " ") }
