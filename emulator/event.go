package emulator

import "github.com/dop251/goja"

// The Auth0 triggers an Action implements, by the ids Auth0 (and its
// deploy tools) give them.
const (
	TriggerSendPhoneMessage    = "send-phone-message"
	TriggerCustomPhoneProvider = "custom-phone-provider"
)

// triggerOf names the trigger of an Action's handler export.
func triggerOf(handler string) string {
	if handler == HandlerCustomPhoneProvider {
		return TriggerCustomPhoneProvider
	}
	return TriggerSendPhoneMessage
}

// The custom-phone-provider event, as Auth0's reference describes it
// ("Actions Triggers: custom-phone-provider - Event Object",
// https://auth0.com/docs/customize/phone-messages/configure-phone-messaging-providers/configure-a-custom-phone-provider/actions-triggers-custom-phone-provider-event-object,
// generated page validated 2026-04-28; the fr-ca copy under
// /docs/fr-ca/... lists the same fields as an older table):
//
//   - notification (always): as_text and as_voice, the message Auth0
//     rendered for a text and for a voice delivery; delivery_method, text
//     or voice; message_type, one of otp_verify, otp_enroll,
//     blocked_account, change_password, password_breach; recipient, the
//     E.164 number to send to. Optional: code, the one-time password, for
//     the otp_ types; from, the sender's E.164 number; locale, the BCP-47
//     locale the message was rendered in (en_US).
//   - client {client_id, metadata, name}, request {geoip{cityName,
//     continentCode, countryCode, countryCode3, countryName, latitude,
//     longitude, subdivisionCode, subdivisionName, timeZone}, hostname?,
//     ip, language?, method, user_agent?}, tenant {id, and optionally
//     friendly_name, home_url, logo_url, support_email, support_url},
//     user {app_metadata, created_at, email_verified, updated_at, user_id,
//     user_metadata, and optional profile fields such as email,
//     phone_number, identities}, secrets.
//   - Optional: connection {id, metadata?, name, strategy}, custom_domain
//     {domain, domain_metadata}, organization {id, display_name,
//     metadata, name}, transaction {correlation_id}.
//
// The page lists no event.configuration, which send-phone-message has.
// The send-phone-message event's reference lists the same user fields,
// created_at and email_verified among the required ones, so both events
// get them.
//
// Everything comes from the payload a hook gets, so one payload file or
// scenario serves hooks and both triggers: notification.delivery_method
// follows context.message_type (sms is text), message_type follows
// context.action (enrollment is otp_enroll, a second factor otp_verify),
// as_text and as_voice are the payload's text, code is context.code and
// locale context.language. The payload's event object (Payload.Event)
// sets any field of these over what is derived.

// eventFields are the event objects a payload's event key can set, each
// with the fields Auth0 documents in it (nil: any field, as a user has
// whatever its profile holds).
var eventFields = map[string][]string{
	"client":        {"client_id", "metadata", "name"},
	"connection":    {"id", "metadata", "name", "strategy"},
	"custom_domain": {"domain", "domain_metadata"},
	"notification":  {"as_text", "as_voice", "code", "delivery_method", "from", "locale", "message_type", "recipient"},
	"organization":  {"display_name", "id", "metadata", "name"},
	"request":       {"geoip", "hostname", "ip", "language", "method", "user_agent"},
	"tenant":        {"friendly_name", "home_url", "id", "logo_url", "support_email", "support_url"},
	"transaction":   {"correlation_id"},
	"user":          nil,
}

// customPhoneProviderOnly are the event objects only the
// custom-phone-provider event has; a send-phone-message event leaves them
// out even when the payload sets them.
var customPhoneProviderOnly = map[string]bool{"connection": true, "notification": true, "organization": true}

// userDefaults are the user fields the event references list as always
// present that the runner's example user lacks.
var userDefaults = map[string]any{
	"created_at":     "2024-01-15T09:30:00.000Z",
	"updated_at":     "2024-01-15T09:30:00.000Z",
	"email_verified": false,
}

// ActionEvent is the event (secrets aside) an Action of trigger gets for
// payload p: what Auth0 documents for that trigger, filled from the
// payload a hook gets, with p.Event laid over it.
func ActionEvent(trigger string, p Payload) map[string]any {
	ctx := p.Context
	event := map[string]any{
		"request":     eventRequest(ctx),
		"user":        mergeMaps(userDefaults, asMap(ctx["user"])),
		"tenant":      map[string]any{"id": "example"},
		"transaction": map[string]any{"correlation_id": "hookemu-correlation-id"},
	}
	if client, ok := ctx["client"].(map[string]any); ok {
		event["client"] = map[string]any{"client_id": client["client_id"], "name": client["name"], "metadata": client["client_metadata"]}
	}
	if trigger == TriggerCustomPhoneProvider {
		event["notification"] = eventNotification(p)
	} else {
		event["message_options"] = map[string]any{
			"action": ctx["action"], "code": ctx["code"], "message_type": ctx["message_type"],
			"recipient": p.Recipient, "text": p.Text,
		}
		event["configuration"] = map[string]any{}
	}
	for key, value := range p.Event {
		if customPhoneProviderOnly[key] && trigger != TriggerCustomPhoneProvider {
			continue
		}
		event[key] = mergeMaps(asMap(event[key]), asMap(value))
	}
	return event
}

func eventRequest(ctx map[string]any) map[string]any {
	request, _ := ctx["request"].(map[string]any)
	ip, _ := request["ip"].(string)
	if ip == "" {
		ip, _ = ctx["ip"].(string)
	}
	out := map[string]any{"ip": ip, "method": "POST", "hostname": "example.us.auth0.com", "geoip": map[string]any{}}
	setPresent(out, "language", ctx["language"])
	setPresent(out, "user_agent", ctx["user_agent"])
	return out
}

// eventNotification derives event.notification from the payload.
func eventNotification(p Payload) map[string]any {
	ctx := p.Context
	out := map[string]any{
		"message_type":    notificationType(ctx["action"]),
		"delivery_method": deliveryMethod(ctx["message_type"]),
		"as_text":         p.Text,
		"as_voice":        p.Text,
		"recipient":       p.Recipient,
	}
	setPresent(out, "code", ctx["code"])
	setPresent(out, "locale", ctx["language"])
	return out
}

// notificationType is the custom-phone-provider message type of a
// send-phone-message action: an enrollment's code is otp_enroll, a
// second factor's otp_verify.
func notificationType(action any) string {
	if action == "enrollment" {
		return "otp_enroll"
	}
	return "otp_verify"
}

// deliveryMethod names the channel as the custom-phone-provider trigger
// does: sms is text.
func deliveryMethod(messageType any) string {
	if messageType == "voice" {
		return "voice"
	}
	return "text"
}

// setPresent sets key unless v is missing, so an optional field Auth0
// leaves out is undefined, not null.
func setPresent(m map[string]any, key string, v any) {
	if v != nil {
		m[key] = deepCopy(v)
	}
}

func asMap(v any) map[string]any {
	m, _ := v.(map[string]any)
	return m
}

// buildEvent makes an Action's event from the same payload a Hook gets,
// so every payload file and scenario serves both.
func (inv *invocation) buildEvent(handler string) goja.Value {
	obj := inv.plainObject(ActionEvent(triggerOf(handler), inv.in.Payload))
	_ = obj.Set("secrets", inv.secretsObject())
	return obj
}
