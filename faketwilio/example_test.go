package faketwilio_test

import (
	"fmt"
	"io"
	"net/http"
	"net/http/httptest"
	"net/url"
	"strings"

	"github.com/hookemu/hookemu/faketwilio"
)

func Example() {
	srv := faketwilio.New(faketwilio.Config{
		AccountSID: "AC00000000000000000000000000000001",
		AuthToken:  "secret",
		Numbers:    []string{"+15005550006"},
	})
	ts := httptest.NewServer(srv)
	defer ts.Close()

	send := func(to string) {
		form := url.Values{"To": {to}, "From": {"+15005550006"}, "Body": {"Your code is 123456"}}
		req, _ := http.NewRequest(http.MethodPost,
			ts.URL+"/2010-04-01/Accounts/AC00000000000000000000000000000001/Messages.json",
			strings.NewReader(form.Encode()))
		req.Header.Set("Content-Type", "application/x-www-form-urlencoded")
		req.SetBasicAuth("AC00000000000000000000000000000001", "secret")
		resp, err := http.DefaultClient.Do(req)
		if err != nil {
			fmt.Println(err)
			return
		}
		defer resp.Body.Close()
		body, _ := io.ReadAll(resp.Body)
		if resp.StatusCode != http.StatusCreated {
			fmt.Println(resp.StatusCode, string(body))
			return
		}
		fmt.Println(resp.StatusCode)
	}
	send("+14155552345")
	send("5551234567")

	for _, m := range srv.Messages() {
		fmt.Println(m.To, m.Body, m.NumSegments)
	}
	// Output:
	// 201
	// 400 {"code":21211,"message":"The 'To' number 5551234567 is not a valid phone number.","more_info":"https://www.twilio.com/docs/errors/21211","status":400}
	// +14155552345 Your code is 123456 1
}
