package faketwilio_test

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/faketwilio"
)

const sayCode = `<?xml version="1.0" encoding="UTF-8"?><Response><Say>Your code is 1 2 3 4 5 6</Say></Response>`

var validCall = form("To", "+14155552345", "From", "+15005550006", "Twiml", sayCode, "Timeout", "30")

func TestPlacingACallAnswersTwiliosExactBody(t *testing.T) {
	t.Parallel()
	for _, enc := range encodings {
		t.Run("sent as "+enc.name, func(t *testing.T) {
			t.Parallel()
			srv := newServer(faketwilio.Config{})
			rec := serve(srv, enc.request(t, callsPath, validCall))

			require.Equal(t, http.StatusCreated, rec.Code, rec.Body.String())
			sid, _ := decode(t, rec)["sid"].(string)
			require.Regexp(t, callSID, sid)
			uri := "/2010-04-01/Accounts/" + account + "/Calls/" + sid
			date := "Thu, 24 Aug 2023 05:01:45 +0000"
			want := `{"account_sid":"` + account + `","annotation":null,"answered_by":null,` +
				`"api_version":"2010-04-01","caller_name":null,"date_created":"` + date + `",` +
				`"date_updated":"` + date + `","direction":"outbound-api","duration":null,` +
				`"end_time":null,"forwarded_from":null,"from":"+15005550006",` +
				`"from_formatted":"+15005550006","group_sid":null,"parent_call_sid":null,` +
				`"phone_number_sid":null,"price":null,"price_unit":"USD","queue_time":"0",` +
				`"sid":"` + sid + `","start_time":null,"status":"queued","subresource_uris":{` +
				`"events":"` + uri + `/Events.json","notifications":"` + uri + `/Notifications.json",` +
				`"payments":"` + uri + `/Payments.json","recordings":"` + uri + `/Recordings.json",` +
				`"siprec":"` + uri + `/Siprec.json","streams":"` + uri + `/Streams.json"},` +
				`"to":"+14155552345","to_formatted":"+14155552345","trunk_sid":null,"uri":"` + uri + `.json"}`
			assert.Equal(t, want, rec.Body.String())
		})
	}
}

func TestCallsRecordWhatWasReceived(t *testing.T) {
	t.Parallel()
	t.Run("the Twiml and Timeout are kept as sent", func(t *testing.T) {
		t.Parallel()
		srv := newServer(faketwilio.Config{})
		rec := serve(srv, post(callsPath, validCall))
		require.Equal(t, http.StatusCreated, rec.Code, rec.Body.String())

		calls := srv.Calls()
		require.Len(t, calls, 1)
		c := calls[0]
		assert.Equal(t, decode(t, rec)["sid"], c.SID)
		assert.Equal(t, account, c.AccountSID)
		assert.Equal(t, "+14155552345", c.To)
		assert.Equal(t, "+15005550006", c.From)
		assert.Equal(t, sayCode, c.Twiml)
		assert.Equal(t, 30, c.Timeout)
		assert.Equal(t, now, c.DateCreated)
		assert.Equal(t, validCall, c.Form)
	})
	t.Run("a call without Timeout rings for Twilio's default 60 seconds", func(t *testing.T) {
		t.Parallel()
		srv := newServer(faketwilio.Config{})
		rec := serve(srv, post(callsPath, with(validCall, "Timeout", "")))
		require.Equal(t, http.StatusCreated, rec.Code, rec.Body.String())
		assert.Equal(t, 60, srv.Calls()[0].Timeout)
		assert.NotContains(t, srv.Calls()[0].Form, "Timeout")
	})
	t.Run("a call by Url keeps the Url and Method", func(t *testing.T) {
		t.Parallel()
		srv := newServer(faketwilio.Config{})
		f := form("To", "+14155552345", "From", "+15005550006", "Url", "https://example.com/twiml", "Method", "GET")
		require.Equal(t, http.StatusCreated, serve(srv, post(callsPath, f)).Code)
		assert.Equal(t, "https://example.com/twiml", srv.Calls()[0].URL)
		assert.Equal(t, "GET", srv.Calls()[0].Method)
	})
	t.Run("a copy changed by the caller leaves the record alone", func(t *testing.T) {
		t.Parallel()
		srv := newServer(faketwilio.Config{})
		require.Equal(t, http.StatusCreated, serve(srv, post(callsPath, validCall)).Code)
		srv.Calls()[0].Form.Set("Twiml", "changed")
		assert.Equal(t, sayCode, srv.Calls()[0].Form.Get("Twiml"))
	})
}

