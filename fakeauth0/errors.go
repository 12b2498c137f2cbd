package fakeauth0

import (
	"bytes"
	"encoding/json"
	"net/http"
)

// oauthError is an error of the Authentication API (/oauth/token): a
// status and the OAuth body {"error","error_description"}.
type oauthError struct {
	status      int
	code        string
	description string
	uri         string
}

func (e *oauthError) body() []byte {
	v := struct {
		Error       string `json:"error"`
		Description string `json:"error_description"`
		URI         string `json:"error_uri,omitempty"`
	}{e.code, e.description, e.uri}
	return marshal(v)
}

// unauthorized is Auth0's answer to an unknown client or a wrong secret:
// it does not say which.
func unauthorized() *oauthError {
	return &oauthError{status: http.StatusUnauthorized, code: "access_denied", description: "Unauthorized"}
}

func accessDenied(description string) *oauthError {
	return &oauthError{status: http.StatusForbidden, code: "access_denied", description: description}
}

func invalidRequest(description string) *oauthError {
	return &oauthError{status: http.StatusBadRequest, code: "invalid_request", description: description}
}

// apiError is an error of the Management API: {"statusCode","error",
// "message"} and, for some, "errorCode".
type apiError struct {
	status    int
	message   string
	errorCode string
}

func (e *apiError) body() []byte {
	v := struct {
		StatusCode int    `json:"statusCode"`
		Error      string `json:"error"`
		Message    string `json:"message"`
		ErrorCode  string `json:"errorCode,omitempty"`
	}{e.status, http.StatusText(e.status), e.message, e.errorCode}
	return marshal(v)
}

func apiErr(status int, message, errorCode string) *apiError {
	return &apiError{status: status, message: message, errorCode: errorCode}
}

func invalidBody(message string) *apiError {
	return apiErr(http.StatusBadRequest, "Payload validation error: '"+message+"'.", "invalid_body")
}

// marshal renders v without escaping HTML characters, as Auth0's
// serializer does not.
func marshal(v any) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		// Only values decoded from JSON and plain structs reach here.
		panic(err)
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
}
