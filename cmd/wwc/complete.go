package main

import (
	"strings"

	"github.com/citydatakit/wwc/internal/i18n"

	"github.com/citydatakit/wwc/assessment/load"
	"github.com/citydatakit/wwc/scoring/report/cohort"
	"github.com/citydatakit/wwc/scoring/report/diff"
	"github.com/citydatakit/wwc/scoring/report/result"
	"github.com/citydatakit/wwc/scoring/report/trend"
	"github.com/spf13/cobra"
)

// completionFunc is what cobra calls to complete an argument or a flag's value.
type completionFunc = func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective)

// formatsByCommand are the output formats each command's --format takes.
var formatsByCommand = map[string]func() []string{
	"score": result.Formats.Names,
	"batch": cohort.Formats.Names,
	"diff":  diff.Formats.Names,
	"trend": trend.Formats.Names,
}

// registerCompletions teaches the shell what each argument and flag takes: fixed values
// (languages, formats), the rubric's tiers and practices in the user's words, and files
// limited to the extensions the command reads.
func registerCompletions(a *app, root *cobra.Command) {
	inputs := extsOf(load.Extensions()...)
	args := map[string]completionFunc{
		"score":    argFiles(inputs, 1),
		"assess":   argFiles(inputs, 1),
		"batch":    argFiles(inputs, 0),
		"diff":     argFiles(inputs, 2),
		"trend":    argFiles(inputs, 0),
		"validate": argFiles([]string{"yaml", "yml"}, 1),
	}
	flags := map[string]completionFunc{
		"lang":          values(i18n.Languages...),
		"report-format": values(result.Formats.Names()...),
		"min-tier":      a.tierCompletions,
		"practice":      a.practiceCompletions,
		"config":        files([]string{"yaml", "yml"}),
		"rubric":        files([]string{"yaml", "yml"}),
		"outcomes":      files([]string{"csv", "tsv"}),
		"from":          files([]string{"yaml", "yml", "json"}),
		"reports-dir":   dirs,
		"reviews":       dirs,
		"workers":       none,
		"year":          none,
		"city":          none,
		"country":       none,
		"what-if":       a.criterionCompletions,
	}
	var walk func(cmd *cobra.Command)
	walk = func(cmd *cobra.Command) {
		if f, ok := args[cmd.Name()]; ok && cmd.ValidArgsFunction == nil {
			cmd.ValidArgsFunction = f
		} else if cmd.ValidArgsFunction == nil && len(cmd.ValidArgs) == 0 && !cmd.HasAvailableSubCommands() {
			cmd.ValidArgsFunction = none
		}
		for name, f := range flags {
			if cmd.LocalNonPersistentFlags().Lookup(name) != nil || cmd.PersistentFlags().Lookup(name) != nil {
				_ = cmd.RegisterFlagCompletionFunc(name, f)
			}
		}
		if formats, ok := formatsByCommand[cmd.Name()]; ok && cmd.Flags().Lookup("format") != nil {
			_ = cmd.RegisterFlagCompletionFunc("format", values(formats()...))
		}
		for _, sub := range cmd.Commands() {
			walk(sub)
		}
	}
	walk(root)
}

// extsOf turns ".xlsx" into "xlsx", as shells filter by.
func extsOf(exts ...string) []string {
	out := make([]string, len(exts))
	for i, e := range exts {
		out[i] = strings.TrimPrefix(e, ".")
	}
	return out
}

// files completes file names with one of exts (folders stay offered, to walk into).
func files(exts []string) completionFunc {
	return func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
		return exts, cobra.ShellCompDirectiveFilterFileExt
	}
}

// argFiles completes a command's file arguments with one of exts, up to max of them (0: any
// number); past that, nothing.
func argFiles(exts []string, max int) completionFunc {
	return func(_ *cobra.Command, args []string, _ string) ([]cobra.Completion, cobra.ShellCompDirective) {
		if max > 0 && len(args) >= max {
			return nil, cobra.ShellCompDirectiveNoFileComp
		}
		return exts, cobra.ShellCompDirectiveFilterFileExt
	}
}

// values completes one of a fixed list.
func values(vs ...string) completionFunc {
	return func(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
		return vs, cobra.ShellCompDirectiveNoFileComp
	}
}

// dirs completes folder names only.
func dirs(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
	return nil, cobra.ShellCompDirectiveFilterDirs
}

// none offers nothing: the value is the user's own (a city, a year), not a file.
func none(*cobra.Command, []string, string) ([]cobra.Completion, cobra.ShellCompDirective) {
	return nil, cobra.ShellCompDirectiveNoFileComp
}

// tierCompletions offers the rubric's tiers by their names in the user's language.
func (a *app) tierCompletions(cmd *cobra.Command, _ []string, _ string) ([]cobra.Completion, cobra.ShellCompDirective) {
	r, err := a.rubric()
	if err != nil {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	var out []cobra.Completion
	for _, t := range r.Tiers {
		out = append(out, cobra.CompletionWithDesc(strings.ToLower(t.Name.Get(a.cat.Lang())), "≥ "+t.MinPercent.String()+"\u00a0%"))
	}
	return out, cobra.ShellCompDirectiveNoFileComp
}

// practiceCompletions offers the rubric's practice IDs, each with its name.
func (a *app) practiceCompletions(cmd *cobra.Command, _ []string, _ string) ([]cobra.Completion, cobra.ShellCompDirective) {
	r, err := a.rubric()
	if err != nil {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	var out []cobra.Completion
	for _, p := range r.Practices {
		out = append(out, cobra.CompletionWithDesc(p.ID, p.Name.Get(a.cat.Lang())))
	}
	return out, cobra.ShellCompDirectiveNoFileComp
}

// criterionCompletions offers the rubric's criterion IDs, each with its title, for
// --what-if's comma-separated list: what is typed before the last comma is kept.
func (a *app) criterionCompletions(cmd *cobra.Command, _ []string, toComplete string) ([]cobra.Completion, cobra.ShellCompDirective) {
	r, err := a.rubric()
	if err != nil {
		return nil, cobra.ShellCompDirectiveNoFileComp
	}
	prefix := ""
	if i := strings.LastIndex(toComplete, ","); i >= 0 {
		prefix = toComplete[:i+1]
	}
	var out []cobra.Completion
	for _, q := range r.Questions() {
		out = append(out, cobra.CompletionWithDesc(prefix+q.ID, q.Title.Get(a.cat.Lang())))
	}
	return out, cobra.ShellCompDirectiveNoFileComp | cobra.ShellCompDirectiveNoSpace
}
