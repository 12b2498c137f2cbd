package faketwilio_test

import (
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/faketwilio"
)

var validVerification = form("To", "+15017122661", "Channel", "sms", "CustomCode", "123456")

func TestStartingAVerificationAnswersTwiliosExactBody(t *testing.T) {
	t.Parallel()
	for _, version := range []string{"v2", "v1"} {
		for _, enc := range encodings {
			t.Run("on "+version+" sent as "+enc.name, func(t *testing.T) {
				t.Parallel()
				srv := newServer(faketwilio.Config{})
				path := "/" + version + "/Services/" + service + "/Verifications"
				rec := serve(srv, enc.request(t, path, validVerification))

				require.Equal(t, http.StatusCreated, rec.Code, rec.Body.String())
				assert.Equal(t, "application/json", rec.Header().Get("Content-Type"))
				body := decode(t, rec)
				sid, _ := body["sid"].(string)
				require.Regexp(t, verificationSID, sid)
				attempts, _ := body["send_code_attempts"].([]any)
				require.Len(t, attempts, 1)
				attempt, _ := attempts[0].(map[string]any)["attempt_sid"].(string)
				require.Regexp(t, attemptSID, attempt)
				want := `{"sid":"` + sid + `","service_sid":"` + service + `","account_sid":"` + account + `",` +
					`"to":"+15017122661","channel":"sms","status":"pending","valid":false,"lookup":{},` +
					`"amount":null,"payee":null,"send_code_attempts":[{"time":"2023-08-24T05:01:45Z",` +
					`"channel":"SMS","attempt_sid":"` + attempt + `"}],"date_created":"2023-08-24T05:01:45Z",` +
					`"date_updated":"2023-08-24T05:01:45Z",` +
					`"url":"https://verify.twilio.com/` + version + `/Services/` + service + `/Verifications/` + sid + `"}`
				assert.Equal(t, want, rec.Body.String())
			})
		}
	}
}

func TestVerificationsRecordWhatWasReceived(t *testing.T) {
	t.Parallel()
	srv := newServer(faketwilio.Config{})
	f := with(validVerification, "Locale", "fr", "CustomMessage", "hello", "Extra", "kept")
	rec := serve(srv, post("/v1/Services/"+service+"/Verifications", f))
	require.Equal(t, http.StatusCreated, rec.Code, rec.Body.String())

	got := srv.Verifications()
	require.Len(t, got, 1)
	v := got[0]
	assert.Equal(t, decode(t, rec)["sid"], v.SID)
	assert.Regexp(t, attemptSID, v.AttemptSID)
	assert.Equal(t, service, v.ServiceSID)
	assert.Equal(t, account, v.AccountSID)
	assert.Equal(t, "v1", v.APIVersion)
	assert.Equal(t, "+15017122661", v.To)
	assert.Equal(t, "sms", v.Channel)
	assert.Equal(t, "123456", v.CustomCode)
	assert.Equal(t, "fr", v.Locale)
	assert.Equal(t, "hello", v.CustomMessage)
	assert.Equal(t, now, v.DateCreated)
	assert.Equal(t, now, v.DateUpdated)
	assert.Equal(t, []faketwilio.SendCodeAttempt{{Time: now, Channel: "sms", AttemptSID: v.AttemptSID}}, v.Attempts)
	assert.Equal(t, f, v.Form)

	v.Form.Set("To", "changed")
	v.Attempts[0].Channel = "changed"
	assert.Equal(t, "+15017122661", srv.Verifications()[0].Form.Get("To"))
	assert.Equal(t, "sms", srv.Verifications()[0].Attempts[0].Channel)
}

