package sigv4

import (
	"errors"
	"net/http"
)

// The error codes AWS answers when a signature cannot be accepted.
const (
	CodeMissingAuthenticationToken = "MissingAuthenticationToken"
	CodeIncompleteSignature        = "IncompleteSignature"
	CodeInvalidClientTokenID       = "InvalidClientTokenId"
	CodeSignatureDoesNotMatch      = "SignatureDoesNotMatch"
)

// Error is why a request's signature was refused, as AWS words it: the
// service writes Code and Message into its own error body with Status.
type Error struct {
	Code    string
	Status  int
	Message string
	// signature says the request was well formed and in scope, and only
	// the signature itself differed.
	signature bool
}

// IsSignatureMismatch says whether err is a refusal of the signature
// alone: the request was well formed, in scope and in time, and the
// signature computed for it differs (a wrong secret, or a request changed
// on the way, such as a path a server in front rewrote).
func IsSignatureMismatch(err error) bool {
	var e *Error
	return errors.As(err, &e) && e.signature
}

func (e *Error) Error() string { return e.Code + ": " + e.Message }

func incomplete(message string) *Error {
	return &Error{Code: CodeIncompleteSignature, Status: http.StatusBadRequest, Message: message}
}

func mismatch(message string) *Error {
	return &Error{Code: CodeSignatureDoesNotMatch, Status: http.StatusForbidden, Message: message}
}

func invalidToken() *Error {
	return &Error{
		Code: CodeInvalidClientTokenID, Status: http.StatusForbidden,
		Message: "The security token included in the request is invalid.",
	}
}

func missingToken() *Error {
	return &Error{
		Code: CodeMissingAuthenticationToken, Status: http.StatusForbidden,
		Message: "Request is missing Authentication Token",
	}
}

// messageSignatureMismatch is what AWS says when the secret (or the
// signing) is wrong.
const messageSignatureMismatch = "The request signature we calculated does not match the signature you provided. " +
	"Check your AWS Secret Access Key and signing method. Consult the service documentation for details."
