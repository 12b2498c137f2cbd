package faketwilio

import (
	"bytes"
	"encoding/xml"
	"errors"
	"fmt"
	"io"
	"strings"
	"unicode/utf8"
)

// maxTwimlChars is Twilio's limit on the Twiml parameter of a call.
const maxTwimlChars = 4000

// checkTwiml rejects TwiML that Twilio could not run: too long, not
// well-formed XML, or without the <Response> root every TwiML document has.
// Twilio reports unparseable TwiML as 12100 "Document parse failure"; it
// documents no code for the length, so 21230 is this fake's choice.
func checkTwiml(twiml string) *apiError {
	if n := utf8.RuneCountInString(twiml); n > maxTwimlChars {
		return badRequest(codeTwimlTooLong,
			"Twiml is %d characters long; it may be at most %d.", n, maxTwimlChars)
	}
	if err := parseTwiml(twiml); err != nil {
		return badRequest(codeTwimlParse,
			"Document parse failure: Twiml must be well-formed XML with a <Response> root: %v", err)
	}
	return nil
}

// parseTwiml reads the whole document, so an unclosed or mismatched tag
// anywhere is found, and checks that exactly one root exists and that it is
// <Response>.
func parseTwiml(twiml string) error {
	decoder := xml.NewDecoder(strings.NewReader(twiml))
	depth, roots := 0, 0
	for {
		token, err := decoder.Token()
		if errors.Is(err, io.EOF) {
			break
		}
		if err != nil {
			return err
		}
		switch t := token.(type) {
		case xml.StartElement:
			if depth == 0 {
				if roots++; roots > 1 {
					return fmt.Errorf("a second root element <%s> follows </Response>", t.Name.Local)
				}
				if t.Name.Local != "Response" {
					return fmt.Errorf("the root element is <%s>", t.Name.Local)
				}
			}
			depth++
		case xml.EndElement:
			depth--
		case xml.CharData:
			if depth == 0 && len(bytes.TrimSpace(t)) > 0 {
				return fmt.Errorf("text %q outside the root element", bytes.TrimSpace(t))
			}
		}
	}
	if roots == 0 {
		return errors.New("there is no root element")
	}
	return nil
}
