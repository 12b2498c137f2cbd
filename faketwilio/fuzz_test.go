package faketwilio_test

import (
	"encoding/json"
	"net/http"
	"strings"
	"testing"

	"github.com/hookemu/hookemu/faketwilio"
)

// fuzzPaths are the endpoints the fuzzer aims at, chosen by a byte.
var fuzzPaths = []string{messagesPath, callsPath, verifyPath,
	"/2010-04-01/Accounts/ACnot-a-sid/Messages.json", "/2010-04-01/Accounts/" + account + "/Messages/SMnope.json"}

// FuzzRequestValidation sends arbitrary form bodies, content types and
// credentials: whatever arrives, the fake never panics and answers either
// 2xx with a JSON object or Twilio's error body, exactly code, message,
// more_info and status (the HTTP status). Its seed corpus runs with every
// go test.
func FuzzRequestValidation(f *testing.F) {
	for _, seed := range []struct {
		path                  uint8
		body, ctype, user, pw string
	}{
		{0, validMessage.Encode(), "application/x-www-form-urlencoded", account, token},
		{0, "To=%2B1415&From=&Body=" + strings.Repeat("%F0%9F%98%80", 200), "application/x-www-form-urlencoded", account, token},
		{0, "To=whatsapp:%2B14155552345&MediaUrl=ftp://x&StatusCallback=%00", "application/x-www-form-urlencoded", account, token},
		{0, "%zz=1&&=", "application/x-www-form-urlencoded; charset=utf-16", account, token},
		{0, `{"To":"+14155552345"}`, "application/json", account, token},
		{0, "--b\r\nContent-Disposition: form-data; name=\"To\"\r\n\r\n+1\r\n--b--", "multipart/form-data; boundary=b", account, token},
		{1, "To=%2B14155552345&From=%2B15005550006&Twiml=%3CResponse%3E%3CSay%3E", "application/x-www-form-urlencoded", account, token},
		{1, "To=%2B14155552345&From=%2B15005550006&Url=not a url", "application/x-www-form-urlencoded", account, token},
		{2, "To=%2B15017122661&Channel=pigeon&Locale=xx", "application/x-www-form-urlencoded", account, token},
		{3, validMessage.Encode(), "application/x-www-form-urlencoded", "", ""},
		{4, "", "", account, "wrong"},
	} {
		f.Add(seed.path, seed.body, seed.ctype, seed.user, seed.pw)
	}
	f.Fuzz(func(t *testing.T, which uint8, body, ctype, user, password string) {
		srv := faketwilio.New(faketwilio.Config{})
		method := http.MethodPost
		if which&8 != 0 {
			method = http.MethodGet
		}
		rec := serve(srv, request(method, fuzzPaths[int(which)%len(fuzzPaths)], ctype, body, user, password))
		var answer map[string]any
		if err := json.Unmarshal(rec.Body.Bytes(), &answer); err != nil {
			t.Fatalf("status %d with a body that is not a JSON object: %q", rec.Code, rec.Body)
		}
		if rec.Code >= 200 && rec.Code < 300 {
			return
		}
		code, isNumber := answer["code"].(float64)
		message, isText := answer["message"].(string)
		moreInfo, _ := answer["more_info"].(string)
		status, _ := answer["status"].(float64)
		if len(answer) != 4 || !isNumber || code <= 0 || !isText || message == "" ||
			!strings.HasPrefix(moreInfo, "https://www.twilio.com/docs/errors/") || int(status) != rec.Code {
			t.Fatalf("status %d with a body that is not Twilio's error: %v", rec.Code, answer)
		}
	})
}
