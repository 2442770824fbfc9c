package session

import (
	"fmt"
	"io"
	"strings"

	"github.com/citydatakit/wwc/internal/i18n"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/questions"
	"github.com/citydatakit/wwc/scoring"
	"github.com/citydatakit/wwc/scoring/report/render"
	"github.com/citydatakit/wwc/scoring/report/result"
)

// Options set up a session.
type Options struct {
	Rubric *questions.Rubric
	Cat    *i18n.Catalog
	// A holds the answers so far: empty for a new assessment, read from the file to resume.
	A *assessment.Assessment
	// Save writes the answers file; it is called after every answer, detail and metric.
	Save func(*assessment.Assessment) error
	// Resumed says A came from an existing file.
	Resumed bool

	In  io.Reader
	Out io.Writer

	// Review visits every criterion; OnlyOpen only unanswered and in-progress ones; Practice
	// only that practice. By default the unanswered criteria are visited.
	Review, OnlyOpen bool
	Practice         string
}

// Session is one run of the self-assessment.
type Session struct {
	o   Options
	p   prompter
	c   *i18n.Catalog
	out io.Writer
	// wrote says the answers file has been written in this session.
	wrote bool
}

// New prepares a session.
func New(o Options) *Session {
	s := &Session{o: o, c: o.Cat, out: o.Out}
	s.p = accessiblePrompter{in: &lineReader{r: o.In}, out: o.Out, cat: o.Cat}
	return s
}

func (s *Session) say(format string, args ...any) {
	fmt.Fprintf(s.out, format+"\n", args...)
}

func (s *Session) save() error {
	if err := s.o.Save(s.o.A); err != nil {
		return err
	}
	s.wrote = true
	return nil
}

// Run walks the session: city details, criteria, outcome metrics, the result. The answers
// file exists before the first criterion is asked: a new assessment whose city is known is
// saved at once, otherwise as soon as the city is typed, and the city is asked until it is
// given.
func (s *Session) Run() error {
	s.intro()
	if s.o.A.City != "" && !s.o.Resumed {
		if err := s.save(); err != nil {
			return err
		}
	}
	if err := s.details(); err != nil {
		return err
	}
	if err := s.criteria(); err != nil {
		return err
	}
	if err := s.outcomes(); err != nil {
		return err
	}
	return s.result()
}

func (s *Session) score() *scoring.Result {
	return scoring.Score(s.o.Rubric, s.o.A, scoring.Options{})
}

func (s *Session) intro() {
	r := s.o.Rubric
	s.say("%s", s.c.T("form.welcome", msg.Args{"Rubric": r.Name.Get(s.c.Lang())}))
	s.say("%s", s.c.T("summary.disclaimer"))
	s.say("%s", s.c.T("form.accessible_help"))
	if s.o.Resumed {
		res := s.score()
		answered := r.Count() - len(res.Unanswered)
		first := ""
		if len(res.Unanswered) > 0 {
			first = res.Unanswered[0]
		}
		if first != "" && !s.o.Review && !s.o.OnlyOpen && s.o.Practice == "" {
			s.say("%s", s.c.T("form.resuming", msg.Args{"Answered": answered, "Total": r.Count(), "First": first}))
		} else if first == "" {
			s.say("%s", s.c.T("form.resuming_done", msg.Args{"Total": r.Count()}))
		} else {
			s.say("%s", s.c.T("form.resuming_count", msg.Args{"Answered": answered, "Total": r.Count()}))
		}
	}
	s.say("")
}

// details asks for the city, country, year and population, prefilled, the city first. The
// city is required; the others may be left empty. Each field is saved once given.
func (s *Session) details() error {
	a, c := s.o.A, s.c
	s.say("%s", c.T("form.details"))
	for _, f := range DetailFields(s.c, s.o.A) {
		v, err := s.p.Text(f.Label, "", f.Text, f.Validate)
		if err != nil {
			return err
		}
		if v != f.Text || !s.wrote {
			f.Set(v)
			if err := s.save(); err != nil {
				return err
			}
		}
	}
	if a.City == "" { // cannot happen: the city field does not accept an empty answer
		return fmt.Errorf("form: no city after the details")
	}
	s.say("")
	return nil
}

// visit says whether a criterion is asked in this session.
func (s *Session) visit(q *questions.Question) bool {
	if s.o.Practice != "" && !strings.EqualFold(q.Practice, s.o.Practice) {
		return false
	}
	v := s.o.A.Answer(questions.NormalizeID(q.ID)).Value
	switch {
	case s.o.Review:
		return true
	case s.o.OnlyOpen:
		return v.Open()
	case s.o.Practice != "":
		return true
	}
	return v == assessment.Unanswered
}