func TestVerificationRules(t *testing.T) {
	t.Parallel()
	configured := faketwilio.Config{Services: []string{service}}
	const other = "VA11111111111111111111111111111111"
	tests := []struct {
		name    string
		cfg     faketwilio.Config
		path    string
		form    url.Values
		status  int
		code    int
		message string
	}{
		{name: "a verification without To is refused with 60200",
			form: with(validVerification, "To", ""), status: 400, code: 60200, message: "Invalid parameter: To"},
		{name: "a lowercase to is an unknown key, so To is missing",
			form: form("to", "+15017122661", "Channel", "sms"), status: 400, code: 60200, message: "Invalid parameter: To"},
		{name: "a verification without Channel is refused with 60200",
			form: with(validVerification, "Channel", ""), status: 400, code: 60200, message: "Invalid parameter: Channel"},
		{name: "a lowercase channel is an unknown key, so Channel is missing",
			form: form("To", "+15017122661", "channel", "sms"), status: 400, code: 60200, message: "Invalid parameter: Channel"},
		{name: "an unknown Channel is refused",
			form: with(validVerification, "Channel", "pigeon"), status: 400, code: 60200, message: "Invalid parameter: Channel"},
		{name: "an uppercase Channel is refused",
			form: with(validVerification, "Channel", "SMS"), status: 400, code: 60200, message: "Invalid parameter: Channel"},
		{name: "a national number is not a valid To",
			form: with(validVerification, "To", "5017122661"), status: 400, code: 60200, message: "Invalid parameter: To"},
		{name: "a phone number is no email address",
			form: with(validVerification, "Channel", "email"), status: 400, code: 60200, message: "Invalid parameter: To"},
		{name: "an email address is a valid To for email",
			form: with(validVerification, "Channel", "email", "To", "user@example.com"), status: 201},
		{name: "an email address is not a valid To for sms",
			form: with(validVerification, "To", "user@example.com"), status: 400, code: 60200, message: "Invalid parameter: To"},
		{name: "a call is a valid Channel", form: with(validVerification, "Channel", "call"), status: 201},
		{name: "whatsapp is a valid Channel", form: with(validVerification, "Channel", "whatsapp"), status: 201},
		{name: "sna is a valid Channel", form: with(validVerification, "Channel", "sna"), status: 201},
		{name: "auto is a valid Channel", form: with(validVerification, "Channel", "auto"), status: 201},
		{name: "a CustomCode of 3 characters is refused",
			form: with(validVerification, "CustomCode", "123"), status: 400, code: 60200, message: "Invalid parameter: CustomCode"},
		{name: "a CustomCode of 11 characters is refused",
			form: with(validVerification, "CustomCode", "12345678901"), status: 400, code: 60200, message: "Invalid parameter: CustomCode"},
		{name: "a CustomCode of 4 characters is accepted", form: with(validVerification, "CustomCode", "1234"), status: 201},
		{name: "a CustomCode of 10 characters is accepted", form: with(validVerification, "CustomCode", "1234567890"), status: 201},
		{name: "a verification without CustomCode is accepted", form: with(validVerification, "CustomCode", ""), status: 201},
		{name: "a Locale is optional and accepted", form: with(validVerification, "Locale", "pt-BR"), status: 201},
		{name: "a service SID that does not start with VA is not found",
			path: "/v2/Services/MG0123456789abcdef0123456789abcdef/Verifications", form: validVerification,
			status: 404, code: 20404,
			message: "The requested resource /Services/MG0123456789abcdef0123456789abcdef/Verifications was not found"},
		{name: "any VA service is known when none are configured",
			path: "/v2/Services/" + other + "/Verifications", form: validVerification, status: 201},
		{name: "a service outside the configured ones is not found", cfg: configured,
			path: "/v2/Services/" + other + "/Verifications", form: validVerification, status: 404, code: 20404,
			message: "The requested resource /Services/" + other + "/Verifications was not found"},
		{name: "a service outside the configured ones is not found on v1 either", cfg: configured,
			path: "/v1/Services/" + other + "/Verifications", form: validVerification, status: 404, code: 20404,
			message: "The requested resource /Services/" + other + "/Verifications was not found"},
		{name: "a configured service is known", cfg: configured, form: validVerification, status: 201},
		{name: "an unknown service is reported before bad parameters", cfg: configured,
			path: "/v2/Services/" + other + "/Verifications", form: url.Values{}, status: 404, code: 20404,
			message: "The requested resource /Services/" + other + "/Verifications was not found"},
	}
	for _, tt := range tests {
		for _, enc := range encodings {
			t.Run(tt.name+" ("+enc.name+")", func(t *testing.T) {
				t.Parallel()
				srv := newServer(tt.cfg)
				path := verifyPath
				if tt.path != "" {
					path = tt.path
				}
				rec := serve(srv, enc.request(t, path, tt.form))
				if tt.status == http.StatusCreated {
					assert.Equal(t, http.StatusCreated, rec.Code, rec.Body.String())
					assert.Len(t, srv.Verifications(), 1)
					return
				}
				assertError(t, rec, tt.status, tt.code, tt.message)
				assert.Empty(t, srv.Verifications())
			})
		}
	}
}

