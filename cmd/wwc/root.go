package main

import (
	"errors"
	"fmt"
	"regexp"
	"strconv"
	"strings"
	"time"

	"github.com/citydatakit/wwc/questions/rubricfile"

	"github.com/citydatakit/wwc/internal/i18n"

	"github.com/citydatakit/wwc/internal/atomicfile"
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/questions"
	"github.com/spf13/cobra"
)

// app is what every command shares: streams, the catalog of the user's language, settings,
// and the global flags.
type app struct {
	io  *streams
	cat *i18n.Catalog
	// set are the settings from WWC_* variables and the config file; applied says which
	// flags of the running command took their value from one, and from where.
	set     *settings
	applied map[string]settingSource

	rubricFlag string
	langFlag   string
	configFlag string

	rubricCache *questions.Rubric

	// lang is how the language was chosen; fileLang says an answers file's lang was adopted.
	lang     langChoice
	fileLang bool
}

// run builds the command tree, runs it, prints any error in the user's language and returns
// the exit code.
func run(args []string, s *streams) int {
	cfgPath, _ := flagValue(args, "config")
	set, cfgErr := loadSettings(s, cfgPath)
	choice := chooseLang(args, s, set)
	out := &checkedWriter{w: s.Out}
	s.Out = out
	a := &app{io: s, cat: i18n.ForTag(choice.Tag), set: set, lang: choice}
	if cfgErr != nil || len(choice.Bad) > 0 {
		// A settings problem is a usage mistake, told in the language the settings choose
		// as far as they can be read, before any command runs.
		var problems msg.List
		if cfgErr != nil {
			problems = append(problems, cfgErr)
		}
		problems = append(problems, choice.Bad...)
		a.printErr(problems)
		return exitUsage
	}
	root := newRootCmd(a)
	root.SetArgs(args)
	root.SetIn(s.In)
	root.SetOut(s.Out)
	root.SetErr(s.ErrOut)
	cmd, err := root.ExecuteC()
	if out.err != nil && (err == nil || errors.Is(err, out.err)) {
		// Whatever the command, output that could not be written is a failure, told in
		// our words.
		err = atomicfile.WriteError("stdout", out.err)
	}
	if err == nil {
		return exitOK
	}
	// cobra reports unknown commands and bad flags as plain errors; they are usage errors.
	err = translateCobraError(root, err)
	if !errors.As(err, new(silentError)) {
		a.printErr(err)
	}
	if exitCode(err) == exitUsage && cmd != nil {
		if cmd.Name() == "help" && cmd.HasParent() {
			cmd = cmd.Parent() // wwc help scor: the way out is wwc --help, not help's own
		}
		fmt.Fprintln(s.ErrOut, a.cat.T("usage.hint", msg.Args{"Command": cmd.CommandPath()}))
	}
	return exitCode(err)
}

var (
	reUnknownCommand = regexp.MustCompile(`^unknown command "(.*?)" for "(.*?)"`)
	reUnknownFlag    = regexp.MustCompile(`^unknown (?:shorthand )?flag: (.*)$`)
	reNeedsArg       = regexp.MustCompile(`^flag needs an argument: (.*)$`)
	reInvalidArg     = regexp.MustCompile(`^invalid argument "(.*?)" for "(.*?)" flag`)
)

// translateCobraError turns the errors cobra and pflag make for a wrong command line, which
// are English and unwrapped, into usage errors in the user's language.
func translateCobraError(root *cobra.Command, err error) error {
	var own *msg.Error
	var list msg.List
	if errors.As(err, &own) || errors.As(err, &list) {
		return err // ours already, in the catalog
	}
	var u usageError
	s := err.Error()
	switch {
	case reUnknownCommand.MatchString(s):
		m := reUnknownCommand.FindStringSubmatch(s)
		parent := root
		if c, _, ferr := root.Find(strings.Fields(m[2])[1:]); ferr == nil && c != nil {
			parent = c
		}
		return unknownCommand(parent, m[1])
	case reUnknownFlag.MatchString(s):
		return usage("usage.unknown_flag", msg.Args{"Flag": reUnknownFlag.FindStringSubmatch(s)[1]})
	case reNeedsArg.MatchString(s):
		return usage("usage.flag_needs_arg", msg.Args{"Flag": reNeedsArg.FindStringSubmatch(s)[1]})
	case reInvalidArg.MatchString(s):
		m := reInvalidArg.FindStringSubmatch(s)
		return usage("usage.invalid_flag_value", msg.Args{"Value": m[1], "Flag": m[2]})
	case errors.As(err, &u):
		return err
	case strings.HasPrefix(s, "bad flag syntax"), strings.HasPrefix(s, "invalid argument"):
		return usageError{err}
	}
	return err
}

