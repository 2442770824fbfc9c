package main

import (
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/spf13/cobra"
)

// newReviewCompareCmd is wwc review compare A B: two reviewers' files for the same
// submission, side by side (stream revdocs builds it).
func newReviewCompareCmd(a *app) *cobra.Command {
	c := a.cat
	return &cobra.Command{
		Use:   "compare REVIEW_A REVIEW_B",
		Short: c.T("review.compare.short"),
		Args:  exactArgs(a, 2, "REVIEW"),
		RunE: func(*cobra.Command, []string) error {
			return msg.E("review.not_yet", nil)
		},
	}
}
