package faketelesign

import (
	"encoding/binary"
	"fmt"
	"net/http"
	"strings"
)

// defaultTemplate stands in for TeleSign's predefined English template
// when a verification brings none of its own.
const defaultTemplate = "Your code is $$CODE$$"

// sendMessage takes a Messaging send: 200 with status 290.
func (s *Server) sendMessage(x *exchange, live bool) outcome {
	if r := checkMessage(x.form); r != nil {
		return s.refuse(x, *r)
	}
	if !live {
		return outcome{status: http.StatusOK}
	}
	t := Transaction{
		ReferenceID: s.newReference(),
		PhoneNumber: x.form.Get("phone_number"),
		Text:        x.form.Get("message"),
		MessageType: x.form.Get("message_type"),
		ExternalID:  x.form.Get("external_id"),
		Created:     s.cfg.IDs.Now(),
	}
	s.store.add(t)
	body := messagingSent{ReferenceID: t.ReferenceID, Status: s.status(inProgress)}
	if x.form.Has("external_id") {
		body.ExternalID = &t.ExternalID
	}
	return outcome{status: http.StatusOK, payload: body, ref: t.ReferenceID, accepted: true}
}

// sendVerification takes an SMS Verify send: 200 with status 290 and a
// code state of UNKNOWN, as nobody has entered the code yet.
func (s *Server) sendVerification(x *exchange, live bool) outcome {
	if r := checkVerification(x.form, s.cfg.TemplateMaxLength); r != nil {
		return s.refuse(x, *r)
	}
	if !live {
		return outcome{status: http.StatusOK}
	}
	verifyCode := x.form.Get("verify_code")
	if verifyCode == "" {
		verifyCode = s.newVerifyCode()
	}
	template := x.form.Get("template")
	if template == "" {
		template = defaultTemplate
	}
	t := Transaction{
		ReferenceID: s.newReference(),
		Verify:      true,
		PhoneNumber: x.form.Get("phone_number"),
		Text:        strings.ReplaceAll(template, "$$CODE$$", verifyCode),
		VerifyCode:  verifyCode,
		ExternalID:  x.form.Get("external_id"),
		Created:     s.cfg.IDs.Now(),
	}
	s.store.add(t)
	return outcome{status: http.StatusOK, ref: t.ReferenceID, accepted: true,
		payload: s.verifyAnswer(t.ReferenceID, inProgress, verifyResult{CodeState: "UNKNOWN"})}
}

// readStatus answers a status read of a transaction of the route's
// product; Verify's also checks the code the hook passes as verify_code.
// Check validates the reference id's shape only.
func (s *Server) readStatus(x *exchange, live bool) outcome {
	ref := x.route.ref
	if !isReference(ref) {
		return s.refuse(x, invalidReferenceID(ref))
	}
	if !live {
		return outcome{status: http.StatusOK}
	}
	t, ok := s.store.get(ref)
	if !ok || t.Verify != (x.route.product == verify) {
		return s.refuse(x, referenceNotFound())
	}
	if x.route.product == messaging {
		return outcome{status: http.StatusOK, ref: t.ReferenceID,
			payload: messagingAnswer{ReferenceID: t.ReferenceID, Status: s.status(delivered)}}
	}
	return outcome{status: http.StatusOK, ref: t.ReferenceID,
		payload: s.verifyAnswer(t.ReferenceID, delivered, codeCheck(t.VerifyCode, x.query.Get("verify_code")))}
}

// codeCheck is Verify's verdict on the code an end user entered.
func codeCheck(sent, entered string) verifyResult {
	switch {
	case entered == "":
		return verifyResult{CodeState: "UNKNOWN"}
	case entered == sent:
		return verifyResult{CodeState: "VALID", CodeEntered: entered}
	default:
		return verifyResult{CodeState: "INVALID", CodeEntered: entered}
	}
}

func (s *Server) verifyAnswer(ref string, c code, result verifyResult) verifyAnswer {
	sub := subResourceSMS
	return verifyAnswer{ReferenceID: &ref, SubResource: &sub, Errors: []code{}, Status: s.status(c), Verify: &result}
}

func (s *Server) status(c code) statusBody {
	return statusBody{Code: c.Code, Description: c.Description, UpdatedOn: s.updatedOn()}
}

// newVerifyCode makes up a code as TeleSign does by default: seven
// digits.
func (s *Server) newVerifyCode() string {
	b := s.cfg.IDs.Bytes()
	return fmt.Sprintf("%07d", binary.BigEndian.Uint64(b[:8])%10_000_000)
}
