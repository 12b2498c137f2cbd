package fakeinfobip

import (
	"bytes"
	"encoding/json"
	"net/http"

	"github.com/hookemu/hookemu/fakekit"
)

// contentType is sent with every answer, errors included.
const contentType = "application/json;charset=UTF-8"

// reply is an answer before it is written, with what the journal needs.
type reply struct {
	status      int
	body        []byte
	destination string
	messageID   string
	accepted    bool
}

// jsonBody encodes v as Infobip does, without escaping HTML characters.
func jsonBody(v any) []byte {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return []byte(`{"requestError":{"serviceException":{"messageId":"GENERAL_ERROR","text":"answer could not be encoded"}}}`)
	}
	return bytes.TrimSuffix(buf.Bytes(), []byte("\n"))
}

// errorReply renders e in the error shape of the endpoint at path.
func (s *Server) errorReply(path string, e *apiError) reply {
	if s.endpoints[path].v3 {
		return reply{status: e.status, body: jsonBody(e.v3Body())}
	}
	return reply{status: e.status, body: jsonBody(e.v2Body())}
}

// answerReply renders a 200 answer for results. A bulk id is drawn when
// the request gave none and the answer shows one: always for voice and
// v3, for SMS v1 and v2 only when there are several destinations.
func (s *Server) answerReply(ep endpoint, p parsed, results []result) reply {
	bulkID := p.bulkID
	if bulkID == "" && (ep.voice || ep.v3 || len(results) > 1) {
		bulkID = s.cfg.IDs.UUID()
	}
	rep := reply{status: http.StatusOK, body: jsonBody(ep.render(bulkID, results, p))}
	if len(results) > 0 {
		rep.destination, rep.messageID = results[0].to, results[0].messageID
	}
	rep.accepted = anyAccepted(results)
	return rep
}

func (rep reply) write(w http.ResponseWriter) {
	if rep.status == fakekit.StatusClientClosedRequest {
		return // nobody is left to answer
	}
	w.Header().Set("Content-Type", contentType)
	w.WriteHeader(rep.status)
	_, _ = w.Write(rep.body) // the client is gone if this fails; the journal still records the answer
}

// record journals one exchange, copying the headers so that later changes
// by the caller cannot alter the record.
func (s *Server) record(c *call, rep reply) {
	e := c.Entry(Name, s.cfg.IDs.Now(), rep.status, rep.body)
	e.Destination, e.MessageID, e.Accepted = rep.destination, rep.messageID, rep.accepted
	s.journal.Add(e)
}
