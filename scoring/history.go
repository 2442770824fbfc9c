package scoring

// HistoryKind is what happened to a criterion in a year of a city's trend.
type HistoryKind string

// The changes a criterion's history records.
const (
	// HistoryFirstMet: the criterion counted for the first time.
	HistoryFirstMet HistoryKind = "first_met"
	// HistoryLost: it counted the year before (the previous year that had it) and does not now.
	HistoryLost HistoryKind = "lost"
	// HistoryRegained: it counts again after it was lost.
	HistoryRegained HistoryKind = "regained"
)

// HistoryKinds lists every kind, for catalogs and schemas.
var HistoryKinds = []HistoryKind{HistoryFirstMet, HistoryLost, HistoryRegained}

// HistoryEvent is one change of a criterion: the year it happened and what happened.
type HistoryEvent struct {
	Year int
	Kind HistoryKind
}

// CriterionHistory is every change of one criterion over a city's years, oldest first; no
// events means it never counted.
type CriterionHistory struct {
	ID     string
	Events []HistoryEvent
}

// FirstMet is the first year the criterion counted, 0 when it never did.
func (h CriterionHistory) FirstMet() int {
	if len(h.Events) == 0 {
		return 0
	}
	return h.Events[0].Year
}

// Counted reports whether the criterion counts in the last year that had it.
func (h CriterionHistory) Counted() bool {
	return len(h.Events) > 0 && h.Events[len(h.Events)-1].Kind != HistoryLost
}

// History is the change history of each criterion of the last result, in its order, over
// results sorted by year: the year it was first met, then every year it was lost and met
// again. A result that does not have the criterion (scored with another rubric) is passed
// over: it neither loses nor regains it.
func History(results []*Result) []CriterionHistory {
	if len(results) == 0 {
		return nil
	}
	// One lookup per result, not a scan per criterion and year; IDs are the rubric's own
	// (a result keeps them as its rubric writes them).
	counts := make([]map[string]bool, len(results))
	for i, r := range results {
		counts[i] = make(map[string]bool, len(r.Questions))
		for _, q := range r.Questions {
			counts[i][q.ID] = q.Counted()
		}
	}
	var out []CriterionHistory
	for _, q := range results[len(results)-1].Questions {
		h := CriterionHistory{ID: q.ID}
		met, ever := false, false
		for i, r := range results {
			now, has := counts[i][q.ID]
			if !has {
				continue
			}
			switch {
			case now && !ever:
				h.Events = append(h.Events, HistoryEvent{r.Year, HistoryFirstMet})
			case now && !met:
				h.Events = append(h.Events, HistoryEvent{r.Year, HistoryRegained})
			case !now && met:
				h.Events = append(h.Events, HistoryEvent{r.Year, HistoryLost})
			}
			met, ever = now, ever || now
		}
		out = append(out, h)
	}
	return out
}
