package deploy_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/deploy"
)

func TestSelectPicksThePhoneEntry(t *testing.T) {
	t.Parallel()
	sms := deploy.Entry{Name: "sms-8x8", Kind: deploy.KindAction, Trigger: deploy.Trigger{ID: deploy.TriggerSendPhoneMessage, Version: "v2"}}
	hook := deploy.Entry{Name: "sms-hook", Kind: deploy.KindHook, Trigger: deploy.Trigger{ID: deploy.TriggerSendPhoneMessage}}
	login := deploy.Entry{Name: "post-login", Kind: deploy.KindAction, Trigger: deploy.Trigger{ID: "post-login", Version: "v3"}}
	artifact := func(entries ...deploy.Entry) *deploy.Artifact {
		return &deploy.Artifact{Path: "tenant", Entries: entries}
	}
	picked := []struct {
		name     string
		artifact *deploy.Artifact
		arg      string
		want     string
	}{
		{"the only phone entry is picked without a name", artifact(login, sms), "", "sms-8x8"},
		{"a named entry is picked among several", artifact(sms, hook, login), "sms-hook", "sms-hook"},
		{"a hook is found by the name it was written with, as a0deploy names it", artifact(sms, hook), "SMS Hook", "sms-hook"},
	}
	for _, tt := range picked {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			e, err := tt.artifact.Select(tt.arg)
			require.NoError(t, err)
			assert.Equal(t, tt.want, e.Name)
		})
	}
	refused := []struct {
		name     string
		artifact *deploy.Artifact
		arg      string
		want     []string
	}{
		{"several phone entries without a name list them and ask for --name", artifact(sms, hook, login), "", []string{`"sms-8x8" (action send-phone-message)`, `"sms-hook" (hook send-phone-message)`, "--name"}},
		{"no phone entry says which triggers were found", artifact(login), "", []string{`action "post-login" (post-login v3)`, "send-phone-message"}},
		{"an empty artifact says it holds nothing", artifact(), "", []string{"holds no actions or hooks"}},
		{"an unknown name lists the phone entries", artifact(sms, hook), "nope", []string{`no entry named "nope"`, `"sms-8x8"`, `"sms-hook"`, "--name"}},
		{"a named entry of another trigger says what it runs for", artifact(sms, login), "post-login", []string{"runs for post-login v3"}},
		{"an unknown name where no entry is a phone one says what was found", artifact(login), "nope", []string{`"nope"`, `action "post-login"`}},
	}
	for _, tt := range refused {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			_, err := tt.artifact.Select(tt.arg)
			require.Error(t, err)
			for _, want := range tt.want {
				assert.Contains(t, err.Error(), want)
			}
		})
	}
}
