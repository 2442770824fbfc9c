package main

import (
	"github.com/citydatakit/wwc/internal/msg"
	"github.com/spf13/cobra"
)

func newCompletionCmd(a *app) *cobra.Command {
	return &cobra.Command{
		Use:       "completion bash|zsh|fish|powershell",
		Short:     a.cat.T("completion.short"),
		Long:      a.cat.T("completion.long"),
		ValidArgs: []string{"bash", "zsh", "fish", "powershell"},
		Args:      exactArgs(a, 1, "bash|zsh|fish|powershell"),
		RunE: func(cmd *cobra.Command, args []string) error {
			root, out := cmd.Root(), a.io.Out
			switch args[0] {
			case "bash":
				return root.GenBashCompletionV2(out, true)
			case "zsh":
				return root.GenZshCompletion(out)
			case "fish":
				return root.GenFishCompletion(out, true)
			case "powershell":
				return root.GenPowerShellCompletionWithDesc(out)
			}
			return usage("completion.unknown_shell", msg.Args{"Shell": args[0]})
		},
	}
}
