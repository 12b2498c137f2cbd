package fakesns

import (
	"encoding/xml"
	"mime"
	"net/http"
	"net/url"

	"github.com/hookemu/hookemu/internal/sigv4"
	"github.com/hookemu/hookemu/provider"
)

// Provider is Amazon SNS as hookemu's registry knows it.
type Provider struct{}

var (
	_ provider.Provider = Provider{}
	_ provider.Fake     = (*Server)(nil)
)

// Name is "sns".
func (Provider) Name() string { return Name }

// Title names SNS to people.
func (Provider) Title() string { return "Amazon SNS" }

// Hosts are sns.REGION.amazonaws.com and its China twin.
func (Provider) Hosts() []string { return hosts() }

// Paths is empty: SNS posts to "/", so `serve` reaches it under /sns/.
func (Provider) Paths() []string { return nil }

// Upstream is the endpoint of us-east-1, the SDKs' usual region, for a
// request that comes without its host.
func (Provider) Upstream(string) *url.URL {
	return &url.URL{Scheme: "https", Host: defaultHost, Path: "/"}
}

// NewConfig returns the default configuration: the demo key pair, every
// region.
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

// Describe reads the phone number, the text and the credentials of a
// Publish.
func (Provider) Describe(method, path string, header http.Header, body []byte) provider.Message {
	params := url.Values{}
	if u, err := url.Parse(path); err == nil {
		params, _ = url.ParseQuery(u.RawQuery)
	}
	if mediaType, _, _ := mime.ParseMediaType(header.Get("Content-Type")); method == http.MethodPost &&
		mediaType == "application/x-www-form-urlencoded" && len(body) <= maxBodyBytes {
		if form, err := url.ParseQuery(string(body)); err == nil {
			for k, v := range form {
				params[k] = append(params[k], v...)
			}
		}
	}
	m := provider.Message{Destination: params.Get("PhoneNumber")}
	if params.Get("Action") == "Publish" {
		m.Text, _ = smsText(params.Get("Message"), params.Get("MessageStructure"))
	}
	if auth, err := sigv4.ParseAuthorization(header.Get("Authorization")); err == nil {
		m.Credentials = append(m.Credentials, auth.AccessKeyID, auth.Signature)
	}
	if token := header.Get("X-Amz-Security-Token"); token != "" {
		m.Credentials = append(m.Credentials, token)
	}
	return m
}

// Answer reads the MessageId of a PublishResponse.
func (Provider) Answer(status int, body []byte) provider.Answer {
	var r struct {
		MessageID string `xml:"PublishResult>MessageId"`
	}
	if status != http.StatusOK || xml.Unmarshal(body, &r) != nil {
		return provider.Answer{}
	}
	return provider.Answer{MessageID: r.MessageID, Accepted: r.MessageID != ""}
}
