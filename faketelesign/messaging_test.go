package faketelesign

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAMessageIsTakenWithStatus290(t *testing.T) {
	t.Parallel()
	s := newSeeded(Config{})
	a := do(t, s, http.MethodPost, "/v1/messaging", demoAuth(), message("+15558675309"))

	require.Equal(t, http.StatusOK, a.status, a.raw)
	ref := a.body["reference_id"].(string)
	assert.Regexp(t, `^[0-9A-F]{32}$`, ref)
	assert.JSONEq(t, `{"reference_id":"`+ref+`","status":{"code":290,"description":"Message in progress","updated_on":"`+
		s.updatedOn()+`"},"external_id":null}`, a.raw)
	stored, ok := s.Transaction(ref)
	require.True(t, ok)
	assert.Equal(t, Transaction{ReferenceID: ref, PhoneNumber: "+15558675309", Text: "Your code is 123456",
		MessageType: "ARN", Created: stored.Created}, stored)
}

func TestAnExternalIDIsEchoed(t *testing.T) {
	t.Parallel()
	form := message("15558675309")
	form.Set("external_id", "order-7")
	a := do(t, New(Config{}), http.MethodPost, "/v1/messaging", demoAuth(), form)
	require.Equal(t, http.StatusOK, a.status, a.raw)
	assert.Equal(t, "order-7", a.body["external_id"])
}

func TestMessagingRefusesWhatTeleSignRefuses(t *testing.T) {
	t.Parallel()
	with := func(key, value string) url.Values {
		f := message("15558675309")
		if value == "" {
			f.Del(key)
		} else {
			f.Set(key, value)
		}
		return f
	}
	cases := []struct {
		name        string
		form        url.Values
		status      int
		code        int
		description string
	}{
		{"a missing phone number is 12000", with("phone_number", ""), 400, 12000, "Missing Required Parameter phone_number"},
		{"a phone number with letters is 11000", with("phone_number", "1555abc5309"), 400, 11000, "Invalid value for parameter phone_number."},
		{"a phone number with dashes is 11000", with("phone_number", "1-555-867-5309"), 400, 11000, "Invalid value for parameter phone_number."},
		{"a phone number too short is 11000", with("phone_number", "+12345"), 400, 11000, "Invalid value for parameter phone_number."},
		{"a phone number longer than E.164 is 11000", with("phone_number", "1234567890123456"), 400, 11000, "Invalid value for parameter phone_number."},
		{"a missing message is 12009", with("message", ""), 400, 12009, "Missing Required Parameter message"},
		{"a message over 1600 characters is 11009", with("message", strings.Repeat("é", 1601)), 400, 11009, "Invalid value for parameter message."},
		{"a missing message type is 12017", with("message_type", ""), 400, 12017, "Missing Required Parameter message_type"},
		{"a message type TeleSign has not is 11017", with("message_type", "SMS"), 400, 11017, "Invalid value for parameter message_type."},
		{"an unknown lifecycle event is 11003", with("account_lifecycle_event", "login"), 400, 11003, "Invalid value for parameter account_lifecycle_event"},
		{"a sender id over 20 characters is 11013", with("sender_id", strings.Repeat("A", 21)), 400, 11013, "Invalid value for parameter sender_id."},
		{"an external id over 100 characters is 11016", with("external_id", strings.Repeat("x", 101)), 400, 11016, "Invalid value for parameter external_id"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			s := New(Config{})
			a := do(t, s, http.MethodPost, "/v1/messaging", demoAuth(), c.form)
			assert.Equal(t, c.status, a.status, a.raw)
			assert.Equal(t, c.code, a.statusCode())
			assert.Equal(t, c.description, a.statusDescription())
			assert.Regexp(t, `^[0-9A-F]{32}$`, a.body["reference_id"])
			assert.Empty(t, s.Transactions())
		})
	}
}

func TestABodyThatIsNoFormLacksThePhoneNumber(t *testing.T) {
	t.Parallel()
	h := demoAuth()
	h.Set("Content-Type", "application/json")
	s := New(Config{})
	r := do(t, s, http.MethodPost, "/v1/messaging", h, nil)
	assert.Equal(t, 12000, r.statusCode())
}

func TestAMessageStatusIsReadBack(t *testing.T) {
	t.Parallel()
	s := newSeeded(Config{})
	sent := do(t, s, http.MethodPost, "/v1/messaging", demoAuth(), message("15558675309"))
	ref := sent.body["reference_id"].(string)

	t.Run("a sent message reads as delivered", func(t *testing.T) {
		a := do(t, s, http.MethodGet, "/v1/messaging/"+strings.ToLower(ref), demoAuth(), nil)
		require.Equal(t, http.StatusOK, a.status, a.raw)
		assert.Equal(t, ref, a.body["reference_id"])
		assert.Equal(t, 200, a.statusCode())
		assert.Equal(t, "Delivered to handset", a.statusDescription())
	})
	t.Run("an unknown reference id is 404 code 10017", func(t *testing.T) {
		a := do(t, s, http.MethodGet, "/v1/messaging/0123456789ABCDEF0123456789ABCDEF", demoAuth(), nil)
		assert.Equal(t, http.StatusNotFound, a.status)
		assert.Equal(t, 10017, a.statusCode())
	})
	t.Run("a reference id of the wrong shape is 400 code 11011", func(t *testing.T) {
		a := do(t, s, http.MethodGet, "/v1/messaging/nope", demoAuth(), nil)
		assert.Equal(t, http.StatusBadRequest, a.status)
		assert.Equal(t, 11011, a.statusCode())
	})
	t.Run("a status read needs credentials too", func(t *testing.T) {
		a := do(t, s, http.MethodGet, "/v1/messaging/"+ref, http.Header{}, nil)
		assert.Equal(t, http.StatusUnauthorized, a.status)
	})
}
