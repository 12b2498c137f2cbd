package fakevonage

import (
	"bytes"
	"encoding/json"
	"encoding/xml"
	"net/http"
	"strconv"
)

// Formats of the answer, from the path.
const (
	formatJSON = "json"
	formatXML  = "xml"
)

// reply is an answer before it is written, with what the journal needs.
type reply struct {
	status      int
	contentType string
	body        []byte
	destination string
	messageID   string
	accepted    bool
}

// jsonAnswer is the body of every answer to a send.
type jsonAnswer struct {
	MessageCount string `json:"message-count"`
	Messages     []any  `json:"messages"`
}

// jsonRefusal is a refused message in a JSON answer.
type jsonRefusal struct {
	To        string `json:"to,omitempty"`
	Status    string `json:"status"`
	ErrorText string `json:"error-text"`
}

// xmlAnswer is the body of an answer to /sms/xml.
type xmlAnswer struct {
	XMLName  xml.Name `xml:"mt-submission-response"`
	Messages struct {
		Count    int   `xml:"count,attr"`
		Messages []any `xml:"message"`
	} `xml:"messages"`
}

// xmlRefusal is a refused message in an XML answer.
type xmlRefusal struct {
	To        string `xml:"to,omitempty"`
	Status    string `xml:"status"`
	ErrorText string `xml:"errorText"`
}

// accepted answers the parts the service took.
func accepted(format string, parts []part) reply {
	items := make([]any, len(parts))
	for i := range parts {
		items[i] = parts[i]
	}
	rep := answer(format, items)
	rep.destination, rep.messageID, rep.accepted = parts[0].To, parts[0].MessageID, true
	return rep
}

// refused answers a refusal, with HTTP 200 as the service does.
func refused(format string, r *refusal) reply {
	status := strconv.Itoa(r.status)
	item := any(jsonRefusal{To: r.to, Status: status, ErrorText: r.text})
	if format == formatXML {
		item = xmlRefusal{To: r.to, Status: status, ErrorText: r.text}
	}
	return answer(format, []any{item})
}

func answer(format string, items []any) reply {
	if format == formatXML {
		var a xmlAnswer
		a.Messages.Count, a.Messages.Messages = len(items), items
		body, _ := xml.Marshal(a) // plain structs of strings always marshal
		return reply{status: http.StatusOK, contentType: "text/xml", body: append([]byte(xml.Header), body...)}
	}
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	_ = enc.Encode(jsonAnswer{MessageCount: strconv.Itoa(len(items)), Messages: items}) // plain structs of strings always encode
	return reply{status: http.StatusOK, contentType: "application/json", body: bytes.TrimSuffix(buf.Bytes(), []byte("\n"))}
}

// bare is an HTTP error with an empty body: a path the API lacks, a
// method it refuses, a fault's outage.
func bare(status int) reply { return reply{status: status} }

func (rep reply) write(w http.ResponseWriter) {
	if rep.contentType != "" {
		w.Header().Set("Content-Type", rep.contentType)
	}
	w.WriteHeader(rep.status)
	_, _ = w.Write(rep.body) // the client is gone if this fails; the journal still records the answer
}
