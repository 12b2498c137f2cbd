package fakeserver_test

import (
	"context"
	"encoding/json"
	"fmt"
	"net/http"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/fakeserver"
	"github.com/hookemu/hookemu/providers"
)

func TestAnSMSToEachProviderCanBeWaitedForAndRead(t *testing.T) {
	t.Parallel()
	_, base := start(t, fakeserver.Config{})
	require.Equal(t, http.StatusOK, send8x8(t, base, to8x8, "Your code is 111111"))
	require.Equal(t, http.StatusCreated, sendTwilio(t, base, toTwilio, "Your code is 222222"))

	var got list
	require.Equal(t, http.StatusOK, api(t, http.MethodGet, base+apiV1+"wait?count=2&timeout=5m", "", &got))

	require.Equal(t, 2, got.Total)
	require.Len(t, got.Messages, 2)
	tw, sms := got.Messages[0], got.Messages[1]
	assert.Equal(t, "twilio-1", tw.ID, "newest first")
	assert.Equal(t, "twilio", tw.Provider)
	assert.Equal(t, toTwilio, tw.Destination)
	assert.Equal(t, http.StatusCreated, tw.Status)
	assert.True(t, tw.Accepted)
	assert.Regexp(t, `^SM[0-9a-f]{32}$`, tw.MessageID)
	assert.Equal(t, "Your code is 222222", tw.Form["Body"])
	assert.Equal(t, "Basic <redacted>", tw.Headers["Authorization"])
	var answered struct{ Status string }
	require.NoError(t, json.Unmarshal(tw.Response, &answered))
	assert.Equal(t, "queued", answered.Status)

	assert.Equal(t, "8x8-1", sms.ID)
	assert.Equal(t, send8x8Path, sms.Path)
	assert.Equal(t, to8x8, sms.Destination)
	assert.True(t, sms.Accepted)
	assert.JSONEq(t, `{"destination":"+6512345678","text":"Your code is 111111","encoding":"AUTO"}`, string(sms.Request))
	assert.Equal(t, "Bearer <redacted>", sms.Headers["Authorization"])
	assert.NotEmpty(t, sms.MessageID)
}

func TestWaitHoldsTheRequestUntilTheMessageArrives(t *testing.T) {
	t.Parallel()
	_, base := start(t, fakeserver.Config{})
	answered := make(chan list, 1)
	go func() {
		var got list
		api(t, http.MethodGet, base+apiV1+"wait?count=1&provider=8x8&timeout=5m", "", &got)
		answered <- got
	}()

	// Whether the wait is in place before the message arrives or not, it
	// must answer with it: a wait counts what arrived before it too.
	send8x8(t, base, to8x8, "late")

	select {
	case got := <-answered:
		require.Len(t, got.Messages, 1)
		assert.Equal(t, "8x8-1", got.Messages[0].ID)
	case <-time.After(time.Minute): // generous: the answer comes as the message arrives
		t.Fatal("wait did not answer after the message arrived")
	}
}

func TestWaitAnswers408WithWhatArrivedWhenTheTimeoutPasses(t *testing.T) {
	t.Parallel()
	_, base := start(t, fakeserver.Config{})
	send8x8(t, base, to8x8, "one")

	var got list
	status := api(t, http.MethodGet, base+apiV1+"wait?count=2&timeout=50ms", "", &got)

	assert.Equal(t, http.StatusRequestTimeout, status)
	assert.Contains(t, got.Error, "waiting for 2 messages, 1 arrived")
	assert.Equal(t, 1, got.Total)
	assert.Len(t, got.Messages, 1)
}

func TestWaitRefusesWhatItCanNeverAnswer(t *testing.T) {
	t.Parallel()
	_, base := start(t, fakeserver.Config{MaxMessages: 10})
	tests := []struct {
		name  string
		query string
		want  string
	}{
		{"a count beyond what the journals keep", fmt.Sprintf("count=%d", 10*len(providers.Names())+1), "can never be reached"},
		{"a count beyond one provider's journal", "count=11&provider=twilio", "can never be reached"},
		{"a count of zero", "count=0", "positive whole number"},
		{"a timeout that is no duration", "timeout=soon", "duration such as 5s"},
		{"a timeout over five minutes", "timeout=1h", "at most 5m0s"},
		{"an unknown provider", "provider=sinch", `unknown provider "sinch"; use 8x8, twilio`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var got apiError
			assert.Equal(t, http.StatusBadRequest, api(t, http.MethodGet, base+apiV1+"wait?"+tt.query, "", &got))
			assert.Contains(t, got.Error, tt.want)
		})
	}
}

func TestListFiltersPickMessages(t *testing.T) {
	t.Parallel()
	_, base := start(t, fakeserver.Config{})
	send8x8(t, base, "+6511111111", "a")                                     // 8x8-1
	send8x8(t, base, "+6522222222", "b")                                     // 8x8-2
	send8x8(t, base, "not a number", "c")                                    // 8x8-3, refused
	sendTwilio(t, base, "+15551111111", "d")                                 // twilio-1
	require.Equal(t, http.StatusBadRequest, sendTwilio(t, base, "555", "e")) // twilio-2, refused

	tests := []struct {
		name  string
		query string
		want  []string
		total int
	}{
		{"no filter lists everything newest first", "", []string{"twilio-2", "twilio-1", "8x8-3", "8x8-2", "8x8-1"}, 5},
		{"a provider lists only its messages", "provider=8x8", []string{"8x8-3", "8x8-2", "8x8-1"}, 3},
		{"a destination matches by digits", "destination=%2B65%202222-2222", []string{"8x8-2"}, 1},
		{"accepted=false lists what was refused", "accepted=false", []string{"twilio-2", "8x8-3"}, 2},
		{"accepted=true with a provider combines both", "accepted=true&provider=twilio", []string{"twilio-1"}, 1},
		{"a limit shows the newest but counts them all", "limit=2", []string{"twilio-2", "twilio-1"}, 5},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var got list
			require.Equal(t, http.StatusOK, api(t, http.MethodGet, base+apiV1+"messages?"+tt.query, "", &got))
			assert.Equal(t, tt.want, ids(got.Messages))
			assert.Equal(t, tt.total, got.Total)
			assert.Equal(t, len(tt.want), got.Count)
		})
	}
}

