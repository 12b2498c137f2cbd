// Package auth0 emulates the auth0 npm package (node-auth0) for the calls
// send-phone-message code makes on the tenant's own domain: a Management
// API token by the client credentials grant, then reading a user and
// updating the user's metadata.
//
//	3.7.2 (Hooks' default)              4.37.1 (Actions' default)
//	new ManagementClient({domain,       new ManagementClient({domain,
//	  clientId, clientSecret, scope})     clientId, clientSecret})
//	management.getUser({id}, cb?)       management.users.get({id})
//	management.updateUser({id}, data)   management.users.update({id}, data)
//	management.updateUserMetadata(...)  -> {data, headers, status, statusText}
//	management.updateAppMetadata(...)
//	management.users.get / update
//	management.getAccessToken()
//	new AuthenticationClient({...})     new AuthenticationClient({...})
//	  .clientCredentialsGrant(opts, cb?)  .oauth.clientCredentialsGrant({audience})
//
// What each release does on the wire and in the hook, read from its
// tagged source (github.com/auth0/node-auth0, rest-facade 1.16 and
// superagent 7 for 3.x): 3.x posts the token request as JSON, sends
// User-Agent "node.js/VERSION", Content-Type application/json and Accept
// application/json on every call, caches the token per client until 10 s
// before it expires, percent-encodes a user id with unsafe characters,
// retries a 429 three times, and fails with a SanitizedError (name from
// the body's error, message from its message or the whole body as JSON,
// statusCode the status or the network error's code) or, synchronously,
// an ArgumentError; callbacks get (null, data). 4.x posts the token
// request as a form through the global fetch, wraps answers as
// {data, headers, status, statusText}, times out after 10 s, and fails
// with ManagementApiError, AuthApiError, ResponseError, FetchError or
// RequiredError. Both send the Auth0-Client telemetry header (base64url
// JSON {name, version, env: {node}}) unless telemetry is false.
//
// Other Management API methods exist and fail saying they are not
// emulated, so a hook learns why rather than meeting "not a function".
//
// The surface is JavaScript (auth0.js); HTTP goes through the Host's
// transport (3.x) or the fetch shim's global fetch (4.x).
//
// Threading contract: Load and everything the script calls run on the
// invocation's JS goroutine; only the HTTP exchange runs elsewhere and
// comes back through Host.RegisterCallback.
package auth0

import (
	_ "embed"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules"
)

// Name is what hooks pass to require.
const Name = "auth0"

// Defaults for a require without a version. Hooks get the last 3.x: 4.x
// needs Node 18 and its global fetch, which Webtask's Node 12 never had.
// Actions get the newest emulated 4.x.
const (
	HookDefault   = "3.7.2"
	ActionDefault = "4.37.1"
)

//go:embed auth0.js
var source string

var script = modules.NewScript("auth0.js", source)

// Module describes auth0 for the emulator's registry.
func Module() modules.Module {
	return modules.Module{
		Name:          Name,
		Versions:      []string{HookDefault, ActionDefault},
		HookDefault:   HookDefault,
		ActionDefault: ActionDefault,
		Load:          load,
	}
}

func load(h modules.Host, version string) (goja.Value, error) {
	v, err := modules.ParseVersion(version)
	if err != nil {
		return nil, err
	}
	return script.Call(h.Runtime(), nativeBindings(h, version, v.Major))
}
