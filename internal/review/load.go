// Package review is the evaluator's side of wwc: reading a review in any of the forms an
// evaluator keeps it (the wwc-review/1 file, or a filled review workbook), and the review
// session itself.
package review

import (
	"github.com/citydatakit/wwc/assessment"
	"github.com/citydatakit/wwc/assessment/reviewfile"
)

// Load reads the review at path, whatever form it is in. Every command taking a review
// (score --review, batch --reviews, review --letter, review compare) reads it here.
func Load(path string) (*assessment.Review, error) {
	return reviewfile.Read(path)
}