func ids(msgs []fakeserver.Message) []string {
	out := []string{}
	for _, m := range msgs {
		out = append(out, m.ID)
	}
	return out
}

func TestOneMessageIsFoundByIDOrAsLatest(t *testing.T) {
	t.Parallel()
	_, base := start(t, fakeserver.Config{})
	send8x8(t, base, to8x8, "first")
	sendTwilio(t, base, toTwilio, "second")
	send8x8(t, base, to8x8, "third")

	tests := []struct {
		name   string
		path   string
		status int
		id     string
	}{
		{"latest is the newest of all", "messages/latest", http.StatusOK, "8x8-2"},
		{"latest with a provider is that provider's newest", "messages/latest?provider=twilio", http.StatusOK, "twilio-1"},
		{"an id finds its message", "messages/8x8-1", http.StatusOK, "8x8-1"},
		{"an id never given is 404", "messages/8x8-99", http.StatusNotFound, ""},
		{"an id of another shape is 404", "messages/42", http.StatusNotFound, ""},
		{"latest among none is 404", "messages/latest?destination=999", http.StatusNotFound, ""},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			var got struct {
				fakeserver.Message
				Error string `json:"error"`
			}
			assert.Equal(t, tt.status, api(t, http.MethodGet, base+apiV1+tt.path, "", &got))
			assert.Equal(t, tt.id, got.ID)
			if tt.status == http.StatusNotFound {
				assert.NotEmpty(t, got.Error)
			}
		})
	}
}

func TestDeleteClearsEverythingAndIDsKeepIncreasing(t *testing.T) {
	t.Parallel()
	srv, base := start(t, fakeserver.Config{})
	send8x8(t, base, to8x8, "before")
	sendTwilio(t, base, toTwilio, "before")

	require.Equal(t, http.StatusNoContent, api(t, http.MethodDelete, base+apiV1+"messages", "", nil))

	var got list
	api(t, http.MethodGet, base+apiV1+"messages", "", &got)
	assert.Zero(t, got.Total)
	assert.Empty(t, fake8x8Of(srv).Messages(), "the fake's stored messages are cleared too")
	assert.Equal(t, http.StatusNotFound, api(t, http.MethodGet, base+apiV1+"messages/latest", "", nil))
	send8x8(t, base, to8x8, "after")
	var latest fakeserver.Message
	api(t, http.MethodGet, base+apiV1+"messages/latest", "", &latest)
	assert.Equal(t, "8x8-2", latest.ID)
}

func TestTheServerAnswersItsOwnPathsAndRefusesOthers(t *testing.T) {
	t.Parallel()
	_, base := start(t, fakeserver.Config{})
	tests := []struct {
		name   string
		method string
		path   string
		status int
		body   string
	}{
		{"readyz says ok", http.MethodGet, "/_hookemu/readyz", http.StatusOK, `"status": "ok"`},
		{"a path no provider serves is 404 naming the prefixes", http.MethodGet, "/messages", http.StatusNotFound, "/api/v1/"},
		{"an unknown API path is 404 listing the API", http.MethodGet, "/_hookemu/api/v1/nothing", http.StatusNotFound, "GET wait?count=N"},
		{"a wrong method on an endpoint is 405", http.MethodPost, "/_hookemu/api/v1/messages", http.StatusMethodNotAllowed, "use GET or DELETE"},
		{"8x8 paths reach the fake 8x8", http.MethodGet, "/api/v1/unknown", http.StatusNotFound, `"code":1300`},
		{"Twilio paths reach the fake Twilio", http.MethodGet, "/2010-04-01/unknown", http.StatusNotFound, `"code":20404`},
		{"Verify paths reach the fake Twilio", http.MethodGet, "/v2/Services/VA1/Verifications", http.StatusMethodNotAllowed, `"code":20004`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			req, err := http.NewRequest(tt.method, base+tt.path, nil)
			require.NoError(t, err)
			resp, err := http.DefaultClient.Do(req)
			require.NoError(t, err)
			body := readBody(t, resp)
			assert.Equal(t, tt.status, resp.StatusCode, body)
			assert.Contains(t, body, tt.body)
			assert.Contains(t, resp.Header.Get("Content-Type"), "application/json")
		})
	}
}

func TestWaitWithoutAProviderWakesOnEitherProvider(t *testing.T) {
	t.Parallel()
	srv, base := start(t, fakeserver.Config{})
	ctx, cancel := context.WithTimeout(context.Background(), time.Minute) // generous: the wait ends as the messages arrive
	defer cancel()
	waited := make(chan error, 1)
	go func() { waited <- srv.Wait(ctx, fakeserver.Filter{Destination: toTwilio}, 2) }()

	send8x8(t, base, toTwilio, "to 8x8")
	sendTwilio(t, base, toTwilio, "to Twilio")

	require.NoError(t, <-waited)
	msgs, total := srv.Messages(fakeserver.Filter{Destination: toTwilio}, 0)
	assert.Equal(t, 2, total)
	assert.Equal(t, []string{"twilio-1", "8x8-1"}, ids(msgs))
}
