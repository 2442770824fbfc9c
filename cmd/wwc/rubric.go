package main

import (
	"fmt"
	"os"
	"strings"

	"github.com/citydatakit/wwc/questions/rubricfile"

	"charm.land/lipgloss/v2"
	"github.com/citydatakit/wwc/internal/atomicfile"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/questions"
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
			r, err := a.rubric(cmd)
			if err != nil {
				return err
			}
			return runRubricShow(a, r, opts)
		},
	}
	cmd.Flags().StringVar(&opts.Practice, "practice", "", a.cat.T("flag.practice"))
	return cmd
}

func runRubricShow(a *app, r *questions.Rubric, opts *rubricShowOptions) error {
	c, lang := a.cat, a.cat.Lang()
	practices := r.Practices
	if opts.Practice != "" {
		p := r.Practice(strings.ToUpper(strings.TrimSpace(opts.Practice)))
		if p == nil {
			return usage("usage.bad_practice", msg.Args{"Practice": opts.Practice, "Practices": strings.Join(r.PracticeIDs(), ", ")})
		}
		practices = []questions.Practice{*p}
	}
	styled := a.io.Styled()
	bold, faint := lipgloss.NewStyle(), lipgloss.NewStyle()
	if styled {
		bold, faint = bold.Bold(true), faint.Faint(true)
	}
	var b strings.Builder
	fmt.Fprintln(&b, bold.Render(r.Name.Get(lang)))
	fmt.Fprintln(&b, faint.Render(c.T("rubric.show.summary", msg.Args{"ID": r.ID, "Version": r.Version,
		"Criteria": c.T("count.criteria", msg.Args{"Count": r.Count()}), "Practices": c.T("count.practices", msg.Args{"Count": len(r.Practices)})})))
	var tiers []string
	for _, t := range r.Tiers {
		tiers = append(tiers, c.T("rubric.show.tier", msg.Args{"Tier": t.Name.Get(lang), "Percent": t.MinPercent.String(), "Count": t.MinOutcomes}))
	}
	fmt.Fprintln(&b, faint.Render(c.T("rubric.show.tiers")+" "+strings.Join(tiers, " · ")))
	const width = 78
	for _, p := range practices {
		fmt.Fprintln(&b)
		fmt.Fprintln(&b, bold.Render(fmt.Sprintf("%s · %s (%d)", p.ID, p.Name.Get(lang), len(p.Questions))))
		for _, q := range p.Questions {
			title := q.Title.Get(lang)
			if q.Points() != 1 {
				title += " " + c.T("rubric.show.points", msg.Args{"Count": q.Points()})
			}
			fmt.Fprintf(&b, "\n  %s  %s\n", bold.Render(fmt.Sprintf("%-5s", q.ID)), bold.Render(title))
			writeWrapped(&b, q.Question.Get(lang), "         ", width, lipgloss.NewStyle())
			if g := q.Guidance.Get(lang); g != "" {
				writeWrapped(&b, c.T("rubric.show.guidance", msg.Args{"Text": g}), "         ", width, faint)
			}
			if len(q.Prerequisites) > 0 {
				writeWrapped(&b, c.T("rubric.show.prerequisites", msg.Args{"IDs": strings.Join(q.Prerequisites, ", ")}), "         ", width, faint)
			}
			if cl := q.Checklist; cl != nil {
				writeWrapped(&b, c.T("rubric.show.checklist", msg.Args{"Min": cl.MinRequired, "Items": len(cl.Items)}), "         ", width, faint)
				for _, it := range cl.Items {
					writeWrapped(&b, "- "+it.ID+": "+it.Text.Get(lang), "           ", width, faint)
				}
			}
		}
	}
	out := a.io.Out
	if styled {
		out = a.io.StyledOut()
	}
	_, err := fmt.Fprint(out, b.String())
	return err
}

// writeWrapped writes text word-wrapped to width, each line indented and styled.
func writeWrapped(b *strings.Builder, text, indent string, width int, st lipgloss.Style) {
	line := ""
	flush := func() {
		if line != "" {
			fmt.Fprintln(b, indent+st.Render(line))
			line = ""
		}
	}
	for _, word := range strings.Fields(text) {
		if line != "" && lipgloss.Width(indent+line+" "+word) > width {
			flush()
		}
		if line == "" {
			line = word
		} else {
			line += " " + word
		}
	}
	flush()
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
