package assessment

import "sort"

// Words lists, sorted, the folded texts (see Fold) that read as v: what a spreadsheet formula
// must match to count answers the way ParseValue does. Numbers other than 1 and 0 written as
// text ("1.0") are not listed.
func Words(v Value) []string {
	var out []string
	for w, wv := range answerWords {
		if wv == v && w != "" {
			out = append(out, w)
		}
	}
	sort.Strings(out)
	return out
}
