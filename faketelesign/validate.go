package faketelesign

import (
	"net/url"
	"slices"
	"strings"
	"unicode/utf8"
)

// Limits TeleSign documents for its parameters.
const (
	maxMessageLength         = 1600
	defaultTemplateMaxLength = 160
	maxSenderIDLength        = 20
	maxExternalIDLength      = 100
	minPhoneDigits           = 7
	maxPhoneDigits           = 15 // E.164
	minVerifyCodeDigits      = 3
	maxVerifyCodeDigits      = 7
)

var (
	messageTypes    = []string{"ARN", "MKT", "OTP"}
	lifecycleEvents = []string{"create", "sign-in", "transact", "update", "delete"}
	useCases        = []string{"ATCK", "BACF", "BACS", "CHBK", "CLDR", "LEAD", "OTHR", "PWRT", "RESV", "RXPF", "SHIP", "THEF", "TRVF", "UNKN"}
)

// phoneDigits returns the number TeleSign dials: its country code and
// subscriber digits, nothing else. One leading "+" is dropped, as
// Auth0's guide sends the recipient in E.164 unchanged; any other
// character, or a length no E.164 number has, is refused.
func phoneDigits(number string) (string, bool) {
	digits := strings.TrimPrefix(number, "+")
	if len(digits) < minPhoneDigits || len(digits) > maxPhoneDigits || digits[0] == '0' {
		return "", false
	}
	for _, r := range digits {
		if r < '0' || r > '9' {
			return "", false
		}
	}
	return digits, true
}

// checkPhone refuses a missing or undialable phone_number (Messaging
// 12000 and 11000, Verify -10001).
func checkPhone(form url.Values) *refusal {
	number := form.Get("phone_number")
	if number == "" {
		return refusalOf(missingParameter("phone_number", 12000))
	}
	if _, ok := phoneDigits(number); !ok {
		return refusalOf(invalidParameter("phone_number", "PhoneNumber", number, 11000))
	}
	return nil
}

// checkMessage applies Messaging's rules, in the order its reference
// lists them: the phone number, the message, its type, then the optional
// fields.
func checkMessage(form url.Values) *refusal {
	if r := checkPhone(form); r != nil {
		return r
	}
	message := form.Get("message")
	switch {
	case message == "":
		return refusalOf(missingParameter("message", 12009))
	case utf8.RuneCountInString(message) > maxMessageLength, !utf8.ValidString(message):
		return refusalOf(invalidParameter("message", "Message", message, 11009))
	}
	messageType := form.Get("message_type")
	switch {
	case messageType == "":
		return refusalOf(missingParameter("message_type", 12017))
	case !slices.Contains(messageTypes, messageType):
		return refusalOf(invalidParameter("message_type", "MessageType", messageType, 11017))
	}
	return checkOptional(form)
}

// checkOptional applies the rules of the optional fields both APIs take.
func checkOptional(form url.Values) *refusal {
	if event := form.Get("account_lifecycle_event"); form.Has("account_lifecycle_event") && !slices.Contains(lifecycleEvents, event) {
		return refusalOf(invalidParameter("account_lifecycle_event", "AccountLifecycleEvent", event, 11003))
	}
	if sender := form.Get("sender_id"); utf8.RuneCountInString(sender) > maxSenderIDLength {
		return refusalOf(invalidParameter("sender_id", "SenderID", sender, 11013))
	}
	if id := form.Get("external_id"); len(id) > maxExternalIDLength || !isASCII(id) {
		return refusalOf(invalidParameter("external_id", "ExternalID", id, 11016))
	}
	return nil
}

// checkVerification applies SMS Verify's rules: the phone number, the
// code when the hook chooses it, the template's length and the use case.
func checkVerification(form url.Values, templateMax int) *refusal {
	if r := checkPhone(form); r != nil {
		return r
	}
	if form.Has("verify_code") && !isVerifyCode(form.Get("verify_code")) {
		return refusalOf(invalidParameter("verify_code", "VerifyCode", form.Get("verify_code"), -10001))
	}
	if t := form.Get("template"); utf8.RuneCountInString(t) > templateMax || !utf8.ValidString(t) {
		return refusalOf(invalidParameter("template", "Template", t, -10001))
	}
	if ucid := form.Get("ucid"); form.Has("ucid") && !slices.Contains(useCases, ucid) {
		return refusalOf(invalidParameter("ucid", "UCID", ucid, -10001))
	}
	return checkOptional(form)
}

func isVerifyCode(s string) bool {
	if len(s) < minVerifyCodeDigits || len(s) > maxVerifyCodeDigits {
		return false
	}
	for _, r := range s {
		if r < '0' || r > '9' {
			return false
		}
	}
	return true
}

func isASCII(s string) bool {
	for i := 0; i < len(s); i++ {
		if s[i] >= 0x80 {
			return false
		}
	}
	return true
}

// isReference is the shape of a reference id: 32 hex digits.
func isReference(s string) bool {
	if len(s) != 32 {
		return false
	}
	for _, r := range strings.ToUpper(s) {
		if (r < '0' || r > '9') && (r < 'A' || r > 'F') {
			return false
		}
	}
	return true
}
