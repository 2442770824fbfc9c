// Package render holds what every report document needs, whatever it says: the format
// registry (Format, Registry, Formats), Markdown and CSV escaping, the formula guard
// (SafeCell), the CSV dialect of a language, the JSON encoder, the HTML page with its CSS, the
// XLSX book and sheet writer, text fitted to a terminal, and the localized names of tiers,
// practices, criteria and answers. The documents (scoring/report/result, diff, trend,
// cohort) each put their data into words once, in a view, and lay it out with these.
package render
