// Package hooks holds the documented send-phone-message hooks, embedded in
// the binary so `hookemu run` works with no file at hand, and so their
// behaviour is part of hookemu's own test suite.
package hooks

import (
	"embed"
	"fmt"
	"io/fs"
	"sort"
	"strings"

	"github.com/hookemu/hookemu/fakeesendex"
	"github.com/hookemu/hookemu/fakesns"
)

//go:embed *.js *.stubs.yaml
var files embed.FS

// Hook is one documented hook with the demo secrets (and, for a hook that
// calls a host no fake knows, the demo stubs) that make it run against
// the fakes out of the box.
type Hook struct {
	Name    string // file name, e.g. "8x8.js"
	Title   string
	Secrets map[string]string
	// Stubs is the embedded file of its demo stubs (read it with Source),
	// in a form package stubs reads, each stub naming its host; "" for a
	// hook that calls only hosts a fake serves.
	Stubs string
}

// catalog lists every embedded hook. Demo secrets are obviously fake
// values: the fakes accept any well-formed credentials by default.
var catalog = []Hook{
	{Name: "8x8.js", Title: "8x8 SMS API with axios (8x8's Auth0 integration guide)",
		Secrets: map[string]string{"apikey": "demo-8x8-api-key", "subaccount": "demo-subaccount"}},
	{Name: "starter.js", Title: "Auth0's starter code for send-phone-message", Secrets: map[string]string{}},
	{Name: "twilio-sms.js", Title: "Twilio Programmable SMS, with a voice call for voice messages (Auth0's Twilio guide)",
		Secrets: map[string]string{
			"TWILIO_ACCOUNT_SID":  demoTwilioAccount,
			"TWILIO_AUTH_TOKEN":   "demo-twilio-auth-token",
			"TWILIO_PHONE_NUMBER": "+15005550006",
		}},
	{Name: "twilio-verify.js", Title: "Twilio Verify with Auth0's code as a custom code (Auth0's Twilio guide)",
		Secrets: map[string]string{
			"TWILIO_ACCOUNT_SID": demoTwilioAccount,
			"TWILIO_AUTH_TOKEN":  "demo-twilio-auth-token",
			"TWILIO_VERIFY_SID":  "VA0123456789abcdef0123456789abcdef",
		}},
	{Name: "8x8-action.js", Title: "8x8 SMS API from an Action, with axios 1.x (the 8x8 guide's request)",
		Secrets: map[string]string{"apikey": "demo-8x8-api-key", "subaccount": "demo-subaccount"}},
	{Name: "slack-action.js", Title: "8x8 SMS from an Action, with a note to a Slack incoming webhook (answered by its demo stubs, hooks/slack-action.stubs.yaml)",
		Secrets: map[string]string{
			"apikey": "demo-8x8-api-key", "subaccount": "demo-subaccount",
			"SLACK_WEBHOOK_URL": "https://hooks.slack.com/services/T00000000/B00000000/XXXXXXXXXXXXXXXXXXXXXXXX",
		},
		Stubs: "slack-action.stubs.yaml"},
	{Name: "auth0-metadata-action.js", Title: "8x8 SMS from an Action that first records the send in the user's metadata with the auth0 SDK (Management API)",
		Secrets: map[string]string{
			"AUTH0_DOMAIN": "demo-tenant.us.auth0.com", "AUTH0_CLIENT_ID": "demo-m2m-client-id", "AUTH0_CLIENT_SECRET": "demo-m2m-client-secret",
			"apikey": "demo-8x8-api-key", "subaccount": "demo-subaccount",
		}},
	{Name: "twilio-action.js", Title: "Twilio Programmable SMS from an Action, with a voice call for voice messages",
		Secrets: map[string]string{
			"TWILIO_ACCOUNT_SID":  demoTwilioAccount,
			"TWILIO_AUTH_TOKEN":   "demo-twilio-auth-token",
			"TWILIO_PHONE_NUMBER": "+15005550006",
		}},
	{Name: "infobip.js", Title: "Infobip SMS, with a text-to-speech call for voice messages, with axios (Auth0's Infobip guide)",
		Secrets: map[string]string{"API_KEY": demoInfobipKey}},
	{Name: "esendex.js", Title: "Esendex message dispatcher with axios and a JSON body (Auth0's Esendex guide)",
		Secrets: map[string]string{
			"ESENDEX_ACCOUNT":  fakeesendex.DemoAccountReference,
			"ESENDEX_USERNAME": fakeesendex.DemoUsername,
			"ESENDEX_PASSWORD": fakeesendex.DemoPassword,
		}},
	{Name: "telesign.js", Title: "TeleSign SMS (Messaging) API with axios (Auth0's TeleSign guide)",
		Secrets: demoTeleSign()},
	{Name: "telesign-verify.js", Title: "TeleSign SMS Verify API with axios, Auth0's text as the template (Auth0's TeleSign guide)",
		Secrets: demoTeleSign()},
	{Name: "vonage.js", Title: "Vonage (Nexmo) SMS API with nexmo (Auth0's Vonage guide)", Secrets: demoVonage()},
	{Name: "vonage-action.js", Title: "Vonage SMS API from an Action, with @vonage/server-sdk", Secrets: demoVonage()},
	{Name: "sns.js", Title: "Amazon SNS with aws-sdk v2, the credentials through process.env (Auth0's Amazon SNS guide)",
		Secrets: demoSNS()},
	{Name: "sns-action.js", Title: "Amazon SNS from an Action, with aws-sdk v2 (the example of Auth0's send-phone-message trigger)",
		Secrets: demoSNS()},
}