// answerChoices are the answers offered, in the order of assessment.Values, then "skip".
func (s *Session) answerChoices() []choice {
	c := s.c
	return []choice{
		{Label: c.T("form.answer.met"), Match: isAnswer(assessment.Met)},
		{Label: c.T("form.answer.not_met"), Match: isAnswer(assessment.NotMet)},
		{Label: c.T("form.answer.in_progress"), Match: isAnswer(assessment.InProgress)},
		{Label: c.T("form.answer.skip"), Words: []string{"skip", "saltar", "omitir", "pular", "depois", "despues", "después", "later"},
			Match: isAnswer(assessment.Unanswered)},
	}
}

// isAnswer accepts what a workbook or answers file reads as v (FORMATS.md's words, in any
// case, with accents or trailing punctuation), so that the session and the files agree.
func isAnswer(v assessment.Value) func(string) bool {
	return func(typed string) bool {
		got, ok := assessment.ParseValue(typed)
		return ok && got == v && strings.TrimSpace(typed) != ""
	}
}

var answerOrder = []assessment.Value{assessment.Met, assessment.NotMet, assessment.InProgress}

func (s *Session) criteria() error {
	r, c := s.o.Rubric, s.c
	visited := 0
	index := 0 // the criterion's number in the whole rubric
	for pi, p := range r.Practices {
		asked := 0
		for qi := range p.Questions {
			q := &p.Questions[qi]
			index++
			if !s.visit(q) {
				continue
			}
			if asked == 0 {
				s.say("%s", c.T("form.practice", msg.Args{
					"N": pi + 1, "Of": len(r.Practices), "ID": p.ID, "Name": p.Name.Get(c.Lang()),
				}))
			}
			asked++
			visited++
			if err := s.ask(q, index); err != nil {
				return err
			}
		}
		if asked > 0 {
			s.practiceSummary(p.ID)
		}
	}
	if visited == 0 {
		s.say("%s", c.T("form.nothing_to_ask"))
		s.say("")
	}
	return nil
}

// ask shows one criterion and asks its answer, then its evidence and notes.
func (s *Session) ask(q *questions.Question, index int) error {
	c, lang, a := s.c, s.c.Lang(), s.o.A
	id := questions.NormalizeID(q.ID)
	res := s.score()
	s.say("%s", c.T("form.progress", msg.Args{
		"N": index, "Of": s.o.Rubric.Count(), "Met": res.Met, "Percent": c.Percent(res.Percent()),
		"Tier": render.TierName(s.o.Rubric, c, res.Tier),
	}))
	desc := q.Question.Get(lang)
	if g := q.Guidance.Get(lang); g != "" {
		desc += "\n" + c.T("rubric.show.guidance", msg.Args{"Text": g})
	}
	title := q.ID + " · " + q.Title.Get(lang)
	cur := a.Answer(id)
	current := -1
	for i, v := range answerOrder {
		if cur.Value == v {
			current = i
		}
	}
	pick, err := s.p.Choose(title, desc, s.answerChoices(), current)
	if err != nil {
		return err
	}
	if pick == len(answerOrder) { // skip for now: keep what there was
		s.say("")
		return nil
	}
	cur.Value = answerOrder[pick]
	a.Set(id, cur)
	if err := s.save(); err != nil {
		return err
	}
	evidence, err := s.p.Text(c.T("form.evidence"), c.T("form.evidence_help"), cur.Evidence, nil)
	if err != nil {
		return err
	}
	if evidence != cur.Evidence {
		cur.Evidence = evidence
		a.Set(id, cur)
		if err := s.save(); err != nil {
			return err
		}
	}
	notes, err := s.p.Text(c.T("form.notes"), "", cur.Notes, nil)
	if err != nil {
		return err
	}
	if notes != cur.Notes {
		cur.Notes = notes
		a.Set(id, cur)
		if err := s.save(); err != nil {
			return err
		}
	}
	s.say("")
	return nil
}

func (s *Session) practiceSummary(id string) {
	c := s.c
	res := s.score()
	for _, p := range res.Practices {
		if p.ID != id {
			continue
		}
		open := 0
		for _, q := range res.Questions {
			if q.Practice == id && q.Answer.Open() {
				open++
			}
		}
		s.say("%s", c.T("form.practice_summary", msg.Args{
			"Name": render.PracticeName(s.o.Rubric, c, id), "Met": p.Met, "Total": p.Total,
			"Percent": c.Percent(p.Percent()), "Open": open,
		}))
		s.say("")
	}
}

func (s *Session) result() error {
	res := s.score()
	s.say("%s", s.c.T("form.result"))
	s.say("")
	in := result.Input{Result: res, Rubric: s.o.Rubric, Cat: s.c}
	f, _ := result.Formats.Lookup(render.FormatText)
	return f.New().Write(s.out, in)
}
