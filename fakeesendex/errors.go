package fakeesendex

import (
	"fmt"
	"net/http"
)

// apiError is a refused request: Esendex answers with an HTTP error
// status and a short description, and takes none of the batch.
type apiError struct {
	status      int
	code        string
	description string
}

func (e *apiError) Error() string { return e.description }

func errNoAuth() *apiError {
	return &apiError{http.StatusUnauthorized, "authentication_required", "No authentication header provided"}
}

func errAuthFailed() *apiError {
	return &apiError{http.StatusForbidden, "authentication_failed", "Failed authentication"}
}

func errAccountForbidden(ref string) *apiError {
	return &apiError{http.StatusForbidden, "account_reference_not_authorised", fmt.Sprintf("Not authorised to access account %q", ref)}
}

func errBadRequest(format string, args ...any) *apiError {
	return &apiError{http.StatusBadRequest, "invalid_request", "Invalid request: " + fmt.Sprintf(format, args...)}
}

func errUnknownContact(to string) *apiError {
	return &apiError{http.StatusNotFound, "contact_not_found", fmt.Sprintf("The contact or contact group %q does not exist", to)}
}

func errEmptyBody(i int) *apiError {
	return &apiError{http.StatusNotAcceptable, "empty_message_body", fmt.Sprintf("Empty message body provided (message %d)", i+1)}
}

func errMediaType(ct string) *apiError {
	if ct == "" {
		return &apiError{http.StatusUnsupportedMediaType, "unsupported_media_type", "Content type is unspecified"}
	}
	return &apiError{http.StatusUnsupportedMediaType, "unsupported_media_type", fmt.Sprintf("Content type %q is not supported", ct)}
}

func errNotFound(path string) *apiError {
	return &apiError{http.StatusNotFound, "not_found", fmt.Sprintf("No resource at %s", path)}
}

func errMethod(method string) *apiError {
	return &apiError{http.StatusMethodNotAllowed, "method_not_allowed", fmt.Sprintf("The requested resource does not support http method '%s'.", method)}
}

func errTooLarge(limit int) *apiError {
	return &apiError{http.StatusRequestEntityTooLarge, "request_too_large", fmt.Sprintf("Request body is larger than %d MiB", limit>>20)}
}

// errForStatus is what a fault answers: Esendex's meaning of the status,
// or message when set.
func errForStatus(status int, message string) *apiError {
	e := &apiError{status: status}
	switch {
	case status == http.StatusPaymentRequired:
		e.code, e.description = "payment_required", "Not enough message credits"
	case status == http.StatusForbidden:
		e.code, e.description = "authentication_failed", "Failed authentication"
	case status == http.StatusTooManyRequests:
		e.code, e.description = "too_many_requests", "Too many requests"
	case status >= 500:
		e.code, e.description = "service_unavailable", "The service is unavailable, try again later"
	default:
		e.code, e.description = "invalid_request", http.StatusText(status)
	}
	if message != "" {
		e.description = message
	}
	return e
}
