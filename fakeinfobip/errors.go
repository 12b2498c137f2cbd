package fakeinfobip

import (
	"fmt"
	"net/http"
	"sort"
)

// apiError is a request error: the whole request is refused with an HTTP
// error status, as opposed to a message rejected inside a 200 answer.
type apiError struct {
	status     int
	messageID  string // UNAUTHORIZED, BAD_REQUEST, ...
	text       string
	violations []violation
}

// violation is one field a validation error names.
type violation struct{ property, message string }

func (e *apiError) Error() string { return e.messageID + ": " + e.text }

func errUnauthorized() *apiError {
	return &apiError{status: http.StatusUnauthorized, messageID: "UNAUTHORIZED", text: "Invalid login details"}
}

func errBadRequest(violations ...violation) *apiError {
	return &apiError{status: http.StatusBadRequest, messageID: "BAD_REQUEST", text: "Bad request", violations: violations}
}

func errNotFound(path string) *apiError {
	return &apiError{status: http.StatusNotFound, messageID: "NOT_FOUND", text: fmt.Sprintf("Requested URL not found: %s", path)}
}

func errMethod(method string) *apiError {
	return &apiError{status: http.StatusMethodNotAllowed, messageID: "BAD_REQUEST", text: fmt.Sprintf("Request method '%s' not supported", method)}
}

func errTooLarge(limit int) *apiError {
	return &apiError{status: http.StatusRequestEntityTooLarge, messageID: "BAD_REQUEST", text: fmt.Sprintf("Request body is larger than %d KiB", limit>>10)}
}

// errForStatus is the request error a fault answers: Infobip's identifier
// and text for the status, text overridden by message when set.
func errForStatus(status int, message string) *apiError {
	e := &apiError{status: status}
	switch {
	case status == http.StatusUnauthorized:
		e.messageID, e.text = "UNAUTHORIZED", "Invalid login details"
	case status == http.StatusForbidden:
		e.messageID, e.text = "FORBIDDEN", "Forbidden"
	case status == http.StatusNotFound:
		e.messageID, e.text = "NOT_FOUND", "Not found"
	case status == http.StatusTooManyRequests:
		e.messageID, e.text = "TOO_MANY_REQUESTS", "Too many requests"
	case status >= 400 && status < 500:
		e.messageID, e.text = "BAD_REQUEST", "Bad request"
	default:
		e.messageID, e.text = "GENERAL_ERROR", "Something went wrong. Please contact support."
	}
	if message != "" {
		e.text = message
	}
	return e
}

// v2Body is the request error of the SMS v1/v2 and Voice APIs:
// {"requestError":{"serviceException":{"messageId","text","validationErrors"}}}.
func (e *apiError) v2Body() any {
	type serviceException struct {
		MessageID        string              `json:"messageId"`
		Text             string              `json:"text"`
		ValidationErrors map[string][]string `json:"validationErrors,omitempty"`
	}
	exc := serviceException{MessageID: e.messageID, Text: e.text}
	if len(e.violations) > 0 {
		exc.ValidationErrors = map[string][]string{}
		for _, v := range e.violations {
			exc.ValidationErrors[v.property] = append(exc.ValidationErrors[v.property], v.message)
		}
	}
	return map[string]any{"requestError": map[string]any{"serviceException": exc}}
}

// v3Body is the error of the SMS v3 API:
// {"errorCode","description","action","violations","resources"}.
func (e *apiError) v3Body() any {
	type v3Violation struct {
		Property  string `json:"property"`
		Violation string `json:"violation"`
	}
	violations := make([]v3Violation, 0, len(e.violations))
	for _, v := range e.violations {
		violations = append(violations, v3Violation{Property: v.property, Violation: v.message})
	}
	sort.SliceStable(violations, func(i, j int) bool { return violations[i].Property < violations[j].Property })
	return struct {
		ErrorCode   string        `json:"errorCode"`
		Description string        `json:"description"`
		Action      string        `json:"action"`
		Violations  []v3Violation `json:"violations"`
		Resources   []any         `json:"resources"`
	}{fmt.Sprintf("E%d", e.status), e.text, v3Action(e.status), violations, []any{}}
}

func v3Action(status int) string {
	switch {
	case status == http.StatusUnauthorized:
		return "Check the API key or the login details."
	case status >= 500:
		return "Try again later."
	default:
		return "Check the syntax, violations and adjust the request."
	}
}
