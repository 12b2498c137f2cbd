package nexmo_test

import (
	"regexp"
)

var messageIDs = regexp.MustCompile(`"message-id":"[0-9A-F]{16}"`)

var dateHeader = regexp.MustCompile(`,?"(date|content-length)":"[^"]*"`)

// jsonWithoutDate drops the headers the HTTP stack adds.
func jsonWithoutDate(s string) string { return dateHeader.ReplaceAllString(s, "") }
