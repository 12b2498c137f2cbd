package fakevonage

import (
	"encoding/base64"
	"net/http"
	"testing"

	"github.com/hookemu/hookemu/fakekit"
	"github.com/hookemu/hookemu/provider"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestProviderFacts(t *testing.T) {
	t.Parallel()
	p := Provider{}
	assert.Equal(t, "vonage", p.Name())
	assert.Equal(t, []string{"rest.nexmo.com"}, p.Hosts())
	assert.Equal(t, "https://rest.nexmo.com", p.Upstream(PathJSON).String())
	assert.Equal(t, &Config{}, p.NewConfig())
}

func TestProviderNew(t *testing.T) {
	t.Parallel()
	t.Run("builds from its own configuration with the common faults and ids", func(t *testing.T) {
		t.Parallel()
		fake, err := Provider{}.New(&Config{APIKey: "k1234567", APISecret: "s"}, provider.Common{
			IDs: fakekit.NewIDs(Name, "seed"), Faults: []fakekit.Fault{{Destination: "*", Code: 1}},
		})
		require.NoError(t, err)
		assert.Equal(t, []fakekit.Fault{{Destination: "*", Code: 1}}, fake.Faults())
	})
	t.Run("nil is the defaults", func(t *testing.T) {
		t.Parallel()
		fake, err := Provider{}.New(nil, provider.Common{})
		require.NoError(t, err)
		assert.Equal(t, "0", decode(t, postForm(t, fake.(*Server), PathJSON, goodForm())).Messages[0]["status"])
	})
	t.Run("refuses an unknown signature method", func(t *testing.T) {
		t.Parallel()
		_, err := Provider{}.New(&Config{SignatureMethod: "sha3"}, provider.Common{})
		assert.ErrorContains(t, err, "signature_method \"sha3\" is not one of md5hash, md5, sha1, sha256, sha512")
	})
	t.Run("refuses another provider's configuration", func(t *testing.T) {
		t.Parallel()
		_, err := Provider{}.New(struct{}{}, provider.Common{})
		assert.ErrorContains(t, err, "want *fakevonage.Config")
	})
}

func TestProviderDescribe(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name   string
		path   string
		header http.Header
		body   string
		want   provider.Message
	}{
		{"reads the query of nexmo's request", PathJSON + "?from=Acme&to=447700900000&text=hi&api_key=k&api_secret=s", nil, "",
			provider.Message{Destination: "447700900000", Text: "hi", Credentials: []string{"k", "s"}}},
		{"reads a JSON body and Basic auth", PathJSON,
			http.Header{"Content-Type": {"application/json"}, "Authorization": {"Basic " + base64.StdEncoding.EncodeToString([]byte("k:s"))}},
			`{"to":"447700900000","text":"hi"}`,
			provider.Message{Destination: "447700900000", Text: "hi", Credentials: []string{"k", "s"}}},
		{"reads a signature", PathJSON, http.Header{"Content-Type": {"application/x-www-form-urlencoded"}}, "to=1&text=t&api_key=k&sig=abc",
			provider.Message{Destination: "1", Text: "t", Credentials: []string{"k", "abc"}}},
		{"gives nothing for a body it cannot read", PathJSON, http.Header{"Content-Type": {"application/json"}}, "{", provider.Message{}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tc.want, Provider{}.Describe(http.MethodPost, tc.path, tc.header, []byte(tc.body)))
		})
	}
}

func TestProviderAnswer(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name   string
		status int
		body   string
		want   provider.Answer
	}{
		{"a status 0 is accepted", 200, `{"message-count":"1","messages":[{"message-id":"0C00","status":"0"}]}`, provider.Answer{MessageID: "0C00", Accepted: true}},
		{"a refusal inside a 200 is not", 200, `{"message-count":"1","messages":[{"status":"4","error-text":"Bad Credentials"}]}`, provider.Answer{}},
		{"one refused part refuses the send", 200, `{"messages":[{"message-id":"A","status":"0"},{"message-id":"B","status":"1"}]}`, provider.Answer{MessageID: "A"}},
		{"an HTTP error is not", 503, ``, provider.Answer{}},
		{"a body that is neither JSON nor XML is not", 200, `status=0`, provider.Answer{}},
		{"an XML answer is read too", 200, `<?xml version="1.0" encoding="UTF-8"?><mt-submission-response><messages count="1"><message><to>1</to><messageId>0C00</messageId><status>0</status></message></messages></mt-submission-response>`,
			provider.Answer{MessageID: "0C00", Accepted: true}},
		{"a refusal in XML is not", 200, `<mt-submission-response><messages count="1"><message><status>4</status><errorText>Bad Credentials</errorText></message></messages></mt-submission-response>`, provider.Answer{}},
	}
	for _, tc := range cases {
		t.Run(tc.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tc.want, Provider{}.Answer(tc.status, []byte(tc.body)))
		})
	}
}
