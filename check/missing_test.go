package check

import (
	"context"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/hooks"
)

func TestWithoutTheSecretsTheReportSaysSoFirstAndJudgesNoFailurePropagation(t *testing.T) {
	t.Parallel()
	code, err := hooks.Source("8x8.js")
	require.NoError(t, err)
	rep := Run(context.Background(), Options{Name: "8x8.js", Source: code, Emulator: testEmulator()})
	require.Len(t, rep.Notes, 1)
	assert.Contains(t, rep.Notes[0], "The hook reads secrets that were not given (apikey, subaccount)")
	for _, name := range []string{"fails on provider 500", "fails on provider 401", "fails on provider timeout"} {
		_, judged := rep.Find(name)
		assert.False(t, judged, "%s is not judged when every call fails anyway", name)
	}
	skipped := mustFind(t, rep, "not checked")
	assert.Contains(t, skipped.Message, "fails on provider 500")
}

func TestWithTheSecretsThereIsNoNoteAndFailurePropagationIsJudged(t *testing.T) {
	t.Parallel()
	code, err := hooks.Source("8x8.js")
	require.NoError(t, err)
	rep := Run(context.Background(), Options{Name: "8x8.js", Source: code, Emulator: testEmulator(),
		Secrets: map[string]string{"apikey": "demo-8x8-api-key", "subaccount": "acme-sub"}})
	assert.Empty(t, rep.Notes)
	assert.Equal(t, Pass, mustFind(t, rep, "fails on provider 500").Status)
}

func TestAnActionsReportCallsItAnAction(t *testing.T) {
	t.Parallel()
	rep := Run(context.Background(), Options{Name: "action.js", Emulator: testEmulator(),
		Source: []byte("const axios = require('axios');\nexports.onExecuteSendPhoneMessage = async (event, api) => {};\n")})
	assert.Equal(t, "loads as an Action", mustFind(t, rep, "loads").Message)
	assert.Contains(t, mustFind(t, rep, "require axios").Message, "the default for an Action")
}
