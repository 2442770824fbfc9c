package main

import (
	"sort"
	"strings"

	"github.com/citydatakit/wwc/internal/msg"
	"go.yaml.in/yaml/v3"
)

// checkConfig reads the config file's keys with their lines: every key must be a setting
// (case aside, as viper reads them) and every value one value, not a list or a group of keys.
// All problems are reported at once, each naming the file, the line and what is accepted.
func checkConfig(path string, data []byte) (map[string]int, error) {
	var doc yaml.Node
	if err := yaml.Unmarshal(data, &doc); err != nil || len(doc.Content) == 0 {
		return nil, nil // read already by viper: an empty file, nothing to check
	}
	top := doc.Content[0]
	if top.Kind != yaml.MappingNode {
		return nil, nil
	}
	lines := map[string]int{}
	var problems msg.List
	keys := strings.Join(settingKeys, ", ")
	for i := 0; i+1 < len(top.Content); i += 2 {
		k, v := top.Content[i], top.Content[i+1]
		key := strings.ToLower(k.Value)
		args := msg.Args{"File": path, "Line": k.Line, "Key": k.Value, "Keys": keys}
		switch {
		case !isSettingKey(key):
			if s := closestKey(key); s != "" {
				args["Suggest"] = s
				problems = append(problems, msg.E("config.unknown_key_suggest", args))
			} else {
				problems = append(problems, msg.E("config.unknown_key", args))
			}
		case v.Kind != yaml.ScalarNode:
			problems = append(problems, msg.E("config.not_a_value", args))
		default:
			lines[key] = k.Line
		}
	}
	if len(problems) > 0 {
		return nil, problems
	}
	return lines, nil
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
