package faketwilio_test

import (
	"fmt"
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/fakekit"
	"github.com/hookemu/hookemu/faketwilio"
)

var validMessage = form("To", "+14155552345", "From", "+15005550006", "Body", "Your code is 123456")

// encodings are the two body encodings twilio-node has used; every rule must
// hold for both.
var encodings = []struct {
	name    string
	request func(t *testing.T, path string, form url.Values) *http.Request
}{
	{"urlencoded", func(_ *testing.T, path string, f url.Values) *http.Request { return post(path, f) }},
	{"multipart", postMultipart},
}

func TestCreatingAMessageAnswersTwiliosExactBody(t *testing.T) {
	t.Parallel()
	for _, enc := range encodings {
		t.Run("sent as "+enc.name, func(t *testing.T) {
			t.Parallel()
			srv := newServer(faketwilio.Config{})
			rec := serve(srv, enc.request(t, messagesPath, validMessage))

			require.Equal(t, http.StatusCreated, rec.Code, rec.Body.String())
			assert.Equal(t, "application/json", rec.Header().Get("Content-Type"))
			assert.Regexp(t, `^RQ[0-9a-f]{32}$`, rec.Header().Get("Twilio-Request-Id"))
			sid, _ := decode(t, rec)["sid"].(string)
			require.Regexp(t, messageSID, sid)
			uri := "/2010-04-01/Accounts/" + account + "/Messages/" + sid
			want := `{"account_sid":"` + account + `","api_version":"2010-04-01",` +
				`"body":"Your code is 123456","date_created":"Thu, 24 Aug 2023 05:01:45 +0000",` +
				`"date_sent":null,"date_updated":"Thu, 24 Aug 2023 05:01:45 +0000",` +
				`"direction":"outbound-api","error_code":null,"error_message":null,` +
				`"from":"+15005550006","messaging_service_sid":null,"num_media":"0",` +
				`"num_segments":"1","price":null,"price_unit":"USD","sid":"` + sid + `",` +
				`"status":"queued","subresource_uris":{"media":"` + uri + `/Media.json"},` +
				`"to":"+14155552345","uri":"` + uri + `.json"}`
			assert.Equal(t, want, rec.Body.String())
		})
	}
}

