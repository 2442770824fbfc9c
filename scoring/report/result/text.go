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
	v := newView(in)
	st := newPalette(in.Styled, v.TierID)
	width := render.Width(in.Width)
	d := &render.Doc{}
	line := d.P

	// Who and what.
	line("%s", st.title.Render(v.Heading))
	meta := v.Rubric
	if v.Date != "" {
		meta += " · " + v.Date
	}
	line("%s", st.dim.Render(meta))
	line("%s", st.dim.Render(v.Disclaimer))
	if v.EvidenceMode != "" {
		line("%s", st.dim.Render(v.EvidenceMode))
	}
	line("")

	// What the reader warned about comes before the figures it may have changed.
	if len(v.Notices) > 0 {
		line("%s", st.warn.Render(st.title.Render(v.L.Notices)))
		for _, n := range v.Notices {
			line("  %s %s", st.warn.Render("!"), n)
		}
		line("")
	}

	// The headline figures, labels padded to one column.
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
	for _, row := range rows {
		line("%s  %s", st.label.Render(pad(row[0], labelW)), row[1])
	}
	line("")

	// A bar per practice.
	line("%s", st.title.Render(v.L.Practices))
	labels := make([]string, len(v.Practices))
	nameW := 0
	for i, p := range v.Practices {
		labels[i] = p.Name + " (" + p.ID + ")"
		nameW = max(nameW, lipgloss.Width(labels[i]))
	}
	// The bar gives up cells, down to a few, before a practice's line would overflow the
	// terminal: name, bar, "7/9" and "77,8 %" with their gaps.
	bw := barWidth
	if over := 2 + nameW + 2 + barWidth + 2 + 5 + 2 + 7 - width; over > 0 {
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
		line("  %s  %s  %5s  %s%s", pad(labels[i], nameW), bar, fmt.Sprintf("%d/%d", p.Met, p.Total),
			strings.Repeat(" ", max(0, 7-lipgloss.Width(p.PercentText))), p.PercentText)
	}
	line("")

	// Outcome metrics.
	line("%s", st.title.Render(v.L.OutcomeMetrics))
	if len(v.Outcomes) == 0 {
		line("  %s", st.warn.Render(in.Cat.T("summary.no_outcomes")))
	}
	for _, m := range v.Outcomes {
		mark := st.good.Render("✓")
		if !m.Counted {
			mark = st.bad.Render("✗")
		}
		line("  %s %s", mark, m.Line)
	}
	line("")

	// What caps the tier and what comes next.
	if v.Cap != "" {
		line("%s", st.title.Render(v.L.Caps))
		line("  %s", st.warn.Render(v.Cap))
		line("")
	}
	line("%s", st.title.Render(v.L.Next))
	line("  %s", v.Plan)
	if len(v.Suggestions) > 0 {
		line("  %s", v.L.StartWith)
		idW := 0
		for _, s := range v.Suggestions {
			idW = max(idW, len(s.ID))
		}
		for _, s := range v.Suggestions {
			line("    %s  %s %s", st.label.Render(pad(s.ID, idW)), s.Title, st.dim.Render("· "+s.Why))
		}
	}
	if v.WhatIf != "" {
		line("")
		line("%s", st.title.Render(v.L.WhatIf))
		line("  %s", v.WhatIf)
	}
	return d.FlushFitted(w, width)
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
