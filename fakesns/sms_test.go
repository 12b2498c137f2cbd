package fakesns_test

import (
	"encoding/xml"
	"net/http"
	"net/url"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/fakesns"
)

func setSMS(pairs ...string) url.Values {
	form := url.Values{"Action": {"SetSMSAttributes"}, "Version": {"2010-03-31"}}
	for i := 0; i+1 < len(pairs); i += 2 {
		n := string(rune('1' + i/2))
		form.Set("attributes.entry."+n+".key", pairs[i])
		form.Set("attributes.entry."+n+".value", pairs[i+1])
	}
	return form
}

func TestAccountDefaultsApplyToLaterMessages(t *testing.T) {
	t.Parallel()
	fake := fakesns.New(fakesns.Config{})
	rec := do(t, fake, call{form: setSMS("DefaultSMSType", "Transactional", "DefaultSenderID", "Acme")})
	require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
	assert.Contains(t, rec.Body.String(), "<SetSMSAttributesResponse xmlns=\"http://sns.amazonaws.com/doc/2010-03-31/\"><SetSMSAttributesResult></SetSMSAttributesResult>")

	rec = do(t, fake, call{form: publish("+14155550100", "hi")})
	require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
	msg := fake.Messages()[0]
	assert.Equal(t, "Transactional", msg.SMSType)
	assert.Equal(t, "Acme", msg.SenderID)

	rec = do(t, fake, call{form: url.Values{"Action": {"GetSMSAttributes"}, "attributes.member.1": {"DefaultSMSType"}}})
	require.Equal(t, http.StatusOK, rec.Code, rec.Body.String())
	var got struct {
		Entries []struct {
			Key   string `xml:"key"`
			Value string `xml:"value"`
		} `xml:"GetSMSAttributesResult>attributes>entry"`
	}
	require.NoError(t, xml.Unmarshal(rec.Body.Bytes(), &got))
	require.Len(t, got.Entries, 1, "only the attribute asked for")
	assert.Equal(t, "DefaultSMSType", got.Entries[0].Key)
	assert.Equal(t, "Transactional", got.Entries[0].Value)
}

func TestAWrongAccountSettingChangesNothing(t *testing.T) {
	t.Parallel()
	fake := fakesns.New(fakesns.Config{SMSAttributes: map[string]string{"DefaultSMSType": "Promotional"}})
	rec := do(t, fake, call{form: setSMS("DefaultSMSType", "Transactional", "DefaultSenderID", "not a sender id")})
	require.Equal(t, http.StatusBadRequest, rec.Code)
	assert.Equal(t, "InvalidParameter", decodeError(t, rec.Body.Bytes()).Code)
	assert.Equal(t, map[string]string{"DefaultSMSType": "Promotional"}, fake.SMSAttributes())

	rec = do(t, fake, call{form: url.Values{"Action": {"SetSMSAttributes"}}})
	assert.Equal(t, "ValidationError", decodeError(t, rec.Body.Bytes()).Code)
}

func TestResetRestoresTheConfiguredSettings(t *testing.T) {
	t.Parallel()
	fake := fakesns.New(fakesns.Config{SMSAttributes: map[string]string{"DefaultSMSType": "Promotional"}})
	do(t, fake, call{form: setSMS("DefaultSMSType", "Transactional")})
	do(t, fake, call{form: publish("+14155550100", "hi")})
	fake.Reset()
	assert.Equal(t, map[string]string{"DefaultSMSType": "Promotional"}, fake.SMSAttributes())
	assert.Empty(t, fake.Messages())
	assert.Empty(t, fake.Journal().Entries())
}
