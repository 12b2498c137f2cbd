package faketwilio_test

import (
	"errors"
	"io"
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/hookemu/hookemu/faketwilio"
)

func TestRequestsOutsideTheAPI(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		method  string
		path    string
		status  int
		code    int
		message string
	}{
		{name: "an unknown path is not found, credentials or not",
			method: http.MethodGet, path: "/2010-04-01/Accounts/" + account + "/Queues.json",
			status: 404, code: 20404,
			message: "The requested resource /2010-04-01/Accounts/" + account + "/Queues.json was not found"},
		{name: "a path without .json is not found",
			method: http.MethodPost, path: "/2010-04-01/Accounts/" + account + "/Messages",
			status: 404, code: 20404,
			message: "The requested resource /2010-04-01/Accounts/" + account + "/Messages was not found"},
		{name: "another API version is not found",
			method: http.MethodPost, path: "/v3/Services/" + service + "/Verifications",
			status: 404, code: 20404,
			message: "The requested resource /v3/Services/" + service + "/Verifications was not found"},
		{name: "an uncleaned path is not found rather than redirected",
			method: http.MethodPost, path: "/2010-04-01//Accounts/" + account + "/Messages.json",
			status: 404, code: 20404,
			message: "The requested resource /2010-04-01//Accounts/" + account + "/Messages.json was not found"},
		{name: "listing messages is not served",
			method: http.MethodGet, path: messagesPath, status: 405, code: 20004, message: "Method not allowed"},
		{name: "deleting a message is not served",
			method: http.MethodDelete, path: "/2010-04-01/Accounts/" + account + "/Messages/SM0.json",
			status: 405, code: 20004, message: "Method not allowed"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			srv := newServer(faketwilio.Config{})
			r := request(tt.method, tt.path, "", "", "", "")
			assertError(t, serve(srv, r), tt.status, tt.code, tt.message)
			assert.Equal(t, 1, srv.Journal().Len())
		})
	}
}

func TestBodies(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name        string
		contentType string
		body        string
		status      int
		code        int
		message     string
	}{
		{name: "a urlencoded body with a charset is read",
			contentType: "application/x-www-form-urlencoded; charset=utf-8", body: validMessage.Encode(), status: 201},
		{name: "a urlencoded body with a broken escape is a bad request",
			contentType: "application/x-www-form-urlencoded", body: "To=%2B14155552345&From=%2B15005550006&Body=50%off",
			status: 400, code: 20400,
			message: `The request body is not valid application/x-www-form-urlencoded: invalid URL escape "%of"`},
		{name: "a multipart body without a boundary is a bad request",
			contentType: "multipart/form-data", body: "x",
			status: 400, code: 20400, message: "The request body is not valid multipart/form-data: no boundary in the Content-Type"},
		{name: "a truncated multipart body is a bad request",
			contentType: "multipart/form-data; boundary=xyz",
			body:        "--xyz\r\nContent-Disposition: form-data; name=\"To\"\r\n\r\n+14155552345",
			status:      400, code: 20400, message: "The request body is not valid multipart/form-data: unexpected EOF"},
		{name: "a body without a Content-Type carries no parameters",
			contentType: "", body: validMessage.Encode(), status: 400, code: 21604, message: "A 'To' phone number is required."},
		{name: "a text body carries no parameters",
			contentType: "text/plain", body: validMessage.Encode(), status: 400, code: 21604, message: "A 'To' phone number is required."},
		{name: "a body over 64 KiB is too large",
			contentType: "application/x-www-form-urlencoded", body: validMessage.Encode() + "&Pad=" + strings.Repeat("x", 64<<10),
			status: 413, code: 20413, message: "Request Entity Too Large"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			srv := newServer(faketwilio.Config{})
			rec := serve(srv, request(http.MethodPost, messagesPath, tt.contentType, tt.body, account, token))
			if tt.status == http.StatusCreated {
				assert.Equal(t, http.StatusCreated, rec.Code, rec.Body.String())
				return
			}
			assertError(t, rec, tt.status, tt.code, tt.message)
		})
	}
}

func TestABodyThatCannotBeReadIsABadRequest(t *testing.T) {
	t.Parallel()
	srv := newServer(faketwilio.Config{})
	r := post(messagesPath, validMessage)
	r.Body = io.NopCloser(failingReader{})
	assertError(t, serve(srv, r), 400, 20400, "The request body could not be read: connection reset")
	assert.Equal(t, 1, srv.Journal().Len())
}

type failingReader struct{}

func (failingReader) Read([]byte) (int, error) { return 0, errors.New("connection reset") }

func TestAMultipartBodyMayCarryFilesAndUnnamedParts(t *testing.T) {
	t.Parallel()
	const boundary = "b0undary"
	body := strings.Join([]string{
		"--" + boundary,
		`Content-Disposition: form-data; name="To"`, "", "+14155552345",
		"--" + boundary,
		`Content-Disposition: form-data; name="From"`, "", "+15005550006",
		"--" + boundary,
		`Content-Disposition: form-data; name="Body"`, "", "line one\r\nline two",
		"--" + boundary,
		"Content-Type: text/plain", "", "a part without a name",
		"--" + boundary + "--", "",
	}, "\r\n")
	srv := newServer(faketwilio.Config{})
	rec := serve(srv, request(http.MethodPost, messagesPath, "multipart/form-data; boundary="+boundary, body, account, token))
	assert.Equal(t, http.StatusCreated, rec.Code, rec.Body.String())
	assert.Equal(t, "line one\r\nline two", srv.Messages()[0].Body)
	assert.Len(t, srv.Messages()[0].Form, 3)
}
