package emulator

import (
	"fmt"

	"github.com/dop251/goja"
)

// performance is Node 16's global performance, as far as send-phone-message
// code uses it: now() and timeOrigin, in milliseconds, from the start of
// the run.
func (inv *invocation) performance() goja.Value {
	p := inv.rt.NewObject()
	now := func() float64 { return float64(inv.elapsed().Microseconds()) / 1000 }
	_ = p.Set("now", jsName(inv.rt, inv.rt.ToValue(now), "now"))
	_ = p.Set("timeOrigin", float64(inv.start.UnixMicro())/1000)
	_ = p.DefineDataPropertySymbol(goja.SymToStringTag, inv.rt.ToValue("Performance"), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	return p
}

// navigator is Node 21's global navigator: its userAgent is "Node.js/"
// and the major version; the emulated machine has the two processors
// require('os') reports.
func (inv *invocation) navigator() goja.Value {
	n := inv.rt.NewObject()
	_ = n.Set("hardwareConcurrency", 2)
	_ = n.Set("language", "en-US")
	_ = n.Set("languages", []any{"en-US"})
	_ = n.Set("platform", "linux")
	_ = n.Set("userAgent", fmt.Sprintf("Node.js/%d", inv.Node().Major()))
	_ = n.DefineDataPropertySymbol(goja.SymToStringTag, inv.rt.ToValue("Navigator"), goja.FLAG_FALSE, goja.FLAG_FALSE, goja.FLAG_TRUE)
	return n
}

// unemulatedGlobal is a global Node has and hookemu does not emulate: it
// exists (typeof says function, as in Node), and constructing it throws
// an error that says so and what to do instead, rather than pretending.
func unemulatedGlobal(name, hint string) func(inv *invocation) goja.Value {
	return func(inv *invocation) goja.Value {
		return inv.rt.ToValue(func(goja.ConstructorCall) *goja.Object {
			msg := fmt.Sprintf("hookemu does not emulate %s (%s has it): %s", name, inv.Node().Title(), hint)
			errCtor, _ := inv.rt.Get("Error").(*goja.Object)
			e, err := inv.rt.New(errCtor, inv.rt.ToValue(msg))
			if err != nil {
				panic(err)
			}
			panic(e)
		})
	}
}
