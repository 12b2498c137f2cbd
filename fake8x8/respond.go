package fake8x8

import (
	"bytes"
	"encoding/json"
	"net/http"
	"time"
)

// contentType is sent with every answer, errors included, as 8x8 does.
const contentType = "application/json; charset=utf-8"

// timestampLayout is ISO 8601 in UTC with milliseconds, the precision of
// 8x8's documented error bodies ("2018-08-02T09:42:38.89Z").
const timestampLayout = "2006-01-02T15:04:05.000Z"

// reply is an answer before it is written, with what the journal needs to
// know about it.
type reply struct {
	status      int
	header      http.Header
	body        []byte
	destination string
	messageID   string
	accepted    bool
}

func stamp(t time.Time) string { return t.UTC().Format(timestampLayout) }

// jsonReply answers v as JSON. HTML characters are not escaped, because
// 8x8's serializer does not escape them either.
func (s *Server) jsonReply(status int, v any) reply {
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(v); err != nil {
		return s.errorReply(newError(CodeInternal, msgInternal+": "+err.Error()))
	}
	return reply{status: status, body: bytes.TrimSuffix(buf.Bytes(), []byte("\n"))}
}

// errorReply renders e with a fresh errorId and the current time.
func (s *Server) errorReply(e *apiError) reply {
	body := errorBody{Code: e.code, Message: e.message, ErrorID: s.cfg.NewID(), Timestamp: stamp(s.shown())}
	rep := s.jsonReply(e.status, body)
	rep.header = e.header
	return rep
}

func (rep reply) write(w http.ResponseWriter) {
	h := w.Header()
	for k, v := range rep.header {
		h[k] = v
	}
	h.Set("Content-Type", contentType)
	w.WriteHeader(rep.status)
	_, _ = w.Write(rep.body) // the client is gone if this fails; the journal still records the answer
}

// record journals one exchange, copying the headers so that later changes
// by the caller cannot alter the record. A body refused as too large was
// never read, so it is not kept.
func (s *Server) record(c *call, rep reply) {
	e := c.Entry(Name, s.shown().UTC(), rep.status, rep.body)
	e.Destination, e.MessageID, e.Accepted = rep.destination, rep.messageID, rep.accepted
	s.journal.Add(e)
}
