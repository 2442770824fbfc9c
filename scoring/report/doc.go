// Package report is the home of wwc's documents; it holds no code. Each document is a package
// with its view (the data put into words once), a small file per format, its versioned JSON
// type and its registry, Formats:
//
//	result/  one scored result: text, md, html, json (wwc-result/1), csv, xlsx; ReadResult
//	diff/    two results of a city compared: text, md, html, json (wwc-diff/1), csv
//	trend/   a city over the years: text, md, html, json (wwc-trend/1), csv
//	cohort/  the summary of a batch: text, md, json (wwc-batch/1), csv, xlsx
//	benchmark/ a city among its peers: text, md, html, json (wwc-benchmark/1), csv
//	render/  what every document shares: the registry type (render.Format, render.Registry and
//	         the render.Formats interface a command chooses a format through), Markdown and CSV
//	         escaping, SafeCell, the CSV dialect of a language, the JSON encoder, the HTML page
//	         and its CSS, the XLSX book and sheet, text fitted to a terminal, localized names
//
// Where a change goes:
//
//   - A new format for the documents: add its name, extensions and whether it is binary to the
//     list in render/registry.go (specs), then, in each document that offers it, a file with
//     its writer and one line in that document's formats.go.
//   - A new document in every format: a new package beside these, with a view.go, a writer per
//     format built on render (render.WriteCSV, render.WriteJSON, render.NewHTMLPage,
//     render.MarkdownDoc, render.NewBook, render.Table), and a formats.go that lists them in
//     its Formats registry.
//
// Golden files for every document are in testdata/golden at the root of the module; run
// go test ./scoring/report/... -update after a deliberate change to the output, and read the
// diff.
package report
