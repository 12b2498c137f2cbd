package faketwilio_test

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"

	"github.com/hookemu/hookemu/fakekit"
	"github.com/hookemu/hookemu/faketwilio"
)

func TestFaultsAnswerWithTwilioErrorBodies(t *testing.T) {
	t.Parallel()
	const to = "+14155552345"
	tests := []struct {
		name    string
		fault   fakekit.Fault
		status  int // the fault's Status when 0
		code    int
		message string
	}{
		{name: "a 500 fault answers 20500",
			fault: fakekit.Fault{Status: 500}, code: 20500, message: "Internal Server Error"},
		{name: "a 503 fault answers 20503",
			fault: fakekit.Fault{Status: 503}, code: 20503, message: "Service Unavailable"},
		{name: "a 429 fault answers 20429",
			fault: fakekit.Fault{Status: 429}, code: 20429, message: "Too Many Requests"},
		{name: "a 401 fault answers 20003",
			fault: fakekit.Fault{Status: 401}, code: 20003, message: "Authenticate"},
		{name: "a 404 fault answers 20404 naming the path",
			fault: fakekit.Fault{Status: 404}, code: 20404, message: "The requested resource " + messagesPath + " was not found"},
		{name: "another status answers 20000 plus the status with Go's text",
			fault: fakekit.Fault{Status: 418}, code: 20418, message: "I'm a teapot"},
		{name: "a status without a name still has a message",
			fault: fakekit.Fault{Status: 599}, code: 20599, message: "HTTP status 599"},
		{name: "the fault's code replaces the default",
			fault: fakekit.Fault{Status: 400, Code: 21610}, code: 21610, message: "Bad Request"},
		{name: "a fault with only a code answers the status Twilio sends it with",
			fault: fakekit.Fault{Code: 21610}, status: 400, code: 21610, message: "Bad Request"},
		{name: "a fault with only a rate-limit code answers 429",
			fault: fakekit.Fault{Code: 60203, Message: "Max send attempts reached"}, status: 429, code: 60203,
			message: "Max send attempts reached"},
		{name: "a fault with only the not-found code answers 404",
			fault: fakekit.Fault{Code: 20404}, status: 404, code: 20404,
			message: "The requested resource " + messagesPath + " was not found"},
		{name: "the fault's code and message replace the defaults",
			fault: fakekit.Fault{Status: 400, Code: 21610, Message: "Attempt to send to unsubscribed recipient"},
			code:  21610, message: "Attempt to send to unsubscribed recipient"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			fault := tt.fault
			fault.Destination = to
			srv := newServer(faketwilio.Config{Faults: []fakekit.Fault{fault}})
			rec := serve(srv, post(messagesPath, with(validMessage, "To", to)))
			status := tt.status
			if status == 0 {
				status = tt.fault.Status
			}

			assertError(t, rec, status, tt.code, tt.message)
			assert.Empty(t, srv.Messages())
			entries := srv.Journal().Entries()
			require.Len(t, entries, 1)
			assert.False(t, entries[0].Accepted)
			assert.Equal(t, status, entries[0].Status)
			assert.Equal(t, to, entries[0].Destination)
		})
	}
}

func TestFaultsChooseTheirDestination(t *testing.T) {
	t.Parallel()
	outage := []fakekit.Fault{{Destination: "1 (415) 555-2345", Status: 500}}
	tests := []struct {
		name   string
		faults []fakekit.Fault
		path   string
		form   map[string]string
		status int
	}{
		{name: "a fault hits its destination however the number is written",
			faults: outage, path: messagesPath, form: map[string]string{"To": "+14155552345"}, status: 500},
		{name: "a fault spares every other destination",
			faults: outage, path: messagesPath, form: map[string]string{"To": "+14155552346"}, status: 201},
		{name: "a fault hits calls to its destination",
			faults: outage, path: callsPath, form: map[string]string{"To": "+14155552345"}, status: 500},
		{name: "a fault hits verifications to its destination",
			faults: outage, path: verifyPath, form: map[string]string{"To": "+14155552345"}, status: 500},
		{name: "a wildcard fault hits every destination",
			faults: []fakekit.Fault{{Destination: "*", Status: 503}}, path: messagesPath,
			form: map[string]string{"To": "+14155559999"}, status: 503},
		{name: "a fault comes before the request's own errors",
			faults: outage, path: messagesPath, form: map[string]string{"To": "+14155552345", "Body": ""}, status: 500},
	}
	bases := map[string]map[string]string{
		messagesPath: {"From": "+15005550006", "Body": "hi"},
		callsPath:    {"From": "+15005550006", "Twiml": "<Response/>"},
		verifyPath:   {"Channel": "sms"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			srv := newServer(faketwilio.Config{Faults: tt.faults})
			f := form()
			for k, v := range bases[tt.path] {
				f.Set(k, v)
			}
			for k, v := range tt.form {
				f.Set(k, v)
				if v == "" {
					f.Del(k)
				}
			}
			rec := serve(srv, post(tt.path, f))
			assert.Equal(t, tt.status, rec.Code, rec.Body.String())
		})
	}
}

