package faketwilio

import (
	"bytes"
	"errors"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"net/url"
)

// maxBodyBytes bounds a request body, a size this fake chooses: Twilio's
// largest parameters (a 1,600 character Body, a 4,000 character Twiml,
// ten MediaUrl) stay below it even percent-encoded. A larger body is
// answered 413 (Twilio's 20413) without being read when Content-Length
// says so, and is not journaled.
const maxBodyBytes = 64 << 10

// parseForm reads a request's parameters as Twilio does: from an
// application/x-www-form-urlencoded or multipart/form-data body, keys kept
// exactly as sent. A body of any other type, or without a Content-Type,
// carries no parameters, so a hook that posts JSON learns which required
// parameter is "missing", as it would from Twilio.
func parseForm(header http.Header, body []byte) (url.Values, *apiError) {
	mediaType, params, err := mime.ParseMediaType(header.Get("Content-Type"))
	if err != nil {
		return url.Values{}, nil
	}
	switch mediaType {
	case "application/x-www-form-urlencoded":
		values, err := url.ParseQuery(string(body))
		if err != nil {
			return nil, statusErrorf(http.StatusBadRequest,
				"The request body is not valid application/x-www-form-urlencoded: %v", err)
		}
		return values, nil
	case "multipart/form-data":
		values, err := parseMultipart(body, params["boundary"])
		if err != nil {
			return nil, statusErrorf(http.StatusBadRequest,
				"The request body is not valid multipart/form-data: %v", err)
		}
		return values, nil
	}
	return url.Values{}, nil
}

// parseMultipart collects every named part's content as a value, the way
// the form-data package twilio-node once used sent them. Parts without a
// form name carry no parameter and are skipped.
func parseMultipart(body []byte, boundary string) (url.Values, error) {
	if boundary == "" {
		return nil, errors.New("no boundary in the Content-Type")
	}
	values := url.Values{}
	reader := multipart.NewReader(bytes.NewReader(body), boundary)
	for {
		part, err := reader.NextPart()
		if errors.Is(err, io.EOF) {
			return values, nil
		}
		if err != nil {
			return nil, err
		}
		data, err := io.ReadAll(part)
		if err != nil {
			return nil, err
		}
		if name := part.FormName(); name != "" {
			values.Add(name, string(data))
		}
	}
}
