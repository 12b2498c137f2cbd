package faketelesign

import (
	"net/http"
	"strings"
)

// Paths of the two APIs this fake answers.
const (
	messagingPath = "/v1/messaging"
	verifyPrefix  = "/v1/verify/"
	verifySMSPath = "/v1/verify/sms"
)

type kind int

const (
	sending kind = iota
	reading
)

// route is what a method and path ask for: a send or a status read of
// one product, or a refusal when no endpoint answers them.
type route struct {
	product product
	kind    kind
	// ref is the reference id of a status read.
	ref     string
	refusal *refusal
}

// routeOf maps a request to its endpoint. A path of neither API belongs
// to Messaging's error style unless it is under /v1/verify/.
func routeOf(method, path string) route {
	switch {
	case path == messagingPath:
		return endpoint(messaging, sending, "", method, http.MethodPost)
	case path == verifySMSPath:
		return endpoint(verify, sending, "", method, http.MethodPost)
	case strings.HasPrefix(path, messagingPath+"/") && isSegment(path[len(messagingPath)+1:]):
		return endpoint(messaging, reading, path[len(messagingPath)+1:], method, http.MethodGet)
	case strings.HasPrefix(path, verifyPrefix) && isSegment(path[len(verifyPrefix):]):
		return endpoint(verify, reading, path[len(verifyPrefix):], method, http.MethodGet)
	}
	p := messaging
	if strings.HasPrefix(path, verifyPrefix) {
		p = verify
	}
	return route{product: p, refusal: refusalOf(resourceNotFound())}
}

func endpoint(p product, k kind, ref, method, allowed string) route {
	rt := route{product: p, kind: k, ref: ref}
	if method != allowed {
		rt.refusal = refusalOf(methodNotAllowed())
	}
	return rt
}

func isSegment(s string) bool { return s != "" && !strings.Contains(s, "/") }

// handle runs the endpoint's own rules; live requests also store and
// read transactions, while Check only validates.
func (rt route) handle(s *Server, x *exchange, live bool) outcome {
	switch {
	case rt.kind == reading:
		return s.readStatus(x, live)
	case rt.product == verify:
		return s.sendVerification(x, live)
	default:
		return s.sendMessage(x, live)
	}
}
