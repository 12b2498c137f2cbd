package fakesns

import (
	"errors"
	"net/http"

	"github.com/hookemu/hookemu/internal/sigv4"
)

// apiError is an error SNS answers, written as an ErrorResponse.
type apiError struct {
	Status  int
	Code    string
	Message string
}

func (e *apiError) Error() string { return e.Code + ": " + e.Message }

// senderFault is the ErrorResponse's Type: the caller's mistake below
// 500, the service's from there on.
func (e *apiError) senderFault() bool { return e.Status < http.StatusInternalServerError }

func invalidParameter(message string) *apiError {
	return &apiError{Status: http.StatusBadRequest, Code: "InvalidParameter", Message: "Invalid parameter: " + message}
}

// parameterValueInvalid is the code SNS gives what its SDKs call
// InvalidParameterValueException (message attributes).
func parameterValueInvalid(message string) *apiError {
	return &apiError{Status: http.StatusBadRequest, Code: "ParameterValueInvalid", Message: message}
}

func validationError(message string) *apiError {
	return &apiError{Status: http.StatusBadRequest, Code: "ValidationError", Message: message}
}

func invalidAction(action string) *apiError {
	return &apiError{Status: http.StatusBadRequest, Code: "InvalidAction",
		Message: "Could not find operation " + clip(action) + " for version " + apiVersion}
}

func missingAction() *apiError {
	return &apiError{Status: http.StatusBadRequest, Code: "MissingAction", Message: "Missing Action"}
}

func tooLarge() *apiError {
	return &apiError{Status: http.StatusRequestEntityTooLarge, Code: "RequestEntityTooLarge",
		Message: "Request body must be less than " + maxBodyText}
}

// fromSignature turns sigv4's refusal into SNS's answer.
func fromSignature(err error) *apiError {
	var serr *sigv4.Error
	if errors.As(err, &serr) {
		return &apiError{Status: serr.Status, Code: serr.Code, Message: serr.Message}
	}
	return &apiError{Status: http.StatusForbidden, Code: sigv4.CodeSignatureDoesNotMatch, Message: err.Error()}
}

// regionMismatch is what an endpoint says of a signature scoped to
// another region.
func regionMismatch(region string) *apiError {
	return &apiError{Status: http.StatusForbidden, Code: sigv4.CodeSignatureDoesNotMatch,
		Message: "Credential should be scoped to a valid region, not '" + clip(region) + "'. "}
}

// faultError is the answer a configured fault gives: SNS's error for that
// status, or the fault's own message.
func faultError(status int, message string) *apiError {
	e := &apiError{Status: status}
	switch {
	case status == http.StatusTooManyRequests:
		e.Code, e.Message = "Throttled", "Rate exceeded"
	case status == http.StatusServiceUnavailable:
		e.Code, e.Message = "ServiceUnavailable", "Service is unavailable. Please try again later."
	case status >= http.StatusInternalServerError:
		e.Code, e.Message = "InternalError", "Internal Error"
	case status == http.StatusForbidden:
		e.Code, e.Message = "AuthorizationError", "User is not authorized to perform SNS:Publish"
	default:
		e.Code, e.Message = "InvalidParameter", "Invalid parameter: PhoneNumber"
	}
	if message != "" {
		e.Message = message
	}
	return e
}

// clip keeps an echoed value short, so an answer never grows with hostile
// input.
func clip(s string) string {
	const max = 256
	if len(s) > max {
		return s[:max] + "..."
	}
	return s
}
