package main

import (
	"github.com/spf13/cobra"
)

// reviewOptions are the options of wwc review: the evaluator's review of one submission in
// the terminal (runReviewSession), imported from a review workbook (runReviewFrom), or the
// letter to the city written from a finished review (runReviewLetter).
type reviewOptions struct {
	File       string // the submission
	Output     string // -o: the review file (or the letter, with --letter)
	Reviewer   string
	From       string // --from: a filled review workbook to read the decisions from
	Letter     bool   // --letter: write the letter to the city
	Review     string // --review: the review file the letter is written from
	Format     string
	Accessible bool
}

func newReviewCmd(a *app) *cobra.Command {
	opts := &reviewOptions{}
	c := a.cat
	cmd := &cobra.Command{
		Use:     "review SUBMISSION",
		Short:   c.T("review.short"),
		Long:    c.T("review.long") + "\n\n" + exitCodesHelp(c, exitRowOK, exitRowInput, exitRowUsage, exitRowInterrupted),
		Example: c.T("review.example"),
		Args:    exactArgs(a, 1, "SUBMISSION"),
		RunE: func(cmd *cobra.Command, args []string) error {
			opts.File, opts.Format = args[0], changedValue(cmd, "format")
			switch {
			case opts.Letter:
				return runReviewLetter(a, opts)
			case opts.From != "":
				return runReviewFrom(a, opts)
			}
			return runReviewSession(a, opts)
		},
	}
	f := cmd.Flags()
	f.StringVarP(&opts.Output, "output", "o", "", c.T("flag.review_output"))
	f.StringVar(&opts.Reviewer, "reviewer", "", c.T("flag.reviewer"))
	f.StringVar(&opts.From, "from", "", c.T("flag.review_from"))
	f.BoolVar(&opts.Letter, "letter", false, c.T("flag.letter"))
	f.StringVar(&opts.Review, "review", "", c.T("flag.review_file"))
	f.StringVarP(&opts.Format, "format", "f", "", c.T("flag.letter_format"))
	f.BoolVar(&opts.Accessible, "accessible", false, c.T("flag.accessible"))
	cmd.AddCommand(newReviewCompareCmd(a))
	return cmd
}
