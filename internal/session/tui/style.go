package tui

import (
	"charm.land/lipgloss/v2"
	"github.com/citydatakit/wwc/assessment"
)

// styles are the application's looks: the 16 ANSI colours only, so that the terminal's own
// palette keeps them readable on dark and light backgrounds; all plain when not styled
// (NO_COLOR, a terminal that takes no colour).
type styles struct {
	title, dim, sel, err, practice lipgloss.Style
	// field is the label of the input being typed: a bar across the screen.
	field  lipgloss.Style
	answer map[assessment.Value]lipgloss.Style
}

func newStyles(styled bool) styles {
	p := lipgloss.NewStyle()
	s := styles{title: p, dim: p, sel: p, err: p, practice: p, field: p, answer: map[assessment.Value]lipgloss.Style{
		assessment.Met: p, assessment.NotMet: p, assessment.InProgress: p, assessment.Unanswered: p,
	}}
	if !styled {
		return s
	}
	s.title = p.Bold(true)
	s.dim = p.Faint(true)
	s.sel = p.Reverse(true)
	s.err = p.Foreground(lipgloss.Color("1")).Bold(true)
	s.practice = p.Bold(true)
	s.field = p.Reverse(true).Bold(true)
	s.answer[assessment.Met] = p.Foreground(lipgloss.Color("2"))
	s.answer[assessment.NotMet] = p.Foreground(lipgloss.Color("1"))
	s.answer[assessment.InProgress] = p.Foreground(lipgloss.Color("3"))
	s.answer[assessment.Unanswered] = p.Faint(true)
	return s
}

// marks are the status marks of the overview, one column wide each.
var marks = map[assessment.Value]string{
	assessment.Met:        "✓",
	assessment.NotMet:     "✗",
	assessment.InProgress: "◐",
	assessment.Unanswered: "○",
}

// evidenceMark shows that a criterion has evidence.
const evidenceMark = "✎"
