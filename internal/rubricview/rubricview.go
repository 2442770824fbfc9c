// Package rubricview renders a rubric for reading on a terminal, as wwc rubric show prints
// it: the name, the tiers with their shares and outcome metrics, then each practice with its
// criteria, what each asks, the evidence suggested, prerequisites and checklists, wrapped to
// the screen, in the reader's language.
package rubricview

import (
	"fmt"
	"io"
	"strings"

	"charm.land/lipgloss/v2"
	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/questions"
)

// width is the column the text wraps at: a screen's worth, whatever the terminal.
const width = 78

// indent is where a criterion's text starts, under its title.
const indent = "         "

// Options choose what is shown and how.
type Options struct {
	Cat *i18n.Catalog
	// Practice, when set, is the ID of the one practice to show.
	Practice string
	// Styled shows titles in bold and notes faint (a terminal that takes colors).
	Styled bool
}

// UnknownPractice is the error for a practice the rubric does not have.
type UnknownPractice struct {
	Practice string
	IDs      []string
}

func (e *UnknownPractice) Error() string { return e.m().Error() }

// Localize renders the message through l.
func (e *UnknownPractice) Localize(l msg.Localizer) string { return e.m().Localize(l) }

func (e *UnknownPractice) m() *msg.Error {
	return msg.E("usage.bad_practice", msg.Args{"Practice": e.Practice, "Practices": strings.Join(e.IDs, ", ")})
}

// styles are the two looks of the view: bold titles and faint notes, or plain text.
type styles struct{ bold, faint lipgloss.Style }

// Write renders r to w. A practice the rubric lacks is an *UnknownPractice.
func Write(w io.Writer, r *questions.Rubric, o Options) error {
	practices := r.Practices
	if o.Practice != "" {
		p := r.Practice(strings.ToUpper(strings.TrimSpace(o.Practice)))
		if p == nil {
			return &UnknownPractice{Practice: o.Practice, IDs: r.PracticeIDs()}
		}
		practices = []questions.Practice{*p}
	}
	st := styles{lipgloss.NewStyle(), lipgloss.NewStyle()}
	if o.Styled {
		st = styles{st.bold.Bold(true), st.faint.Faint(true)}
	}
	var b strings.Builder
	header(&b, r, o.Cat, st)
	for _, p := range practices {
		fmt.Fprintln(&b)
		fmt.Fprintln(&b, st.bold.Render(fmt.Sprintf("%s · %s (%d)", p.ID, p.Name.Get(o.Cat.Lang()), len(p.Questions))))
		for _, q := range p.Questions {
			criterion(&b, q, o.Cat, st)
		}
	}
	_, err := io.WriteString(w, b.String())
	return err
}

// header is the rubric's name, its size and its tiers.
func header(b *strings.Builder, r *questions.Rubric, c *i18n.Catalog, st styles) {
	lang := c.Lang()
	fmt.Fprintln(b, st.bold.Render(r.Name.Get(lang)))
	fmt.Fprintln(b, st.faint.Render(c.T("rubric.show.summary", msg.Args{"ID": r.ID, "Version": r.Version,
		"Criteria": c.T("count.criteria", msg.Args{"Count": r.Count()}), "Practices": c.T("count.practices", msg.Args{"Count": len(r.Practices)})})))
	var tiers []string
	for _, t := range r.Tiers {
		tiers = append(tiers, c.T("rubric.show.tier", msg.Args{"Tier": t.Name.Get(lang), "Percent": t.MinPercent.String(), "Count": t.MinOutcomes}))
	}
	fmt.Fprintln(b, st.faint.Render(c.T("rubric.show.tiers")+" "+strings.Join(tiers, " · ")))
}

// criterion is one criterion: its ID and title, what it asks, and its notes.
func criterion(b *strings.Builder, q questions.Question, c *i18n.Catalog, st styles) {
	lang := c.Lang()
	title := q.Title.Get(lang)
	if q.Points() != 1 {
		title += " " + c.T("rubric.show.points", msg.Args{"Count": q.Points()})
	}
	fmt.Fprintf(b, "\n  %s  %s\n", st.bold.Render(fmt.Sprintf("%-5s", q.ID)), st.bold.Render(title))
	wrapped(b, q.Question.Get(lang), indent, lipgloss.NewStyle())
	if g := q.Guidance.Get(lang); g != "" {
		wrapped(b, c.T("rubric.show.guidance", msg.Args{"Text": g}), indent, st.faint)
	}
	if len(q.Prerequisites) > 0 {
		wrapped(b, c.T("rubric.show.prerequisites", msg.Args{"IDs": strings.Join(q.Prerequisites, ", ")}), indent, st.faint)
	}
	if cl := q.Checklist; cl != nil {
		wrapped(b, c.T("rubric.show.checklist", msg.Args{"Min": cl.MinRequired, "Items": len(cl.Items)}), indent, st.faint)
		for _, it := range cl.Items {
			wrapped(b, "- "+it.ID+": "+it.Text.Get(lang), indent+"  ", st.faint)
		}
	}
}

// wrapped writes text word-wrapped to width, each line indented and styled.
func wrapped(b *strings.Builder, text, indent string, st lipgloss.Style) {
	line := ""
	flush := func() {
		if line != "" {
			fmt.Fprintln(b, indent+st.Render(line))
			line = ""
		}
	}
	for _, word := range strings.Fields(text) {
		if line != "" && lipgloss.Width(indent+line+" "+word) > width {
			flush()
		}
		if line == "" {
			line = word
		} else {
			line += " " + word
		}
	}
	flush()
}
