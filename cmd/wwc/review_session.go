package main

import (
	"errors"
	"fmt"
	"time"

	"github.com/citydatakit/wwc/internal/fileio"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/internal/review"
	"github.com/citydatakit/wwc/internal/scorefile"
	"github.com/citydatakit/wwc/internal/session"
)

// runReviewSession opens the review of opts.File: the full-screen application on a
// terminal, the line mode with --accessible, TERM=dumb or piped input. Every decision is
// saved at once; q ends with where the review is and what comes next, Ctrl-C (or the input
// ending) with exit 130 and the same place.
func runReviewSession(a *app, opts *reviewOptions) error {
	// --review names the review file to go on with, as -o does: a user resuming a review
	// reaches for the flag every other command reads a review from.
	if opts.Review != "" {
		if opts.Output != "" && !fileio.SamePath(opts.Output, opts.Review) {
			return usage("review.output_and_review", msg.Args{"Output": opts.Output, "Review": opts.Review})
		}
		opts.Output = opts.Review
	}
	w, err := openReview(a, opts)
	if err != nil {
		return err
	}
	accessible := opts.Accessible || a.io.getenv("TERM") == "dumb" || !a.io.InTTY
	out := a.sessionOut(accessible)
	resume := ""
	if opts.Output != "" {
		resume = " -o " + w.Path
	}
	resume += a.langArgUnstored(a.cat.Lang())
	var interrupted bool
	if accessible {
		err = untilInterrupted(review.NewLines(w, a.cat, a.io.In, out).Run)
		interrupted = errors.Is(err, session.ErrInterrupted)
	} else {
		interrupted, err = runReviewApplication(a, w)
	}
	if err != nil && !interrupted {
		return err
	}
	closing := review.Closing(a.cat, w, opts.File, resume, interrupted)
	if interrupted {
		fmt.Fprintln(out)
		return cancelledError{closing}
	}
	fmt.Fprintln(out, msg.Text(a.cat, closing))
	return nil
}

// openReview reads the submission as wwc score does and opens its review file: new, or
// resumed when it exists.
func openReview(a *app, opts *reviewOptions) (*review.Work, error) {
	r, err := a.rubric()
	if err != nil {
		return nil, err
	}
	s, err := scorefile.File(opts.File, r, scorefile.Options{})
	if err != nil {
		return nil, err
	}
	if s.Assessment == nil {
		return nil, msg.E("review.no_answers", msg.Args{"File": opts.File})
	}
	if warn := s.OtherRubric(opts.File, r); warn != nil {
		a.warn(msg.Text(a.cat, warn))
	}
	return review.Open(review.Options{
		Rubric: r, A: s.Assessment, Submission: opts.File, Path: outputPath(opts.Output),
		Reviewer: opts.Reviewer, Today: a.today().Format(time.DateOnly),
	})
}
