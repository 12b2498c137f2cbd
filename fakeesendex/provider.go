package fakeesendex

import (
	"encoding/base64"
	"encoding/json"
	"encoding/xml"
	"net/http"
	"net/url"
	"strings"

	"github.com/hookemu/hookemu/provider"
)

// Provider is Esendex as the registry knows it.
type Provider struct{}

var _ provider.Provider = Provider{}

// Name is "esendex".
func (Provider) Name() string { return Name }

// Kind: Esendex delivers the hook's message.
func (Provider) Kind() provider.Kind { return provider.Messaging }

// Title names Esendex to people.
func (Provider) Title() string { return "Esendex" }

// Hosts is Esendex's REST API host.
func (Provider) Hosts() []string { return []string{"api.esendex.com"} }

// Paths is the message dispatcher.
func (Provider) Paths() []string { return []string{DispatcherPath} }

// Upstream is Esendex's REST API.
func (Provider) Upstream(string) *url.URL { return &url.URL{Scheme: "https", Host: "api.esendex.com"} }

// NewConfig returns the zero Config, which accepts any login.
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

// Describe reads the first message's recipient and body, from XML or
// JSON (by the body's first character when the Content-Type says
// neither), and the Basic credentials.
func (Provider) Describe(_, _ string, header http.Header, body []byte) provider.Message {
	var m provider.Message
	if first, ok := firstMessage(header.Get("Content-Type"), body); ok {
		m.Destination, m.Text = first.To, first.Body
	}
	if user, pass, raw, ok := basicCredentials(header); ok {
		m.Credentials = credentialValues(user, pass, raw)
	}
	return m
}

func firstMessage(contentType string, body []byte) (message, bool) {
	format := bodyFormat(contentType)
	if format == "" && strings.HasPrefix(strings.TrimSpace(string(body)), "<") {
		format = "xml"
	}
	var msgs []message
	if format == "xml" {
		var x xmlDispatch
		if xml.Unmarshal(body, &x) != nil {
			return message{}, false
		}
		msgs = x.Messages
	} else {
		var j jsonDispatch
		if json.Unmarshal(body, &j) != nil {
			return message{}, false
		}
		msgs = j.Messages
	}
	if len(msgs) == 0 {
		return message{}, false
	}
	return msgs[0], true
}

// credentialValues are what a masker must hide: the password and the
// encoded pair that holds it.
func credentialValues(user, pass, raw string) []string {
	var out []string
	if pass != "" && pass != "undefined" && pass != "null" {
		out = append(out, pass)
	}
	if raw != "" {
		out = append(out, raw)
	}
	if pass != "" {
		if enc := base64.StdEncoding.EncodeToString([]byte(user + ":" + pass)); enc != raw {
			out = append(out, enc)
		}
	}
	return out
}

// Answer reads the first message header's id from a JSON or XML answer;
// Esendex takes a dispatch whole or not at all, so a 200 is acceptance.
func (Provider) Answer(status int, body []byte) provider.Answer {
	out := provider.Answer{Accepted: status == http.StatusOK}
	var j struct {
		Batch *struct {
			MessageHeaders []struct {
				ID string `json:"id"`
			} `json:"messageheaders"`
		} `json:"batch"`
	}
	if json.Unmarshal(body, &j) == nil && j.Batch != nil && len(j.Batch.MessageHeaders) > 0 {
		out.MessageID = j.Batch.MessageHeaders[0].ID
		return out
	}
	var x struct {
		Headers []struct {
			ID string `xml:"id,attr"`
		} `xml:"messageheader"`
	}
	if xml.Unmarshal(body, &x) == nil && len(x.Headers) > 0 {
		out.MessageID = x.Headers[0].ID
	}
	return out
}

// Example is the Auth0 guide's JSON dispatch to a UK number, with the
// demo login.
func (Provider) Example() provider.Request {
	return provider.Request{
		Method: http.MethodPost,
		Path:   DispatcherPath,
		Header: http.Header{
			"Authorization": {"Basic " + base64.StdEncoding.EncodeToString([]byte(DemoUsername+":"+DemoPassword))},
			"Content-Type":  {"application/json"},
			"Accept":        {"application/json"},
		},
		Body: []byte(`{"accountreference":"` + DemoAccountReference + `","messages":[{"to":"+447700900123","body":"Your verification code is: 123456"}]}`),
	}
}