func TestMessageRules(t *testing.T) {
	t.Parallel()
	owned := faketwilio.Config{Numbers: []string{"+14155550100", "whatsapp:+14155550199", "Acme"}}
	tests := []struct {
		name    string
		cfg     faketwilio.Config
		form    url.Values
		status  int
		code    int
		message string
	}{
		{name: "a message without To is refused with 21604",
			form: with(validMessage, "To", ""), status: 400, code: 21604, message: "A 'To' phone number is required."},
		{name: "a lowercase to is an unknown key, so To is missing",
			form: form("to", "+14155552345", "From", "+15005550006", "Body", "hi"), status: 400, code: 21604,
			message: "A 'To' phone number is required."},
		{name: "a national number is not a valid To",
			form: with(validMessage, "To", "5551234567"), status: 400, code: 21211,
			message: "The 'To' number 5551234567 is not a valid phone number."},
		{name: "a number with dashes is not a valid To",
			form: with(validMessage, "To", "+1-808-555-5555"), status: 400, code: 21211,
			message: "The 'To' number +1-808-555-5555 is not a valid phone number."},
		{name: "a number with a leading zero is not a valid To",
			form: with(validMessage, "To", "+0141555523"), status: 400, code: 21211,
			message: "The 'To' number +0141555523 is not a valid phone number."},
		{name: "a number of six digits is too short",
			form: with(validMessage, "To", "+123456"), status: 400, code: 21211,
			message: "The 'To' number +123456 is not a valid phone number."},
		{name: "a number of sixteen digits is too long",
			form: with(validMessage, "To", "+1234567890123456"), status: 400, code: 21211,
			message: "The 'To' number +1234567890123456 is not a valid phone number."},
		{name: "the test number +15005550001 is invalid",
			form: with(validMessage, "To", "+15005550001"), status: 400, code: 21211,
			message: "The 'To' number +15005550001 is not a valid phone number."},
		{name: "a number of seven digits is accepted",
			form: with(validMessage, "To", "+1234567"), status: 201},
		{name: "a number of fifteen digits is accepted",
			form: with(validMessage, "To", "+123456789012345"), status: 201},
		{name: "a WhatsApp recipient is accepted",
			form: with(validMessage, "To", "whatsapp:+14155552345"), status: 201},
		{name: "a message without From or MessagingServiceSid is refused with 21603",
			form: with(validMessage, "From", ""), status: 400, code: 21603, message: "A 'From' phone number is required."},
		{name: "a lowercase from is an unknown key, so From is missing",
			form: form("To", "+14155552345", "from", "+15005550006", "Body", "hi"), status: 400, code: 21603,
			message: "A 'From' phone number is required."},
		{name: "a Messaging Service may stand in for From",
			form: with(validMessage, "From", "", "MessagingServiceSid", "MG0123456789abcdef0123456789abcdef"), status: 201},
		{name: "any From is the account's when no numbers are configured",
			form: with(validMessage, "From", "+14155559999"), status: 201},
		{name: "a From outside the configured numbers is refused with 21606", cfg: owned,
			form: with(validMessage, "From", "+14155559999"), status: 400, code: 21606,
			message: "The From phone number +14155559999 is not a valid, SMS-capable inbound phone number or short code for your account."},
		{name: "a configured number is a valid From", cfg: owned,
			form: with(validMessage, "From", "+14155550100"), status: 201},
		{name: "a configured number written with spaces is the same number", cfg: owned,
			form: with(validMessage, "From", "+1 415 555 0100"), status: 201},
		{name: "a configured WhatsApp number is a valid WhatsApp From", cfg: owned,
			form: with(validMessage, "From", "whatsapp:+14155550199"), status: 201},
		{name: "a configured alphanumeric sender is a valid From", cfg: owned,
			form: with(validMessage, "From", "Acme"), status: 201},
		{name: "another alphanumeric sender is refused with 21606", cfg: owned,
			form: with(validMessage, "From", "Acme1"), status: 400, code: 21606,
			message: "The From phone number Acme1 is not a valid, SMS-capable inbound phone number or short code for your account."},
		{name: "the test number +15005550006 is always a valid From", cfg: owned,
			form: validMessage, status: 201},
		{name: "a message without Body or MediaUrl is refused with 21602",
			form: with(validMessage, "Body", ""), status: 400, code: 21602, message: "Message body is required."},
		{name: "a lowercase body is an unknown key, so Body is missing",
			form: form("To", "+14155552345", "From", "+15005550006", "body", "hi"), status: 400, code: 21602,
			message: "Message body is required."},
		{name: "a MediaUrl may stand in for Body",
			form: with(validMessage, "Body", "", "MediaUrl", "https://example.com/cat.png"), status: 201},
		{name: "a Body of 1600 characters is accepted",
			form: with(validMessage, "Body", strings.Repeat("é", 1600)), status: 201},
		{name: "a Body of 1601 characters is refused with 21617",
			form: with(validMessage, "Body", strings.Repeat("a", 1601)), status: 400, code: 21617,
			message: "The concatenated message body exceeds the 1600 character limit."},
		{name: "the test number +15005550009 is not a mobile number",
			form: with(validMessage, "To", "+15005550009"), status: 400, code: 21614,
			message: "'To' number is not a valid mobile number"},
		{name: "the test number +15005550003 is in a region without permission",
			form: with(validMessage, "To", "+15005550003"), status: 400, code: 21408,
			message: "Permission to send an SMS has not been enabled for the region indicated by the 'To' number: +15005550003"},
		{name: "unknown keys are ignored",
			form: with(validMessage, "ProvideFeedback", "true", "Whatever", "x"), status: 201},
	}
	for _, tt := range tests {
		for _, enc := range encodings {
			t.Run(tt.name+" ("+enc.name+")", func(t *testing.T) {
				t.Parallel()
				srv := newServer(tt.cfg)
				rec := serve(srv, enc.request(t, messagesPath, tt.form))
				if tt.status == http.StatusCreated {
					assert.Equal(t, http.StatusCreated, rec.Code, rec.Body.String())
					assert.Len(t, srv.Messages(), 1)
					return
				}
				assertError(t, rec, tt.status, tt.code, tt.message)
				assert.Empty(t, srv.Messages())
			})
		}
	}
}

