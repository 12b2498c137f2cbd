package scenarios

import (
	"bytes"
	"encoding/json"
	"fmt"
	"strings"

	"github.com/hookemu/hookemu/harness"
)

// shownBody is how much of a body the text output shows: enough for any
// provider's answer, not a wall of text for a large one.
const shownBody = 2000

// writeExchanges lists each request the hook made with the body it sent
// and what the provider answered: the provider's own reason (8x8's 400
// with code 1002, Twilio's 21211) is what most often explains a failure.
func writeExchanges(b *strings.Builder, requests []harness.Exchange) {
	if len(requests) == 0 {
		return
	}
	b.WriteString("requests:\n")
	for i, ex := range requests {
		fmt.Fprintf(b, "  %d. %s", i+1, summary(ex))
		if ex.AfterCallback {
			b.WriteString(" (after the callback)")
		}
		b.WriteByte('\n')
		if ex.Body != "" {
			fmt.Fprintf(b, "     sent: %s\n", showBody(ex.Body))
		}
		if ex.ResponseBody != "" {
			fmt.Fprintf(b, "     got:  %s\n", showBody(ex.ResponseBody))
		}
	}
}

// showBody is a body on one line: JSON compacted, other text with its
// line breaks escaped, and cut at shownBody.
func showBody(body string) string {
	var compact bytes.Buffer
	if json.Compact(&compact, []byte(body)) == nil {
		body = compact.String()
	} else {
		body = strings.NewReplacer("\r", `\r`, "\n", `\n`).Replace(body)
	}
	if len(body) > shownBody {
		return fmt.Sprintf("%s... (%d more bytes)", body[:shownBody], len(body)-shownBody)
	}
	return body
}
