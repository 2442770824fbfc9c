package main

import (
	"bytes"
	"runtime/debug"
	"strings"
	"testing"
)

// TestVersionFrom goes through the builds a binary can come from: make (link-time version),
// go install module@version (a tag or a pseudo-version), go build in a checkout (a commit,
// changed or not), and none of these; the version names the commit whenever the build knew
// it, and says dev only when nothing is known.
func TestVersionFrom(t *testing.T) {
	const rev = "53806e7a1b2c3d4e5f60718293a4b5c6d7e8f901"
	for _, linked := range []string{"", "v1.4.0-3-g53806e7"} {
		for _, mod := range []string{"", "(devel)", "v1.2.3", "v0.0.0-20261121212859-53806e7a1b2c", "v0.0.0-20261121212859-53806e7a1b2c+dirty", "v1.3.0-rc.1"} {
			for _, r := range []string{"", rev} {
				for _, modified := range []string{"", "false", "true"} {
					info := &debug.BuildInfo{Main: debug.Module{Path: "github.com/citydatakit/wwc", Version: mod}}
					if r != "" {
						info.Settings = append(info.Settings, debug.BuildSetting{Key: "vcs.revision", Value: r})
					}
					if modified != "" {
						info.Settings = append(info.Settings, debug.BuildSetting{Key: "vcs.modified", Value: modified})
					}
					got := versionFrom(linked, info, true)
					name := linked + "|" + mod + "|" + r + "|" + modified
					switch {
					case linked != "":
						if got != linked {
							t.Errorf("%s: %q, want the link-time %q", name, got, linked)
						}
						continue
					case mod != "" && mod != "(devel)":
						if !strings.HasPrefix(got, mod) {
							t.Errorf("%s: %q does not start with the module version", name, got)
						}
					case r == "":
						if got != "dev" {
							t.Errorf("%s: %q, want dev", name, got)
						}
					default:
						if !strings.HasPrefix(got, "dev-") {
							t.Errorf("%s: %q, want dev-<commit>", name, got)
						}
					}
					if r != "" && !strings.Contains(got, rev[:12]) {
						t.Errorf("%s: %q does not name the commit", name, got)
					}
					if strings.Count(got, rev[:12]) > 1 {
						t.Errorf("%s: %q names the commit twice", name, got)
					}
					if r != "" && modified == "true" && !strings.Contains(got, "dirty") {
						t.Errorf("%s: %q does not say the checkout had changes", name, got)
					}
				}
			}
		}
	}
	if got := versionFrom("", nil, false); got != "dev" {
		t.Errorf("no build information: %q, want dev", got)
	}
}

// TestVersionFlagAndCommandAgree checks that wwc --version, wwc -v and wwc version print the
// same line, in every language.
func TestVersionFlagAndCommandAgree(t *testing.T) {
	for _, lang := range []string{"", "en", "es", "pt", "es-MX", "pt_BR.UTF-8"} {
		var lines []string
		for _, args := range [][]string{{"--version"}, {"-v"}, {"version"}} {
			env := []string{}
			if lang != "" {
				env = append(env, "LANG="+lang)
			}
			var out, errOut bytes.Buffer
			if code := run(args, &streams{In: strings.NewReader(""), Out: &out, ErrOut: &errOut, Env: env}); code != 0 {
				t.Fatalf("LANG=%s wwc %s: exit %d: %s", lang, args[0], code, errOut.String())
			}
			lines = append(lines, out.String())
		}
		for _, l := range lines[1:] {
			if l != lines[0] {
				t.Errorf("LANG=%s: --version says %q, another form %q", lang, lines[0], l)
			}
		}
		if !strings.Contains(lines[0], "wwc-2022") {
			t.Errorf("LANG=%s: %q does not name the rubric", lang, lines[0])
		}
	}
}
