package fakeinfobip

import (
	"encoding/base64"
	"encoding/json"
	"net/http"
	"net/url"

	"github.com/hookemu/hookemu/provider"
)

// Provider is Infobip as the registry knows it.
type Provider struct{}

var _ provider.Provider = Provider{}

// Name is "infobip".
func (Provider) Name() string { return Name }

// Kind: Infobip delivers the hook's message.
func (Provider) Kind() provider.Kind { return provider.Messaging }

// Title names Infobip to people.
func (Provider) Title() string { return "Infobip" }

// Hosts are Infobip's global host and every account's own base URL host
// (https://{base}.api.infobip.com), which the portal gives each account.
func (Provider) Hosts() []string { return []string{"api.infobip.com", "*.api.infobip.com"} }

// Paths are the API versions the fake answers, narrow enough not to take
// another provider's /sms/ paths.
func (Provider) Paths() []string { return []string{"/sms/1/", "/sms/2/", "/sms/3/", "/tts/3/"} }

// Upstream is Infobip's global base URL; an account's own base URL is
// reached by its host, which a request carries.
func (Provider) Upstream(string) *url.URL { return &url.URL{Scheme: "https", Host: "api.infobip.com"} }

// NewConfig returns the zero Config, a permissive account.
func (Provider) NewConfig() any { return &Config{} }

// New builds a fake from a *Config (or Config) and what every fake shares.
func (Provider) New(cfg any, common provider.Common) (provider.Fake, error) {
	c, err := provider.ConfigOf[Config](Name, cfg)
	if err != nil {
		return nil, err
	}
	common.Lay(&c.IDs, &c.Faults, &c.JournalSize, &c.JournalBytes)
	return New(c), nil
}

// Describe reads the first destination and its text from any of the
// sending endpoints, and the credentials of the Authorization header.
func (Provider) Describe(_, path string, header http.Header, body []byte) provider.Message {
	var m provider.Message
	if ep, ok := endpoints()[pathOnly(path)]; ok {
		if p, err := ep.parse(body); err == nil && len(p.items) > 0 {
			m.Destination, m.Text = p.items[0].to, p.items[0].text
		}
	}
	if c, ok := parseCredential(header); ok {
		m.Credentials = credentialValues(c)
	}
	return m
}

// credentialValues are the strings a masker must hide: the key or token,
// and for Basic the password and the encoded pair that holds it.
func credentialValues(c credential) []string {
	var out []string
	for _, v := range []string{c.secret, c.raw} {
		if v != "" && v != "undefined" && v != "null" {
			out = append(out, v)
		}
	}
	if c.scheme == "Basic" && c.secret != "" {
		out = append(out, base64.StdEncoding.EncodeToString([]byte(c.user+":"+c.secret)))
	}
	return dedupe(out)
}

func dedupe(list []string) []string {
	seen := map[string]bool{}
	out := list[:0]
	for _, v := range list {
		if !seen[v] {
			seen[v] = true
			out = append(out, v)
		}
	}
	return out
}

func pathOnly(path string) string {
	if u, err := url.ParseRequestURI(path); err == nil {
		return u.Path
	}
	return path
}

// Answer reads the first message's id and whether any message was taken
// (a 200 may hold only REJECTED messages).
func (Provider) Answer(status int, body []byte) provider.Answer {
	var a struct {
		Messages []struct {
			MessageID string `json:"messageId"`
			Status    struct {
				GroupName string `json:"groupName"`
			} `json:"status"`
		} `json:"messages"`
	}
	if json.Unmarshal(body, &a) != nil || len(a.Messages) == 0 {
		return provider.Answer{}
	}
	out := provider.Answer{MessageID: a.Messages[0].MessageID}
	if status < 200 || status > 299 {
		return out
	}
	for _, m := range a.Messages {
		if m.Status.GroupName == "PENDING" || m.Status.GroupName == "DELIVERED" || m.Status.GroupName == "ACCEPTED" {
			out.Accepted = true
		}
	}
	return out
}

// Example is the Auth0 guide's SMS to a Swiss number, with the demo key.
func (Provider) Example() provider.Request {
	return provider.Request{
		Method: http.MethodPost,
		Path:   "/sms/2/text/advanced",
		Header: http.Header{"Authorization": {"App " + DemoAPIKey}, "Content-Type": {"application/json"}, "Accept": {"application/json"}},
		Body:   []byte(`{"messages":[{"destinations":[{"to":"+41793026727"}],"text":"Your verification code is: 123456"}]}`),
	}
}
