package assessment

import (
	"sort"

	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/questions"
)

// MaxProblems caps how many problems one file reports; past it, one line says how many more.
const MaxProblems = 50

// Check reports, all at once, the answers that do not fit the rubric: IDs it does not have
// and checklist items a criterion does not list. Each names the file and the place; past
// MaxProblems, one line says how many more, as the readers do.
func Check(a *Assessment, r *questions.Rubric) error {
	ids := make([]string, 0, len(a.Answers))
	for id := range a.Answers {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	problems := Problems{File: a.Source}
	add := problems.E
	for _, id := range ids {
		q := r.Question(id)
		place := a.place(id)
		if q == nil {
			add("answers.unknown_id", msg.Args{
				"File": a.Source, "Place": place, "ID": id, "Rubric": r.ID, "Range": idRange(r),
			})
			continue
		}
		for item := range a.Answers[id].Checklist {
			if !hasItem(q, item) {
				add("answers.unknown_item", msg.Args{
					"File": a.Source, "Place": place, "ID": q.ID, "Item": item, "Items": itemList(q),
				})
			}
		}
	}
	return problems.Err()
}

func (a *Assessment) place(id string) msg.M {
	if p, ok := a.Places[id]; ok {
		return p
	}
	return msg.M{ID: "place.unknown"}
}

func hasItem(q *questions.Question, item string) bool {
	if q.Checklist == nil {
		return false
	}
	for _, it := range q.Checklist.Items {
		if questions.NormalizeID(it.ID) == item {
			return true
		}
	}
	return false
}

func itemList(q *questions.Question) string {
	if q.Checklist == nil {
		return "—"
	}
	s := ""
	for i, it := range q.Checklist.Items {
		if i > 0 {
			s += ", "
		}
		s += it.ID
	}
	return s
}

// idRange describes the rubric's IDs briefly: "DM1–DM9, LC1–LC7, …".
func idRange(r *questions.Rubric) string {
	s := ""
	for i, p := range r.Practices {
		if len(p.Questions) == 0 {
			continue
		}
		if i > 0 {
			s += ", "
		}
		first, last := p.Questions[0].ID, p.Questions[len(p.Questions)-1].ID
		if first == last {
			s += first
		} else {
			s += first + "–" + last
		}
	}
	return s
}

// JoinProblems puts the problems of several passes over one file (a reader's, then the rubric
// check's) into one list, capped as each pass is: MaxProblems, then one line counting the
// rest, the counts of the passes' own "and N more" lines included.
func JoinProblems(errs ...error) error {
	var all Problems
	for _, err := range errs {
		if err != nil {
			all.Add(err)
		}
	}
	return all.Err()
}
