package main

import (
	"regexp"
	"sort"
	"strings"

	"github.com/citydatakit/wwc/internal/msg"
	"github.com/citydatakit/wwc/internal/yamlerr"
	"go.yaml.in/yaml/v3"
)

// configValue is one setting of a config file and the line of its key.
type configValue struct {
	val  string
	line int
}

// configFile is what a config file holds: each setting's value and line, and the language it
// sets, which is known even when the rest of the file has problems, so that they are told in
// that language.
type configFile struct {
	values map[string]configValue
	lang   *configValue
}

// parseConfig reads the config file's keys with their lines from its node tree: the file must
// be YAML of "key: value" lines, every key a setting (case aside) given once, and every value
// one value, not a list or a group of keys. All problems are reported at once, each naming the
// file, the line and what is accepted.
func parseConfig(path string, data []byte) (configFile, error) {
	cfg := configFile{values: map[string]configValue{}}
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil {
		cfg.lang = scanLang(data)
		return cfg, yamlerr.Translate(err, path)
	}
	if len(doc.Content) == 0 {
		return cfg, nil // an empty file, or comments only
	}
	top := doc.Content[0]
	keys := strings.Join(settingKeys, ", ")
	if top.Kind != yaml.MappingNode {
		if top.Kind == yaml.ScalarNode && top.Tag == "!!null" {
			return cfg, nil
		}
		return cfg, msg.E("config.not_settings", msg.Args{"File": path, "Line": top.Line, "Keys": keys})
	}
	if problems := cfg.read(path, top); len(problems) > 0 {
		return cfg, problems
	}
	return cfg, nil
}

// read takes the settings of the mapping top, and returns its problems.
func (cfg *configFile) read(path string, top *yaml.Node) msg.List {
	var problems msg.List
	keys := strings.Join(settingKeys, ", ")
	first := map[string]int{}
	for i := 0; i+1 < len(top.Content); i += 2 {
		k, v := top.Content[i], top.Content[i+1]
		key := strings.ToLower(k.Value)
		args := msg.Args{"File": path, "Line": k.Line, "Key": k.Value, "Keys": keys}
		if v.Kind == yaml.AliasNode && v.Alias != nil {
			v = v.Alias
		}
		switch {
		case k.Kind != yaml.ScalarNode || !isSettingKey(key):
			problems = append(problems, unknownKey(args, key))
		case first[key] != 0:
			args["First"] = first[key]
			problems = append(problems, msg.E("config.duplicate_key", args))
		case v.Kind != yaml.ScalarNode:
			first[key] = k.Line
			problems = append(problems, msg.E("config.not_a_value", args))
		default:
			first[key] = k.Line
			if v.Tag == "!!null" {
				continue // "city:" with nothing after it sets nothing
			}
			c := configValue{val: v.Value, line: k.Line}
			cfg.values[key] = c
			if key == keyLang {
				cfg.lang = &c
			}
		}
	}
	return problems
}

// reLangLine is a top-level "lang: es" line, found in a file the YAML parser refused.
var reLangLine = regexp.MustCompile(`(?im)^lang[ \t]*:[ \t]*["']?([a-z]{2,3}(?:[-_.@][a-z0-9.@-]*)?)["']?[ \t]*(?:#.*)?\r?$`)

// scanLang is the language a config file that is not valid YAML sets on a line of its own, so
// that its mistakes can still be told in that language.
func scanLang(data []byte) *configValue {
	loc := reLangLine.FindSubmatchIndex(data)
	if loc == nil {
		return nil
	}
	line := 1 + strings.Count(string(data[:loc[0]]), "\n")
	return &configValue{val: string(data[loc[2]:loc[3]]), line: line}
}

// unknownKey is the error for a key that is no setting, with the closest setting if any.
func unknownKey(args msg.Args, key string) error {
	if s := closestKey(key); s != "" {
		args["Suggest"] = s
		return msg.E("config.unknown_key_suggest", args)
	}
	return msg.E("config.unknown_key", args)
}

func isSettingKey(key string) bool {
	for _, k := range settingKeys {
		if k == key {
			return true
		}
	}
	return false
}

// closestKey is the setting a misspelled key most likely meant: the nearest by edit distance
// (underscores read as dashes), when at most a third of the key's letters differ; else "".
func closestKey(key string) string {
	key = strings.ReplaceAll(key, "_", "-")
	type cand struct {
		key  string
		dist int
	}
	var cs []cand
	for _, k := range settingKeys {
		cs = append(cs, cand{k, editDistance(key, k)})
	}
	sort.SliceStable(cs, func(i, j int) bool { return cs[i].dist < cs[j].dist })
	if limit := max(1, len([]rune(cs[0].key))/3); cs[0].dist <= limit {
		return cs[0].key
	}
	return ""
}

// editDistance is the Levenshtein distance between a and b, a swap of two neighbours
// counting once (Damerau's optimal string alignment): "fromat" is one step from "format".
func editDistance(a, b string) int {
	ra, rb := []rune(a), []rune(b)
	d := make([][]int, len(ra)+1)
	for i := range d {
		d[i] = make([]int, len(rb)+1)
		d[i][0] = i
	}
	for j := range d[0] {
		d[0][j] = j
	}
	for i := 1; i <= len(ra); i++ {
		for j := 1; j <= len(rb); j++ {
			cost := 1
			if ra[i-1] == rb[j-1] {
				cost = 0
			}
			d[i][j] = min(d[i-1][j]+1, d[i][j-1]+1, d[i-1][j-1]+cost)
			if i > 1 && j > 1 && ra[i-1] == rb[j-2] && ra[i-2] == rb[j-1] {
				d[i][j] = min(d[i][j], d[i-2][j-2]+1)
			}
		}
	}
	return d[len(ra)][len(rb)]
}
