package trend

import (
	"fmt"
	"strings"

	"github.com/citydatakit/wwc/internal/i18n"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/questions"
	"github.com/citydatakit/wwc/scoring"
	"github.com/citydatakit/wwc/scoring/report/render"
)

// historyRow is one criterion that was met at some point: its ID and title, the year it was
// first met, and every change after that in words ("lost 2023, met again 2024").
type historyRow struct {
	Criterion, First, Changes string
}

// historyRows puts a city's criterion histories into words: a row per criterion ever met, in
// rubric order, and the line listing those never met ("" when none).
func historyRows(c *i18n.Catalog, r *questions.Rubric, hs []scoring.CriterionHistory) (rows []historyRow, never string) {
	var ids []string
	for _, h := range hs {
		if len(h.Events) == 0 {
			ids = append(ids, h.ID)
			continue
		}
		rows = append(rows, historyRow{Criterion: h.ID + " " + render.QuestionTitle(r, c, h.ID), First: fmt.Sprint(h.FirstMet()), Changes: laterChanges(c, h.Events[1:])})
	}
	if len(ids) > 0 {
		never = c.T("trend.never", msg.Args{"IDs": strings.Join(ids, ", ")})
	}
	return rows, never
}

// laterChanges says the changes after a criterion was first met: "lost 2023, met again 2024".
func laterChanges(c *i18n.Catalog, events []scoring.HistoryEvent) string {
	var parts []string
	for _, e := range events {
		id := "trend.regained"
		if e.Kind == scoring.HistoryLost {
			id = "trend.lost"
		}
		parts = append(parts, c.T(id, msg.Args{"Year": e.Year}))
	}
	return strings.Join(parts, ", ")
}

// yearChanges lists the criteria first met, lost and met again in year, for the CSV's columns.
func yearChanges(hs []scoring.CriterionHistory, year int) (first, lost, regained string) {
	var f, l, g []string
	for _, h := range hs {
		for _, e := range h.Events {
			if e.Year != year {
				continue
			}
			switch e.Kind {
			case scoring.HistoryFirstMet:
				f = append(f, h.ID)
			case scoring.HistoryLost:
				l = append(l, h.ID)
			case scoring.HistoryRegained:
				g = append(g, h.ID)
			}
		}
	}
	return strings.Join(f, " "), strings.Join(l, " "), strings.Join(g, " ")
}

// header is the score report's header for the results of a city over their years.
func header(in Input, results []*scoring.Result, city, country string) render.Header {
	var rubrics []render.RubricDoc
	for _, r := range results {
		rubrics = append(rubrics, render.RubricDoc{ID: r.RubricID, Version: r.RubricVersion})
	}
	return render.NewHeader(in.Cat, city, country, years(in.Cat, results[0].Year, results[len(results)-1].Year), rubrics, in.Date)
}

// years is a span of years, "2022–2024", or one year.
func years(c *i18n.Catalog, from, to int) string {
	if from == to {
		return fmt.Sprint(from)
	}
	return c.T("trend.years", msg.Args{"From": from, "To": to})
}

// countryOf is the country the newest result that names one gives.
func countryOf(results []*scoring.Result) string {
	for i := len(results) - 1; i >= 0; i-- {
		if results[i].Country != "" {
			return results[i].Country
		}
	}
	return ""
}
