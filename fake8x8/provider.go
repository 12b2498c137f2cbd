package fake8x8

import (
	"encoding/json"
	"fmt"
	"net/http"
	"net/url"
	"strings"

	"github.com/hookemu/hookemu/provider"
)

// Provider is 8x8's SMS API as the registry knows it: the facts the
// harness, serve, scenarios and check ask of every provider.
type Provider struct{}

var _ provider.Provider = Provider{}

// Name is "8x8".
func (Provider) Name() string { return Name }

// Title is how people name it.
func (Provider) Title() string { return "8x8 SMS" }

// Kind: 8x8 delivers the hook's message.
func (Provider) Kind() provider.Kind { return provider.Messaging }

// Hosts are the four region hosts, which serve the same paths.
func (Provider) Hosts() []string { return Hosts() }

// Paths: everything is under /api/v1/.
func (Provider) Paths() []string { return []string{"/api/v1/"} }

// Upstream is the default (Asia-Pacific) region for every path.
func (Provider) Upstream(string) *url.URL { return &url.URL{Scheme: "https", Host: DefaultHost} }

// NewConfig is the zero Config: any well-formed key and subaccount.
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

// Describe reads a send or a batch: the first recipient, the text (a
// batch's first message's, or its template's) and the Bearer key.
func (Provider) Describe(_, _ string, header http.Header, body []byte) provider.Message {
	var m provider.Message
	if scheme, key, ok := strings.Cut(strings.TrimSpace(header.Get("Authorization")), " "); ok && strings.EqualFold(scheme, "Bearer") {
		if key = strings.TrimSpace(key); key != "" {
			m.Credentials = []string{key}
		}
	}
	var req struct {
		Destination  any   `json:"destination"`
		Text         any   `json:"text"`
		Destinations []any `json:"destinations"`
		Messages     []struct {
			Destination any `json:"destination"`
			Text        any `json:"text"`
		} `json:"messages"`
		Template struct {
			Text any `json:"text"`
		} `json:"template"`
	}
	if json.Unmarshal(body, &req) != nil {
		return m
	}
	m.Destination, m.Text = asText(req.Destination), asText(req.Text)
	if m.Destination == "" && len(req.Messages) > 0 {
		m.Destination, m.Text = asText(req.Messages[0].Destination), asText(req.Messages[0].Text)
	}
	if m.Destination == "" && len(req.Destinations) > 0 {
		m.Destination = asText(req.Destinations[0])
	}
	if m.Text == "" {
		m.Text = asText(req.Template.Text)
	}
	return m
}

// asText is a JSON string as it is; anything else as written.
func asText(v any) string {
	switch x := v.(type) {
	case nil:
		return ""
	case string:
		return x
	default:
		return fmt.Sprint(x)
	}
}

// Answer reads a send's umid or a batch's id; a batch is taken when at
// least one of its messages is.
func (Provider) Answer(status int, body []byte) provider.Answer {
	var resp struct {
		UMID          string `json:"umid"`
		BatchID       string `json:"batchId"`
		AcceptedCount *int   `json:"acceptedCount"`
	}
	if json.Unmarshal(body, &resp) != nil {
		return provider.Answer{}
	}
	ok := status >= 200 && status < 300
	if resp.UMID != "" {
		return provider.Answer{MessageID: resp.UMID, Accepted: ok}
	}
	return provider.Answer{MessageID: resp.BatchID, Accepted: ok && resp.AcceptedCount != nil && *resp.AcceptedCount > 0}
}

// Example sends the docs' hook's message to a Singapore number.
func (Provider) Example() provider.Request {
	return provider.Request{
		Method: http.MethodPost,
		Path:   "/api/v1/subaccounts/acme-otp/messages",
		Header: http.Header{"Authorization": {"Bearer demo-8x8-key"}, "Content-Type": {"application/json"}},
		Body:   []byte(`{"destination":"+6512345678","text":"Your verification code is: 123456"}`),
	}
}
