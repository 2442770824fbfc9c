package ods

import "github.com/citydatakit/wwc/assessment/workbook"

// book is a parsed spreadsheet: each sheet's name and the rows with something in them, up to
// the limits. It implements workbook.Book.
type book struct {
	sheets []sheet
}

type sheet struct {
	name string
	rows []workbook.Row
}

// Sheets lists the sheets in the document's order, hidden ones included.
func (b *book) Sheets() []workbook.Sheet {
	out := make([]workbook.Sheet, len(b.sheets))
	for i, s := range b.sheets {
		out[i] = workbook.Sheet{Name: s.name}
	}
	return out
}

// Rows hands sheet i's rows to fn in order until it returns false. Empty rows are left out;
// their numbers still count, as gaps.
func (b *book) Rows(i int, fn func(workbook.Row) bool) error {
	for _, r := range b.sheets[i].rows {
		if !fn(r) {
			return nil
		}
	}
	return nil
}
