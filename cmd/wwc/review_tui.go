package main

import (
	"errors"

	"github.com/citydatakit/wwc/internal/review"
	"github.com/citydatakit/wwc/internal/session"
)

// runReviewApplication runs the full-screen review on the terminal; interrupted says it ended
// with Ctrl-C or a hang-up rather than q.
func runReviewApplication(a *app, w *review.Work) (interrupted bool, err error) {
	err = untilInterrupted(review.NewLines(w, a.cat, a.io.In, a.io.Out).Run)
	return errors.Is(err, session.ErrInterrupted), err
}
