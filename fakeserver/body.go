package fakeserver

import (
	"bytes"
	"encoding/json"
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

// destination8x8 is the first recipient of an 8x8 send or batch, as the
// request gave it, for the journal of forward mode.
func destination8x8(_ string, _ http.Header, body []byte) string {
	var req struct {
		Destination  string   `json:"destination"`
		Destinations []string `json:"destinations"`
		Messages     []struct {
			Destination string `json:"destination"`
		} `json:"messages"`
	}
	if json.Unmarshal(body, &req) != nil {
		return ""
	}
	switch {
	case req.Destination != "":
		return req.Destination
	case len(req.Messages) > 0:
		return req.Messages[0].Destination
	case len(req.Destinations) > 0:
		return req.Destinations[0]
	}
	return ""
}

// messageID8x8 is the umid of a sent SMS, or the id of a batch.
func messageID8x8(_ int, body []byte) string {
	var resp struct {
		UMID    string `json:"umid"`
		BatchID string `json:"batchId"`
	}
	if json.Unmarshal(body, &resp) != nil {
		return ""
	}
	if resp.UMID != "" {
		return resp.UMID
	}
	return resp.BatchID
}

// destinationTwilio is the To of a Twilio request.
func destinationTwilio(_ string, header http.Header, body []byte) string {
	values, _ := formValues(header, body)
	return values.Get("To")
}

// messageIDTwilio is the SID of what Twilio created or read.
func messageIDTwilio(_ int, body []byte) string {
	var resp struct {
		SID string `json:"sid"`
	}
	if json.Unmarshal(body, &resp) != nil {
		return ""
	}
	return resp.SID
}
