package review

import (
	"fmt"
	"io"
	"strings"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/internal/session"
	"github.com/citydatakit/wwc/questions"
)

// Lines is the review one plain line at a time (screen readers, pipes, --accessible): each
// claim in the order of Visit shown with the city's answer, evidence and notes, its decision
// asked (a number or a word in any of the three languages), then a comment.
type Lines struct {
	W   *Work
	Cat *i18n.Catalog
	P   session.Prompter
	Out io.Writer
}

// NewLines prepares the line-mode review of w, reading in and writing out.
func NewLines(w *Work, c *i18n.Catalog, in io.Reader, out io.Writer) *Lines {
	return &Lines{W: w, Cat: c, P: session.NewPrompter(in, out, c), Out: out}
}

// The choices after the decisions.
const (
	pickSkip = 3 // after accepted, not accepted, clarification
	pickQuit = 4
)

func (l *Lines) say(s string) { fmt.Fprintln(l.Out, s) }

// Run asks every pending claim. It returns nil when all are asked or the evaluator stops
// (q), session.ErrInterrupted when the input ends; every decision is saved by then.
func (l *Lines) Run() error {
	l.intro()
	pending := l.W.Pending()
	if len(pending) == 0 {
		l.say(l.Cat.T("review.nothing_pending"))
	}
	for n, t := range pending {
		quit, err := l.ask(t, n+1, len(pending))
		if err != nil {
			return err
		}
		if quit {
			break
		}
	}
	reviewed, tiers := Progress(l.Cat, l.W)
	l.say(reviewed)
	l.say(tiers)
	l.say("")
	return nil
}

// intro says what is reviewed, and on a resumed review what is left and what changed.
func (l *Lines) intro() {
	c, w := l.Cat, l.W
	for _, s := range Intro(c, w) {
		l.say(s)
	}
	l.say("")
}

// Intro are the lines that open a review: the submission, and on a resumed review the
// decisions taken, and the criteria whose answers changed since.
func Intro(c *i18n.Catalog, w *Work) []string {
	met, prog := 0, 0
	for _, id := range w.order {
		switch w.A.Answer(id).Value {
		case assessment.Met:
			met++
		case assessment.InProgress:
			prog++
		}
	}
	out := []string{c.T("review.intro", msg.Args{
		"File": w.Rev.Submission.File, "City": Who(w.A), "Met": met, "InProgress": prog, "Metrics": len(w.A.Outcomes),
	})}
	if w.Resumed {
		out = append(out, c.T("review.resuming", msg.Args{"File": w.Path, "Count": w.Decisions(), "Pending": len(w.Pending())}))
	}
	if s := StaleNotice(c, w); s != "" {
		out = append(out, s)
	}
	return out
}

// StaleNotice says that the submission changed since the review was written and which
// decided criteria it touched; "" when it did not change.
func StaleNotice(c *i18n.Catalog, w *Work) string {
	if !w.Changed && len(w.Stale) == 0 {
		return ""
	}
	return c.T("review.stale", msg.Args{"Count": len(w.Stale), "IDs": strings.Join(w.StaleIDs(), ", ")})
}

// Who is the submission's city, country and year in one line, escaped.
func Who(a *assessment.Assessment) string {
	s := msg.Clean(a.City, 0)
	if a.Country != "" {
		s += ", " + msg.Clean(a.Country, 0)
	}
	if a.Year != 0 {
		s += fmt.Sprintf(", %d", a.Year)
	}
	return s
}

// StaleIDs are the stale criteria with their codes as the rubric writes them.
func (w *Work) StaleIDs() []string {
	var out []string
	for _, id := range w.Stale {
		out = append(out, w.Code(id))
	}
	return out
}

// Code is criterion id as the rubric writes it.
func (w *Work) Code(id string) string {
	if q := w.Rubric.Question(id); q != nil {
		return q.ID
	}
	return id
}

