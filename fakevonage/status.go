package fakevonage

import "strconv"

// Status codes of the SMS API, as messages[].status carries them.
const (
	StatusSuccess               = 0
	StatusThrottled             = 1
	StatusMissingParams         = 2
	StatusInvalidParams         = 3
	StatusInvalidCredentials    = 4
	StatusInternalError         = 5
	StatusInvalidMessage        = 6
	StatusNumberBarred          = 7
	StatusPartnerAccountBarred  = 8
	StatusPartnerQuotaViolation = 9
	StatusTooManyBinds          = 10
	StatusAccountNotEnabled     = 11
	StatusMessageTooLong        = 12
	StatusInvalidSignature      = 14
	StatusInvalidSenderAddress  = 15
	StatusInvalidNetworkCode    = 22
	StatusInvalidCallbackURL    = 23
	StatusNonWhitelisted        = 29
	StatusSignatureAndSecret    = 32
	StatusNumberDeactivated     = 33
)

// refusal is a message the service did not take: its status and error
// text, and the destination where the refusal concerns it.
type refusal struct {
	status int
	text   string
	to     string
}

// defaultTexts word each status when nothing more precise is known.
var defaultTexts = map[int]string{
	StatusThrottled:             "Throughput Rate Exceeded - please wait [ 1000 ] and retry",
	StatusMissingParams:         "Missing Parameters",
	StatusInvalidParams:         "Invalid Parameters",
	StatusInvalidCredentials:    "Bad Credentials",
	StatusInternalError:         "Internal Error",
	StatusInvalidMessage:        "Unroutable message - rejected",
	StatusNumberBarred:          "Number Barred",
	StatusPartnerAccountBarred:  "Partner Account Barred",
	StatusPartnerQuotaViolation: "Quota Exceeded - rejected",
	StatusTooManyBinds:          "Too Many Existing Binds",
	StatusAccountNotEnabled:     "Account Not Enabled For HTTP",
	StatusMessageTooLong:        "Message Too Long",
	StatusInvalidSignature:      "Invalid Signature",
	StatusInvalidSenderAddress:  "Invalid Sender Address - rejected",
	StatusInvalidNetworkCode:    "Invalid Network Code",
	StatusInvalidCallbackURL:    "Invalid Callback Url",
	StatusNonWhitelisted:        "Non White-listed Destination - rejected",
	StatusSignatureAndSecret:    "Signature And API Secret Disallowed",
	StatusNumberDeactivated:     "Number De-activated",
}

// statusText is the error text of status, or a generic one for a status
// the service does not document.
func statusText(status int) string {
	if t, ok := defaultTexts[status]; ok {
		return t
	}
	return "Error " + strconv.Itoa(status)
}

func refuse(status int, text string) *refusal {
	if text == "" {
		text = statusText(status)
	}
	return &refusal{status: status, text: text}
}

func missing(name string) *refusal {
	return refuse(StatusMissingParams, "Missing "+name+" param")
}

func invalid(name string) *refusal {
	return refuse(StatusInvalidParams, "Invalid "+name+" param")
}
