package twilio_test

import (
	"testing"

	"github.com/hookemu/hookemu/emulator/modules"
	"github.com/hookemu/hookemu/emulator/modules/twilio"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestModuleListsReleasesOldestFirst(t *testing.T) {
	t.Parallel()
	m := twilio.Module()
	assert.Equal(t, "twilio", m.Name)
	require.NotEmpty(t, m.Versions)
	assert.Equal(t, "3.29.0", m.Versions[0])
	for i := 1; i < len(m.Versions); i++ {
		prev, cur := modules.MustVersion(m.Versions[i-1]), modules.MustVersion(m.Versions[i])
		assert.True(t, prev.Less(cur), "%s before %s", m.Versions[i-1], m.Versions[i])
	}
	for _, v := range []string{"3.30.0", "3.84.1", "4.0.0", "4.23.0", "5.13.1", "6.2.0", m.HookDefault, m.ActionDefault} {
		assert.Contains(t, m.Versions, v)
	}
	assert.NotContains(t, m.Versions, "4.6.0", "the npm 4.6.0 is an old build under a new number")
	assert.NotContains(t, m.Versions, "5.11.0", "the npm 5.11.0 cannot be required")
}

func TestRequireResolvesVersionsAsNpmWould(t *testing.T) {
	t.Parallel()
	m := twilio.Module()
	tests := []struct {
		requested string
		action    bool
		want      string
	}{
		{"", false, "3.84.1"},
		{"", true, "5.13.1"},
		{"3", false, "3.84.1"},
		{"^4.10.0", false, "4.23.0"},
		{"3.29", false, "3.29.2"},
		{"5.0.0", true, "5.0.0"},
	}
	for _, tt := range tests {
		t.Run("twilio@"+tt.requested+" resolves to "+tt.want, func(t *testing.T) {
			t.Parallel()
			got, err := m.Resolve(tt.requested, tt.action)
			require.NoError(t, err)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestEveryReleaseLoadsAndSendsAMessage(t *testing.T) {
	t.Parallel()
	for _, version := range twilio.Module().Versions {
		t.Run(version+" sends a message", func(t *testing.T) {
			t.Parallel()
			rec := (&recorder{}).reply(201, messagePayload)
			env := newEnv(t, version, rec)
			got := env.AwaitBody(t, `const client = twilio('`+accountSID+`', 'tok');
				const m = await client.messages.create({to: '+14155552345', from: '+15005550006', body: 'x'});
				const v = client.verify.services('VA1');
				return [m.sid, typeof v.verifications.create, typeof client.calls.create];`)
			assert.Equal(t, `["SM0123456789abcdef0123456789abcdef","function","function"]`, got)
			assert.Contains(t, rec.only(t).Header.Get("User-Agent"), "twilio-node/"+version+" ")
		})
	}
}