func TestMaxSendAttempts(t *testing.T) {
	t.Parallel()
	sendTo := func(srv *faketwilio.Server, svc, to, channel string) *httptest.ResponseRecorder {
		return serve(srv, post("/v2/Services/"+svc+"/Verifications", form("To", to, "Channel", channel)))
	}
	sendFive := func(t *testing.T, srv *faketwilio.Server) {
		t.Helper()
		for i := range 5 {
			rec := sendTo(srv, service, "+15017122661", "sms")
			require.Equal(t, http.StatusCreated, rec.Code, "send %d: %s", i+1, rec.Body)
		}
	}

	t.Run("five sends to one number share one verification with growing attempts", func(t *testing.T) {
		t.Parallel()
		srv := newServer(faketwilio.Config{})
		var sids []string
		for i := range 5 {
			channel := []string{"sms", "call"}[i%2]
			rec := sendTo(srv, service, "+15017122661", channel)
			require.Equal(t, http.StatusCreated, rec.Code, rec.Body.String())
			body := decode(t, rec)
			sids = append(sids, body["sid"].(string))
			attempts := body["send_code_attempts"].([]any)
			require.Len(t, attempts, i+1)
			assert.Equal(t, strings.ToUpper(channel), attempts[i].(map[string]any)["channel"])
			assert.Equal(t, channel, body["channel"])
		}
		for _, sid := range sids {
			assert.Equal(t, sids[0], sid)
		}
		assert.Len(t, srv.Verifications(), 5)
		assert.Len(t, srv.Verifications()[4].Attempts, 5)
	})
	t.Run("the sixth send is refused with 60203", func(t *testing.T) {
		t.Parallel()
		srv := newServer(faketwilio.Config{})
		sendFive(t, srv)
		assertError(t, sendTo(srv, service, "+15017122661", "sms"), 429, 60203, "Max send attempts reached")
		assertError(t, sendTo(srv, service, "+15017122661", "call"), 429, 60203, "Max send attempts reached")
		assert.Len(t, srv.Verifications(), 5)
	})
	t.Run("another number has its own count", func(t *testing.T) {
		t.Parallel()
		srv := newServer(faketwilio.Config{})
		sendFive(t, srv)
		assert.Equal(t, http.StatusCreated, sendTo(srv, service, "+15017122662", "sms").Code)
	})
	t.Run("another service has its own count", func(t *testing.T) {
		t.Parallel()
		srv := newServer(faketwilio.Config{})
		sendFive(t, srv)
		assert.Equal(t, http.StatusCreated, sendTo(srv, "VA11111111111111111111111111111111", "+15017122661", "sms").Code)
	})
	t.Run("v1 and v2 sends count together", func(t *testing.T) {
		t.Parallel()
		srv := newServer(faketwilio.Config{})
		sendFive(t, srv)
		rec := serve(srv, post("/v1/Services/"+service+"/Verifications", validVerification))
		assertError(t, rec, 429, 60203, "Max send attempts reached")
	})
	t.Run("refused sends do not count", func(t *testing.T) {
		t.Parallel()
		srv := newServer(faketwilio.Config{})
		for range 3 {
			sendTo(srv, service, "+15017122661", "pigeon")
		}
		sendFive(t, srv)
	})
	t.Run("Reset starts the count again", func(t *testing.T) {
		t.Parallel()
		srv := newServer(faketwilio.Config{})
		sendFive(t, srv)
		srv.Reset()
		sendFive(t, srv)
	})
	t.Run("a verification expires after ten minutes and a new one starts", func(t *testing.T) {
		t.Parallel()
		clock := newClock(now)
		srv := faketwilio.New(faketwilio.Config{Now: clock.Now})
		first := decode(t, sendTo(srv, service, "+15017122661", "sms"))["sid"]
		for range 4 {
			sendTo(srv, service, "+15017122661", "sms")
		}
		clock.Advance(9*time.Minute + 59*time.Second)
		assertError(t, sendTo(srv, service, "+15017122661", "sms"), 429, 60203, "Max send attempts reached")
		clock.Advance(time.Second)
		rec := sendTo(srv, service, "+15017122661", "sms")
		require.Equal(t, http.StatusCreated, rec.Code, rec.Body.String())
		body := decode(t, rec)
		assert.NotEqual(t, first, body["sid"])
		assert.Len(t, body["send_code_attempts"], 1)
		assert.Equal(t, "2023-08-24T05:11:45Z", body["date_created"])
	})
	t.Run("a later send keeps the verification's creation date", func(t *testing.T) {
		t.Parallel()
		clock := newClock(now)
		srv := faketwilio.New(faketwilio.Config{Now: clock.Now})
		sendTo(srv, service, "+15017122661", "sms")
		clock.Advance(time.Minute)
		body := decode(t, sendTo(srv, service, "+15017122661", "call"))
		assert.Equal(t, "2023-08-24T05:01:45Z", body["date_created"])
		assert.Equal(t, "2023-08-24T05:02:45Z", body["date_updated"])
		attempts := body["send_code_attempts"].([]any)
		assert.Equal(t, "2023-08-24T05:01:45Z", attempts[0].(map[string]any)["time"])
		assert.Equal(t, "2023-08-24T05:02:45Z", attempts[1].(map[string]any)["time"])
	})
}
