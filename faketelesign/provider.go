package faketelesign

import (
	"encoding/json"
	"net/http"
	"net/url"
	"strings"

	"github.com/hookemu/hookemu/provider"
)

// Provider is TeleSign's Messaging and SMS Verify APIs as the registry
// knows them.
type Provider struct{}

var (
	_ provider.Provider = Provider{}
	_ provider.Kinded   = Provider{}
	_ provider.Exampler = Provider{}
)

// Hosts TeleSign's REST APIs answer on: rest-ww for Enterprise accounts
// (Auth0's guide and the enterprise SDKs), rest-api for self-service
// ones (the telesignsdk default).
const (
	EnterpriseHost  = "rest-ww.telesign.com"
	SelfServiceHost = "rest-api.telesign.com"
)

// Name is "telesign".
func (Provider) Name() string { return Name }

// Title is how people name it.
func (Provider) Title() string { return "TeleSign" }

// Hosts are TeleSign's REST hosts; each serves both APIs.
func (Provider) Hosts() []string { return []string{EnterpriseHost, SelfServiceHost} }

// Paths are the Messaging and Verify paths, all under /v1/.
func (Provider) Paths() []string { return []string{messagingPath, verifyPrefix} }

// Upstream is the Enterprise host, the one Auth0's guide calls.
func (Provider) Upstream(string) *url.URL { return &url.URL{Scheme: "https", Host: EnterpriseHost} }

// NewConfig is the zero Config: any well-formed credentials.
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

// Describe reads the form's phone_number and what the phone shows:
// Messaging's message, or Verify's template with the hook's code in
// place of $$CODE$$ (the code alone when there is no template). The
// credentials are the customer id and the API key (Basic) or the
// signature (TSA).
func (Provider) Describe(_, _ string, header http.Header, body []byte) provider.Message {
	m := provider.Message{Credentials: credentials(header)}
	form := parseForm(body)
	m.Destination = form.Get("phone_number")
	m.Text = form.Get("message")
	if m.Text == "" {
		code, template := form.Get("verify_code"), form.Get("template")
		m.Text = code
		if template != "" {
			m.Text = strings.ReplaceAll(template, "$$CODE$$", code)
		}
	}
	return m
}

func credentials(header http.Header) []string {
	scheme, value, _ := strings.Cut(strings.TrimSpace(header.Get("Authorization")), " ")
	var out []string
	add := func(vs ...string) {
		for _, v := range vs {
			if v != "" {
				out = append(out, v)
			}
		}
	}
	switch strings.ToUpper(scheme) {
	case "BASIC":
		if user, password, ok := (&http.Request{Header: header}).BasicAuth(); ok {
			add(user, password)
		}
	case "TSA":
		customerID, signature, _ := strings.Cut(strings.TrimSpace(value), ":")
		add(customerID, signature)
	}
	return out
}

// Answer reads the reference id; TeleSign took the message when it
// answers 200 with a status below 300 (290 in progress, 200 delivered)
// and no errors.
func (Provider) Answer(status int, body []byte) provider.Answer {
	var resp struct {
		ReferenceID string `json:"reference_id"`
		Status      struct {
			Code int `json:"code"`
		} `json:"status"`
		Errors []json.RawMessage `json:"errors"`
	}
	if json.Unmarshal(body, &resp) != nil {
		return provider.Answer{}
	}
	ok := status == http.StatusOK && resp.Status.Code > 0 && resp.Status.Code < 300 && len(resp.Errors) == 0
	return provider.Answer{MessageID: resp.ReferenceID, Accepted: ok}
}
