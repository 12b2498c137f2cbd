package fake8x8

import (
	"fmt"
	"net/http"
)

// Error codes of the 8x8 SMS API, as its error bodies carry them in "code".
// They are exported so that scenario assertions and other Go tests can name
// a code instead of repeating a magic number.
const (
	CodeInvalidParameter       = 1000
	CodeIllegalSubAccount      = 1001
	CodeInvalidMSISDN          = 1002
	CodeInvalidEncoding        = 1003
	CodeInvalidText            = 1004
	CodeInvalidSource          = 1005
	CodeInvalidExpiry          = 1006
	CodeInvalidSchedule        = 1011
	CodeBulkLimit              = 1100
	CodeUnauthenticated        = 1200
	CodeForbidden              = 1201
	CodeNotFound               = 1300
	CodeInternal               = 2000
	CodeMissedText             = 3005
	CodeTooLongText            = 3006
	CodeTooLongClientMessageID = 3009
	CodeQuotaExceeded          = 429
)

// Messages the fake puts in error bodies and in the descriptions of REJECTED
// batch items. Those quoted in 8x8's documentation are reproduced exactly
// (including "doesn't belongs"); the others follow the style of the
// documented ones, because 8x8 does not publish them.
const (
	msgInvalidParameter   = "Invalid parameter"
	msgIllegalSubAccount  = "Provided subAccountId doesn't belongs to your account"
	msgInvalidMSISDN      = "Invalid MSISDN format (not E.164 international number)"
	msgInvalidEncoding    = "Invalid Encoding value. Allowed values are AUTO, GSM7 and UCS2"
	msgInvalidText        = "Invalid Text value"
	msgInvalidSource      = "Invalid Source value. Reached max allowed limit"
	msgInvalidExpiry      = "Invalid Expiry value"
	msgExpiryReached      = "Expiry time already reached"
	msgInvalidSchedule    = "Invalid Schedule Time"
	msgBulkLimit          = "Bulk limit reached"
	msgUnauthenticated    = "Request was not authenticated properly"
	msgForbidden          = "Access forbidden"
	msgNotFound           = "Not found"
	msgMessageNotFound    = "Message not found."
	msgInvalidUMID        = "Invalid umid."
	msgInternal           = "Internal server error"
	msgMissedText         = "Text value is missing"
	msgTooLongText        = "Invalid Text value. Reached max allowed limit"
	msgTooLongClientMsgID = "Too long ClientMessageId"
	msgQuotaExceeded      = "Quota exceeded. Please try again in 1 second(s)."
)

// apiError is one 8x8 error answer before it is rendered: the HTTP status,
// the body's code and message, and any extra header (Retry-After for 429).
type apiError struct {
	status  int
	code    int
	message string
	header  http.Header
}

// newError builds the error for code with message, answered with the HTTP
// status 8x8 uses for that code.
func newError(code int, message string) *apiError {
	e := &apiError{status: statusForCode(code), code: code, message: message}
	if code == CodeQuotaExceeded {
		e.header = http.Header{"Retry-After": {"1"}}
	}
	return e
}

// invalidParameter is the catch-all 400 code 1000, with a detail that tells
// the hook author which field to fix.
func invalidParameter(format string, args ...any) *apiError {
	return newError(CodeInvalidParameter, msgInvalidParameter+": "+fmt.Sprintf(format, args...))
}

// statusForCode follows the reference's code table. 1001 is marked
// "unconfirmed" there: it is answered with 400 like every other error about
// a request parameter, which is what a client has to fix.
func statusForCode(code int) int {
	switch code {
	case CodeUnauthenticated:
		return http.StatusUnauthorized
	case CodeForbidden:
		return http.StatusForbidden
	case CodeNotFound:
		return http.StatusNotFound
	case CodeQuotaExceeded:
		return http.StatusTooManyRequests
	case CodeInternal:
		return http.StatusInternalServerError
	default:
		return http.StatusBadRequest
	}
}

// defaultMessage is the message for a code when nothing more specific is
// known, as for a fault that names only a status or a code.
func defaultMessage(code int) string {
	switch code {
	case CodeIllegalSubAccount:
		return msgIllegalSubAccount
	case CodeInvalidMSISDN:
		return msgInvalidMSISDN
	case CodeInvalidEncoding:
		return msgInvalidEncoding
	case CodeInvalidText:
		return msgInvalidText
	case CodeInvalidSource:
		return msgInvalidSource
	case CodeInvalidExpiry:
		return msgInvalidExpiry
	case CodeInvalidSchedule:
		return msgInvalidSchedule
	case CodeBulkLimit:
		return msgBulkLimit
	case CodeUnauthenticated:
		return msgUnauthenticated
	case CodeForbidden:
		return msgForbidden
	case CodeNotFound:
		return msgNotFound
	case CodeInternal:
		return msgInternal
	case CodeMissedText:
		return msgMissedText
	case CodeTooLongText:
		return msgTooLongText
	case CodeTooLongClientMessageID:
		return msgTooLongClientMsgID
	case CodeQuotaExceeded:
		return msgQuotaExceeded
	default:
		return msgInvalidParameter
	}
}

// errorBody is the JSON every 8x8 error answer carries.
type errorBody struct {
	Code      int    `json:"code"`
	Message   string `json:"message"`
	ErrorID   string `json:"errorId"`
	Timestamp string `json:"timestamp"`
}
