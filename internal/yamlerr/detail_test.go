package yamlerr

import (
	"strings"
	"testing"

	"github.com/citydatakit/wwc/internal/i18n"

	"github.com/citydatakit/wwc/internal/msg"
	"go.yaml.in/yaml/v3"
)

// TestYAMLSyntaxInTheUsersWords: the parser's messages for the mistakes people make when they
// edit a file by hand (a tab, a second colon, an unclosed list or quote, a missing key) are
// said in the user's language. The cases go through the parser itself, so that a change in
// the library's wording is caught here.
func TestYAMLSyntaxInTheUsersWords(t *testing.T) {
	cases := map[string]string{
		"a: b: c\n":    "yaml.detail.mapping_values",
		"a:\n\tb: 1\n": "yaml.detail.bad_char",
		"a: [1, 2\n":   "yaml.detail.unclosed_list",
		"a: {b: 1\n":   "yaml.detail.unclosed_map",
		"a: \"x\n":     "yaml.detail.unexpected_end",
		"- a\nb: 1\n":  "yaml.detail.expected_dash",
		"a: 1\n- b\n":  "yaml.detail.expected_key",
	}
	for src, id := range cases {
		var v any
		err := yaml.Unmarshal([]byte(src), &v)
		if err == nil {
			t.Fatalf("%q parsed", src)
		}
		raw := err.Error()
		if m := reLine.FindStringSubmatch(raw); m != nil {
			raw = m[2]
		}
		e, ok := Translate(err, "f.yaml").(*msg.Error)
		if !ok {
			t.Fatalf("%q: not a catalog error", src)
		}
		if d, ok := e.Args["Detail"].(msg.M); !ok || d.ID != id {
			t.Errorf("%q (%s): detail %v, want %s", src, raw, e.Args["Detail"], id)
		}
		for _, lang := range []string{"es", "pt"} {
			if text := e.Localize(i18n.For(lang)); strings.Contains(text, raw) {
				t.Errorf("%s, %q: the parser's English is left: %s", lang, src, text)
			}
		}
	}
	if got := Detail("something rare"); got != "something rare" {
		t.Errorf("a rare message: %v", got)
	}
}