// demoSNS is AWS's documented example key pair, which the fake SNS
// accepts by default (it opens nothing real), and the region SDK examples
// use.
func demoSNS() map[string]string {
	return map[string]string{
		"AWS_ACCESS_KEY_ID":     fakesns.DemoAccessKeyID,
		"AWS_SECRET_ACCESS_KEY": fakesns.DemoSecretAccessKey,
		"AWS_REGION":            "us-east-1",
	}
}

// demoTeleSign is the customer id and API key of TeleSign's own SDK
// examples: shaped as TeleSign issues them (a UUID, a base64 key), which is
// what the fake checks by default.
func demoTeleSign() map[string]string {
	return map[string]string{
		"TELESIGN_CUSTOMER_ID": "FFFFFFFF-EEEE-DDDD-1234-AB1234567890",
		"TELESIGN_API_KEY":     "ABC12345yusumoN6BYsBVkh+yRJ5czgsnCehZaOYldPJdmFh6NeX8kunZ2zU1YWaUw/0wV6xfw==",
	}
}

// demoVonage are the key and secret of Vonage's API reference examples
// (the fake Vonage takes any by default), and a sending number.
func demoVonage() map[string]string {
	return map[string]string{
		"VONAGE_API_KEY":     "abcd1234",
		"VONAGE_API_SECRET":  "abcdef0123456789",
		"VONAGE_FROM_NUMBER": "447700900001",
	}
}

// demoInfobipKey is the key of Infobip's own API reference examples,
// which the fake Infobip accepts by default.
const demoInfobipKey = "003026bbc133714df1834b8638bb496e-8f4b3d9a-e931-478d-a994-28a725159ab9"

// demoTwilioAccount has the shape twilio-node insists on (AC + 32 hex).
const demoTwilioAccount = "AC0123456789abcdef0123456789abcdef"

// Default is the hook `hookemu run` runs when given no file.
const Default = "8x8.js"

// List returns the documented hooks, sorted by name.
func List() []Hook {
	out := make([]Hook, 0, len(catalog))
	for _, h := range catalog {
		out = append(out, h.clone())
	}
	sort.Slice(out, func(i, j int) bool { return out[i].Name < out[j].Name })
	return out
}

// Lookup finds a documented hook by file name ("8x8.js", or "8x8", or
// "hooks/8x8.js").
func Lookup(name string) (Hook, bool) {
	name = strings.TrimPrefix(name, "hooks/")
	if !strings.HasSuffix(name, ".js") {
		name += ".js"
	}
	for _, h := range catalog {
		if h.Name == name {
			return h.clone(), true
		}
	}
	return Hook{}, false
}

// Source returns an embedded file: the code of a hook, or a hook's demo
// stubs (Hook.Stubs).
func Source(name string) ([]byte, error) {
	data, err := fs.ReadFile(files, name)
	if err != nil {
		return nil, fmt.Errorf("no embedded hook file %q: %w", name, err)
	}
	return data, nil
}

func (h Hook) clone() Hook {
	secrets := make(map[string]string, len(h.Secrets))
	for k, v := range h.Secrets {
		secrets[k] = v
	}
	h.Secrets = secrets
	return h
}