func TestAJSONBodyCarriesNoParameters(t *testing.T) {
	t.Parallel()
	srv := newServer(faketwilio.Config{})
	r := request(http.MethodPost, messagesPath, "application/json",
		`{"To":"+14155552345","From":"+15005550006","Body":"hi"}`, account, token)
	assertError(t, serve(srv, r), 400, 21604, "A 'To' phone number is required.")
}

func TestNumSegmentsCountsGSM7AndUCS2(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name     string
		body     string
		segments string
		encoding string
	}{
		{"a short GSM-7 text is one segment", "hello", "1", fakekit.EncodingGSM7},
		{"160 GSM-7 characters are one segment", strings.Repeat("a", 160), "1", fakekit.EncodingGSM7},
		{"161 GSM-7 characters are two segments", strings.Repeat("a", 161), "2", fakekit.EncodingGSM7},
		{"306 GSM-7 characters are two segments", strings.Repeat("a", 306), "2", fakekit.EncodingGSM7},
		{"307 GSM-7 characters are three segments", strings.Repeat("a", 307), "3", fakekit.EncodingGSM7},
		{"80 euro signs take two septets each and fit one segment", strings.Repeat("€", 80), "1", fakekit.EncodingGSM7},
		{"81 euro signs need two segments", strings.Repeat("€", 81), "2", fakekit.EncodingGSM7},
		{"70 UCS-2 characters are one segment", strings.Repeat("ж", 70), "1", fakekit.EncodingUCS2},
		{"71 UCS-2 characters are two segments", strings.Repeat("ж", 71), "2", fakekit.EncodingUCS2},
		{"one emoji makes a GSM-7 text UCS-2", strings.Repeat("a", 69) + "🙂", "2", fakekit.EncodingUCS2},
		{"1600 UCS-2 characters are 24 segments", strings.Repeat("ж", 1600), "24", fakekit.EncodingUCS2},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			srv := newServer(faketwilio.Config{})
			rec := serve(srv, post(messagesPath, with(validMessage, "Body", tt.body)))
			require.Equal(t, http.StatusCreated, rec.Code, rec.Body.String())
			assert.Equal(t, tt.segments, decode(t, rec)["num_segments"])
			require.Len(t, srv.Messages(), 1)
			assert.Equal(t, tt.encoding, srv.Messages()[0].Encoding)
			assert.Equal(t, tt.segments, fmt.Sprint(srv.Messages()[0].NumSegments))
		})
	}
}

func TestAMessagingServiceSendIsAcceptedWithoutFrom(t *testing.T) {
	t.Parallel()
	srv := newServer(faketwilio.Config{})
	const mg = "MG0123456789abcdef0123456789abcdef"
	rec := serve(srv, post(messagesPath, with(validMessage, "From", "", "MessagingServiceSid", mg)))

	require.Equal(t, http.StatusCreated, rec.Code, rec.Body.String())
	body := decode(t, rec)
	assert.Equal(t, "accepted", body["status"])
	assert.Nil(t, body["from"])
	assert.Equal(t, mg, body["messaging_service_sid"])
}

