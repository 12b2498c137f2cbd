package fakeesendex

import (
	"encoding/xml"
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAJSONDispatchGetsAJSONBatch(t *testing.T) {
	t.Parallel()
	s := newTestServer(Config{})
	a := do(t, s, request{body: jsonBody(DemoAccountReference, "+447700900123", "Your code is 123456")})
	require.Equal(t, http.StatusOK, a.status, a.body)
	assert.Equal(t, "application/json; charset=utf-8", a.header.Get("Content-Type"))
	m := a.decode(t)
	assert.Nil(t, m["errors"])
	batch := m["batch"].(map[string]any)
	assert.NotEmpty(t, batch["batchid"])
	header := batch["messageheaders"].([]any)[0].(map[string]any)
	assert.Equal(t, "https://api.esendex.com/v1.0/messageheaders/"+header["id"].(string), header["uri"])

	e := s.Journal().Entries()[0]
	assert.Equal(t, Name, e.Provider)
	assert.Equal(t, "+447700900123", e.Destination)
	assert.Equal(t, header["id"], e.MessageID)
	assert.True(t, e.Accepted)
}

func TestAnXMLDispatchGetsMessageHeaders(t *testing.T) {
	t.Parallel()
	s := newTestServer(Config{})
	body := `<?xml version="1.0" encoding="utf-8"?><messages xmlns="http://api.esendex.com/ns/"><accountreference>ex000000</accountreference>` +
		`<message><to>447700900123</to><body>one</body></message><message><to>07700900456</to><body>two</body><type>Voice</type></message></messages>`
	a := do(t, s, request{body: body, header: xmlClient()})
	require.Equal(t, http.StatusOK, a.status, a.body)
	assert.Equal(t, "application/xml; charset=utf-8", a.header.Get("Content-Type"))
	var got struct {
		XMLName xml.Name `xml:"http://api.esendex.com/ns/ messageheaders"`
		BatchID string   `xml:"batchid,attr"`
		Headers []struct {
			URI string `xml:"uri,attr"`
			ID  string `xml:"id,attr"`
		} `xml:"messageheader"`
	}
	require.NoError(t, xml.Unmarshal([]byte(a.body), &got), a.body)
	assert.Equal(t, strings.ToUpper(got.BatchID), got.BatchID, "Esendex's GUIDs are upper case in XML")
	require.Len(t, got.Headers, 2, "one message header per message")
	assert.Equal(t, "https://api.esendex.com/v1.0/messageheaders/"+got.Headers[1].ID, got.Headers[1].URI)
}

func TestSeededIDsRepeat(t *testing.T) {
	t.Parallel()
	first := do(t, newTestServer(Config{}), request{body: jsonBody(DemoAccountReference, "447700900123", "hi")})
	second := do(t, newTestServer(Config{}), request{body: jsonBody(DemoAccountReference, "447700900123", "hi")})
	assert.Equal(t, first.body, second.body)
}

func TestTheDocsHookBodyIsAccepted(t *testing.T) {
	t.Parallel()
	// axios sends the docs' JSON.stringify'd body as it is, with the
	// headers the hook set and Basic auth from its auth option.
	h := jsonClient()
	h.Set("Accept-Encoding", "gzip, deflate, br")
	a := do(t, newTestServer(Config{}), request{header: h, body: `{"accountreference":"EX000000","messages":[{"to":"+447700900123","body":"Your code is 123456"}]}`})
	assert.Equal(t, http.StatusOK, a.status, a.body)
}

func TestDispatchErrors(t *testing.T) {
	t.Parallel()
	noAuth := http.Header{"Content-Type": {"application/json"}, "Accept": {"application/json"}}
	wrong := jsonClient()
	wrong.Set("Authorization", basic(DemoUsername, "nope"))
	missing := jsonClient()
	missing.Set("Authorization", basic("undefined", "undefined"))
	form := jsonClient()
	form.Set("Content-Type", "application/x-www-form-urlencoded")
	noType := jsonClient()
	noType.Del("Content-Type")
	cases := []struct {
		name   string
		req    request
		status int
		code   string
	}{
		{"no credentials is 401", request{header: noAuth, body: jsonBody(DemoAccountReference, "447700900123", "hi")}, 401, "authentication_required"},
		{"a wrong password is 403", request{header: wrong, body: jsonBody(DemoAccountReference, "447700900123", "hi")}, 403, "authentication_failed"},
		{"secrets that were never set are 403", request{header: missing, body: jsonBody(DemoAccountReference, "447700900123", "hi")}, 403, "authentication_failed"},
		{"another account's reference is 403", request{body: jsonBody("EX999999", "447700900123", "hi")}, 403, "account_reference_not_authorised"},
		{"a form body is 415", request{header: form, body: "to=1"}, 415, "unsupported_media_type"},
		{"no content type is 415", request{header: noType, body: jsonBody(DemoAccountReference, "447700900123", "hi")}, 415, "unsupported_media_type"},
		{"an empty body is 400", request{body: ""}, 400, "invalid_request"},
		{"malformed JSON is 400", request{body: "{"}, 400, "invalid_request"},
		{"no account reference is 400", request{body: `{"messages":[{"to":"447700900123","body":"hi"}]}`}, 400, "invalid_request"},
		{"no messages is 400", request{body: `{"accountreference":"EX000000","messages":[]}`}, 400, "invalid_request"},
		{"a message without a recipient is 400", request{body: jsonBody(DemoAccountReference, "", "hi")}, 400, "invalid_request"},
		{"an unknown message type is 400", request{body: `{"accountreference":"EX000000","messages":[{"to":"447700900123","body":"hi","type":"Fax"}]}`}, 400, "invalid_request"},
		{"a number of three digits is 400", request{body: jsonBody(DemoAccountReference, "123", "hi")}, 400, "invalid_request"},
		{"a recipient that is no number names an unknown contact: 404", request{body: jsonBody(DemoAccountReference, "not-a-number", "hi")}, 404, "contact_not_found"},
		{"an empty message body is 406", request{body: jsonBody(DemoAccountReference, "447700900123", " ")}, 406, "empty_message_body"},
		{"another path is 404", request{path: "/v1.0/nothing", body: "{}"}, 404, "not_found"},
		{"a GET of the dispatcher is 405", request{method: http.MethodGet}, 405, "method_not_allowed"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			s := newTestServer(demoAccount())
			a := do(t, s, c.req)
			assert.Equal(t, c.status, a.status, a.body)
			m := a.decode(t)
			assert.Nil(t, m["batch"])
			assert.Equal(t, c.code, m["errors"].([]any)[0].(map[string]any)["code"])
			require.Len(t, s.Journal().Entries(), 1)
			assert.False(t, s.Journal().Entries()[0].Accepted)
		})
	}
}

