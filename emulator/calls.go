package emulator

// Call is one of the four ways Auth0 calls send-phone-message code: a
// text or a voice message, at enrollment or at a second factor. Each has
// its own one-time code, so code that mixes up payloads shows. check runs
// them all, and diff runs each against both versions of the code.
type Call struct {
	MessageType string // "sms" or "voice"
	Action      string // "enrollment" or "second-factor-authentication"
	Code        string
}

// Calls are the four, in the order reports list them.
func Calls() []Call {
	return []Call{
		{MessageType: "sms", Action: "enrollment", Code: "482913"},
		{MessageType: "sms", Action: "second-factor-authentication", Code: "573028"},
		{MessageType: "voice", Action: "enrollment", Code: "604151"},
		{MessageType: "voice", Action: "second-factor-authentication", Code: "719364"},
	}
}

// DeliveryMethod is the call as a custom-phone-provider Action's
// event.notification.delivery_method names it: "text" or "voice".
func (c Call) DeliveryMethod() string {
	if c.MessageType == "voice" {
		return "voice"
	}
	return "text"
}

// NotificationType is the call as event.notification.message_type names
// it: "otp_enroll" or "otp_verify".
func (c Call) NotificationType() string {
	if c.Action == "enrollment" {
		return "otp_enroll"
	}
	return "otp_verify"
}

// Texts are the message as Auth0's default templates word it for a text
// and for a voice call, the code inside.
func (c Call) Texts() (asText, asVoice string) {
	asText = c.Code + " is your verification code for Test Application. Please enter this code to verify your enrollment."
	if c.Action != "enrollment" {
		asText = c.Code + " is your verification code for Test Application."
	}
	asVoice = "Hello. Your verification code for Test Application is " + c.Code + ". I repeat, your verification code is " + c.Code + "."
	return asText, asVoice
}

// Payload is base (the Auth0 runner's example when zero) with this call's
// fields: the text its message type gets, context's message_type, action
// and code, and for an Action the notification with both wordings, as a
// custom-phone-provider Action gets them whatever the delivery method.
func (c Call) Payload(base Payload) Payload {
	if base.Context == nil {
		base = DefaultPayload()
	}
	asText, asVoice := c.Texts()
	text := asText
	if c.MessageType == "voice" {
		text = asVoice
	}
	p, err := base.Merge(map[string]any{
		"text":    text,
		"context": map[string]any{"message_type": c.MessageType, "action": c.Action, "code": c.Code},
		"event": map[string]any{"notification": map[string]any{
			"message_type": c.NotificationType(), "delivery_method": c.DeliveryMethod(),
			"code": c.Code, "as_text": asText, "as_voice": asVoice,
		}},
	})
	if err != nil {
		panic("emulator: a call's payload does not merge: " + err.Error()) // a bug in this file
	}
	return p
}
