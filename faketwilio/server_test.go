package faketwilio_test

import (
	"encoding/json"
	"net/http"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/fakekit"
	"github.com/hookemu/hookemu/faketwilio"
)

func TestConfigReadsFromJSON(t *testing.T) {
	t.Parallel()
	var cfg faketwilio.Config
	require.NoError(t, json.Unmarshal([]byte(`{
		"account_sid": "`+account+`", "auth_token": "`+token+`",
		"numbers": ["+14155550100"], "services": ["`+service+`"],
		"faults": [{"destination": "+14155552345", "status": 500}],
		"journal_size": 7
	}`), &cfg))
	assert.Equal(t, faketwilio.Config{
		AccountSID:  account,
		AuthToken:   token,
		Numbers:     []string{"+14155550100"},
		Services:    []string{service},
		Faults:      []fakekit.Fault{{Destination: "+14155552345", Status: 500}},
		JournalSize: 7,
	}, cfg)
}

func TestNewKeepsItsOwnCopyOfTheConfig(t *testing.T) {
	t.Parallel()
	cfg := faketwilio.Config{Numbers: []string{"+14155550100"}, Services: []string{service}}
	srv := newServer(cfg)
	cfg.Numbers[0] = "+14155559999"
	cfg.Services[0] = "VA11111111111111111111111111111111"

	assert.Equal(t, http.StatusCreated, serve(srv, post(messagesPath, with(validMessage, "From", "+14155550100"))).Code)
	assert.Equal(t, http.StatusCreated, serve(srv, post(verifyPath, validVerification)).Code)
}

func TestTheZeroConfigUsesTheRealClock(t *testing.T) {
	t.Parallel()
	srv := faketwilio.New(faketwilio.Config{})
	before := time.Now().Add(-time.Second)
	rec := serve(srv, post(messagesPath, validMessage))
	require.Equal(t, http.StatusCreated, rec.Code, rec.Body.String())

	created, err := time.Parse(time.RFC1123Z, decode(t, rec)["date_created"].(string))
	require.NoError(t, err)
	assert.WithinRange(t, created, before, time.Now().Add(time.Second))
	assert.Equal(t, time.UTC, srv.Messages()[0].DateCreated.Location())
}

func TestDatesAreWrittenInUTC(t *testing.T) {
	t.Parallel()
	tokyo := time.FixedZone("JST", 9*60*60)
	srv := faketwilio.New(faketwilio.Config{Now: func() time.Time { return now.In(tokyo) }})
	message := decode(t, serve(srv, post(messagesPath, validMessage)))
	assert.Equal(t, "Thu, 24 Aug 2023 05:01:45 +0000", message["date_created"])
	verification := decode(t, serve(srv, post(verifyPath, validVerification)))
	assert.Equal(t, "2023-08-24T05:01:45Z", verification["date_created"])
}

func TestBodiesAreNotHTMLEscaped(t *testing.T) {
	t.Parallel()
	srv := newServer(faketwilio.Config{})
	rec := serve(srv, post(messagesPath, with(validMessage, "Body", "<b>Tom & Jerry</b>")))
	assert.Contains(t, rec.Body.String(), `"body":"<b>Tom & Jerry</b>"`)
}
