package twilio

import (
	_ "embed"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules"
)

//go:embed twiml.js
var twimlSource string

var twimlScript = modules.NewScript("twiml.js", twimlSource)

// loadTwiML builds require('twilio').twiml on first use, as the real
// package loads its TwiML classes lazily.
func loadTwiML(rt *goja.Runtime, f features) (goja.Value, error) {
	native := rt.NewObject()
	_ = native.Set("classes", f.classes)
	_ = native.Set("xmlbuilder9", f.xmlbuilder9)
	return twimlScript.Call(rt, native)
}
