package fakeinfobip

import (
	"net/http"

	"github.com/hookemu/hookemu/fakekit"
)

// Request body bounds, chosen by this fake since Infobip documents none: a
// single message fits in maxBodyBytes many times over, and a bulk of
// thousands of destinations fits in maxBulkBodyBytes.
const (
	maxBodyBytes     = 64 << 10
	maxBulkBodyBytes = 16 << 20
)

// endpoint is one sending endpoint: how its body is read and how its
// answer is shaped.
type endpoint struct {
	path    string
	maxBody int
	// v3 says the endpoint answers errors in the SMS v3 shape rather
	// than as requestError.serviceException.
	v3    bool
	voice bool
	parse func([]byte) (parsed, *apiError)
	// render shapes the answer to the messages' results.
	render func(bulkID string, results []result, p parsed) any
}

// result is what became of one outgoing message.
type result struct {
	to        string
	messageID string
	status    msgStatus
	smsCount  int
}

// endpoints lists what the fake answers, by path.
func endpoints() map[string]endpoint {
	list := []endpoint{
		{path: "/sms/2/text/advanced", maxBody: maxBulkBodyBytes, parse: parseAdvanced, render: renderV2},
		{path: "/sms/1/text/single", maxBody: maxBodyBytes, parse: parseSingle, render: renderV1},
		{path: "/tts/3/single", maxBody: maxBodyBytes, voice: true, parse: parseVoice, render: renderVoice},
		{path: "/sms/3/messages", maxBody: maxBulkBodyBytes, v3: true, parse: parseV3, render: renderV3},
	}
	m := make(map[string]endpoint, len(list))
	for _, ep := range list {
		m[ep.path] = ep
	}
	return m
}

// route finds the endpoint of method and path: 404 for a path the fake
// does not know, 405 for another method than POST.
func (s *Server) route(method, path string) (endpoint, *apiError) {
	ep, ok := s.endpoints[path]
	switch {
	case !ok:
		return endpoint{}, errNotFound(path)
	case method != http.MethodPost:
		return ep, errMethod(method)
	}
	return ep, nil
}

type v2Message struct {
	To        string    `json:"to"`
	Status    msgStatus `json:"status"`
	MessageID string    `json:"messageId"`
	SMSCount  *int      `json:"smsCount,omitempty"`
}

type v2Answer struct {
	BulkID   string      `json:"bulkId,omitempty"`
	Messages []v2Message `json:"messages"`
}

// renderV2 answers /sms/2/text/advanced: smsCount only when asked for
// with includeSmsCountInResponse.
func renderV2(bulkID string, results []result, p parsed) any {
	return v2Messages(bulkID, results, p.smsCount)
}

// renderV1 answers /sms/1/text/single, whose messages always carry
// smsCount.
func renderV1(bulkID string, results []result, _ parsed) any {
	return v2Messages(bulkID, results, true)
}

func v2Messages(bulkID string, results []result, withCount bool) v2Answer {
	out := v2Answer{BulkID: bulkID, Messages: make([]v2Message, 0, len(results))}
	for _, r := range results {
		m := v2Message{To: r.to, Status: r.status, MessageID: r.messageID}
		if withCount {
			n := r.smsCount
			m.SMSCount = &n
		}
		out.Messages = append(out.Messages, m)
	}
	return out
}

// renderVoice answers /tts/3/single.
func renderVoice(bulkID string, results []result, _ parsed) any {
	return v2Messages(bulkID, results, false)
}

type v3Message struct {
	MessageID   string    `json:"messageId"`
	Status      msgStatus `json:"status"`
	Destination string    `json:"destination"`
}

// renderV3 answers /sms/3/messages.
func renderV3(bulkID string, results []result, _ parsed) any {
	out := struct {
		BulkID   string      `json:"bulkId"`
		Messages []v3Message `json:"messages"`
	}{BulkID: bulkID, Messages: make([]v3Message, 0, len(results))}
	for _, r := range results {
		out.Messages = append(out.Messages, v3Message{MessageID: r.messageID, Status: r.status, Destination: r.to})
	}
	return out
}

// smsCount is how many parts Infobip bills for text.
func smsCount(text string) int {
	return fakekit.Segments(text, fakekit.ResolveEncoding("", text))
}
