package main

import "github.com/citydatakit/wwc/internal/msg"

// runReviewLetter writes the letter to the city from a review (stream revdocs builds it).
func runReviewLetter(_ *app, _ *reviewOptions) error {
	return msg.E("review.not_yet", nil)
}
