package faketwilio

import (
	"fmt"
	"net/http"

	"github.com/hookemu/hookemu/fakekit"
)

// Twilio error codes this fake answers with. Those marked "chosen" are not
// what Twilio documents for the rule (Twilio either has no code for it or
// does not say which); they are fixed here so tests can rely on them.
const (
	codeInvalidParameter = 20001 // chosen: invalid Timeout
	codeAuthenticate     = 20003
	codeMethodNotAllowed = 20004
	codeNotFound         = 20404
	codeTooManyRequests  = 20429
	codeInternalError    = 20500
	codeUnavailable      = 20503

	codeTwimlParse      = 12100 // Twilio's "Document parse failure"
	codeURLRequired     = 21205
	codeFromNotVerified = 21210
	codeInvalidTo       = 21211
	codeTwimlTooLong    = 21230 // chosen
	codeRegionDisabled  = 21408
	codeBodyRequired    = 21602
	codeFromRequired    = 21603
	codeToRequired      = 21604
	codeFromNotOwned    = 21606
	codeNotMobile       = 21614
	codeBodyTooLong     = 21617

	codeVerifyInvalidParameter = 60200
	codeMaxSendAttempts        = 60203
)

// apiError is Twilio's error body. The field order is Twilio's, so a body
// this fake writes compares equal to one recorded from Twilio.
type apiError struct {
	Code     int    `json:"code"`
	Message  string `json:"message"`
	MoreInfo string `json:"more_info"`
	Status   int    `json:"status"`
}

func newError(status, code int, message string) *apiError {
	return &apiError{
		Code:     code,
		Message:  message,
		MoreInfo: fmt.Sprintf("https://www.twilio.com/docs/errors/%d", code),
		Status:   status,
	}
}

func badRequest(code int, format string, args ...any) *apiError {
	return newError(http.StatusBadRequest, code, fmt.Sprintf(format, args...))
}

func errAuthenticate() *apiError {
	return newError(http.StatusUnauthorized, codeAuthenticate, "Authenticate")
}

// errNotFound names the resource as Twilio does: by the request's path.
func errNotFound(path string) *apiError {
	return newError(http.StatusNotFound, codeNotFound,
		fmt.Sprintf("The requested resource %s was not found", path))
}

func errMethodNotAllowed() *apiError {
	return newError(http.StatusMethodNotAllowed, codeMethodNotAllowed, "Method not allowed")
}

// statusError is the body Twilio sends with status when nothing more
// specific applies, as for a fault that names only a status. Statuses
// Twilio has no code for get 20000+status, which follows the pattern of the
// codes it does have (20404, 20429, 20500, 20503) but is not a real code.
func statusError(status int, path string) *apiError {
	switch status {
	case http.StatusUnauthorized:
		return errAuthenticate()
	case http.StatusNotFound:
		return errNotFound(path)
	case http.StatusMethodNotAllowed:
		return errMethodNotAllowed()
	case http.StatusTooManyRequests:
		return newError(status, codeTooManyRequests, "Too Many Requests")
	case http.StatusInternalServerError:
		return newError(status, codeInternalError, "Internal Server Error")
	case http.StatusServiceUnavailable:
		return newError(status, codeUnavailable, "Service Unavailable")
	}
	message := http.StatusText(status)
	if message == "" {
		message = fmt.Sprintf("HTTP status %d", status)
	}
	return newError(status, 20000+status, message)
}

// statusErrorf is the generic error for status with a message that says
// what exactly was wrong.
func statusErrorf(status int, format string, args ...any) *apiError {
	e := statusError(status, "")
	e.Message = fmt.Sprintf(format, args...)
	return e
}

// faultError is the error a fault answers: its Code and Message override
// the defaults of its status, and a fault with only a code gets the status
// Twilio sends that code with.
func faultError(f fakekit.Fault, path string) *apiError {
	status := f.Status
	if status == 0 {
		status = statusForCode(f.Code)
	}
	e := statusError(status, path)
	if f.Code != 0 {
		e = newError(status, f.Code, e.Message)
	}
	if f.Message != "" {
		e.Message = f.Message
	}
	return e
}

// statusForCode is the HTTP status Twilio sends with code: 400 for every
// code but the few that mirror another status.
func statusForCode(code int) int {
	switch code {
	case codeAuthenticate:
		return http.StatusUnauthorized
	case codeMethodNotAllowed:
		return http.StatusMethodNotAllowed
	case codeNotFound:
		return http.StatusNotFound
	case codeTooManyRequests, codeMaxSendAttempts:
		return http.StatusTooManyRequests
	case codeInternalError:
		return http.StatusInternalServerError
	case codeUnavailable:
		return http.StatusServiceUnavailable
	}
	return http.StatusBadRequest
}
