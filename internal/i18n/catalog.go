// Package i18n is the message catalog: every string a user reads goes through it, in English,
// Spanish and Portuguese.
//
// Messages are identified by a dotted ID and rendered from Go templates stored in
// catalog/<lang>.yaml. Arguments are passed as an Args map; a value that can localize itself
// (an *Error, an M, a List) is rendered in the catalog's language first, so errors built deep in
// a package read in the user's language when the command prints them. Every other argument
// is shown cleaned (see msg.Clean): what a file holds reaches the terminal on one line, escaped,
// and cut short, whichever message quotes it.
package i18n

import (
	"embed"
	"fmt"
	"sort"
	"strings"
	"sync"

	"github.com/citydatakit/wwc/internal/msg"
	goi18n "github.com/nicksnyder/go-i18n/v2/i18n"
	"go.yaml.in/yaml/v3"
	"golang.org/x/text/language"
)

// Languages lists the supported language codes, English first.
var Languages = []string{"en", "es", "pt"}

//go:embed catalog/*.yaml
var catalogFS embed.FS

func init() { msg.SetDefault(func() msg.Localizer { return English() }) }

// Catalog renders messages in one language, falling back to English.
type Catalog struct {
	lang string
	loc  *goi18n.Localizer
	// point says numbers take a decimal point and comma groups whatever the language, for a
	// region that writes them so (es-MX); see ForTag.
	point bool
}

var (
	cacheMu sync.Mutex
	cache   = map[string]*Catalog{}
)

// Supported reports whether lang is one of Languages.
func Supported(lang string) bool {
	for _, l := range Languages {
		if l == lang {
			return true
		}
	}
	return false
}

// Normalize maps a language setting such as "es_CL.UTF-8", "pt-BR" or "ES" to a supported
// code, or "" when it names none of them.
func Normalize(s string) string {
	s = strings.ToLower(strings.TrimSpace(s))
	if i := strings.IndexAny(s, "_-.@"); i >= 0 {
		s = s[:i]
	}
	if Supported(s) {
		return s
	}
	return ""
}

// For returns the catalog for lang (a code of Languages; anything else gives English).
// Catalogs are parsed once and shared.
func For(lang string) *Catalog {
	if !Supported(lang) {
		lang = "en"
	}
	cacheMu.Lock()
	defer cacheMu.Unlock()
	if c, ok := cache[lang]; ok {
		return c
	}
	bundle := goi18n.NewBundle(language.English)
	bundle.RegisterUnmarshalFunc("yaml", yaml.Unmarshal)
	langs := []string{"en"}
	if lang != "en" {
		langs = append(langs, lang)
	}
	for _, l := range langs {
		data, err := catalogFS.ReadFile("catalog/" + l + ".yaml")
		if err != nil {
			panic(fmt.Sprintf("i18n: catalog %s missing from the binary: %v", l, err))
		}
		if _, err := bundle.ParseMessageFileBytes(data, l+".yaml"); err != nil {
			panic(fmt.Sprintf("i18n: catalog %s does not parse: %v", l, err))
		}
	}
	c := &Catalog{lang: lang, loc: goi18n.NewLocalizer(bundle, lang)}
	cache[lang] = c
	return c
}

// English is the catalog used where no language was chosen, such as Error.Error.
func English() *Catalog { return For("en") }

// Lang returns the catalog's language code.
func (c *Catalog) Lang() string { return c.lang }

// T renders message id with args. Arguments that are not Localizable are shown cleaned: on
// one line, valid UTF-8, control characters escaped and quoted content cut at msg.MaxQuoted
// characters (file paths and lists of our own whole). Templates keep their own line breaks.
// A missing message renders as its ID in brackets, which the
// catalog tests make sure never ships.
func (c *Catalog) T(id string, args ...msg.Args) string {
	var data map[string]any
	if len(args) > 0 && args[0] != nil {
		data = make(map[string]any, len(args[0]))
		for k, v := range args[0] {
			if l, ok := v.(msg.Localizable); ok {
				v = l.Localize(c)
			} else {
				// Everything else may be content from a file: shown on one line, cleaned
				// and cut short (see msg.CleanArg).
				v = msg.CleanArg(k, v)
			}
			data[k] = v
		}
	}
	cfg := &goi18n.LocalizeConfig{MessageID: id, TemplateData: data}
	if n, ok := data["Count"]; ok {
		cfg.PluralCount = n
	}
	s, err := c.loc.Localize(cfg)
	if err != nil && cfg.PluralCount != nil {
		// A "Count" argument given to a message with no plural forms: render it plainly.
		cfg.PluralCount = nil
		s, err = c.loc.Localize(cfg)
	}
	if err != nil && s == "" {
		return "[" + id + "]"
	}
	return s
}

// Has reports whether id exists in this catalog's own language file (not through fallback).
func Has(lang, id string) bool {
	ids, err := IDs(lang)
	if err != nil {
		return false
	}
	i := sort.SearchStrings(ids, id)
	return i < len(ids) && ids[i] == id
}

// IDs lists, sorted, the message IDs defined in lang's catalog file.
func IDs(lang string) ([]string, error) {
	raw, err := Raw(lang)
	if err != nil {
		return nil, err
	}
	ids := make([]string, 0, len(raw))
	for id := range raw {
		ids = append(ids, id)
	}
	sort.Strings(ids)
	return ids, nil
}

// Raw returns lang's catalog as written: message ID to either a string or a map of plural forms.
func Raw(lang string) (map[string]any, error) {
	data, err := catalogFS.ReadFile("catalog/" + lang + ".yaml")
	if err != nil {
		return nil, err
	}
	out := map[string]any{}
	if err := yaml.Unmarshal(data, &out); err != nil {
		return nil, err
	}
	return out, nil
}
