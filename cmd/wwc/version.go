package main

import (
	"fmt"
	"runtime"
	"runtime/debug"
	"strings"

	"github.com/citydatakit/wwc/questions/rubricfile"

	"github.com/citydatakit/wwc/internal/i18n"

	"github.com/citydatakit/wwc/internal/msg"
	"github.com/spf13/cobra"
)

// buildVersion is set at link time: -ldflags "-X main.buildVersion=v1.2.3".
var buildVersion = ""

// langAnnotation carries the language setting of a run on the root command, for the
// version line --version prints through cobra's template.
const langAnnotation = "wwc_lang"

func init() {
	// Registered once, before any command runs: the function reads the run's language from
	// the command it is given, so concurrent runs (tests) do not share it.
	cobra.AddTemplateFunc("wwcVersionLine", func(cmd *cobra.Command) string {
		return versionLine(i18n.ForTag(cmd.Root().Annotations[langAnnotation]))
	})
}

// version is the link-time version, else what the Go toolchain recorded (see versionFrom).
func version() string {
	info, ok := debug.ReadBuildInfo()
	return versionFrom(buildVersion, info, ok)
}

// versionFrom is the version a binary reports: the link-time version when set; else the
// module version go install recorded (v1.2.3, or a pseudo-version that holds the commit),
// with the commit when the build recorded one the version does not already show; else
// dev, with the commit when known; "-dirty" says the checkout had changes.
func versionFrom(linked string, info *debug.BuildInfo, ok bool) string {
	if linked != "" {
		return linked
	}
	if !ok || info == nil {
		return "dev"
	}
	var rev string
	var dirty bool
	for _, s := range info.Settings {
		switch s.Key {
		case "vcs.revision":
			rev = s.Value
		case "vcs.modified":
			dirty = s.Value == "true"
		}
	}
	if len(rev) > 12 {
		rev = rev[:12]
	}
	suffix := ""
	if dirty {
		suffix = "-dirty"
	}
	v := info.Main.Version
	if v != "" && v != "(devel)" {
		switch {
		case rev != "" && !strings.Contains(v, rev):
			return v + " (" + rev + suffix + ")"
		case dirty && !strings.Contains(v, "dirty"):
			return v + "+dirty"
		}
		return v
	}
	if rev != "" {
		return "dev-" + rev + suffix
	}
	return "dev"
}

// versionLine is what wwc version and wwc --version print: the program's version, the
// embedded rubric's and Go's.
func versionLine(c *i18n.Catalog) string {
	id, ver := "?", "?"
	if r, err := rubricfile.Default(); err == nil {
		id, ver = r.ID, r.Version
	}
	return c.T("version.line", msg.Args{"Version": version(), "Rubric": id, "RubricVersion": ver, "Go": runtime.Version()})
}

func newVersionCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: a.cat.T("version.short"),
		Args:  exactArgs(a, 0, ""),
		RunE: func(cmd *cobra.Command, _ []string) error {
			_, err := fmt.Fprintln(a.io.Out, versionLine(a.cat))
			return err
		},
	}
}
