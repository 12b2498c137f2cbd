package fakekit

import (
	"bytes"
	"errors"
	"fmt"
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"net/url"
)

// FormValues reads the parameters of a form body as APIs that take forms
// (Twilio) read them: an application/x-www-form-urlencoded body, or a
// multipart/form-data one whose named parts are the values, as the
// form-data package twilio-node used before 3.43 sent them (parts
// without a form name carry none). isForm says whether the Content-Type
// declares a form at all; err, worded "not valid TYPE: why", is a form
// that does not parse. body is already bounded by the caller (ReadBody).
func FormValues(header http.Header, body []byte) (values url.Values, isForm bool, err error) {
	mediaType, params, err := mime.ParseMediaType(header.Get("Content-Type"))
	if err != nil {
		return nil, false, nil
	}
	switch mediaType {
	case "application/x-www-form-urlencoded":
		values, err = url.ParseQuery(string(body))
	case "multipart/form-data":
		values, err = multipartValues(body, params["boundary"])
	default:
		return nil, false, nil
	}
	if err != nil {
		return nil, true, fmt.Errorf("not valid %s: %w", mediaType, err)
	}
	return values, true, nil
}

func multipartValues(body []byte, boundary string) (url.Values, error) {
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
