package twilio_test

import (
	"testing"

	"github.com/stretchr/testify/assert"
)

func TestCredentialsAreCheckedAsTheReleaseDoes(t *testing.T) {
	t.Parallel()
	// Recorded from the real packages, with no TWILIO_* in the environment.
	tests := []struct {
		name, version, call, want string
	}{
		{"3.84.1 wants a username", "3.84.1", `twilio()`, "username is required"},
		{"3.84.1 wants a password", "3.84.1", `twilio('AC1')`, "password is required"},
		{"3.84.1 falls back to the environment for an empty username", "3.84.1", `twilio('', 'tok')`, "username is required"},
		{"3.29.0 words a bad account SID as missing", "3.29.0", `twilio('XX1', 'tok')`, "accountSid is required"},
		{"3.29.2 wants it to start with AC", "3.29.2", `twilio('XX1', 'tok')`, "accountSid must start with AC"},
		{"3.84.1 does not explain API keys", "3.84.1", `twilio('SK1', 'tok')`, "accountSid must start with AC"},
		{"4.0.0 explains API keys", "4.0.0", `twilio('SK1', 'tok')`, "accountSid must start with AC. The given SID indicates an API Key which requires the accountSid to be passed as an additional option"},
		{"4.23.0 keeps an empty username, which is no account SID", "4.23.0", `twilio('', 'tok')`, "accountSid must start with AC"},
		{"3.42.0 converts a number with lodash", "3.42.0", `twilio(12, 'tok')`, "accountSid must start with AC"},
		{"3.84.1 calls startsWith on a number", "3.84.1", `twilio(12, 'tok')`, "TypeError: this.accountSid.startsWith is not a function"},
		{"5.13.1 builds a client without credentials", "5.13.1", `twilio() && 'built'`, "built"},
		{"5.13.1 checks credentials when a request is made", "5.13.1", `twilio().messages.create({to: '+1'})`, "username is required"},
		{"5.13.1 still checks the account SID at once", "5.13.1", `twilio('XX1', 'tok')`, "accountSid must start with AC"},
		{"an API key with the account SID as an option is fine", "4.23.0", `twilio('SK1', 'tok', {accountSid: 'AC9'}).accountSid`, "AC9"},
		{"4.23.0 Twilio needs new", "4.23.0", `twilio.Twilio('AC1', 'tok')`, "TypeError: Class constructor Twilio cannot be invoked without 'new'"},
		{"3.84.1 Twilio without new returns nothing", "3.84.1", `String(twilio.Twilio('AC1', 'tok'))`, "undefined"},
		{"new works on the module function too", "3.84.1", `(new twilio('AC1', 'tok')) instanceof twilio.Twilio && 'client'`, "client"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			rec := &recorder{}
			env := newEnv(t, tt.version, rec)
			got := env.AwaitBody(t, `try { return `+tt.call+`; } catch (e) { return (e instanceof TypeError ? 'TypeError: ' : '') + e.message; }`)
			assert.Equal(t, quote(tt.want), got)
			assert.Empty(t, rec.all())
		})
	}
}

