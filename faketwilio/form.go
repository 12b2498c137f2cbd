package faketwilio

import (
	"net/http"
	"net/url"

	"github.com/hookemu/hookemu/fakekit"
)

// maxBodyBytes bounds a request body, a size this fake chooses: Twilio's
// largest parameters (a 1,600 character Body, a 4,000 character Twiml,
// ten MediaUrl) stay below it even percent-encoded. A larger body is
// answered 413 (Twilio's 20413) without being read when Content-Length
// says so, and is not journaled.
const maxBodyBytes = 64 << 10

// parseForm reads a request's parameters as Twilio does
// (fakekit.FormValues): from an application/x-www-form-urlencoded or
// multipart/form-data body, keys kept exactly as sent. A body of any
// other type, or without a Content-Type, carries no parameters, so a hook
// that posts JSON learns which required parameter is "missing", as it
// would from Twilio.
func parseForm(header http.Header, body []byte) (url.Values, *apiError) {
	values, isForm, err := fakekit.FormValues(header, body)
	switch {
	case err != nil:
		return nil, statusErrorf(http.StatusBadRequest, "The request body is %v", err)
	case !isForm:
		return url.Values{}, nil
	}
	return values, nil
}
