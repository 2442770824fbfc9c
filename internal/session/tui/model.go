package tui

import (
	"strings"

	"charm.land/bubbles/v2/textinput"
	tea "charm.land/bubbletea/v2"
	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/questions"
	"github.com/citydatakit/wwc/scoring"
)

// Options set up the application.
type Options struct {
	Rubric *questions.Rubric
	Cat    *i18n.Catalog
	// A holds the answers so far: empty for a new assessment, read from the file to resume.
	A *assessment.Assessment
	// Save writes the answers file atomically; it is called after every change.
	Save func(*assessment.Assessment) error
	// Resumed says A came from an existing file; a new assessment whose city is known is
	// saved at once, so that the file exists before the first answer.
	Resumed bool
	// Styled colours the screen; false with NO_COLOR or a terminal without colour.
	Styled bool
	// Review opens on the first criterion's view; OnlyOpen shows only open criteria;
	// Practice selects that practice and folds the others.
	Review, OnlyOpen bool
	Practice         string
	// Width and Height are the screen's size until the terminal tells it.
	Width, Height int
}

// Outcome is how the application ended.
type Outcome int

// How the application ended: q, or Ctrl-C (the command exits 130).
const (
	Quit Outcome = iota
	Interrupted
)

// screen is what the application shows.
type screen int

const (
	screenOverview screen = iota
	screenCriterion
	screenResult
	screenMetrics
	screenForm
	screenHelp
)

// editing is the one-line input open at the bottom of the overview or criterion view.
type editing int

const (
	editNone editing = iota
	editEvidence
	editNotes
	editFilter
)

// Model is the application's state. Update changes it; View draws it.
type Model struct {
	o  Options
	c  *i18n.Catalog
	r  *questions.Rubric
	a  *assessment.Assessment
	st styles
	qs []*questions.Question
	// res is the live score, recomputed after every change.
	res *scoring.Result

	screen, back screen
	// sel is the selected criterion (an index of qs); header, when set, says the selection
	// is on the practice's header row instead.
	sel    int
	header string
	// top is the first overview row drawn.
	top       int
	collapsed map[string]bool
	filter    string
	onlyOpen  bool
	// prevFilter is the filter before / was pressed, back on Esc.
	prevFilter string

	edit editing
	// editQ is the criterion being edited; advance says to move on after the input (after met).
	editQ   int
	advance bool
	input   textinput.Model

	result  resultView
	helpTop int
	mets    metricsView
	form    *form

	width, height int
	// status is the last problem to show (a save that failed, a refused value).
	status string
	// saveErr is the last save's error, nil when the file holds everything.
	saveErr error
	outcome Outcome
	done    bool
}

// New prepares the application on o's assessment: the first open criterion selected, the
// city details asked first when the city or the year is not known yet.
func New(o Options) *Model {
	m := &Model{o: o, c: o.Cat, r: o.Rubric, a: o.A, st: newStyles(o.Styled), collapsed: map[string]bool{},
		width: o.Width, height: o.Height, onlyOpen: o.OnlyOpen}
	if m.width <= 0 {
		m.width = 80
	}
	if m.height <= 0 {
		m.height = 24
	}
	m.qs = o.Rubric.Questions()
	m.rescore()
	m.sel = m.firstOpen(0)
	if p := strings.ToUpper(o.Practice); p != "" {
		for _, pr := range o.Rubric.Practices {
			m.collapsed[pr.ID] = pr.ID != p
		}
		m.sel = m.firstInPractice(p)
	}
	if o.Review {
		if o.Practice == "" {
			m.sel = 0
		}
		m.screen = screenCriterion
	}
	m.fixSelection()
	if o.A.City != "" && !o.Resumed {
		m.save()
	}
	if o.A.City == "" || o.A.Year == 0 {
		m.openDetails(true)
	}
	return m
}

// Outcome says how the application ended.
func (m *Model) Outcome() Outcome { return m.outcome }

// Init starts nothing: the first frame needs no command.
func (m *Model) Init() tea.Cmd { return nil }

func (m *Model) rescore() {
	m.res = scoring.Score(m.r, m.a, scoring.Options{})
}

// save writes the file after a change and rescoring; a failure is shown and kept until a
// later save succeeds (each save writes everything).
func (m *Model) save() {
	m.rescore()
	if m.o.Save == nil {
		return
	}
	failed := m.saveErr != nil
	m.saveErr = m.o.Save(m.a)
	if m.saveErr != nil {
		m.status = m.c.T("tui.not_saved", msg.Args{"Error": msg.Text(m.c, m.saveErr)})
	} else if failed {
		m.status = ""
	}
}

// newInput is a one-line text input in the terminal's own colours: the text plain, the
// cursor a reversed cell that does not blink.
func newInput() textinput.Model {
	in := textinput.New()
	in.Prompt = ""
	in.SetStyles(textinput.Styles{Cursor: textinput.CursorStyle{Blink: false}})
	return in
}

// safe is a text from the file as the screen may show it: control characters escaped, so that
// a stranger's file cannot drive the terminal.
func safe(s string) string { return msg.Clean(s, 0) }

func (m *Model) id(i int) string { return questions.NormalizeID(m.qs[i].ID) }

func (m *Model) value(i int) assessment.Value { return m.a.Answer(m.id(i)).Value }

// open says whether a criterion is still open: unanswered or in progress.
func (m *Model) open(i int) bool { return m.value(i).Open() }

// firstOpen is the first open criterion from i on, wrapping around; i itself when none is.
func (m *Model) firstOpen(i int) int {
	n := len(m.qs)
	for k := 0; k < n; k++ {
		j := (i + k) % n
		if m.open(j) {
			return j
		}
	}
	return i % max(n, 1)
}