func TestCredentialsFallBackToTheEnvironment(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, version, call, want string
	}{
		{"3.84.1 reads process.env", "3.84.1", `twilio()`, `["ACenv","token-env","ACenv"]`},
		{"3.84.1 reads it for empty arguments too", "3.84.1", `twilio('', '')`, `["ACenv","token-env","ACenv"]`},
		{"4.23.0 reads it for null arguments", "4.23.0", `twilio(null, null)`, `["ACenv","token-env","ACenv"]`},
		{"5.13.1 keeps empty arguments", "5.13.1", `twilio('', '')`, `["","",""]`},
		{"3.84.1 reads opts.env instead of process.env", "3.84.1", `twilio(undefined, undefined, {env: {TWILIO_ACCOUNT_SID: 'ACopt', TWILIO_AUTH_TOKEN: 'x'}})`, `["ACopt","x","ACopt"]`},
		{"4.23.0 reads opts.env, then process.env", "4.23.0", `twilio(undefined, undefined, {env: {TWILIO_ACCOUNT_SID: 'ACopt'}})`, `["ACopt","token-env","ACopt"]`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			env := newEnv(t, tt.version, &recorder{})
			env.Setenv("TWILIO_ACCOUNT_SID", "ACenv")
			env.Setenv("TWILIO_AUTH_TOKEN", "token-env")
			got := env.AwaitBody(t, `const c = `+tt.call+`; return [c.username, c.password, c.accountSid];`)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestOptsEnvWithoutTheTokenFailsIn3x(t *testing.T) {
	t.Parallel()
	env := newEnv(t, "3.84.1", &recorder{})
	env.Setenv("TWILIO_AUTH_TOKEN", "token-env")
	got := env.AwaitBody(t, `try { twilio(undefined, undefined, {env: {TWILIO_ACCOUNT_SID: 'ACopt'}}); return 'built'; } catch (e) { return e.message; }`)
	assert.Equal(t, `"password is required"`, got)
}

func TestRegionAndEdgePickTheHost(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, version, opts string
		env                 map[string]string
		api, verify         string
	}{
		{"no region or edge uses the global hosts", "3.84.1", `{}`, nil, "api.twilio.com", "verify.twilio.com"},
		{"a region goes after the product", "3.84.1", `{region: 'au1'}`, nil, "api.au1.twilio.com", "verify.au1.twilio.com"},
		{"an edge alone goes with us1", "4.23.0", `{edge: 'sydney'}`, nil, "api.sydney.us1.twilio.com", "verify.sydney.us1.twilio.com"},
		{"edge and region go in that order", "4.23.0", `{region: 'au1', edge: 'sydney'}`, nil, "api.sydney.au1.twilio.com", "verify.sydney.au1.twilio.com"},
		{"TWILIO_REGION and TWILIO_EDGE come from the environment", "3.84.1", `{}`, map[string]string{"TWILIO_REGION": "ie1", "TWILIO_EDGE": "dublin"}, "api.dublin.ie1.twilio.com", "verify.dublin.ie1.twilio.com"},
		{"3.x treats an empty region as missing", "3.84.1", `{region: ''}`, map[string]string{"TWILIO_REGION": "ie1"}, "api.ie1.twilio.com", "verify.ie1.twilio.com"},
		{"4.13 keeps an empty region", "4.23.0", `{region: ''}`, map[string]string{"TWILIO_REGION": "ie1"}, "api.twilio.com", "verify.twilio.com"},
		{"3.44.0 knows edges but not the environment", "3.44.0", `{}`, map[string]string{"TWILIO_REGION": "ie1"}, "api.twilio.com", "verify.twilio.com"},
		{"3.42.0 ignores edges", "3.42.0", `{edge: 'sydney', region: 'au1'}`, nil, "api.au1.twilio.com", "verify.au1.twilio.com"},
		{"5.11.2 picks the region's edge", "5.11.2", `{region: 'au1'}`, nil, "api.sydney.au1.twilio.com", "verify.sydney.au1.twilio.com"},
		{"5.12.1 no longer does", "5.12.1", `{region: 'au1'}`, nil, "api.au1.twilio.com", "verify.au1.twilio.com"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			rec := &recorder{}
			env := newEnv(t, tt.version, rec)
			for k, v := range tt.env {
				env.Setenv(k, v)
			}
			env.AwaitBody(t, `const client = twilio('`+accountSID+`', 'tok', `+tt.opts+`);
				await client.messages.create({to: '+1', from: '+2', body: 'x'});
				await client.verify.v2.services('VA1').verifications.create({to: '+1', channel: 'sms'});`)
			reqs := rec.all()
			if assert.Len(t, reqs, 2) {
				assert.Equal(t, tt.api, reqs[0].URL.Host)
				assert.Equal(t, "/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages.json", reqs[0].URL.Path)
				assert.Equal(t, tt.verify, reqs[1].URL.Host)
			}
		})
	}
}

func TestTheRegionToEdgeMapWarns(t *testing.T) {
	t.Parallel()
	env := newEnv(t, "5.11.2", &recorder{})
	env.AwaitBody(t, `await twilio('`+accountSID+`', 'tok', {region: 'au1'}).messages.create({to: '+1', from: '+2', body: 'x'});`)
	assert.Equal(t, []string{
		"[DEPRECATION WARNING] For regional processing, DNS is of format product.edge.region.twilio.com;otherwise use product.twilio.com",
		"Setting edge value from the region mapping",
	}, env.Warnings())
}

func TestClientOptionsShapeTheRequest(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, version, opts, header, want string
	}{
		{"user agent extensions are appended from 3.66.1", "3.84.1", `{userAgentExtensions: ['hookemu/1', 'x']}`, "User-Agent", "twilio-node/3.84.1 (linux x64) node/v12.22.12 hookemu/1 x"},
		{"5.x closes the connection when keepAlive is false", "5.13.1", `{keepAlive: false}`, "Connection", "close"},
		{"4.x always closes the connection", "4.23.0", `{keepAlive: true}`, "Connection", "close"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			rec := &recorder{}
			env := newEnv(t, tt.version, rec)
			env.AwaitBody(t, `await twilio('`+accountSID+`', 'tok', `+tt.opts+`).messages.create({to: '+1', from: '+2', body: 'x'});`)
			assert.Equal(t, tt.want, rec.only(t).Header.Get(tt.header))
		})
	}
}

func TestTheUserAgentReportsTheEmulatedProcess(t *testing.T) {
	t.Parallel()
	rec := &recorder{}
	env := newEnv(t, "4.23.0", rec)
	env.AwaitBody(t, `globalThis.process = {version: 'v22.1.0', platform: 'darwin', arch: 'arm64', env: {}};
		await twilio('`+accountSID+`', 'tok').messages.create({to: '+1', from: '+2', body: 'x'});`)
	assert.Equal(t, "twilio-node/4.23.0 (darwin arm64) node/v22.1.0", rec.only(t).Header.Get("User-Agent"))
}

func TestClientRequestIsPublic(t *testing.T) {
	t.Parallel()
	rec := (&recorder{}).reply(200, `{"balance":"1.00"}`)
	env := newEnv(t, "3.84.1", rec)
	got := env.AwaitBody(t, `const client = twilio('`+accountSID+`', 'tok');
		let missing;
		try { client.request({uri: 'https://api.twilio.com/x'}); } catch (e) { missing = e.message; }
		const p = client.request({method: 'GET', uri: 'https://api.twilio.com/2010-04-01/Accounts/`+accountSID+`/Balance.json'});
		const res = await p;
		return [missing, typeof p.done, res.statusCode, res.body];`)
	assert.Equal(t, `["method is required","function",200,{"balance":"1.00"}]`, got)
	assert.Equal(t, "/2010-04-01/Accounts/"+accountSID+"/Balance.json", rec.only(t).URL.Path)
}
