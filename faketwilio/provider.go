package faketwilio

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strings"

	"github.com/hookemu/hookemu/provider"
)

// Provider is Twilio's Messages, Calls and Verify APIs as the registry
// knows them: the facts the harness, serve, scenarios and check ask of
// every provider.
type Provider struct{}

var (
	_ provider.Provider    = Provider{}
	_ provider.CodeAdvisor = Provider{}
)

// Name is "twilio".
func (Provider) Name() string { return Name }

// Title is how people name it.
func (Provider) Title() string { return "Twilio" }

// Kind: Twilio delivers the hook's message.
func (Provider) Kind() provider.Kind { return provider.Messaging }

// Hosts are api and verify on twilio.com, plain or with the region and
// edge labels twilio-node puts in between (api.us1.twilio.com,
// api.sydney.au1.twilio.com).
func (Provider) Hosts() []string {
	var hosts []string
	for _, product := range products {
		hosts = append(hosts, product+".twilio.com", product+".*.twilio.com", product+".*.*.twilio.com")
	}
	return hosts
}

// Paths are the Messages and Calls API's version and Verify's services.
func (Provider) Paths() []string {
	return []string{"/2010-04-01/", "/v2/Services", "/v1/Services"}
}

// Upstream is one of Twilio's two hosts: Verify's for its paths,
// api.twilio.com for the rest, as twilio-node sends them.
func (Provider) Upstream(path string) *url.URL {
	if isVerifyPath(path) {
		return &url.URL{Scheme: "https", Host: "verify.twilio.com"}
	}
	return &url.URL{Scheme: "https", Host: "api.twilio.com"}
}

// CodeAdvice: Verify sends a code of its own unless given Auth0's as
// customCode.
func (Provider) CodeAdvice(path string) string {
	if isVerifyPath(path) {
		return "Twilio Verify sends a code of its own unless given one: pass customCode: context.code to verifications.create"
	}
	return ""
}

// isVerifyPath is a path of the Verify API (v2, and v1 which Twilio
// retired but old code still calls).
func isVerifyPath(path string) bool {
	return strings.HasPrefix(path, "/v2/Services") || strings.HasPrefix(path, "/v1/Services")
}

// NewConfig is the zero Config: any well-formed credentials, sender and
// service.
func (Provider) NewConfig() any { return &Config{} }

// New builds a Server from a *Config (nil for the defaults), with the
// shared ids, the extra faults and the journal bounds of common.
func (Provider) New(cfg any, common provider.Common) (provider.Fake, error) {
	c, err := provider.ConfigOf[Config](Name, cfg)
	if err != nil {
		return nil, err
	}
	common.Lay(&c.IDs, &c.Faults, &c.JournalSize, &c.JournalBytes)
	return New(c), nil
}

// Describe reads a form's To and Body (a Verify send has no Body: the
// code is Twilio's, or CustomCode), what a call's Twiml says, and the Basic password, the auth token
// or API key secret. The user name, an account or key SID, names the
// account rather than proving who calls: it stays readable, in paths
// above all.
func (Provider) Describe(_, _ string, header http.Header, body []byte) provider.Message {
	var m provider.Message
	if _, password, ok := (&http.Request{Header: header}).BasicAuth(); ok && password != "" {
		m.Credentials = []string{password}
	}
	form, err := parseForm(header, body)
	if err != nil {
		return m
	}
	m.Destination, m.Text = form.Get("To"), form.Get("Body")
	if m.Text == "" {
		m.Text = form.Get("CustomMessage")
	}
	if m.Text == "" {
		m.Text = form.Get("CustomCode")
	}
	if twiml := form.Get("Twiml"); twiml != "" {
		m.Spoken = spoken(twiml)
	}
	return m
}

// Answer reads the SID of what Twilio created or read; Twilio answers
// 2xx only for what it took.
func (Provider) Answer(status int, body []byte) provider.Answer {
	var resp struct {
		SID string `json:"sid"`
	}
	if json.Unmarshal(body, &resp) != nil {
		return provider.Answer{}
	}
	return provider.Answer{MessageID: resp.SID, Accepted: status >= 200 && status < 300}
}

// Example sends an SMS as twilio-node's messages.create does.
func (Provider) Example() provider.Request {
	const account = "AC00000000000000000000000000000001"
	header := http.Header{"Content-Type": {"application/x-www-form-urlencoded"}}
	req := &http.Request{Header: header}
	req.SetBasicAuth(account, "demo-twilio-token")
	form := url.Values{"To": {"+6512345678"}, "From": {"+15005550006"}, "Body": {"Your verification code is: 123456"}}
	return provider.Request{
		Method: http.MethodPost,
		Path:   "/2010-04-01/Accounts/" + account + "/Messages.json",
		Header: header,
		Body:   []byte(form.Encode()),
	}
}