// printErr writes an error to stderr, every line prefixed with the program's name.
func (a *app) printErr(err error) {
	for _, line := range strings.Split(msg.Text(a.cat, err), "\n") {
		fmt.Fprintln(a.io.ErrOut, "wwc: "+line)
	}
}

// warn writes a warning to stderr.
func (a *app) warn(text string) {
	fmt.Fprintln(a.io.ErrOut, a.cat.T("warn.prefix", msg.Args{"Text": text}))
}

// today is the date reports carry: SOURCE_DATE_EPOCH when set (reproducible output, tests),
// else now.
func (a *app) today() time.Time {
	if s := a.io.getenv("SOURCE_DATE_EPOCH"); s != "" {
		if sec, err := strconv.ParseInt(s, 10, 64); err == nil {
			return time.Unix(sec, 0).UTC()
		}
	}
	return time.Now()
}

// rubric loads the rubric every command uses: --rubric, WWC_RUBRIC or the config file, else
// the embedded default. A rubric that does not load names the setting that chose it.
func (a *app) rubric() (*questions.Rubric, error) {
	if a.rubricCache != nil {
		return a.rubricCache, nil
	}
	path := a.rubricFlag
	val, src, fromSetting := a.set.value(keyRubric)
	if path == "" && fromSetting {
		path = val
	} else {
		fromSetting = false
	}
	var r *questions.Rubric
	var err error
	if path == "" {
		r, err = rubricfile.Default()
	} else {
		r, err = rubricfile.LoadFile(path)
	}
	if err != nil && fromSetting {
		return nil, msg.List{err, msg.E("settings.set_by", msg.Args{"Key": keyRubric, "Source": src.describe()})}
	}
	if err != nil {
		return nil, err
	}
	a.rubricCache = r
	return r, nil
}

func newRootCmd(a *app) *cobra.Command {
	c := a.cat
	root := &cobra.Command{
		Use:           "wwc",
		Short:         c.T("root.short"),
		Long:          c.T("root.long") + "\n\n" + c.T("root.exit_codes"),
		SilenceErrors: true,
		SilenceUsage:  true,
		Version:       version(),
		PersistentPreRunE: func(cmd *cobra.Command, _ []string) error {
			return a.applySettings(cmd)
		},
	}
	root.DisableSuggestions = true // suggestions are made in translateCobraError, localized
	root.PersistentFlags().StringVar(&a.rubricFlag, "rubric", "", c.T("flag.rubric"))
	root.PersistentFlags().StringVar(&a.langFlag, "lang", "", c.T("flag.lang"))
	root.PersistentFlags().StringVar(&a.configFlag, "config", "", c.T("flag.config"))
	root.SetFlagErrorFunc(func(_ *cobra.Command, err error) error { return usageError{err} })
	root.CompletionOptions.DisableDefaultCmd = true
	// --version prints what wwc version does, in the run's language.
	root.Annotations = map[string]string{langAnnotation: a.lang.Tag}
	root.SetVersionTemplate("{{wwcVersionLine .}}\n")
	root.AddCommand(
		newScoreCmd(a),
		newTemplateCmd(a),
		newAssessCmd(a),
		newBatchCmd(a),
		newDiffCmd(a),
		newTrendCmd(a),
		newExportCmd(a),
		newBenchmarkCmd(a),
		newReviewCmd(a),
		newRubricCmd(a),
		newVersionCmd(a),
		newCompletionCmd(a),
	)
	localizeHelp(root, c, a.io.width())
	registerCompletions(a, root)
	return root
}