// choices are the decisions in the order of assessment.Decisions, then skip and stop.
func (l *Lines) choices() []session.Choice {
	c := l.Cat
	is := func(d assessment.Decision) func(string) bool {
		return func(typed string) bool {
			got, ok := assessment.ParseDecision(typed)
			return ok && got == d && strings.TrimSpace(typed) != ""
		}
	}
	return []session.Choice{
		{Label: c.T("review.decision.accepted"), Words: []string{"a", "yes", "si", "sim", "aceptar", "aceitar"}, Match: is(assessment.Accepted)},
		{Label: c.T("review.decision.not_accepted"), Words: []string{"x", "no", "nao", "reject", "rechazar", "rejeitar", "not_accepted"}, Match: is(assessment.NotAccepted)},
		{Label: c.T("review.decision.clarification"), Words: []string{"w", "aclarar", "esclarecer", "clarify", "aclaración"}, Match: is(assessment.Clarification)},
		{Label: c.T("review.choice.skip"), Words: []string{"skip", "saltar", "omitir", "pular", "later", "despues", "depois"}},
		{Label: c.T("review.choice.stop"), Words: []string{"q", "quit", "stop", "salir", "sair", "parar"}},
	}
}

// ask shows one claim and asks its decision, then its comment. quit says the evaluator
// chose to stop here.
func (l *Lines) ask(t Target, n, of int) (quit bool, err error) {
	c, w := l.Cat, l.W
	title, desc := l.describe(t)
	l.say(c.T("review.progress", msg.Args{"N": n, "Of": of}))
	cur := w.Item(t)
	current := -1
	for i, d := range assessment.Decisions {
		if cur.Decision == d && !w.IsStale(t) {
			current = i
		}
	}
	pick, err := l.P.Choose(title, desc, l.choices(), current)
	if err != nil {
		return false, err
	}
	switch pick {
	case pickQuit:
		return true, nil
	case pickSkip:
		l.say("")
		return false, nil
	}
	kept := w.Comment(t) // before the decision: deciding makes the claim current
	if err := w.Decide(t, assessment.Decisions[pick], kept); err != nil {
		return false, err
	}
	comment, err := l.P.Text(c.T("review.comment"), c.T("review.comment_help"), kept, nil)
	if err != nil {
		return false, err
	}
	if err := w.SetComment(t, comment); err != nil {
		return false, err
	}
	l.say("")
	return false, nil
}

// describe is a claim's title and what the evaluator reads before deciding: the city's
// answer, evidence (whole) and notes, the rubric's guidance, and a stale decision's story.
func (l *Lines) describe(t Target) (title, desc string) {
	c, w, lang := l.Cat, l.W, l.Cat.Lang()
	var lines []string
	if t.IsMetric() {
		m := w.A.Outcomes[t.Metric]
		title = c.T("review.metric_title", msg.Args{"Name": m.Name})
		lines = append(lines, MetricLine(c, w, t.Metric))
		lines = append(lines, c.T("tui.evidence", msg.Args{"Text": orDash(m.Evidence)}))
		return title, strings.Join(lines, "\n")
	}
	q := w.Rubric.Question(t.Criterion)
	ans := w.A.Answer(t.Criterion)
	title = q.ID + " · " + q.Title.Get(lang)
	lines = append(lines,
		c.T("review.city_answer", msg.Args{"Answer": AnswerWord(c, ans.Value)}),
		c.T("tui.evidence", msg.Args{"Text": orDash(ans.Evidence)}),
		c.T("tui.notes", msg.Args{"Text": orDash(ans.Notes)}),
	)
	if g := q.Guidance.Get(lang); g != "" {
		lines = append(lines, c.T("rubric.show.guidance", msg.Args{"Text": g}))
	}
	if w.IsStale(t) {
		it := w.Item(t)
		lines = append(lines, c.T("review.stale_item", msg.Args{
			"Decision": DecisionWord(c, it.Decision), "Then": AnswerWord(c, it.Answer), "Now": AnswerWord(c, ans.Value),
		}))
	}
	return title, strings.Join(lines, "\n")
}

func orDash(s string) string {
	if strings.TrimSpace(s) == "" {
		return "—"
	}
	return s
}

// Question is the rubric's criterion of a target (nil for a metric).
func (w *Work) Question(t Target) *questions.Question {
	if t.IsMetric() {
		return nil
	}
	return w.Rubric.Question(t.Criterion)
}
