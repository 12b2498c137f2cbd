package fakeserver

import (
	"fmt"

	"github.com/hookemu/hookemu/fakekit"
)

// errForwardingFaults explains why faults cannot be set in forward mode.
const errForwardingFaults = "faults make the fakes misbehave, and with --forward the real providers answer; " +
	"restart without --forward to use faults"

// Faults returns the faults in force per provider (none when forwarding).
func (s *Server) Faults() map[string][]Fault {
	out := make(map[string][]Fault, len(s.providers))
	for _, p := range s.providers {
		list := []Fault{}
		if p.faults != nil {
			for _, f := range p.faults.Faults() {
				list = append(list, fromKit(f))
			}
		}
		out[p.name] = list
	}
	return out
}

// SetFaults replaces the faults of the providers named in faults and
// clears those of the others; nothing changes when any fault is wrong.
func (s *Server) SetFaults(faults map[string][]Fault) error {
	converted := make(map[string][]fakekit.Fault, len(faults))
	for name, list := range faults {
		p := s.provider(name)
		if p == nil {
			return fmt.Errorf("unknown provider %q; use %s", name, s.providerNames())
		}
		kit, err := toKitAll(name, list, s.cfg.ProbabilityFaults)
		if err != nil {
			return err
		}
		if len(kit) > 0 && p.faults == nil {
			return fmt.Errorf("%s", errForwardingFaults)
		}
		converted[name] = kit
	}
	for _, p := range s.providers {
		if p.faults != nil {
			p.faults.SetFaults(converted[p.name])
		}
	}
	s.publishFaults()
	return nil
}

// SetProviderFaults replaces one provider's faults.
func (s *Server) SetProviderFaults(provider string, faults []Fault) error {
	all := s.Faults()
	if _, ok := all[provider]; !ok {
		return fmt.Errorf("unknown provider %q; use %s", provider, s.providerNames())
	}
	all[provider] = faults
	return s.SetFaults(all)
}
