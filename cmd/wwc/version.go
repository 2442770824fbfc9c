package main

import (
	"fmt"
	"runtime"
	"runtime/debug"

	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/questions"
	"github.com/spf13/cobra"
)

// buildVersion is set at link time: -ldflags "-X main.buildVersion=v1.2.3".
var buildVersion = ""

// version is the link-time version, else the module version go install recorded, else "dev".
func version() string {
	if buildVersion != "" {
		return buildVersion
	}
	if info, ok := debug.ReadBuildInfo(); ok && info.Main.Version != "" && info.Main.Version != "(devel)" {
		return info.Main.Version
	}
	return "dev"
}

func newVersionCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:   "version",
		Short: a.cat.T("version.short"),
		Args:  exactArgs(a, 0, ""),
		RunE: func(cmd *cobra.Command, _ []string) error {
			id, ver := "?", "?"
			if r, err := questions.Default(); err == nil {
				id, ver = r.ID, r.Version
			}
			_, err := fmt.Fprintln(a.io.Out, a.cat.T("version.line", msg.Args{
				"Version": version(), "Rubric": id, "RubricVersion": ver, "Go": runtime.Version(),
			}))
			return err
		},
	}
}