func TestCallRules(t *testing.T) {
	t.Parallel()
	base := form("To", "+14155552345", "From", "+15005550006")
	twiml := func(s string) url.Values { return with(base, "Twiml", s) }
	const parseFailure = "Document parse failure: Twiml must be well-formed XML with a <Response> root: "
	// sized is a well-formed document of exactly n characters.
	sized := func(n int) string {
		const open, end = "<Response><Say>", "</Say></Response>"
		return open + strings.Repeat("x", n-len(open)-len(end)) + end
	}
	tests := []struct {
		name    string
		cfg     faketwilio.Config
		form    url.Values
		status  int
		code    int
		message string
	}{
		{name: "a call without To is refused with 21604",
			form: with(validCall, "To", ""), status: 400, code: 21604, message: "A 'To' phone number is required."},
		{name: "a lowercase to is an unknown key, so To is missing",
			form: form("to", "+14155552345", "From", "+15005550006", "Twiml", sayCode), status: 400, code: 21604,
			message: "A 'To' phone number is required."},
		{name: "a national number is not a valid To",
			form: with(validCall, "To", "4155552345"), status: 400, code: 21211,
			message: "The 'To' number 4155552345 is not a valid phone number."},
		{name: "the test number +15005550001 is invalid",
			form: with(validCall, "To", "+15005550001"), status: 400, code: 21211,
			message: "The 'To' number +15005550001 is not a valid phone number."},
		{name: "a Twilio Client identity may be called",
			form: with(validCall, "To", "client:alice"), status: 201},
		{name: "a SIP address may be called",
			form: with(validCall, "To", "sip:alice@example.com"), status: 201},
		{name: "an empty Client identity is not a valid To",
			form: with(validCall, "To", "client:"), status: 400, code: 21211,
			message: "The 'To' number client: is not a valid phone number."},
		{name: "a call without From is refused with 21603",
			form: with(validCall, "From", ""), status: 400, code: 21603, message: "A 'From' phone number is required."},
		{name: "a From outside the configured numbers is refused with 21210",
			cfg:  faketwilio.Config{Numbers: []string{"+14155550100"}},
			form: with(validCall, "From", "+14155559999"), status: 400, code: 21210,
			message: "The source phone number provided, +14155559999, is not yet verified for your account. " +
				"You may only make calls from phone numbers that you've verified or purchased from Twilio."},
		{name: "a configured number may call",
			cfg:  faketwilio.Config{Numbers: []string{"+14155550100"}},
			form: with(validCall, "From", "+14155550100"), status: 201},
		{name: "a call without Url, Twiml or ApplicationSid is refused with 21205",
			form: base, status: 400, code: 21205, message: "Url parameter is required."},
		{name: "an empty Twiml is no Twiml",
			form: with(base, "Twiml", ""), status: 400, code: 21205, message: "Url parameter is required."},
		{name: "a lowercase twiml is an unknown key",
			form: with(base, "twiml", sayCode), status: 400, code: 21205, message: "Url parameter is required."},
		{name: "a Url alone is enough",
			form: with(base, "Url", "https://example.com/twiml"), status: 201},
		{name: "an ApplicationSid alone is enough",
			form: with(base, "ApplicationSid", "AP0123456789abcdef0123456789abcdef"), status: 201},
		{name: "a Url and a Twiml together are accepted, as Twilio takes the Url",
			form: with(validCall, "Url", "https://example.com/twiml"), status: 201},
		{name: "Twiml that is not XML is a parse failure",
			form: twiml("Your code is 123456"), status: 400, code: 12100,
			message: parseFailure + `text "Your code is 123456" outside the root element`},
		{name: "Twiml with an unclosed element is a parse failure",
			form: twiml("<Response><Say>hi</Response>"), status: 400, code: 12100,
			message: parseFailure + "XML syntax error on line 1: element <Say> closed by </Response>"},
		{name: "Twiml cut short is a parse failure",
			form: twiml("<Response><Say>hi</Say>"), status: 400, code: 12100,
			message: parseFailure + "XML syntax error on line 1: unexpected EOF"},
		{name: "Twiml with another root is a parse failure",
			form: twiml("<Say>hi</Say>"), status: 400, code: 12100,
			message: parseFailure + "the root element is <Say>"},
		{name: "Twiml with a lowercase root is a parse failure",
			form: twiml("<response><Say>hi</Say></response>"), status: 400, code: 12100,
			message: parseFailure + "the root element is <response>"},
		{name: "Twiml with two roots is a parse failure",
			form: twiml("<Response/><Response/>"), status: 400, code: 12100,
			message: parseFailure + "a second root element <Response> follows </Response>"},
		{name: "Twiml with an undefined entity is a parse failure",
			form: twiml("<Response><Say>a&nbsp;b</Say></Response>"), status: 400, code: 12100,
			message: parseFailure + "XML syntax error on line 1: invalid character entity &nbsp;"},
		{name: "Twiml of only a comment is a parse failure",
			form: twiml("<!-- nothing -->"), status: 400, code: 12100,
			message: parseFailure + "there is no root element"},
		{name: "Twiml with a declaration, comments and whitespace is accepted",
			form: twiml("<?xml version=\"1.0\"?>\n<!-- code -->\n<Response>\n  <Say voice=\"alice\">1 2 3</Say>\n</Response>\n"), status: 201},
		{name: "an empty Response is accepted",
			form: twiml("<Response/>"), status: 201},
		{name: "Twiml of 4000 characters is accepted",
			form: twiml(sized(4000)), status: 201},
		{name: "Twiml of 4001 characters is refused with 21230",
			form: twiml(sized(4001)), status: 400, code: 21230,
			message: "Twiml is 4001 characters long; it may be at most 4000."},
		{name: "a Timeout of 1 second is accepted",
			form: with(validCall, "Timeout", "1"), status: 201},
		{name: "a Timeout of 600 seconds is accepted",
			form: with(validCall, "Timeout", "600"), status: 201},
		{name: "a Timeout of 0 is refused",
			form: with(validCall, "Timeout", "0"), status: 400, code: 20001,
			message: `Timeout must be an integer from 1 to 600, not "0".`},
		{name: "a Timeout of 601 is refused",
			form: with(validCall, "Timeout", "601"), status: 400, code: 20001,
			message: `Timeout must be an integer from 1 to 600, not "601".`},
		{name: "a Timeout that is not a number is refused",
			form: with(validCall, "Timeout", "thirty"), status: 400, code: 20001,
			message: `Timeout must be an integer from 1 to 600, not "thirty".`},
		{name: "a fractional Timeout is refused",
			form: with(validCall, "Timeout", "1.5"), status: 400, code: 20001,
			message: `Timeout must be an integer from 1 to 600, not "1.5".`},
	}
	for _, tt := range tests {
		for _, enc := range encodings {
			t.Run(tt.name+" ("+enc.name+")", func(t *testing.T) {
				t.Parallel()
				srv := newServer(tt.cfg)
				rec := serve(srv, enc.request(t, callsPath, tt.form))
				if tt.status == http.StatusCreated {
					assert.Equal(t, http.StatusCreated, rec.Code, rec.Body.String())
					assert.Len(t, srv.Calls(), 1)
					return
				}
				assertError(t, rec, tt.status, tt.code, tt.message)
				assert.Empty(t, srv.Calls())
			})
		}
	}
}

