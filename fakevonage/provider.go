package fakevonage

import (
	"encoding/json"
	"encoding/xml"
	"fmt"
	"net/http"
	"net/url"
	"strings"

	"github.com/hookemu/hookemu/provider"
)

// Provider is Vonage's SMS API as the registry knows it.
type Provider struct{}

var _ provider.Provider = Provider{}

// Name is "vonage".
func (Provider) Name() string { return Name }

// Title is how people name it.
func (Provider) Title() string { return "Vonage (Nexmo) SMS" }

// Kind: Vonage delivers the hook's message.
func (Provider) Kind() provider.Kind { return provider.Messaging }

// Example is a send as nexmo 2.x makes it: everything in the query of a
// POST without a body, with the documented demo credentials.
func (Provider) Example() provider.Request {
	return provider.Request{
		Method: http.MethodPost,
		Path:   PathJSON + "?from=Acme&to=447700900000&text=Your%20code%20is%20123456&api_key=" + DemoAPIKey + "&api_secret=" + DemoAPISecret,
		Header: http.Header{"Content-Type": {"application/x-www-form-urlencoded"}, "Accept": {"application/json"}},
	}
}

// Hosts: the SMS API's one host.
func (Provider) Hosts() []string { return []string{Host} }

// Paths: the send, in its two formats.
func (Provider) Paths() []string { return []string{PathJSON, PathXML} }

// Upstream is the SMS API's host for every path.
func (Provider) Upstream(string) *url.URL { return &url.URL{Scheme: "https", Host: Host} }

// NewConfig is an account that takes any key and secret.
func (Provider) NewConfig() any { return &Config{} }

// New builds a Server from a *Config (nil for the defaults), with the
// shared ids, the extra faults and the journal bounds of common.
func (Provider) New(cfg any, common provider.Common) (provider.Fake, error) {
	c, err := provider.ConfigOf[Config](Name, cfg)
	if err != nil {
		return nil, err
	}
	if c.SignatureMethod != "" && !validMethod(c.SignatureMethod) {
		return nil, fmt.Errorf("vonage: signature_method %q is not one of md5hash, md5, sha1, sha256, sha512", c.SignatureMethod)
	}
	common.Lay(&c.IDs, &c.Faults, &c.JournalSize, &c.JournalBytes)
	return New(c), nil
}

// Describe reads the destination, the text and the credentials (key,
// secret, signature, or the Basic pair) of a send.
func (Provider) Describe(_, path string, header http.Header, body []byte) provider.Message {
	_, query, _ := strings.Cut(path, "?")
	if len(body) > maxBodyBytes {
		body = nil
	}
	p := readParams(query, header, body)
	m := provider.Message{Destination: p["to"], Text: p["text"]}
	c := credentialsOf(p, header)
	for _, v := range []string{c.key, c.secret, c.sig} {
		if v != "" {
			m.Credentials = append(m.Credentials, v)
		}
	}
	return m
}

// Answer reads the first message's id; a send is taken only when every
// message's status is "0", whatever the HTTP status says (a refusal is a
// 200 too).
func (Provider) Answer(status int, body []byte) provider.Answer {
	if status != http.StatusOK {
		return provider.Answer{}
	}
	var resp struct {
		Messages []answered `json:"messages"`
	}
	if json.Unmarshal(body, &resp) != nil {
		var x struct {
			Messages []answered `xml:"messages>message"`
		}
		if xml.Unmarshal(body, &x) != nil {
			return provider.Answer{}
		}
		resp.Messages = x.Messages
	}
	if len(resp.Messages) == 0 {
		return provider.Answer{}
	}
	a := provider.Answer{MessageID: resp.Messages[0].MessageID, Accepted: true}
	for _, m := range resp.Messages {
		if m.Status != "0" {
			a.Accepted = false
		}
	}
	return a
}

// answered is a message of an answer, in JSON or XML.
type answered struct {
	MessageID string `json:"message-id" xml:"messageId"`
	Status    string `json:"status" xml:"status"`
}
