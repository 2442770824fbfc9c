package yamlerr

import (
	"strings"

	"github.com/citydatakit/wwc/internal/msg"
)

// yamlDetails are the YAML parser's messages that people meet when they edit a file by hand,
// each with the catalog message that says, in the user's language, what to fix. A message not
// listed is shown as the parser gives it.
var yamlDetails = []struct{ prefix, id string }{
	{"mapping values are not allowed in this context", "yaml.detail.mapping_values"},
	{"found character that cannot start any token", "yaml.detail.bad_char"},
	{"did not find expected ',' or ']'", "yaml.detail.unclosed_list"},
	{"did not find expected ',' or '}'", "yaml.detail.unclosed_map"},
	{"found unexpected end of stream", "yaml.detail.unexpected_end"},
	{"did not find expected key", "yaml.detail.expected_key"},
	{"could not find expected ':'", "yaml.detail.expected_colon"},
	{"did not find expected node content", "yaml.detail.expected_value"},
	{"did not find expected '-' indicator", "yaml.detail.expected_dash"},
	{"unknown anchor", "yaml.detail.alias"},
	{"found undefined alias", "yaml.detail.alias"},
}

// Detail is what to show of the parser's message: the catalog's words when it is a common
// one, else the parser's own text.
func Detail(detail string) any {
	detail = strings.TrimSpace(detail)
	for _, d := range yamlDetails {
		if strings.HasPrefix(detail, d.prefix) {
			return msg.M{ID: d.id}
		}
	}
	return detail
}
