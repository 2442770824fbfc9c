package main

import "github.com/citydatakit/wwc/internal/msg"

// runReviewFrom reads the decisions of a filled review workbook (stream revbook builds it).
func runReviewFrom(_ *app, _ *reviewOptions) error {
	return msg.E("review.not_yet", nil)
}
