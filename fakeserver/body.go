package fakeserver

import (
	"net/http"
	"net/url"

	"github.com/hookemu/hookemu/fakekit"
)

// formValues reads the parameters of a form body, as Twilio does, and
// says whether the body was a form that parses.
func formValues(header http.Header, body []byte) (url.Values, bool) {
	values, isForm, err := fakekit.FormValues(header, body)
	return values, isForm && err == nil
}
