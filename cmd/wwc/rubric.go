package main

import (
	"errors"
	"fmt"
	"os"

	"github.com/citydatakit/wwc/questions/rubricfile"

	"github.com/citydatakit/wwc/internal/atomicfile"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/internal/rubricview"
	"github.com/spf13/cobra"
)

func newRubricCmd(a *app) *cobra.Command {
	cmd := &cobra.Command{
		Use:   "rubric",
		Short: a.cat.T("rubric.short"),
		Long:  a.cat.T("rubric.long"),
		Args: func(cmd *cobra.Command, args []string) error {
			if len(args) == 0 {
				return nil
			}
			return unknownCommand(cmd, args[0])
		},
		RunE: func(cmd *cobra.Command, _ []string) error {
			return cmd.Help()
		},
	}
	cmd.AddCommand(newRubricShowCmd(a), newRubricValidateCmd(a), newRubricExportCmd(a))
	return cmd
}

type rubricShowOptions struct {
	Practice string
}

func newRubricShowCmd(a *app) *cobra.Command {
	opts := &rubricShowOptions{}
	cmd := &cobra.Command{
		Use:     "show",
		Short:   a.cat.T("rubric.show.short"),
		Example: a.cat.T("rubric.show.example"),
		Args:    exactArgs(a, 0, ""),
		RunE: func(cmd *cobra.Command, _ []string) error {
			return runRubricShow(a, opts)
		},
	}
	cmd.Flags().StringVar(&opts.Practice, "practice", "", a.cat.T("flag.practice"))
	return cmd
}

// runRubricShow prints the rubric (see rubricview), styled on a terminal.
func runRubricShow(a *app, opts *rubricShowOptions) error {
	r, err := a.rubric()
	if err != nil {
		return err
	}
	styled := a.io.Styled()
	out := a.io.Out
	if styled {
		out = a.io.StyledOut()
	}
	err = rubricview.Write(out, r, rubricview.Options{Cat: a.cat, Practice: opts.Practice, Styled: styled})
	if errors.As(err, new(*rubricview.UnknownPractice)) {
		return usageError{err}
	}
	return err
}

func newRubricValidateCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:     "validate FILE",
		Short:   a.cat.T("rubric.validate.short"),
		Example: a.cat.T("rubric.validate.example"),
		Args:    exactArgs(a, 1, "FILE"),
		RunE: func(cmd *cobra.Command, args []string) error {
			r, err := rubricfile.LoadFile(args[0])
			if err != nil {
				return err
			}
			c := a.cat
			_, err = fmt.Fprintln(a.io.Out, c.T("rubric.validate.ok", msg.Args{
				"File": args[0], "ID": r.ID, "Version": r.Version,
				"Criteria":  c.T("count.criteria", msg.Args{"Count": r.Count()}),
				"Practices": c.T("count.practices", msg.Args{"Count": len(r.Practices)}),
				"Tiers":     c.T("count.tiers", msg.Args{"Count": len(r.Tiers)}),
			}))
			return err
		},
	}
}

type rubricExportOptions struct {
	Output string
	Force  bool
}

func newRubricExportCmd(a *app) *cobra.Command {
	opts := &rubricExportOptions{}
	cmd := &cobra.Command{
		Use:     "export",
		Short:   a.cat.T("rubric.export.short"),
		Example: a.cat.T("rubric.export.example"),
		Args:    exactArgs(a, 0, ""),
		RunE: func(cmd *cobra.Command, _ []string) error {
			data := rubricfile.DefaultYAML()
			if opts.Output == "" {
				_, err := a.io.Out.Write(data)
				return err
			}
			if _, err := os.Stat(opts.Output); err == nil && !opts.Force {
				return msg.E("file.exists", msg.Args{"File": opts.Output})
			}
			if err := atomicfile.Write(opts.Output, data, 0o644); err != nil {
				return err
			}
			fmt.Fprintln(a.io.ErrOut, a.cat.T("rubric.export.done", msg.Args{"File": opts.Output}))
			return nil
		},
	}
	cmd.Flags().StringVarP(&opts.Output, "output", "o", "", a.cat.T("flag.output"))
	cmd.Flags().BoolVar(&opts.Force, "force", false, a.cat.T("flag.force"))
	return cmd
}
