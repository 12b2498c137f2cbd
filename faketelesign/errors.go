package faketelesign

import (
	"net/http"

	"github.com/hookemu/hookemu/fakekit"
)

// product is which of TeleSign's two APIs a request is for: they share
// hosts and credentials but not the shape of their answers. Messaging
// reports everything in status.code (five-digit positive codes); SMS
// Verify reports errors in errors[] (negative codes) under a status of
// 500 or 501.
type product int

const (
	messaging product = iota
	verify
)

// code is a TeleSign code with its text, as status and errors[] carry it.
type code struct {
	Code        int    `json:"code"`
	Description string `json:"description"`
}

// Verify's status while refusing: most refusals were never attempted,
// credentials that fail are "Not authorized".
var (
	notAttempted       = code{500, "Transaction not attempted"}
	notAuthorized      = code{501, "Not authorized"}
	statusNotAvailable = code{599, "Status not available"}
)

// refusal is one way TeleSign turns a request down, in both APIs' terms.
type refusal struct {
	status       int
	messaging    code
	verify       code
	verifyStatus code
	// anonymous refusals come before TeleSign knows the account: Verify
	// answers them with a null reference_id and sub_resource.
	anonymous bool
	// signatureString is what the fake signed when a TSA signature did
	// not match: TeleSign returns it so a client can see its mistake.
	signatureString string
}

// authRefusal is a 401: both APIs use the same words, Messaging with a
// 100xx code and Verify with a -300xx one.
func authRefusal(messagingCode, verifyCode int, description string) refusal {
	return refusal{
		status:       http.StatusUnauthorized,
		messaging:    code{messagingCode, description},
		verify:       code{verifyCode, description},
		verifyStatus: notAuthorized,
		anonymous:    true,
	}
}

func missingAuthorization() refusal {
	return authRefusal(10009, -30004, "Missing required 'Authorization' header")
}

func malformedAuthorization() refusal {
	return authRefusal(10028, -30005, "Required 'Authorization' header is not in the correct format")
}

func invalidCustomerID() refusal { return authRefusal(10015, -30000, "Invalid Customer ID.") }

func invalidAPIKey() refusal { return authRefusal(10022, -30015, "Invalid API Key.") }

func invalidSignature() refusal {
	r := authRefusal(10008, -30006, "Invalid Signature.")
	r.verify.Description = "Invalid Signature"
	return r
}

func missingDate() refusal {
	return authRefusal(10007, -30007, "Missing required 'Date' or 'x-ts-date' header")
}

func malformedDate() refusal {
	return authRefusal(10005, -30009, "'Date' or 'x-ts-date' header is not RFC822 compliant")
}

func dateOutOfRange() refusal {
	return authRefusal(10004, -30010, "'Date' or 'x-ts-date' header is not within tolerable range")
}

// invalidAuthMethod is a 401 that Verify, unlike its other credential
// refusals, reports as not attempted.
func invalidAuthMethod() refusal {
	r := authRefusal(10006, -30008, "Invalid 'x-ts-auth-method' header.")
	r.verifyStatus = notAttempted
	return r
}

// missingParameter is a required form field that is absent or empty.
func missingParameter(name string, messagingCode int) refusal {
	return refusal{
		status:       http.StatusBadRequest,
		messaging:    code{messagingCode, "Missing Required Parameter " + name},
		verify:       code{-10001, "Invalid Request: Missing Parameter: " + name},
		verifyStatus: notAttempted,
	}
}

// invalidParameter is a field TeleSign cannot use. Verify names the
// parameter in CamelCase and quotes the value it got. Messaging's texts
// end in a period, save those its reference writes without one.
func invalidParameter(name, camel, value string, messagingCode int) refusal {
	text := "Invalid value for parameter " + name
	if !unpunctuated[messagingCode] {
		text += "."
	}
	return refusal{
		status:       http.StatusBadRequest,
		messaging:    code{messagingCode, text},
		verify:       code{-10001, "Invalid Request: " + camel + " Parameter: " + value},
		verifyStatus: notAttempted,
	}
}

// unpunctuated are the Messaging codes whose text has no final period.
var unpunctuated = map[int]bool{11003: true, 11004: true, 11011: true, 11016: true}

func invalidReferenceID(value string) refusal {
	return invalidParameter("reference_id", "ReferenceID", value, 11011)
}

func referenceNotFound() refusal {
	return refusal{
		status:       http.StatusNotFound,
		messaging:    code{10017, "Customer ID / Reference ID not found"},
		verify:       code{-10001, "CustomerID/ReferenceID not found"},
		verifyStatus: statusNotAvailable,
	}
}

// The refusals below answer what TeleSign's references list no code for
// (an unknown path, a wrong method, a body too large); their codes are
// the nearest TeleSign uses elsewhere, fixed so tests can rely on them.

func resourceNotFound() refusal {
	return generic(http.StatusNotFound, code{-40004, "Resource not found"})
}

func methodNotAllowed() refusal {
	return generic(http.StatusMethodNotAllowed, code{-40005, "Method not allowed"})
}

func badRequest() refusal { return generic(http.StatusBadRequest, code{-40006, "Bad request"}) }

func tooLarge() refusal {
	return generic(http.StatusRequestEntityTooLarge, code{-40006, "Bad request"})
}

func rateLimited() refusal {
	return refusal{
		status:       http.StatusTooManyRequests,
		messaging:    code{10019, "Rate Limit Exceeded"},
		verify:       code{-40007, "Rate Limit Exceeded"},
		verifyStatus: notAttempted,
	}
}

func unavailable(status int) refusal {
	text := "System Unavailable, Please try again later."
	return refusal{status: status, messaging: code{10000, text}, verify: code{-90001, text}, verifyStatus: notAttempted}
}

func generic(status int, c code) refusal {
	return refusal{status: status, messaging: c, verify: c, verifyStatus: notAttempted}
}

// faultRefusal is what a fault answers: TeleSign's refusal for its
// status (400 when it names only a code), with the fault's Code and
// Message in place of the product's code and text.
func faultRefusal(f fakekit.Fault) refusal {
	status := f.Status
	if status == 0 {
		status = http.StatusBadRequest
	}
	r := refusalForStatus(status)
	if f.Code != 0 {
		r.messaging.Code, r.verify.Code = f.Code, f.Code
	}
	if f.Message != "" {
		r.messaging.Description, r.verify.Description = f.Message, f.Message
	}
	return r
}

func refusalForStatus(status int) refusal {
	switch {
	case status == http.StatusUnauthorized:
		return invalidAPIKey()
	case status == http.StatusNotFound:
		return referenceNotFound()
	case status == http.StatusTooManyRequests:
		return rateLimited()
	case status >= 500:
		return unavailable(status)
	default:
		r := badRequest()
		r.status = status
		return r
	}
}
