package faketelesign

import (
	"net/http"
	"net/url"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestAVerificationIsTakenWithStatus290(t *testing.T) {
	t.Parallel()
	s := newSeeded(Config{})
	a := do(t, s, http.MethodPost, "/v1/verify/sms", demoAuth(), verification("+15558675309"))

	require.Equal(t, http.StatusOK, a.status, a.raw)
	ref := a.body["reference_id"].(string)
	assert.JSONEq(t, `{"reference_id":"`+ref+`","sub_resource":"sms","errors":[],"status":{"code":290,`+
		`"description":"Message in progress","updated_on":"`+s.updatedOn()+`"},"verify":{"code_state":"UNKNOWN","code_entered":""}}`, a.raw)
	stored, ok := s.Transaction(ref)
	require.True(t, ok)
	assert.True(t, stored.Verify)
	assert.Equal(t, "Your code is 123456", stored.Text, "a template without $$CODE$$ is sent as it is")
	assert.Regexp(t, `^\d{7}$`, stored.VerifyCode, "TeleSign makes up a seven-digit code")
}

func TestTheCodeTakesThePlaceOfItsVariable(t *testing.T) {
	t.Parallel()
	cases := []struct {
		name, template, code, want string
	}{
		{"the hook's code fills the hook's template", "Code: $$CODE$$", "4242", "Code: 4242"},
		{"no template is TeleSign's own", "", "4242", "Your code is 4242"},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			t.Parallel()
			s := New(Config{})
			form := url.Values{"phone_number": {"15558675309"}, "verify_code": {c.code}}
			if c.template != "" {
				form.Set("template", c.template)
			}
			a := do(t, s, http.MethodPost, "/v1/verify/sms", demoAuth(), form)
			require.Equal(t, http.StatusOK, a.status, a.raw)
			stored, _ := s.Transaction(a.body["reference_id"].(string))
			assert.Equal(t, c.want, stored.Text)
		})
	}
}

func TestVerifyRefusesWhatTeleSignRefuses(t *testing.T) {
	t.Parallel()
	with := func(key, value string) url.Values {
		f := verification("15558675309")
		f.Set(key, value)
		return f
	}
	cases := []struct {
		name        string
		cfg         Config
		form        url.Values
		code        int
		description string
	}{
		{"a missing phone number", Config{}, url.Values{"template": {"hi"}}, -10001, "Invalid Request: Missing Parameter: phone_number"},
		{"a phone number with letters", Config{}, with("phone_number", "CALLME"), -10001, "Invalid Request: PhoneNumber Parameter: CALLME"},
		{"a code with letters", Config{}, with("verify_code", "12a4"), -10001, "Invalid Request: VerifyCode Parameter: 12a4"},
		{"a code of eight digits", Config{}, with("verify_code", "12345678"), -10001, "Invalid Request: VerifyCode Parameter: 12345678"},
		{"a template over the default 160 characters", Config{}, with("template", strings.Repeat("x", 161)), -10001, "Invalid Request: Template Parameter: " + strings.Repeat("x", 161)},
		{"a use case TeleSign has not", Config{}, with("ucid", "MFA"), -10001, "Invalid Request: UCID Parameter: MFA"},
	}
	for _, c := range cases {
		t.Run(c.name+" is 400 with "+c.description, func(t *testing.T) {
			t.Parallel()
			s := New(c.cfg)
			a := do(t, s, http.MethodPost, "/v1/verify/sms", demoAuth(), c.form)
			assert.Equal(t, http.StatusBadRequest, a.status, a.raw)
			code, description := a.firstError()
			assert.Equal(t, c.code, code)
			assert.Equal(t, c.description, description)
			assert.Equal(t, 500, a.statusCode())
			assert.Equal(t, "Transaction not attempted", a.statusDescription())
			assert.Equal(t, "sms", a.body["sub_resource"])
			assert.Empty(t, s.Transactions())
		})
	}
}

func TestATemplateLimitRaisedBySupportIsHonoured(t *testing.T) {
	t.Parallel()
	form := verification("15558675309")
	form.Set("template", strings.Repeat("x", 400)+" $$CODE$$")
	a := do(t, New(Config{TemplateMaxLength: 1600}), http.MethodPost, "/v1/verify/sms", demoAuth(), form)
	assert.Equal(t, http.StatusOK, a.status, a.raw)
}

func TestAVerificationIsCheckedByItsStatus(t *testing.T) {
	t.Parallel()
	s := New(Config{})
	form := verification("15558675309")
	form.Set("verify_code", "57244")
	ref := do(t, s, http.MethodPost, "/v1/verify/sms", demoAuth(), form).body["reference_id"].(string)
	cases := []struct {
		name, query, state, entered string
	}{
		{"the code sent is VALID", "?verify_code=57244", "VALID", "57244"},
		{"another code is INVALID", "?verify_code=11111", "INVALID", "11111"},
		{"no code is UNKNOWN", "", "UNKNOWN", ""},
	}
	for _, c := range cases {
		t.Run(c.name, func(t *testing.T) {
			a := do(t, s, http.MethodGet, "/v1/verify/"+ref+c.query, demoAuth(), nil)
			require.Equal(t, http.StatusOK, a.status, a.raw)
			assert.Equal(t, map[string]any{"code_state": c.state, "code_entered": c.entered}, a.body["verify"])
			assert.Equal(t, 200, a.statusCode())
		})
	}
	t.Run("a Messaging reference id is unknown to Verify", func(t *testing.T) {
		msg := do(t, s, http.MethodPost, "/v1/messaging", demoAuth(), message("15558675309")).body["reference_id"].(string)
		a := do(t, s, http.MethodGet, "/v1/verify/"+msg, demoAuth(), nil)
		assert.Equal(t, http.StatusNotFound, a.status)
		code, _ := a.firstError()
		assert.Equal(t, -10001, code)
		assert.Equal(t, 599, a.statusCode())
	})
}
