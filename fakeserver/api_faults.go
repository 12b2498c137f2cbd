package fakeserver

import (
	"encoding/json"
	"fmt"
	"net/http"
)

// maxFaultsBody bounds a PUT of faults; a list of faults is small.
const maxFaultsBody = 1 << 20

func (s *Server) getFaults(w http.ResponseWriter, _ *http.Request) {
	writeJSON(w, http.StatusOK, s.Faults())
}

// putFaults answers PUT faults with {"8x8": [...], "twilio": [...]}: the
// whole set, so a provider left out has no faults afterwards.
func (s *Server) putFaults(w http.ResponseWriter, r *http.Request) {
	var faults map[string][]Fault
	if !decodeBody(w, r, &faults, `{"8x8": [{"destination": "+6512345678", "status": 500}], "twilio": []}`) {
		return
	}
	if s.refuseWhileForwarding(w, faults) {
		return
	}
	if err := s.SetFaults(faults); err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	writeJSON(w, http.StatusOK, s.Faults())
}

func (s *Server) deleteFaults(w http.ResponseWriter, _ *http.Request) {
	_ = s.SetFaults(nil) // clearing cannot fail
	w.WriteHeader(http.StatusNoContent)
}

func (s *Server) getProviderFaults(w http.ResponseWriter, r *http.Request) {
	faults, ok := s.Faults()[r.PathValue("provider")]
	if !ok {
		s.unknownProvider(w, r)
		return
	}
	writeJSON(w, http.StatusOK, faults)
}

// putProviderFaults answers PUT faults/{provider} with a list that
// replaces that provider's faults only.
func (s *Server) putProviderFaults(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("provider")
	if s.provider(name) == nil {
		s.unknownProvider(w, r)
		return
	}
	var faults []Fault
	if !decodeBody(w, r, &faults, `[{"destination": "*", "status": 503, "delay": "2s"}]`) {
		return
	}
	if s.refuseWhileForwarding(w, map[string][]Fault{name: faults}) {
		return
	}
	if err := s.SetProviderFaults(name, faults); err != nil {
		writeError(w, http.StatusBadRequest, err.Error())
		return
	}
	writeJSON(w, http.StatusOK, s.Faults()[name])
}

func (s *Server) deleteProviderFaults(w http.ResponseWriter, r *http.Request) {
	name := r.PathValue("provider")
	if s.provider(name) == nil {
		s.unknownProvider(w, r)
		return
	}
	_ = s.SetProviderFaults(name, nil) // clearing cannot fail
	w.WriteHeader(http.StatusNoContent)
}

// refuseWhileForwarding answers 409 to any fault set in forward mode:
// the request is right, but this server cannot honour it.
func (s *Server) refuseWhileForwarding(w http.ResponseWriter, faults map[string][]Fault) bool {
	if !s.Forwarding() {
		return false
	}
	for _, list := range faults {
		if len(list) > 0 {
			writeError(w, http.StatusConflict, errForwardingFaults)
			return true
		}
	}
	return false
}

func (s *Server) unknownProvider(w http.ResponseWriter, r *http.Request) {
	writeError(w, http.StatusNotFound, fmt.Sprintf("unknown provider %q; use %s", r.PathValue("provider"), s.providerNames()))
}

// decodeBody reads a JSON request body into v, answering 400 with an
// example of what is expected when it cannot.
func decodeBody(w http.ResponseWriter, r *http.Request, v any, example string) bool {
	dec := json.NewDecoder(http.MaxBytesReader(w, r.Body, maxFaultsBody))
	dec.DisallowUnknownFields()
	if err := dec.Decode(v); err != nil {
		writeError(w, http.StatusBadRequest, fmt.Sprintf("the body is not what this endpoint takes (%s); send JSON such as %s", bodyProblem(err), example))
		return false
	}
	return true
}
