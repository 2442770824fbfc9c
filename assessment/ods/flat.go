package ods

import "bytes"

// IsFlat reports whether the first bytes of a file are those of a flat OpenDocument
// spreadsheet (.fods): an XML document whose office:document root declares the spreadsheet
// mimetype.
func IsFlat(head []byte) bool {
	head = bytes.TrimPrefix(head, []byte("\xEF\xBB\xBF"))
	return bytes.HasPrefix(bytes.TrimSpace(head), []byte("<?xml")) &&
		bytes.Contains(head, []byte(":document")) &&
		bytes.Contains(head, []byte(`mimetype="application/vnd.oasis.opendocument.spreadsheet"`))
}