func TestFaultsComeAfterAuthentication(t *testing.T) {
	t.Parallel()
	srv := newServer(faketwilio.Config{AuthToken: token, Faults: []fakekit.Fault{{Destination: "*", Status: 500}}})
	r := post(messagesPath, validMessage)
	r.SetBasicAuth(account, "wrong")
	assertError(t, serve(srv, r), 401, 20003, "Authenticate")
}

func TestFaultsSpareFetches(t *testing.T) {
	t.Parallel()
	srv := newServer(faketwilio.Config{})
	rec := serve(srv, post(messagesPath, validMessage))
	require.Equal(t, http.StatusCreated, rec.Code)
	srv.SetFaults([]fakekit.Fault{{Destination: "*", Status: 500}})
	sid := decode(t, rec)["sid"].(string)
	assert.Equal(t, http.StatusOK, serve(srv, get("/2010-04-01/Accounts/"+account+"/Messages/"+sid+".json")).Code)
}

func TestFaultDelays(t *testing.T) {
	t.Parallel()
	t.Run("a delay alone answers normally, late", func(t *testing.T) {
		t.Parallel()
		srv := newServer(faketwilio.Config{Faults: []fakekit.Fault{{Destination: "*", Delay: 50 * time.Millisecond}}})
		start := time.Now()
		rec := serve(srv, post(messagesPath, validMessage))
		assert.GreaterOrEqual(t, time.Since(start), 50*time.Millisecond)
		assert.Equal(t, http.StatusCreated, rec.Code, rec.Body.String())
		assert.Len(t, srv.Messages(), 1)
	})
	t.Run("a delay with a status answers the status, late", func(t *testing.T) {
		t.Parallel()
		srv := newServer(faketwilio.Config{Faults: []fakekit.Fault{{Destination: "*", Delay: 50 * time.Millisecond, Status: 500}}})
		start := time.Now()
		rec := serve(srv, post(messagesPath, validMessage))
		assert.GreaterOrEqual(t, time.Since(start), 50*time.Millisecond)
		assertError(t, rec, 500, 20500, "Internal Server Error")
	})
	t.Run("a client that gives up ends the delay at once", func(t *testing.T) {
		t.Parallel()
		srv := newServer(faketwilio.Config{Faults: []fakekit.Fault{{Destination: "*", Delay: time.Hour}}})
		ctx, cancel := context.WithTimeout(context.Background(), 50*time.Millisecond)
		defer cancel()
		start := time.Now()
		rec := serve(srv, post(messagesPath, validMessage).WithContext(ctx))

		assert.Less(t, time.Since(start), time.Minute, "far below the hour of the delay")
		assert.Equal(t, 499, rec.Code)
		assert.Empty(t, rec.Body.String())
		assert.Empty(t, srv.Messages())
		entries := srv.Journal().Entries()
		require.Len(t, entries, 1)
		assert.Equal(t, 499, entries[0].Status)
		assert.False(t, entries[0].Accepted)
	})
	t.Run("a real HTTP client that gives up is not kept waiting", func(t *testing.T) {
		t.Parallel()
		srv := newServer(faketwilio.Config{Faults: []fakekit.Fault{{Destination: "*", Delay: time.Hour}}})
		// The client gives up once its request has reached the fake: a
		// client timeout could fire before that on a loaded machine.
		ctx, giveUp := context.WithCancel(context.Background())
		defer giveUp()
		ts := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
			giveUp()
			srv.ServeHTTP(w, r)
		}))
		defer ts.Close()
		r := post(ts.URL+messagesPath, validMessage).WithContext(ctx)
		r.RequestURI = ""
		_, err := http.DefaultClient.Do(r)
		require.Error(t, err)
		wait, cancel := context.WithTimeout(context.Background(), time.Minute) // far below the hour of the delay
		defer cancel()
		_, err = srv.Journal().WaitFor(wait, func(e []fakekit.Entry) bool { return len(e) == 1 })
		require.NoError(t, err, "the handler should return when the client leaves")
	})
}

func TestSetFaultsReplacesTheFaults(t *testing.T) {
	t.Parallel()
	initial := []fakekit.Fault{{Destination: "+14155552345", Status: 500}}
	srv := newServer(faketwilio.Config{Faults: initial})
	assert.Equal(t, initial, srv.Faults())

	replaced := []fakekit.Fault{{Destination: "*", Status: 503}}
	srv.SetFaults(replaced)
	assert.Equal(t, replaced, srv.Faults())
	assertError(t, serve(srv, post(messagesPath, validMessage)), 503, 20503, "Service Unavailable")

	srv.Faults()[0].Status = 200
	assert.Equal(t, 503, srv.Faults()[0].Status, "Faults returns a copy")

	srv.SetFaults(nil)
	assert.Equal(t, http.StatusCreated, serve(srv, post(messagesPath, validMessage)).Code)

	srv.SetFaults(replaced)
	srv.Reset()
	assert.Equal(t, replaced, srv.Faults(), "Reset keeps the faults")
}
