package main

import (
	"context"
	"os/signal"
	"syscall"

	"github.com/citydatakit/wwc/internal/review"
	"github.com/citydatakit/wwc/internal/session/tui"
)

// runReviewApplication runs the full-screen review on the terminal; interrupted says it ended
// with Ctrl-C or a hang-up rather than q.
func runReviewApplication(a *app, w *review.Work) (interrupted bool, err error) {
	ctx, stop := signal.NotifyContext(context.Background(), syscall.SIGHUP)
	defer stop()
	outcome, err := tui.RunReview(ctx, tui.ReviewOptions{W: w, Cat: a.cat, Styled: a.io.Styled()}, a.io.In, a.io.terminal(), a.io.Env)
	return err == nil && outcome == tui.Interrupted, err
}