func TestFetchingACall(t *testing.T) {
	t.Parallel()
	srv := newServer(faketwilio.Config{})
	created := serve(srv, post(callsPath, validCall))
	require.Equal(t, http.StatusCreated, created.Code, created.Body.String())
	sid := decode(t, created)["sid"].(string)

	t.Run("a placed call reads back as it was created", func(t *testing.T) {
		rec := serve(srv, get("/2010-04-01/Accounts/"+account+"/Calls/"+sid+".json"))
		assert.Equal(t, http.StatusOK, rec.Code)
		assert.Equal(t, created.Body.String(), rec.Body.String())
	})
	t.Run("an unknown SID is refused with 20404", func(t *testing.T) {
		path := "/2010-04-01/Accounts/" + account + "/Calls/CA00000000000000000000000000000000.json"
		assertError(t, serve(srv, get(path)), 404, 20404, "The requested resource "+path+" was not found")
	})
	t.Run("Call finds the call by SID", func(t *testing.T) {
		c, ok := srv.Call(sid)
		require.True(t, ok)
		assert.Equal(t, sayCode, c.Twiml)
		_, ok = srv.Call("CA00000000000000000000000000000000")
		assert.False(t, ok)
	})
	t.Run("a message SID is no call", func(t *testing.T) {
		msg := serve(srv, post(messagesPath, validMessage))
		path := "/2010-04-01/Accounts/" + account + "/Calls/" + decode(t, msg)["sid"].(string) + ".json"
		assertError(t, serve(srv, get(path)), 404, 20404, "The requested resource "+path+" was not found")
	})
}
