package main

import "github.com/citydatakit/wwc/internal/msg"

// runReviewSession opens the review of opts.File in the terminal (stream revapp builds it).
func runReviewSession(_ *app, _ *reviewOptions) error {
	return msg.E("review.not_yet", nil)
}
