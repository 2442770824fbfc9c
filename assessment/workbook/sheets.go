package workbook

import (
	"strings"

	"github.com/citydatakit/wwc/assessment/table"

	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/internal/msg"
)

// otherSheets finds the City and Outcomes sheets by their content among the sheets other
// than the criteria sheet, and reads them. Each sheet is streamed once here: its first rows
// decide what it is, and the rest is read only when it is one of them. Sheets before the
// criteria sheet whose first rows, seen in the search for it, hold nothing of either are not
// read again.
//
// The City sheet is the first whose column A holds at least two City keys within its first
// rows; the Outcomes sheet is the first with a header row holding a metric, a baseline, a
// later value and a direction column. A header that looks like outcomes but lacks one of
// those is an error naming the sheet and the missing column, unless a whole outcomes table is
// found in another sheet. No outcomes table at all, or one with no metric, is a notice: no
// metric counts toward the tier.
func (r *reader) otherSheets(sheets []Sheet, criteria int) error {
	var city, outcomes bool
	var cityName string
	var partial []*problem
	for i, s := range sheets {
		if i == criteria || i < criteria && !r.maybe[i] {
			// Its first rows were read in the search for the criteria table: nothing in
			// them could make it the City or Outcomes sheet.
			continue
		}
		if city && outcomes {
			break
		}
		k, err := r.classify(i, s, !city, !outcomes)
		if err != nil {
			return err
		}
		if k.city {
			city, cityName = true, s.Name
		}
		if k.kind == kindOutcomes {
			outcomes = true
			if k.metrics == 0 {
				r.t.A.Notify(assessment.Notice{Code: assessment.NoticeOutcomesEmpty, Place: sheetPlace(s.Name)})
			}
		}
		if k.partial != nil {
			partial = append(partial, k.partial)
		}
	}
	if !city && distinctKeys(r.keyRows) >= table.CitySheetKeys {
		// A one-sheet workbook: the city's details above the criteria table.
		city, cityName = true, sheets[criteria].Name
		for _, row := range r.keyRows {
			r.cityRow(sheets[criteria].Name, row)
		}
	}
	if !city {
		r.t.A.Notify(assessment.Notice{Code: assessment.NoticeNoCitySheet, Args: msg.Args{"Rows": r.lim.HeaderRows}, Unknown: "city+year"})
	} else {
		r.t.A.NotifyMissingDetails(sheetPlace(cityName))
	}
	if outcomes {
		return nil
	}
	if len(partial) > 0 {
		for _, p := range partial {
			r.t.Problem(p.place, p.id, p.args)
		}
		return nil
	}
	r.t.A.Notify(assessment.Notice{Code: assessment.NoticeNoOutcomesSheet, Args: msg.Args{"Rows": r.lim.HeaderRows}})
	return nil
}

// maybeOther reports whether a row, among a sheet's first, could help make the sheet the City
// sheet (a key in column A) or the Outcomes sheet (an outcomes header, whole or not).
func maybeOther(row Row) bool {
	if len(row.Cells) > 0 && table.CityKey(row.Cells[0]) != table.ColNone {
		return true
	}
	_, whole, like := table.OutcomesRow(row.Cells)
	return whole || like
}

// distinctKeys counts the City keys that rows hold in column A, each once.
func distinctKeys(rows []Row) int {
	seen := map[table.Role]bool{}
	for _, row := range rows {
		if len(row.Cells) > 0 {
			if k := table.CityKey(row.Cells[0]); k != table.ColNone {
				seen[k] = true
			}
		}
	}
	return len(seen)
}

func sheetPlace(name string) msg.M { return msg.M{ID: "place.sheet", Args: msg.Args{"Sheet": name}} }

type sheetKind int

const (
	kindOther sheetKind = iota
	kindCity
	kindOutcomes
)

// classified is what a sheet turned out to be.
type classified struct {
	kind sheetKind
	// city is true when the sheet held the City keys (a City sheet, or an outcomes sheet
	// with the keys above its table).
	city    bool
	metrics int
	// partial is the problem of a header that looks like outcomes but lacks a column.
	partial *problem
}

