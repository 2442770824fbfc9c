package report

import (
	"fmt"
	"io"
	"strconv"
	"strings"

	"github.com/citydatakit/wwc/internal/i18n"

	"charm.land/lipgloss/v2"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/scoring"
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

// Write renders the summary; styles apply only when in.Styled.
func (textWriter) Write(w io.Writer, in Input) error {
	res, c, r := in.Result, in.Cat, in.Rubric
	st := newPalette(in.Styled, res.Tier)
	var b strings.Builder
	line := func(format string, args ...any) { fmt.Fprintf(&b, format+"\n", args...) }

	// Who and what.
	line("%s", st.title.Render(place(c, res)))
	meta := c.T("summary.rubric", msg.Args{"ID": res.RubricID, "Version": res.RubricVersion})
	if !in.Date.IsZero() {
		meta += " · " + c.Date(in.Date.Year(), int(in.Date.Month()), in.Date.Day())
	}
	line("%s", st.dim.Render(meta))
	line("%s", st.dim.Render(c.T("summary.disclaimer")))
	if res.RequireEvidence {
		line("%s", st.dim.Render(c.T("summary.evidence_mode")))
	}
	line("")

	// What the reader warned about comes before the figures it may have changed.
	if notices := NoticeTexts(c, res); len(notices) > 0 {
		line("%s", st.warn.Render(st.title.Render(c.T("report.notices"))))
		for _, n := range notices {
			line("  %s %s", st.warn.Render("!"), n)
		}
		line("")
	}

	// The headline figures, labels padded to one column.
	rows := [][2]string{
		{c.T("summary.tier"), st.tier.Render(strings.ToUpper(TierName(r, c, res.Tier)))},
		{c.T("summary.criteria"), c.T("summary.criteria_value", msg.Args{"Met": res.Met, "Total": res.Total, "Percent": c.Percent(res.Percent())})},
		{c.T("summary.outcomes"), c.T("summary.outcomes_value", msg.Args{"Counted": res.OutcomesCounted, "Given": len(res.Outcomes)})},
	}
	if n := len(res.Unanswered); n > 0 {
		rows = append(rows, [2]string{c.T("summary.unanswered"), st.warn.Render(strconv.Itoa(n) + "  " + listIDs(res.Unanswered, 12))})
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
	line("%s", st.title.Render(c.T("summary.practices")))
	labels := make([]string, len(res.Practices))
	nameW := 0
	for i, p := range res.Practices {
		labels[i] = PracticeName(r, c, p.ID) + " (" + p.ID + ")"
		nameW = max(nameW, lipgloss.Width(labels[i]))
	}
	// The bar gives up cells, down to a few, before a practice's line would overflow the
	// terminal: name, bar, "7/9" and "77,8 %" with their gaps.
	bw := barWidth
	if over := 2 + nameW + 2 + barWidth + 2 + 5 + 2 + 7 - width(in); over > 0 {
		bw = max(minBarWidth, barWidth-over)
	}
	for i, p := range res.Practices {
		filled := barCellsOf(p, bw)
		barStyle := st.bad
		switch practiceStanding(r, p) {
		case standingGood:
			barStyle = st.good
		case standingFair:
			barStyle = st.warn
		}
		bar := barStyle.Render(strings.Repeat("█", filled)) + st.dim.Render(strings.Repeat("░", bw-filled))
		pct := c.Percent(p.Percent())
		line("  %s  %s  %5s  %s%s", pad(labels[i], nameW), bar, fmt.Sprintf("%d/%d", p.Met, p.Total),
			strings.Repeat(" ", max(0, 7-lipgloss.Width(pct))), pct)
	}
	line("")

	// Outcome metrics.
	line("%s", st.title.Render(c.T("summary.outcome_metrics")))
	if len(res.Outcomes) == 0 {
		line("  %s", st.warn.Render(c.T("summary.no_outcomes")))
	}
	for _, m := range res.Outcomes {
		mark := st.good.Render("✓")
		if !m.Counted() {
			mark = st.bad.Render("✗")
		}
		line("  %s %s", mark, OutcomeLine(c, m))
	}
	line("")

	// What caps the tier and what comes next.
	if cap := CapText(in); cap != "" {
		line("%s", st.title.Render(c.T("summary.caps")))
		line("  %s", st.warn.Render(cap))
		line("")
	}
	line("%s", st.title.Render(c.T("summary.next")))
	line("  %s", PlanHeadline(in))
	if res.Next != nil && len(res.Next.Suggested) > 0 {
		line("  %s", c.T("summary.start_with"))
		idW := 0
		for _, s := range res.Next.Suggested {
			idW = max(idW, len(s.ID))
		}
		for _, s := range res.Next.Suggested {
			line("    %s  %s %s", st.label.Render(pad(s.ID, idW)), QuestionTitle(r, c, s.ID), st.dim.Render("· "+WhyText(c, s)))
		}
	}
	if in.WhatIf != nil {
		line("")
		line("%s", st.title.Render(c.T("report.whatif_heading")))
		line("  %s", WhatIfText(in))
	}
	_, err := io.WriteString(w, wrapText(b.String(), width(in)))
	return err
}

// place is the result's heading: "Maipú, Chile · 2024" with whatever is known.
func place(c *i18n.Catalog, res *scoring.Result) string {
	parts := []string{}
	if res.City != "" {
		parts = append(parts, res.City)
	} else {
		parts = append(parts, c.T("summary.unnamed_city"))
	}
	head := strings.Join(parts, "")
	if res.Country != "" {
		head += ", " + res.Country
	}
	if res.Year != 0 {
		head += " · " + strconv.Itoa(res.Year)
	}
	return head
}

// pad right-pads s to width w in terminal cells.
func pad(s string, w int) string {
	if n := lipgloss.Width(s); n < w {
		return s + strings.Repeat(" ", w-n)
	}
	return s
}

// listIDs joins IDs, eliding past max.
func listIDs(ids []string, max int) string {
	if len(ids) <= max {
		return "(" + strings.Join(ids, ", ") + ")"
	}
	return "(" + strings.Join(ids[:max], ", ") + ", …)"
}