func (m *Model) firstInPractice(p string) int {
	first := -1
	for i, q := range m.qs {
		if q.Practice != p {
			continue
		}
		if first < 0 {
			first = i
		}
		if m.open(i) {
			return i
		}
	}
	return max(first, 0)
}

// setAnswer records v for criterion i and saves.
func (m *Model) setAnswer(i int, v assessment.Value) {
	id := m.id(i)
	ans := m.a.Answer(id)
	ans.Value = v
	if v == assessment.Unanswered && ans.Evidence == "" && ans.Notes == "" && len(ans.Checklist) == 0 {
		delete(m.a.Answers, id)
	} else {
		m.a.Set(id, ans)
	}
	m.save()
}

// setText records the evidence or notes of criterion i and saves when they changed.
func (m *Model) setText(i int, which editing, text string) {
	id := m.id(i)
	ans := m.a.Answer(id)
	text = strings.TrimSpace(text)
	// A text shown escaped (it held control characters) and kept as shown is unchanged.
	switch which {
	case editEvidence:
		if ans.Evidence == text || safe(ans.Evidence) == text {
			return
		}
		ans.Evidence = text
	case editNotes:
		if ans.Notes == text || safe(ans.Notes) == text {
			return
		}
		ans.Notes = text
	}
	m.a.Set(id, ans)
	m.save()
}

// answer handles 1, 2, 3 and 0 on the selected criterion: met opens its evidence, then the
// selection moves to the next criterion.
func (m *Model) answer(key string) tea.Cmd {
	v, ok := map[string]assessment.Value{"1": assessment.Met, "2": assessment.NotMet, "3": assessment.InProgress, "0": assessment.Unanswered}[key]
	if !ok || m.header != "" {
		return nil
	}
	i := m.sel
	m.setAnswer(i, v)
	if v == assessment.Met {
		return m.startEdit(editEvidence, i, true)
	}
	m.moveNext(i)
	return nil
}

// moveNext selects the criterion after i that the overview shows (or the next one at all in
// the criterion view), keeping i when it is the last.
func (m *Model) moveNext(i int) {
	if m.screen == screenCriterion {
		if i+1 < len(m.qs) {
			m.sel = i + 1
		}
		return
	}
	for j := i + 1; j < len(m.qs); j++ {
		if m.shown(j) && !m.collapsed[m.qs[j].Practice] {
			m.sel, m.header = j, ""
			return
		}
	}
	m.fixSelection()
}

// movePrev selects the criterion before i that the overview shows (or the one before at all
// in the criterion view), keeping i when it is the first.
func (m *Model) movePrev(i int) {
	if m.screen == screenCriterion {
		if i > 0 {
			m.sel = i - 1
		}
		return
	}
	for j := i - 1; j >= 0; j-- {
		if m.shown(j) && !m.collapsed[m.qs[j].Practice] {
			m.sel, m.header = j, ""
			return
		}
	}
	m.fixSelection()
}

func (m *Model) startEdit(which editing, i int, advance bool) tea.Cmd {
	m.edit, m.editQ, m.advance = which, i, advance
	m.input = newInput()
	m.input.CharLimit = 2000
	m.input.SetWidth(max(m.width-4, 10))
	ans := m.a.Answer(m.id(i))
	switch which {
	case editEvidence:
		m.input.SetValue(safe(ans.Evidence))
	case editNotes:
		m.input.SetValue(safe(ans.Notes))
	case editFilter:
		m.prevFilter = m.filter
		m.input.SetValue(m.filter)
	}
	m.input.CursorEnd()
	return m.input.Focus()
}

// finishEdit ends the input: keep saves what was typed, otherwise it is dropped.
func (m *Model) finishEdit(keep bool) {
	which, i := m.edit, m.editQ
	m.edit = editNone
	switch which {
	case editFilter:
		m.filter = m.prevFilter
		if keep {
			m.filter = strings.TrimSpace(m.input.Value())
		}
		m.fixSelection()
		return
	case editEvidence, editNotes:
		if keep {
			m.setText(i, which, m.input.Value())
		}
	}
	if m.advance {
		m.advance = false
		m.moveNext(i)
	}
}

// Update takes a key, a resize or a message and changes the state.
func (m *Model) Update(msg tea.Msg) (tea.Model, tea.Cmd) {
	switch msg := msg.(type) {
	case tea.WindowSizeMsg:
		m.width, m.height = max(msg.Width, 20), max(msg.Height, 8)
		m.input.SetWidth(max(m.width-4, 10))
		m.result.lines = nil // re-wrapped at the new width
		return m, nil
	case tea.KeyPressMsg:
		if msg.String() == "ctrl+c" {
			m.commitPending()
			m.outcome, m.done = Interrupted, true
			return m, tea.Quit
		}
		cmd := m.key(msg)
		if m.done {
			return m, tea.Quit
		}
		return m, cmd
	case tea.InterruptMsg:
		m.commitPending()
		m.outcome, m.done = Interrupted, true
		return m, tea.Quit
	}
	if m.edit != editNone {
		var cmd tea.Cmd
		m.input, cmd = m.input.Update(msg)
		return m, cmd
	}
	if m.form != nil {
		return m, m.form.update(m, msg)
	}
	return m, nil
}

// commitPending keeps what is being typed when the session ends: Ctrl-C saves and quits,
// so a text half typed is saved if it is valid.
func (m *Model) commitPending() {
	switch {
	case m.edit == editEvidence || m.edit == editNotes:
		m.setText(m.editQ, m.edit, m.input.Value())
		m.edit = editNone
	case m.form != nil:
		m.form.commit(m)
	}
}

// quit ends the application with q.
func (m *Model) quit() {
	m.outcome, m.done = Quit, true
}
