// Package vonage emulates @vonage/server-sdk (3.x) for Actions:
//
//	const { Vonage } = require('@vonage/server-sdk');
//	const vonage = new Vonage({apiKey, apiSecret});
//	const resp = await vonage.sms.send({to, from, text});
//
// as its packages (@vonage/auth, @vonage/server-client, @vonage/sms) have
// it: parameters to kebab-case keys of a JSON body posted to
// https://rest.nexmo.com/sms/json with Basic auth, through the global
// fetch (so the request is the emulator's fetch's, as it is undici's in
// Node), the User-Agent the package builds ("@vonage/server-sdk/3.0.0,
// node/VERSION," joined with commas), the answer with its keys both as
// sent and in camelCase, MessageSendPartialFailure when a message is
// refused (never MessageSendAllFailure: the package compares the failure
// count with the answer's string message-count), VetchError "Request
// failed with status code N" for an HTTP error, and the missing-credential
// errors of @vonage/auth. The other clients say they are not emulated.
//
// Hooks cannot load it: the package needs Node 18's fetch and syntax that
// Node 12, the Node of Webtask, does not parse.
//
// Threading contract: Load and the script run on the invocation's JS
// goroutine; HTTP is the fetch global's.
package vonage

import (
	_ "embed"
	"encoding/base64"
	"errors"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules"
)

// Name is what Actions pass to require.
const Name = "@vonage/server-sdk"

// Version is the release emulated: the newest 3.x.
const Version = "3.30.1"

//go:embed vonage.js
var source string

var script = modules.NewScript("vonage.js", source)

// errHook is why a Hook cannot require the package.
var errHook = errors.New("@vonage/server-sdk needs Node 18 or later (the global fetch, and syntax Node 12 cannot parse), and Hooks ran on Node 12: use nexmo, as Auth0's Vonage guide does, or write an Action")

// Module describes @vonage/server-sdk for the emulator's registry.
func Module() modules.Module {
	return modules.Module{
		Name:          Name,
		Versions:      []string{Version},
		HookDefault:   Version,
		ActionDefault: Version,
		Load:          load,
	}
}

func load(h modules.Host, version string) (goja.Value, error) {
	if !modules.ActionOnly(h) {
		return nil, errHook
	}
	rt := h.Runtime()
	native := rt.NewObject()
	_ = native.Set("version", version)
	_ = native.Set("base64", func(s string) string { return base64.StdEncoding.EncodeToString([]byte(s)) })
	return script.Call(rt, native)
}
