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

// maxSpokenTokens bounds the reading of TwiML for what it says: a
// rejected request may carry a body far longer than Twilio accepts.
const maxSpokenTokens = 10000

// spoken is what a call's TwiML would say, as a person on the phone hears
// it: the words of every <Say>, "[plays URL]" for every <Play> and
// "[pause]" for every <Pause>, in order. "" when the TwiML cannot be read.
func spoken(twiml string) string {
	decoder := xml.NewDecoder(strings.NewReader(twiml))
	var out []string
	var say *strings.Builder
	for range maxSpokenTokens {
		token, err := decoder.Token()
		if err != nil {
			break
		}
		switch t := token.(type) {
		case xml.StartElement:
			switch t.Name.Local {
			case "Say", "Play":
				if say == nil {
					say = &strings.Builder{}
				}
			case "Pause":
				out = append(out, "[pause]")
			}
		case xml.CharData:
			if say != nil {
				say.Write(t)
			}
		case xml.EndElement:
			if say == nil || (t.Name.Local != "Say" && t.Name.Local != "Play") {
				continue
			}
			if words := strings.Join(strings.Fields(say.String()), " "); t.Name.Local == "Play" {
				out = append(out, "[plays "+words+"]")
			} else if words != "" {
				out = append(out, words)
			}
			say = nil
		}
	}
	return strings.Join(out, " ")
}