func TestAMessageWithMediaCountsItsMedia(t *testing.T) {
	t.Parallel()
	srv := newServer(faketwilio.Config{})
	f := with(validMessage)
	f.Add("MediaUrl", "https://example.com/a.png")
	f.Add("MediaUrl", "https://example.com/b.png")
	rec := serve(srv, post(messagesPath, f))

	require.Equal(t, http.StatusCreated, rec.Code, rec.Body.String())
	assert.Equal(t, "2", decode(t, rec)["num_media"])
	assert.Equal(t, []string{"https://example.com/a.png", "https://example.com/b.png"}, srv.Messages()[0].MediaURL)
}

func TestMessagesReturnsCopiesOfWhatWasReceived(t *testing.T) {
	t.Parallel()
	srv := newServer(faketwilio.Config{})
	f := with(validMessage, "StatusCallback", "https://example.com/status", "Extra", "kept")
	rec := serve(srv, post(messagesPath, f))
	require.Equal(t, http.StatusCreated, rec.Code, rec.Body.String())

	got := srv.Messages()
	require.Len(t, got, 1)
	m := got[0]
	assert.Equal(t, decode(t, rec)["sid"], m.SID)
	assert.Equal(t, account, m.AccountSID)
	assert.Equal(t, "+14155552345", m.To)
	assert.Equal(t, "+15005550006", m.From)
	assert.Equal(t, "Your code is 123456", m.Body)
	assert.Equal(t, "https://example.com/status", m.StatusCallback)
	assert.Equal(t, "queued", m.Status)
	assert.Equal(t, now, m.DateCreated)
	assert.Equal(t, f, m.Form)

	m.Form.Set("To", "changed")
	m.Body = "changed"
	assert.Equal(t, "+14155552345", srv.Messages()[0].Form.Get("To"))
	assert.Equal(t, "Your code is 123456", srv.Messages()[0].Body)
}

func TestFetchingAMessage(t *testing.T) {
	t.Parallel()
	srv := newServer(faketwilio.Config{})
	created := serve(srv, post(messagesPath, validMessage))
	require.Equal(t, http.StatusCreated, created.Code, created.Body.String())
	sid := decode(t, created)["sid"].(string)
	messagePath := "/2010-04-01/Accounts/" + account + "/Messages/" + sid + ".json"

	t.Run("a sent message reads back as it was created", func(t *testing.T) {
		rec := serve(srv, get(messagePath))
		assert.Equal(t, http.StatusOK, rec.Code)
		assert.Equal(t, created.Body.String(), rec.Body.String())
	})
	t.Run("an unknown SID is refused with 20404 naming the path", func(t *testing.T) {
		path := "/2010-04-01/Accounts/" + account + "/Messages/SM00000000000000000000000000000000.json"
		assertError(t, serve(srv, get(path)), 404, 20404, "The requested resource "+path+" was not found")
	})
	t.Run("another account cannot read the message", func(t *testing.T) {
		const other = "AC11111111111111111111111111111111"
		path := "/2010-04-01/Accounts/" + other + "/Messages/" + sid + ".json"
		r := request(http.MethodGet, path, "", "", other, token)
		assertError(t, serve(srv, r), 404, 20404, "The requested resource "+path+" was not found")
	})
	t.Run("a malformed SID is refused with 20404", func(t *testing.T) {
		path := "/2010-04-01/Accounts/" + account + "/Messages/latest.json"
		assertError(t, serve(srv, get(path)), 404, 20404, "The requested resource "+path+" was not found")
	})
	t.Run("reading is not sending", func(t *testing.T) {
		assert.Len(t, srv.Messages(), 1)
	})
	t.Run("Message finds the message by SID", func(t *testing.T) {
		m, ok := srv.Message(sid)
		require.True(t, ok)
		assert.Equal(t, "+14155552345", m.To)
		_, ok = srv.Message("SM00000000000000000000000000000000")
		assert.False(t, ok)
	})
}
