package fakeserver

import (
	"bytes"
	"errors"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"net/url"
)

// formValues reads the parameters of a form body, as Twilio does, and
// says whether the body was a form at all.
func formValues(header http.Header, body []byte) (url.Values, bool) {
	mediaType, params, err := mime.ParseMediaType(header.Get("Content-Type"))
	if err != nil {
		return nil, false
	}
	switch mediaType {
	case "application/x-www-form-urlencoded":
		values, err := url.ParseQuery(string(body))
		return values, err == nil
	case "multipart/form-data":
		values, err := multipartValues(body, params["boundary"])
		return values, err == nil
	}
	return nil, false
}

// multipartValues collects every named part as a value, as twilio-node
// before 3.43 sent its parameters.
func multipartValues(body []byte, boundary string) (url.Values, error) {
	if boundary == "" {
		return nil, errors.New("no boundary")
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