// classify streams sheet i: it buffers the first rows, and as soon as they show an outcomes
// header (when wantOutcomes) or, by the end of them, two City keys in column A (when
// wantCity), it reads the sheet as that.
func (r *reader) classify(i int, s Sheet, wantCity, wantOutcomes bool) (classified, error) {
	var (
		out     classified
		head    []Row
		cols    table.Columns
		keys    = map[table.Role]bool{}
		decided bool
	)
	err := r.eachRow(i, s, func(row Row) bool {
		switch {
		case out.kind == kindOutcomes:
			if r.outcomeRow(s.Name, cols, row) {
				out.metrics++
			}
			return true
		case out.kind == kindCity:
			r.cityRow(s.Name, row)
			return true
		case decided:
			return false
		}
		if row.Num > r.lim.HeaderRows {
			decided = true
			if wantCity && len(keys) >= table.CitySheetKeys {
				out.kind, out.city = kindCity, true
				for _, h := range head {
					r.cityRow(s.Name, h)
				}
				r.cityRow(s.Name, row)
				return true
			}
			return false
		}
		if wantOutcomes {
			c, whole, like := table.OutcomesRow(row.Cells)
			if whole {
				out.kind, cols, out.partial = kindOutcomes, c, nil
				if wantCity && len(keys) >= table.CitySheetKeys {
					// The city's details above the metrics, on one sheet.
					out.city = true
					for _, h := range head {
						r.cityRow(s.Name, h)
					}
				}
				if r.t.Lang == "" {
					r.t.Lang = c.OutcomesLang(row.Cells)
				}
				return true
			}
			if like && out.partial == nil {
				out.partial = r.partialOutcomes(s.Name, row, c)
			}
		}
		if len(row.Cells) > 0 {
			if k := table.CityKey(row.Cells[0]); k != table.ColNone {
				keys[k] = true
			}
		}
		head = append(head, row)
		return true
	})
	if err != nil {
		return out, err
	}
	if out.kind == kindOther && wantCity && len(keys) >= table.CitySheetKeys {
		out.kind, out.city = kindCity, true
		for _, h := range head {
			r.cityRow(s.Name, h)
		}
	}
	if out.kind == kindCity {
		out.partial = nil
	}
	return out, nil
}

// partialOutcomes is the problem of a header row that looks like the outcomes table's but
// lacks a required column.
func (r *reader) partialOutcomes(sheet string, row Row, cols table.Columns) *problem {
	return &problem{place: Place(sheet, 0, row.Num), id: "table.outcomes_missing", args: msg.Args{"Missing": cols.MissingOutcomesText()}}
}

// problem is a problem kept until it is known to be one.
type problem struct {
	place msg.M
	id    string
	args  msg.Args
}

// cityRow reads a key in column A and its value in column B.
func (r *reader) cityRow(sheet string, row Row) {
	if len(row.Cells) == 0 {
		return
	}
	role := table.CityKey(row.Cells[0])
	if role == table.ColNone {
		return
	}
	if len(row.Cells) < 2 || strings.TrimSpace(row.Cells[1]) == "" {
		r.uncached(sheet, row, 1)
		return
	}
	if len(row.Cells[1]) > r.lim.MaxCell {
		r.t.Problem(Place(sheet, 1, row.Num), "xlsx.cell_too_long", msg.Args{"Max": r.lim.MaxCell})
		return
	}
	value := row.Cells[1]
	if role == table.ColPopulation && row.Numbers[1] {
		// A number cell's raw text: "578605", never "578.605".
		value = strings.TrimSuffix(value, ".0")
	}
	r.t.CityDetail(role, value, Place(sheet, 1, row.Num))
}

// outcomeRow reads one metric under the outcomes header, and reports whether the row held one.
func (r *reader) outcomeRow(sheet string, cols table.Columns, row Row) bool {
	for _, col := range cols {
		if r.uncached(sheet, row, col) {
			return true
		}
	}
	if !r.cellsFit(sheet, cols, row) {
		return true
	}
	before := len(r.t.A.Outcomes)
	r.t.OutcomeTyped(cols, row.Cells, row.Numbers, func(col int) msg.M { return Place(sheet, col, row.Num) })
	return len(r.t.A.Outcomes) > before
}
