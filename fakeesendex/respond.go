package fakeesendex

import (
	"bytes"
	"encoding/json"
	"mime"
	"net/http"
	"strings"

	"github.com/hookemu/hookemu/fakekit"
)

// headerBase is the URI of a message header, the resource that tells a
// message's delivery status later.
const headerBase = "https://api.esendex.com/v1.0/messageheaders/"

// reply is an answer before it is written, with what the journal needs.
type reply struct {
	status      int
	contentType string
	body        []byte
	destination string
	messageID   string
	accepted    bool
}

// wantsJSON says whether the client gets JSON: it asks for it in Accept,
// or sent JSON and accepts anything.
func wantsJSON(c *call) bool {
	accept := c.Header.Get("Accept")
	for _, part := range strings.Split(accept, ",") {
		media, _, err := mime.ParseMediaType(strings.TrimSpace(part))
		if err != nil {
			continue
		}
		if media == "application/json" || media == "text/json" {
			return true
		}
		if media == "application/xml" || media == "text/xml" {
			return false
		}
	}
	return bodyFormat(c.Header.Get("Content-Type")) == "json"
}

// answer accepts the dispatch: one batch, one message header per message.
func (s *Server) answer(c *call, d dispatch) reply {
	batchID := s.cfg.IDs.UUID()
	ids := make([]string, len(d.messages))
	for i := range ids {
		ids[i] = s.cfg.IDs.UUID()
	}
	rep := reply{status: http.StatusOK, destination: d.messages[0].To, messageID: ids[0], accepted: true}
	if wantsJSON(c) {
		rep.contentType, rep.body = "application/json; charset=utf-8", jsonAnswer(batchID, ids)
	} else {
		rep.contentType, rep.body = "application/xml; charset=utf-8", xmlAnswer(batchID, ids)
		rep.messageID = strings.ToUpper(ids[0])
	}
	return rep
}

type jsonHeader struct {
	URI string `json:"uri"`
	ID  string `json:"id"`
}

func jsonAnswer(batchID string, ids []string) []byte {
	headers := make([]jsonHeader, 0, len(ids))
	for _, id := range ids {
		headers = append(headers, jsonHeader{URI: headerBase + id, ID: id})
	}
	body, _ := json.Marshal(struct {
		Batch struct {
			BatchID        string       `json:"batchid"`
			MessageHeaders []jsonHeader `json:"messageheaders"`
		} `json:"batch"`
		Errors []jsonError `json:"errors"`
	}{Batch: struct {
		BatchID        string       `json:"batchid"`
		MessageHeaders []jsonHeader `json:"messageheaders"`
	}{batchID, headers}})
	return body
}

// xmlAnswer is the XML answer, with Esendex's upper-case GUIDs.
func xmlAnswer(batchID string, ids []string) []byte {
	var b bytes.Buffer
	b.WriteString(`<?xml version="1.0" encoding="utf-8"?>` + "\n")
	b.WriteString(`<messageheaders batchid="` + strings.ToUpper(batchID) + `" xmlns="http://api.esendex.com/ns/">` + "\n")
	for _, id := range ids {
		id = strings.ToUpper(id)
		b.WriteString(`  <messageheader uri="` + headerBase + id + `" id="` + id + `" />` + "\n")
	}
	b.WriteString("</messageheaders>")
	return b.Bytes()
}

type jsonError struct {
	Code        string `json:"code"`
	Description string `json:"description"`
}

// errorReply renders e for the client: JSON {"batch":null,"errors":[...]}
// for a JSON client, the description as plain text otherwise.
func errorReply(c *call, e *apiError) reply {
	if wantsJSON(c) {
		body, _ := json.Marshal(struct {
			Batch  any         `json:"batch"`
			Errors []jsonError `json:"errors"`
		}{nil, []jsonError{{Code: e.code, Description: e.description}}})
		return reply{status: e.status, contentType: "application/json; charset=utf-8", body: body}
	}
	return reply{status: e.status, contentType: "text/plain; charset=utf-8", body: []byte(e.description)}
}

func (rep reply) write(w http.ResponseWriter) {
	if rep.status == fakekit.StatusClientClosedRequest {
		return // nobody is left to answer
	}
	if rep.contentType != "" {
		w.Header().Set("Content-Type", rep.contentType)
	}
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
