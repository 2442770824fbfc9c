package tui

import (
	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/internal/review"
)

// ReviewOptions set up the application in review mode: an evaluator deciding on a city's
// claims, the city's answers read-only.
type ReviewOptions struct {
	W   *review.Work
	Cat *i18n.Catalog
	// Styled colours the screen; false with NO_COLOR or a terminal without colour.
	Styled bool
	// Width and Height are the screen's size until the terminal tells it.
	Width, Height int
}

// reviewKeys are the decision keys: none is a key of the assessment's screens.
var reviewKeys = map[string]assessment.Decision{
	"a": assessment.Accepted, "x": assessment.NotAccepted, "w": assessment.Clarification,
}

// ReviewModel is the review mode's state: the overview of every claim and the claim's view,
// with a comment input. Every decision and comment is handed at once to the review, which
// writes its file atomically.
type ReviewModel struct {
	o  ReviewOptions
	c  *i18n.Catalog
	w  *review.Work
	st styles
	// all is what the overview lists: every criterion, then every metric.
	all []review.Target
	// sel is the selected claim (an index of all); top the first overview row drawn.
	sel, top int
	screen   screen
	// editing says the comment input is open, on target editT; advance moves on after it.
	editing bool
	editT   review.Target
	advance bool
	input   textinput.Model

	width, height int
	status        string
	outcome       Outcome
	done          bool
}

// NewReview prepares the review application on the first claim left to review, in the
// claim's view.
func NewReview(o ReviewOptions) *ReviewModel {
	m := &ReviewModel{o: o, c: o.Cat, w: o.W, st: newStyles(o.Styled), width: o.Width, height: o.Height, screen: screenCriterion}
	if m.width <= 0 {
		m.width = 80
	}
	if m.height <= 0 {
		m.height = 24
	}
	m.all = o.W.All()
	// A changed submission is said once, until the first decision.
	m.status = review.StaleNotice(o.Cat, o.W)
	if p := o.W.Pending(); len(p) > 0 {
		m.sel = m.index(p[0])
	}
	return m
}

// Outcome says how the application ended.
func (m *ReviewModel) Outcome() Outcome { return m.outcome }

// Init starts nothing: the first frame needs no command.
func (m *ReviewModel) Init() tea.Cmd { return nil }

func (m *ReviewModel) index(t review.Target) int {
	for i, u := range m.all {
		if u == t {
			return i
		}
	}
	return 0
}

func (m *ReviewModel) target() review.Target { return m.all[m.sel] }

// Update takes a key, a resize or a message and changes the state.
func (m *ReviewModel) Update(message tea.Msg) (tea.Model, tea.Cmd) {
	switch k := message.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = max(k.Width, 20), max(k.Height, 8)
		return m, nil
	case tea.KeyPressMsg:
		if k.String() == "ctrl+c" {
			m.commitPending()
			m.outcome, m.done = Interrupted, true
			return m, tea.Quit
		}
		cmd := m.key(k)
		if m.done {
			return m, tea.Quit
		}
		return m, cmd
	case tea.InterruptMsg:
		m.commitPending()
		m.outcome, m.done = Interrupted, true
		return m, tea.Quit
	}
	if m.editing {
		var cmd tea.Cmd
		m.input, cmd = m.input.Update(message)
		return m, cmd
	}
	return m, nil
}

// decide records d on the selected claim, keeping its comment unless the decision is stale,
// and opens the comment input; Enter there moves on to the next claim to review.
func (m *ReviewModel) decide(d assessment.Decision) tea.Cmd {
	t := m.target()
	m.report(m.w.Decide(t, d, m.w.Comment(t)))
	return m.startComment(true)
}

// report shows a save that failed, and clears the message once a save succeeds.
func (m *ReviewModel) report(err error) {
	m.status = ""
	if err != nil {
		m.status = m.c.T("tui.not_saved", msg.Args{"Error": msg.Text(m.c, err)})
	}
}

func (m *ReviewModel) startComment(advance bool) tea.Cmd {
	m.editing, m.editT, m.advance = true, m.target(), advance
	m.input = newInput()
	m.input.CharLimit = 2000
	m.input.SetValue(safe(m.w.Item(m.editT).Comment))
	m.input.CursorEnd()
	return m.input.Focus()
}

// finishComment closes the input: keep saves what was typed (a text shown escaped and kept
// as shown is unchanged).
func (m *ReviewModel) finishComment(keep bool) {
	m.editing = false
	if keep {
		text := m.input.Value()
		if old := m.w.Item(m.editT).Comment; safe(old) == text {
			text = old
		}
		m.report(m.w.SetComment(m.editT, text))
	}
	if m.advance {
		m.advance = false
		m.nextPending()
	}
}

// commitPending keeps the comment being typed when the application ends.
func (m *ReviewModel) commitPending() {
	if m.editing {
		m.advance = false
		m.finishComment(true)
	}
}

// nextPending selects the next claim left to review after the selected one, in the order
// of the review (stale, met, in progress, metrics), wrapping around; the selection stays
// when none is left.
func (m *ReviewModel) nextPending() {
	visit := m.w.Visit()
	from := -1
	for i, t := range visit {
		if t == m.target() {
			from = i
		}
	}
	for k := 1; k <= len(visit); k++ {
		t := visit[(from+k+len(visit))%len(visit)]
		if !m.w.Decided(t) {
			m.sel = m.index(t)
			return
		}
	}
}
