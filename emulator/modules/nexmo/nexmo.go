// Package nexmo emulates the nexmo npm package (2.x), the Vonage client
// Auth0's Vonage guide requires in its Send Phone Message hook:
//
//	const nexmo = new Nexmo({apiKey, apiSecret}, options)
//	nexmo.message.sendSms(from, to, text, opts?, (err, responseData) => ...)
//
// as the package's lib/ has it: every parameter and the key and secret in
// the query string of a POST without a body to https://rest.nexmo.com/sms/json,
// the package's headers (User-Agent nexmo-node/VERSION node/NODE), a
// signed query when the credentials carry signatureSecret and
// signatureMethod, and its answer handling: the parsed body passed on as
// it is even when a message was refused (the SMS API answers refusals
// with HTTP 200 and a status inside, which the package does not read),
// {message: "Server Error", statusCode, headers} for a 5xx, {body,
// headers, statusCode} for a 4xx, the Node error of a failed exchange,
// and the synchronous checks (Invalid Text Message, Invalid from address,
// Invalid to address) thrown when no callback is given. The other
// resources (verify, voice, ...) say they are not emulated.
//
// The surface is JavaScript (nexmo.js); HTTP goes through the Host's
// transport.
//
// Threading contract: Load and everything the script calls run on the
// invocation's JS goroutine; only the HTTP exchange runs elsewhere and
// comes back through Host.RegisterCallback (httpkit.SendFunc).
package nexmo

import (
	"crypto/hmac"
	"crypto/md5"
	"crypto/sha1"
	"crypto/sha256"
	"crypto/sha512"
	_ "embed"
	"encoding/hex"
	"fmt"
	"hash"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules"
	"github.com/hookemu/hookemu/emulator/modules/httpkit"
	"github.com/hookemu/hookemu/emulator/modules/querystring"
)

// Name is what hooks pass to require.
const Name = "nexmo"

// Version is the release emulated: the last 2.x, which Auth0's guide
// gets when it adds the module without a version.
const Version = "2.9.1"

//go:embed nexmo.js
var source string

var script = modules.NewScript("nexmo.js", source)

// Module describes nexmo for the emulator's registry.
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
	rt := h.Runtime()
	qs, err := querystring.Module().Load(h, "")
	if err != nil {
		return nil, err
	}
	native := rt.NewObject()
	_ = native.Set("version", version)
	_ = native.Set("querystring", qs)
	_ = native.Set("send", httpkit.SendFunc(h))
	_ = native.Set("md5Hex", func(s string) string {
		sum := md5.Sum([]byte(s))
		return hex.EncodeToString(sum[:])
	})
	_ = native.Set("hmacHex", func(method, key, data string) (string, error) {
		newHash, ok := hmacs[method]
		if !ok {
			return "", fmt.Errorf("no HMAC %q", method)
		}
		mac := hmac.New(newHash, []byte(key))
		mac.Write([]byte(data))
		return hex.EncodeToString(mac.Sum(nil)), nil
	})
	return script.Call(rt, native)
}

// hmacs are the HMACs HashGenerator knows, by its names for them.
var hmacs = map[string]func() hash.Hash{"md5": md5.New, "sha1": sha1.New, "sha256": sha256.New, "sha512": sha512.New}