func TestAnXMLClientGetsErrorsAsPlainText(t *testing.T) {
	t.Parallel()
	h := xmlClient()
	h.Set("Authorization", basic(DemoUsername, "nope"))
	a := do(t, newTestServer(demoAccount()), request{header: h, body: xmlBody(DemoAccountReference, "447700900123", "hi")})
	assert.Equal(t, http.StatusForbidden, a.status)
	assert.Equal(t, "text/plain; charset=utf-8", a.header.Get("Content-Type"))
	assert.Equal(t, "Failed authentication", a.body)
}

func TestTheZeroConfigTakesAnyLoginAndAccount(t *testing.T) {
	t.Parallel()
	h := jsonClient()
	h.Set("Authorization", basic("ops@acme.io", "whatever"))
	s := newTestServer(Config{})
	assert.Equal(t, http.StatusOK, do(t, s, request{header: h, body: jsonBody("EX0999999", "447700900123", "hi")}).status)
	h.Set("Authorization", basic("ops@acme.io", "undefined"))
	assert.Equal(t, http.StatusForbidden, do(t, s, request{header: h, body: jsonBody("EX0999999", "447700900123", "hi")}).status)
	assert.Equal(t, http.StatusForbidden, do(t, s, request{body: jsonBody("undefined", "447700900123", "hi")}).status, "an account reference read from an unset secret")
}

func TestConfiguredLoginsAndAccounts(t *testing.T) {
	t.Parallel()
	s := newTestServer(Config{Users: []User{{Username: "ops@acme.io", Password: "api-pass"}}, AccountReferences: []string{"EX0123456"}})
	h := jsonClient()
	h.Set("Authorization", basic("OPS@acme.io", "api-pass"))
	assert.Equal(t, http.StatusOK, do(t, s, request{header: h, body: jsonBody("EX0123456", "447700900123", "hi")}).status, "usernames are email addresses, compared without case")
	assert.Equal(t, http.StatusForbidden, do(t, s, request{body: jsonBody("EX0123456", "447700900123", "hi")}).status, "the demo login is gone once users are configured")
	assert.Equal(t, http.StatusForbidden, do(t, s, request{header: h, body: jsonBody(DemoAccountReference, "447700900123", "hi")}).status)
}

func TestTheBodyIsReadOnlyAfterTheLogin(t *testing.T) {
	t.Parallel()
	h := jsonClient()
	h.Set("Authorization", basic(DemoUsername, "nope"))
	assert.Equal(t, http.StatusForbidden, do(t, newTestServer(demoAccount()), request{header: h, body: "{"}).status)
}