// localizeHelp puts cobra's own words (Usage, Flags, [command], the help command, the value
// and default of each flag) through the catalog, and fits help screens to width columns.
func localizeHelp(root *cobra.Command, c *i18n.Catalog, width int) {
	root.SetUsageFunc(func(cmd *cobra.Command) error {
		_, err := fmt.Fprint(cmd.OutOrStderr(), renderUsage(c, cmd, width))
		return err
	})
	root.SetHelpFunc(func(cmd *cobra.Command, _ []string) {
		text := cmd.Long
		if text == "" {
			text = cmd.Short
		}
		if text = strings.TrimRight(text, " \n"); text != "" {
			text = wrapParagraphs(text, width) + "\n\n"
		}
		if cmd.Runnable() || cmd.HasSubCommands() {
			text += renderUsage(c, cmd, width)
		}
		fmt.Fprint(cmd.OutOrStdout(), text)
	})
	help := newHelpCmd(c)
	root.SetHelpCommand(help)
	var walk func(*cobra.Command)
	walk = func(cmd *cobra.Command) {
		cmd.Flags().BoolP("help", "h", false, c.T("flag.help", msg.Args{"Command": cmd.Name()}))
		for _, sub := range cmd.Commands() {
			walk(sub)
		}
	}
	walk(root)
	walk(help)
	root.Flags().BoolP("version", "v", false, c.T("flag.version"))
}

// newHelpCmd is "wwc help [command]" in c's language: a name that is no command is a usage
// error with suggestions, as it is without help.
func newHelpCmd(c *i18n.Catalog) *cobra.Command {
	return &cobra.Command{
		Use:   "help [command]",
		Short: c.T("help.short"),
		ValidArgsFunction: func(cmd *cobra.Command, args []string, _ string) ([]cobra.Completion, cobra.ShellCompDirective) {
			parent, _, err := cmd.Root().Find(args)
			if err != nil || parent == nil {
				return nil, cobra.ShellCompDirectiveNoFileComp
			}
			var names []cobra.Completion
			for _, sub := range parent.Commands() {
				if sub.IsAvailableCommand() {
					names = append(names, cobra.CompletionWithDesc(sub.Name(), sub.Short))
				}
			}
			return names, cobra.ShellCompDirectiveNoFileComp
		},
		RunE: func(cmd *cobra.Command, args []string) error {
			target, err := helpTarget(cmd.Root(), args)
			if err != nil {
				return err
			}
			target.InitDefaultHelpFlag()
			return target.Help()
		},
	}
}

// helpTarget is the command "wwc help args..." is about; a name that is no command is a usage
// error with suggestions, as it is without help.
func helpTarget(root *cobra.Command, args []string) (*cobra.Command, error) {
	cmd := root
	for _, name := range args {
		var next *cobra.Command
		for _, sub := range cmd.Commands() {
			if sub.Name() == name || sub.HasAlias(name) {
				next = sub
				break
			}
		}
		if next == nil {
			return nil, unknownCommand(cmd, name)
		}
		cmd = next
	}
	return cmd, nil
}

// exactArgs is cobra.ExactArgs with a message in the user's language.
func exactArgs(a *app, n int, what string) cobra.PositionalArgs {
	return func(cmd *cobra.Command, args []string) error {
		if len(args) != n && n == 0 {
			return usage("usage.no_args", msg.Args{"Command": cmd.CommandPath(), "Got": len(args)})
		}
		if len(args) != n {
			return usage("usage.args", msg.Args{"Command": cmd.CommandPath(), "Count": n, "What": localArgs(a.cat, what), "Got": len(args)})
		}
		return nil
	}
}

// unknownCommand is the usage error for a mistyped subcommand of parent, with suggestions.
func unknownCommand(parent *cobra.Command, name string) error {
	if parent.SuggestionsMinimumDistance <= 0 {
		parent.SuggestionsMinimumDistance = 2
	}
	if sugg := parent.SuggestionsFor(name); len(sugg) > 0 {
		return usage("usage.unknown_command_suggest", msg.Args{"Name": name, "Command": parent.CommandPath(), "Suggest": strings.Join(sugg, ", ")})
	}
	return usage("usage.unknown_command", msg.Args{"Name": name, "Command": parent.CommandPath()})
}
