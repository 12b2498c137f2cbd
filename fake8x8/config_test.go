package fake8x8

import (
	"encoding/json"
	"net/http"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/hookemu/hookemu/fakekit"
	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

func TestConfigReadsFromSnakeCaseJSON(t *testing.T) {
	t.Parallel()
	var cfg Config
	require.NoError(t, json.Unmarshal([]byte(`{"apikey":"k","subaccounts":["a-1"],"journal_size":7,
		"faults":[{"destination":"*","status":500,"delay":1000000}]}`), &cfg))
	assert.Equal(t, Config{APIKey: "k", SubAccounts: []string{"a-1"}, JournalSize: 7,
		Faults: []fakekit.Fault{{Destination: "*", Status: 500, Delay: time.Millisecond}}}, cfg)
}

func TestConfigHasYAMLTagsForEveryField(t *testing.T) {
	t.Parallel()
	want := map[string]string{"APIKey": "apikey", "SubAccounts": "subaccounts", "Faults": "faults",
		"JournalSize": "journal_size", "JournalBytes": "journal_bytes", "IDs": "-", "Now": "-", "NewID": "-"}
	typ := reflect.TypeFor[Config]()
	for i := range typ.NumField() {
		f := typ.Field(i)
		name, _, _ := strings.Cut(f.Tag.Get("yaml"), ",")
		assert.Equal(t, want[f.Name], name, "yaml tag of %s", f.Name)
	}
}

func TestTheFakeKeepsItsOwnCopyOfTheSubAccounts(t *testing.T) {
	t.Parallel()
	subAccounts := []string{testSubAccount}
	s := newTestServer(Config{SubAccounts: subAccounts})
	subAccounts[0] = "changed"
	assert.Equal(t, http.StatusOK, send(t, s, validSend).status)
}
