package hookdiff_test

import (
	"testing"

	"github.com/stretchr/testify/assert"

	"github.com/hookemu/hookemu/emulator"
	"github.com/hookemu/hookemu/harness"
	"github.com/hookemu/hookemu/hookdiff"
)

func exchange(method, url string, headers map[string]string, body string) harness.Exchange {
	return harness.Exchange{Method: method, URL: url, Headers: headers, Body: body}
}

func run(outcome emulator.Outcome, errMessage string, requests ...harness.Exchange) harness.Report {
	rep := harness.Report{Outcome: outcome, Requests: requests}
	if errMessage != "" {
		rep.Error = &emulator.ErrorInfo{Name: "Error", Message: errMessage}
	}
	return rep
}

const jsonType = "application/json"

// aws is an SNS request signed at date with key; sig stands for its
// signature.
func aws(date, key, sig string) harness.Exchange {
	return exchange("POST", "https://sns.us-east-1.amazonaws.com/", map[string]string{
		"X-Amz-Date":    date,
		"Authorization": "AWS4-HMAC-SHA256 Credential=" + key + "/20261207/us-east-1/sns/aws4_request, SignedHeaders=host, Signature=" + sig,
	}, "")
}

func TestCompareTellsWhatMattersFromWhatDoesNot(t *testing.T) {
	t.Parallel()
	json := func(body string, extra ...string) harness.Exchange {
		h := map[string]string{"Content-Type": jsonType}
		for i := 0; i+1 < len(extra); i += 2 {
			h[extra[i]] = extra[i+1]
		}
		return exchange("POST", "https://sms.8x8.com/x", h, body)
	}
	form := func(body string) harness.Exchange {
		return exchange("POST", "https://api.twilio.com/x", map[string]string{"Content-Type": "application/x-www-form-urlencoded"}, body)
	}
	tests := []struct {
		name     string
		old, new harness.Report
		want     []hookdiff.Difference
	}{
		{"JSON bodies with keys in another order and other spacing are the same",
			run(emulator.OutcomeSuccess, "", json(`{"a":1,"b":"x"}`)), run(emulator.OutcomeSuccess, "", json(`{ "b": "x", "a": 1 }`)), nil},
		{"headers a library sets by itself are not compared",
			run(emulator.OutcomeSuccess, "", json(`{}`, "User-Agent", "axios/0.19.2", "Accept", "*/*", "Content-Length", "2")),
			run(emulator.OutcomeSuccess, "", json(`{}`, "User-Agent", "axios/1.13.6", "Accept-Encoding", "gzip")), nil},
		{"form fields in another order are the same",
			run(emulator.OutcomeSuccess, "", form("To=%2B1&Body=hi")), run(emulator.OutcomeSuccess, "", form("Body=hi&To=%2B1")), nil},
		{"query parameters in another order are the same",
			run(emulator.OutcomeSuccess, "", exchange("GET", "https://x/a?b=1&c=2", nil, "")), run(emulator.OutcomeSuccess, "", exchange("GET", "https://x/a?c=2&b=1", nil, "")), nil},
		{"requests sent at once may start in another order",
			run(emulator.OutcomeSuccess, "", json(`{"n":1}`), json(`{"n":2}`)), run(emulator.OutcomeSuccess, "", json(`{"n":2}`), json(`{"n":1}`)), nil},
		{"a hook's cb(err) and an Action's throw are the same failure",
			run(emulator.OutcomeError, "boom"), run(emulator.OutcomeException, "boom"), nil},
		{"an error's class may change with its library, its message may not",
			run(emulator.OutcomeError, "Request failed with status code 500"),
			harness.Report{Outcome: emulator.OutcomeError, Error: &emulator.ErrorInfo{Name: "AxiosError", Message: "Request failed with status code 500"}}, nil},
		{"AWS requests signed in different seconds compare without their time and signature",
			run(emulator.OutcomeSuccess, "", aws("20261207T115324Z", "AKIDEXAMPLE", "aa11")),
			run(emulator.OutcomeSuccess, "", aws("20261207T115325Z", "AKIDEXAMPLE", "bb22")), nil},
		{"AWS requests signed in the same second compare their signatures",
			run(emulator.OutcomeSuccess, "", aws("20261207T115324Z", "AKIDEXAMPLE", "aa11")),
			run(emulator.OutcomeSuccess, "", aws("20261207T115324Z", "AKIDEXAMPLE", "bb22")),
			[]hookdiff.Difference{{Request: 1, Where: "POST https://sns.us-east-1.amazonaws.com/", What: "header Authorization",
				Old: "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261207/us-east-1/sns/aws4_request, SignedHeaders=host, Signature=aa11",
				New: "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261207/us-east-1/sns/aws4_request, SignedHeaders=host, Signature=bb22"}}},
		{"AWS requests signed with another key differ whenever they were signed",
			run(emulator.OutcomeSuccess, "", aws("20261207T115324Z", "AKIDEXAMPLE", "aa11")),
			run(emulator.OutcomeSuccess, "", aws("20261207T115325Z", "AKIDOTHER", "bb22")),
			[]hookdiff.Difference{{Request: 1, Where: "POST https://sns.us-east-1.amazonaws.com/", What: "header Authorization",
				Old: "AWS4-HMAC-SHA256 Credential=AKIDEXAMPLE/20261207/us-east-1/sns/aws4_request, SignedHeaders=host, Signature=aa11",
				New: "AWS4-HMAC-SHA256 Credential=AKIDOTHER/20261207/us-east-1/sns/aws4_request, SignedHeaders=host, Signature=bb22"}}},
		{"a JSON field that differs is named by its path",
			run(emulator.OutcomeSuccess, "", json(`{"msg":{"text":"a","to":"1"}}`)), run(emulator.OutcomeSuccess, "", json(`{"msg":{"text":"b"}}`)),
			[]hookdiff.Difference{
				{Request: 1, Where: "POST https://sms.8x8.com/x", What: "body .msg.text", Old: `"a"`, New: `"b"`},
				{Request: 1, Where: "POST https://sms.8x8.com/x", What: "body .msg.to", Old: `"1"`, New: ""},
			}},
		{"a form field that differs is named",
			run(emulator.OutcomeSuccess, "", form("To=%2B1&Body=hi")), run(emulator.OutcomeSuccess, "", form("To=%2B1&Body=hello")),
			[]hookdiff.Difference{{Request: 1, Where: "POST https://api.twilio.com/x", What: "body field Body", Old: `"hi"`, New: `"hello"`}}},
		{"a JSON Content-Type with and without charset differs",
			run(emulator.OutcomeSuccess, "", exchange("POST", "https://x/", map[string]string{"Content-Type": "application/json;charset=utf-8"}, `{}`)),
			run(emulator.OutcomeSuccess, "", exchange("POST", "https://x/", map[string]string{"Content-Type": jsonType}, `{}`)),
			[]hookdiff.Difference{{Request: 1, Where: "POST https://x/", What: "header Content-Type", Old: "application/json;charset=utf-8", New: jsonType}}},
		{"a request only the new code sends is reported",
			run(emulator.OutcomeSuccess, ""), run(emulator.OutcomeSuccess, "", exchange("GET", "https://x/", nil, "")),
			[]hookdiff.Difference{{Request: 1, Where: "GET https://x/", What: "request", Old: "not sent", New: "sent"}}},
		{"success against a hook that never called back differs",
			run(emulator.OutcomeNoCallback, "the hook finished all its work without calling cb"), run(emulator.OutcomeSuccess, ""),
			[]hookdiff.Difference{{What: "outcome", Old: "no-callback: Error: the hook finished all its work without calling cb", New: "success"}}},
		{"two failures with different messages differ",
			run(emulator.OutcomeError, "status code 401"), run(emulator.OutcomeError, "status code 500"),
			[]hookdiff.Difference{{What: "error", Old: "Error: status code 401", New: "Error: status code 500"}}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			assert.Equal(t, tt.want, hookdiff.Compare(tt.old, tt.new))
		})
	}
}
