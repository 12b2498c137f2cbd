package fakesns

import (
	"bytes"
	"encoding/xml"
	"net/http"
	"time"
)

// namespace is the XML namespace of every SNS answer.
const namespace = "http://sns.amazonaws.com/doc/2010-03-31/"

// apiVersion is the only API version SNS has.
const apiVersion = "2010-03-31"

// statusClientClosed is journaled when the client gave up during a fault's
// delay: nginx's code for it; SNS never sends it.
const statusClientClosed = 499

type responseMetadata struct {
	RequestID string `xml:"RequestId"`
}

// success is an action's answer: <ActionResponse><ActionResult>...
// </ActionResult><ResponseMetadata/></ActionResponse>.
type success struct {
	XMLName  xml.Name
	Xmlns    string `xml:"xmlns,attr"`
	Result   result
	Metadata responseMetadata `xml:"ResponseMetadata"`
}

// result is the ActionResult element, its content already encoded.
type result struct {
	XMLName xml.Name
	Inner   []byte `xml:",innerxml"`
}

type errorResponse struct {
	XMLName   xml.Name `xml:"ErrorResponse"`
	Xmlns     string   `xml:"xmlns,attr"`
	Error     errorDetail
	RequestID string `xml:"RequestId"`
}

type errorDetail struct {
	XMLName xml.Name `xml:"Error"`
	Type    string
	Code    string
	Message string
}

// encodeSuccess writes the answer to action, inner being the Result's
// content.
func encodeSuccess(action string, inner []byte, requestID string) []byte {
	return encode(success{
		XMLName:  xml.Name{Local: action + "Response"},
		Xmlns:    namespace,
		Result:   result{XMLName: xml.Name{Local: action + "Result"}, Inner: inner},
		Metadata: responseMetadata{RequestID: requestID},
	})
}

func encodeError(e *apiError, requestID string) []byte {
	kind := "Sender"
	if !e.senderFault() {
		kind = "Receiver"
	}
	return encode(errorResponse{
		Xmlns:     namespace,
		Error:     errorDetail{Type: kind, Code: e.Code, Message: e.Message},
		RequestID: requestID,
	})
}

// element encodes one element, for a Result's content.
func element(name, value string) []byte {
	var buf bytes.Buffer
	buf.WriteString("<" + name + ">")
	_ = xml.EscapeText(&buf, []byte(value)) // a bytes.Buffer never fails
	buf.WriteString("</" + name + ">")
	return buf.Bytes()
}

func encode(v any) []byte {
	out, err := xml.Marshal(v)
	if err != nil {
		panic("fakesns: cannot encode " + err.Error()) // only our own types get here
	}
	return out
}

// write sends an answer as SNS does: XML with its request id in a
// header, and the service's time in Date, by which the SDKs correct a
// skewed clock (so it is the real time, never a seeded one).
func write(w http.ResponseWriter, status int, body []byte, requestID string, abandoned bool, now time.Time) {
	if abandoned {
		w.WriteHeader(status)
		return
	}
	w.Header().Set("Date", now.UTC().Format(http.TimeFormat))
	w.Header().Set("Content-Type", "text/xml")
	w.Header().Set("x-amzn-RequestId", requestID)
	w.WriteHeader(status)
	_, _ = w.Write(body) // the client is gone; the journal still has the answer
}
