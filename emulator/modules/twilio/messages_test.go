package twilio_test

import (
	"io"
	"mime"
	"mime/multipart"
	"net/http"
	"strings"
	"testing"

	"github.com/stretchr/testify/assert"
	"github.com/stretchr/testify/require"
)

const createSMS = `const client = twilio('AC0123456789abcdef0123456789abcdef', 'test-auth-token');
	const m = await client.messages.create({to: '+14155552345', from: '+15005550006', body: 'Your code is 123456'});
	return m.sid;`

func TestMessagesCreateSendsTheRequestOfEachRelease(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name    string
		version string
		action  bool
		header  http.Header
		body    string
	}{
		{
			name:    "3.84.1 in a hook posts a urlencoded form with its user agent",
			version: "3.84.1",
			header: http.Header{
				"Accept":         {"application/json"},
				"Accept-Charset": {"utf-8"},
				"Authorization":  {basicAuth},
				"Connection":     {"close"},
				"Content-Type":   {"application/x-www-form-urlencoded"},
				"User-Agent":     {"twilio-node/3.84.1 (linux x64) node/v12.22.12"},
			},
			body: "To=%2B14155552345&From=%2B15005550006&Body=Your%20code%20is%20123456",
		},
		{
			name:    "3.65.0 names only the Node version in its user agent",
			version: "3.65.0",
			header: http.Header{
				"Accept":         {"application/json"},
				"Accept-Charset": {"utf-8"},
				"Authorization":  {basicAuth},
				"Connection":     {"close"},
				"Content-Type":   {"application/x-www-form-urlencoded"},
				"User-Agent":     {"twilio-node/3.65.0 (node.js v12.22.12)"},
			},
			body: "To=%2B14155552345&From=%2B15005550006&Body=Your%20code%20is%20123456",
		},
		{
			name:    "4.19.0 still uses axios 0.x and asks for no compression",
			version: "4.19.0",
			action:  true,
			header: http.Header{
				"Accept":         {"application/json"},
				"Accept-Charset": {"utf-8"},
				"Authorization":  {basicAuth},
				"Connection":     {"close"},
				"Content-Type":   {"application/x-www-form-urlencoded"},
				"User-Agent":     {"twilio-node/4.19.0 (linux x64) node/v22.12.0"},
			},
			body: "To=%2B14155552345&From=%2B15005550006&Body=Your%20code%20is%20123456",
		},
		{
			name:    "4.23.0 in an Action sends To first and accepts compressed answers",
			version: "4.23.0",
			action:  true,
			header: http.Header{
				"Accept":          {"application/json"},
				"Accept-Charset":  {"utf-8"},
				"Accept-Encoding": {"gzip, compress, deflate, br"},
				"Authorization":   {basicAuth},
				"Connection":      {"close"},
				"Content-Type":    {"application/x-www-form-urlencoded"},
				"User-Agent":      {"twilio-node/4.23.0 (linux x64) node/v22.12.0"},
			},
			body: "To=%2B14155552345&From=%2B15005550006&Body=Your%20code%20is%20123456",
		},
		{
			name:    "5.13.1 keeps the connection alive",
			version: "5.13.1",
			action:  true,
			header: http.Header{
				"Accept":          {"application/json"},
				"Accept-Charset":  {"utf-8"},
				"Accept-Encoding": {"gzip, compress, deflate, br"},
				"Authorization":   {basicAuth},
				"Connection":      {"keep-alive"},
				"Content-Type":    {"application/x-www-form-urlencoded"},
				"User-Agent":      {"twilio-node/5.13.1 (linux x64) node/v22.12.0"},
			},
			body: "To=%2B14155552345&From=%2B15005550006&Body=Your%20code%20is%20123456",
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			rec := (&recorder{}).reply(201, messagePayload)
			env := newEnvAs(t, tt.version, tt.action, rec)
			assert.Equal(t, `"SM0123456789abcdef0123456789abcdef"`, env.AwaitBody(t, createSMS))
			got := rec.only(t)
			assert.Equal(t, "POST", got.Method)
			assert.Equal(t, "https://api.twilio.com/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages.json", got.URL.String())
			assert.Equal(t, tt.header, got.Header)
			assert.Equal(t, tt.body, got.Body)
		})
	}
}

func TestMessagesCreateBefore3_41SendsMultipartFormData(t *testing.T) {
	t.Parallel()
	rec := (&recorder{}).reply(201, messagePayload)
	env := newEnv(t, "3.29.0", rec)
	env.AwaitBody(t, `const client = twilio('AC0123456789abcdef0123456789abcdef', 'test-auth-token');
		await client.messages.create({to: '+14155552345', from: '+15005550006', body: 'Your code é', mediaUrl: ['https://a/1.png', 'https://a/2.png'], validityPeriod: 60, attempt: 2});`)
	got := rec.only(t)
	assert.Equal(t, "twilio-node/3.29.0 (node.js v12.22.12)", got.Header.Get("User-Agent"))
	mediaType, params, err := mime.ParseMediaType(got.Header.Get("Content-Type"))
	require.NoError(t, err)
	assert.Equal(t, "multipart/form-data", mediaType)
	assert.Regexp(t, `^-{26}[0-9]{24}$`, params["boundary"])
	assert.True(t, strings.HasSuffix(got.Body, "--"+params["boundary"]+"--\r\n"))

	var fields [][2]string
	reader := multipart.NewReader(strings.NewReader(got.Body), params["boundary"])
	for {
		part, err := reader.NextPart()
		if err == io.EOF {
			break
		}
		require.NoError(t, err)
		value, _ := io.ReadAll(part)
		fields = append(fields, [2]string{part.FormName(), string(value)})
	}
	// Attempt came in 3.43: 3.29 drops it like any unknown key.
	assert.Equal(t, [][2]string{
		{"To", "+14155552345"}, {"From", "+15005550006"}, {"Body", "Your code é"},
		{"MediaUrl", "https://a/1.png"}, {"MediaUrl", "https://a/2.png"}, {"ValidityPeriod", "60"},
	}, fields)
}

func TestMessagesCreateSerializesParametersAsTheReleaseDoes(t *testing.T) {
	t.Parallel()
	// The options and bodies were recorded from the real packages.
	const options = `{to: '+14155552345', from: '+15005550006', body: "Code: 123 456! (ok) ~*'é😀", mediaUrl: ['http://a/1', 'http://a/2'], provideFeedback: true, validityPeriod: 60, nope: 1, statusCallback: undefined, persistentAction: 'x', sendAt: new Date(Date.UTC(2024, 0, 2, 3, 4, 5, 678)), contentVariables: {'1': 'x'}, attempt: null}`
	tests := []struct {
		name, version, body string
	}{
		{"3.84.1 follows its table order", "3.84.1",
			"To=%2B14155552345&From=%2B15005550006&Body=Code%3A%20123%20456%21%20%28ok%29%20~%2A%27%C3%A9%F0%9F%98%80&MediaUrl=http%3A%2F%2Fa%2F1&MediaUrl=http%3A%2F%2Fa%2F2&ProvideFeedback=true&Attempt=&ValidityPeriod=60&PersistentAction=x&SendAt=2024-01-02T03%3A04%3A05Z&ContentVariables%5B1%5D=x"},
		{"4.23.0 sends To, then the optional ones, then From and Body", "4.23.0",
			"To=%2B14155552345&ProvideFeedback=true&Attempt=&ValidityPeriod=60&PersistentAction=x&SendAt=2024-01-02T03%3A04%3A05Z&ContentVariables%5B1%5D=x&From=%2B15005550006&Body=Code%3A%20123%20456%21%20%28ok%29%20~%2A%27%C3%A9%F0%9F%98%80&MediaUrl=http%3A%2F%2Fa%2F1&MediaUrl=http%3A%2F%2Fa%2F2"},
		{"3.42.0 knows neither Attempt nor SendAt nor ContentVariables", "3.42.0",
			"To=%2B14155552345&From=%2B15005550006&Body=Code%3A%20123%20456%21%20%28ok%29%20~%2A%27%C3%A9%F0%9F%98%80&MediaUrl=http%3A%2F%2Fa%2F1&MediaUrl=http%3A%2F%2Fa%2F2&ProvideFeedback=true&ValidityPeriod=60&PersistentAction=x"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			rec := (&recorder{}).reply(201, messagePayload)
			env := newEnv(t, tt.version, rec)
			env.AwaitBody(t, "await twilio('"+accountSID+"', 'tok').messages.create("+options+");")
			assert.Equal(t, tt.body, rec.only(t).Body)
		})
	}
}

func TestMessagesCreateSerializesEachKindOfValue(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, options, body string
	}{
		{"booleans become true and false and strings pass", `{to: '+1', provideFeedback: true, forceDelivery: false, smartEncoded: 'yes'}`,
			"To=%2B1&ProvideFeedback=true&ForceDelivery=false&SmartEncoded=yes"},
		{"a raw boolean is sent as text", `{to: '+1', maxPrice: true}`, "To=%2B1&MaxPrice=true"},
		{"null is sent empty and undefined is dropped", `{to: '+1', maxPrice: null, statusCallback: undefined}`, "To=%2B1&MaxPrice="},
		{"an empty array sends nothing", `{to: '+1', mediaUrl: []}`, "To=%2B1"},
		{"array items are sent one by one, null as empty", `{to: '+1', mediaUrl: [1, null, 'x']}`, "To=%2B1&MediaUrl=1&MediaUrl=&MediaUrl=x"},
		{"objects nest as bracketed keys", `{to: '+1', maxPrice: {a: 1, b: [1, 2]}}`, "To=%2B1&MaxPrice%5Ba%5D=1&MaxPrice%5Bb%5D=1&MaxPrice%5Bb%5D=2"},
		{"a Date outside a date parameter is an ISO string", `{to: '+1', maxPrice: new Date(0)}`, "To=%2B1&MaxPrice=1970-01-01T00%3A00%3A00.000Z"},
		{"numbers are sent as text", `{to: '+1', maxPrice: 5, validityPeriod: 1.5}`, "To=%2B1&MaxPrice=5&ValidityPeriod=1.5"},
		{"empty strings are sent empty", `{to: '', body: ''}`, "To=&Body="},
		{"keys are case sensitive and unknown ones ignored", `{to: '+1', To: '+2', Body: 'x', body: 'b', foo: 'bar'}`, "To=%2B1&Body=b"},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			rec := &recorder{}
			env := newEnv(t, "3.84.1", rec)
			env.AwaitBody(t, "await twilio('"+accountSID+"', 'tok').messages.create("+tt.options+");")
			assert.Equal(t, tt.body, rec.only(t).Body)
		})
	}
}

func TestMessagesCreateResolvesACamelCaseInstance(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, version, keys, json string
	}{
		{
			name: "3.84.1 in its constructor's order, with the private fields of 3.x", version: "3.84.1",
			keys: `["_version","body","numSegments","direction","from","to","dateUpdated","price","errorMessage","uri","accountSid","numMedia","status","messagingServiceSid","sid","dateSent","dateCreated","errorCode","priceUnit","apiVersion","subresourceUris","_context","_solution"]`,
			json: `{"body":"Your code is 123456","numSegments":"1","direction":"outbound-api","from":"+15005550006","to":"+14155552345","dateUpdated":"2023-08-24T05:01:46.000Z","price":null,"errorMessage":null,"uri":"/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages/SM0123456789abcdef0123456789abcdef.json","accountSid":"AC0123456789abcdef0123456789abcdef","numMedia":"0","status":"queued","messagingServiceSid":null,"sid":"SM0123456789abcdef0123456789abcdef","dateSent":null,"dateCreated":"2023-08-24T05:01:45.000Z","errorCode":null,"priceUnit":"USD","apiVersion":"2010-04-01","subresourceUris":{"media":"/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages/SM0123456789abcdef0123456789abcdef/Media.json"}}`,
		},
		{
			name: "3.29.0 in alphabetical order", version: "3.29.0",
			keys: `["_version","accountSid","apiVersion","body","dateCreated","dateUpdated","dateSent","direction","errorCode","errorMessage","from","messagingServiceSid","numMedia","numSegments","price","priceUnit","sid","status","subresourceUris","to","uri","_context","_solution"]`,
			json: `{"accountSid":"AC0123456789abcdef0123456789abcdef","apiVersion":"2010-04-01","body":"Your code is 123456","dateCreated":"2023-08-24T05:01:45.000Z","dateUpdated":"2023-08-24T05:01:46.000Z","dateSent":null,"direction":"outbound-api","errorCode":null,"errorMessage":null,"from":"+15005550006","messagingServiceSid":null,"numMedia":"0","numSegments":"1","price":null,"priceUnit":"USD","sid":"SM0123456789abcdef0123456789abcdef","status":"queued","subresourceUris":{"media":"/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages/SM0123456789abcdef0123456789abcdef/Media.json"},"to":"+14155552345","uri":"/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages/SM0123456789abcdef0123456789abcdef.json"}`,
		},
		{
			name: "4.23.0 without _context until it is needed", version: "4.23.0",
			keys: `["_version","body","numSegments","direction","from","to","dateUpdated","price","errorMessage","uri","accountSid","numMedia","status","messagingServiceSid","sid","dateSent","dateCreated","errorCode","priceUnit","apiVersion","subresourceUris","_solution"]`,
			json: `{"body":"Your code is 123456","numSegments":"1","direction":"outbound-api","from":"+15005550006","to":"+14155552345","dateUpdated":"2023-08-24T05:01:46.000Z","price":null,"errorMessage":null,"uri":"/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages/SM0123456789abcdef0123456789abcdef.json","accountSid":"AC0123456789abcdef0123456789abcdef","numMedia":"0","status":"queued","messagingServiceSid":null,"sid":"SM0123456789abcdef0123456789abcdef","dateSent":null,"dateCreated":"2023-08-24T05:01:45.000Z","errorCode":null,"priceUnit":"USD","apiVersion":"2010-04-01","subresourceUris":{"media":"/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages/SM0123456789abcdef0123456789abcdef/Media.json"}}`,
		},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			env := newEnv(t, tt.version, (&recorder{}).reply(201, messagePayload))
			got := env.AwaitBody(t, `const m = await twilio('`+accountSID+`', 'tok').messages.create({to: '+14155552345', from: '+15005550006', body: 'x'});
				return {keys: Object.keys(m), json: JSON.stringify(m), ctor: m.constructor.name, dateCreated: m.dateCreated instanceof Date,
					created: m.dateCreated.getTime(), sent: m.dateSent, errorCode: m.errorCode, segments: typeof m.numSegments};`)
			jsonEq(t, `{"keys":`+tt.keys+`,"json":`+quote(tt.json)+`,"ctor":"MessageInstance","dateCreated":true,"created":1692853305000,"sent":null,"errorCode":null,"segments":"string"}`, got)
		})
	}
}

func TestInstancesParseFieldsWithTheReleaseDeserializers(t *testing.T) {
	t.Parallel()
	const payload = `{"sid":"SM1","error_code":"30008","price":"-0.0075","date_created":"garbage"}`
	tests := []struct {
		name, version, want string
	}{
		{"3.84.1 (dayjs) turns a missing date into the current time", "3.84.1",
			`{"errorCode":30008,"price":"-0.0075","created":"garbage","sentIsNow":true}`},
		{"3.29.0 (moment) leaves a missing date undefined and parses price", "3.29.0",
			`{"errorCode":30008,"price":-0.0075,"created":"garbage","sentIsNow":false}`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			env := newEnv(t, tt.version, (&recorder{}).reply(201, payload))
			got := env.AwaitBody(t, `const before = Date.now();
				const m = await twilio('`+accountSID+`', 'tok').messages.create({to: '+1'});
				return {errorCode: m.errorCode, price: m.price, created: m.dateCreated, sentIsNow: m.dateSent instanceof Date && m.dateSent.getTime() >= before};`)
			jsonEq(t, tt.want, got)
		})
	}
}

func TestMessagesFetchGetsOneMessage(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, version, call string
		header              http.Header
	}{
		{"3.84.1 through client.messages(sid)", "3.84.1", `client.messages('SM0123456789abcdef0123456789abcdef').fetch()`, http.Header{
			"Accept": {"application/json"}, "Accept-Charset": {"utf-8"}, "Authorization": {basicAuth}, "Connection": {"close"},
			"User-Agent": {"twilio-node/3.84.1 (linux x64) node/v12.22.12"},
		}},
		{"4.23.0 through api.v2010.account.messages.get(sid)", "4.23.0", `client.api.v2010.account.messages.get('SM0123456789abcdef0123456789abcdef').fetch()`, http.Header{
			"Accept": {"application/json"}, "Accept-Charset": {"utf-8"}, "Accept-Encoding": {"gzip, compress, deflate, br"}, "Authorization": {basicAuth}, "Connection": {"close"},
			"User-Agent": {"twilio-node/4.23.0 (linux x64) node/v12.22.12"},
		}},
		{"3.29.0 through api.v2010.accounts(sid).messages(sid)", "3.29.0", `client.api.v2010.accounts('AC0123456789abcdef0123456789abcdef').messages('SM0123456789abcdef0123456789abcdef').fetch()`, http.Header{
			"Accept": {"application/json"}, "Accept-Charset": {"utf-8"}, "Authorization": {basicAuth}, "Connection": {"close"},
			"User-Agent": {"twilio-node/3.29.0 (node.js v12.22.12)"},
		}},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			rec := (&recorder{}).reply(200, strings.Replace(messagePayload, `"queued"`, `"delivered"`, 1))
			env := newEnv(t, tt.version, rec)
			got := env.AwaitBody(t, `const client = twilio('`+accountSID+`', '`+authToken+`');
				const m = await `+tt.call+`; return [m.sid, m.status];`)
			assert.Equal(t, `["SM0123456789abcdef0123456789abcdef","delivered"]`, got)
			req := rec.only(t)
			assert.Equal(t, "GET", req.Method)
			assert.Equal(t, "https://api.twilio.com/2010-04-01/Accounts/AC0123456789abcdef0123456789abcdef/Messages/SM0123456789abcdef0123456789abcdef.json", req.URL.String())
			assert.Equal(t, tt.header, req.Header)
			assert.Empty(t, req.Body)
		})
	}
}

func TestAnInstanceFetchesItselfAgain(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, version, want string
	}{
		{"3.84.1 keeps the payload's SID", "3.84.1", `"delivered"`},
		{"6.0.2 keeps the payload's SID", "6.0.2", `"delivered"`},
		{"6.1.0 lost it for instances create() returns", "6.1.0", `"Parameter 'sid' is not valid."`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			rec := (&recorder{}).reply(201, messagePayload).reply(200, `{"sid":"SM0123456789abcdef0123456789abcdef","status":"delivered"}`)
			env := newEnv(t, tt.version, rec)
			got := env.AwaitBody(t, `const m = await twilio('`+accountSID+`', 'tok').messages.create({to: '+1', from: '+2', body: 'x'});
				try { return (await m.fetch()).status; } catch (e) { return e.message; }`)
			assert.Equal(t, tt.want, got)
		})
	}
}

func TestRequiredParametersThrowSynchronously(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, version string
		action        bool
		call, want    string
	}{
		{"3.29.0 names a missing to opts.to", "3.29.0", false, `client.messages.create({from: '+1', body: 'x'})`, `Required parameter "opts.to" missing.`},
		{"3.84.1 names a missing to opts['to']", "3.84.1", false, `client.messages.create({from: '+1', body: 'x'})`, `Required parameter "opts['to']" missing.`},
		{"4.23.0 names a missing to params['to']", "4.23.0", false, `client.messages.create({from: '+1', body: 'x'})`, `Required parameter "params['to']" missing.`},
		{"3.84.1 without options", "3.84.1", false, `client.messages.create()`, `Required parameter "opts" missing.`},
		{"4.23.0 with null options", "4.23.0", false, `client.messages.create(null)`, `Required parameter "params" missing.`},
		{"3.84.1 with null options in a hook reads to of null", "3.84.1", false, `client.messages.create(null)`, `TypeError: Cannot read property 'to' of null`},
		{"3.84.1 with null options in an Action reads to of null", "3.84.1", true, `client.messages.create(null)`, `TypeError: Cannot read properties of null (reading 'to')`},
		{"4.23.0 treats a null to as missing", "4.23.0", false, `client.messages.create({to: null})`, `Required parameter "params['to']" missing.`},
		{"3.84.1 calls without from", "3.84.1", false, `client.calls.create({to: '+1', twiml: '<Response/>'})`, `Required parameter "opts['from']" missing.`},
		{"4.23.0 calls without to", "4.23.0", false, `client.calls.create({from: '+1', url: 'https://x'})`, `Required parameter "params['to']" missing.`},
		{"3.84.1 verifications without channel", "3.84.1", false, `client.verify.services('VA1').verifications.create({to: '+1'})`, `Required parameter "opts['channel']" missing.`},
		{"5.13.1 verifications without channel", "5.13.1", false, `client.verify.v2.services('VA1').verifications.create({to: '+1'})`, `Required parameter "params['channel']" missing.`},
		{"3.29.0 v1 verifications without to", "3.29.0", false, `client.verify.services('VA1').verifications.create({channel: 'sms'})`, `Required parameter "opts.to" missing.`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			rec := &recorder{}
			env := newEnvAs(t, tt.version, tt.action, rec)
			got := env.AwaitBody(t, `const client = twilio('`+accountSID+`', 'tok');
				try { `+tt.call+`; return 'no synchronous throw'; } catch (e) { return (e instanceof TypeError ? 'TypeError: ' : '') + e.message; }`)
			assert.Equal(t, quote(tt.want), got)
			assert.Empty(t, rec.all(), "nothing is sent")
		})
	}
}

func TestMultipartFailsOnValuesTheRequestLibraryCannotWrite(t *testing.T) {
	t.Parallel()
	tests := []struct{ name, options, want string }{
		{"null throws at once", `{to: '+1', maxPrice: null}`, `"TypeError: Cannot read property 'name' of null"`},
		{"an object throws at once", `{to: '+1', maxPrice: {a: 1}}`, `"TypeError: source.on is not a function"`},
	}
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			rec := &recorder{}
			env := newEnv(t, "3.29.0", rec)
			got := env.AwaitBody(t, `try { twilio('`+accountSID+`', 'tok').messages.create(`+tt.options+`); return 'sent'; } catch (e) { return e.name + ': ' + e.message; }`)
			assert.Equal(t, tt.want, got)
			assert.Empty(t, rec.all())
		})
	}
	t.Run("a raw boolean fails later, uncaught, as the socket write did", func(t *testing.T) {
		t.Parallel()
		rec := &recorder{}
		env := newEnv(t, "3.29.0", rec)
		_, err := env.Await(`twilio('` + accountSID + `', 'tok').messages.create({to: '+1', maxPrice: true}); undefined`)
		require.Error(t, err)
		assert.Contains(t, err.Error(), `The "chunk" argument must be one of type string or Buffer. Received type boolean`)
		assert.Empty(t, rec.all())
	})
}

func TestAutoRetryRetriesTooManyRequests(t *testing.T) {
	t.Parallel()
	tests := []struct {
		name, version, opts string
		requests            int
		want                string
	}{
		{"4.23.0 retries with autoRetry", "4.23.0", `{autoRetry: true, maxRetries: 2}`, 3, `"SM0123456789abcdef0123456789abcdef"`},
		{"4.23.0 gives up after maxRetries", "4.23.0", `{autoRetry: true, maxRetries: 1}`, 2, `20429`},
		{"4.23.0 does not retry by default", "4.23.0", `{}`, 1, `20429`},
		{"3.84.1 has no autoRetry", "3.84.1", `{autoRetry: true}`, 1, `20429`},
	}
	const tooMany = `{"code":20429,"message":"Too Many Requests","more_info":"https://www.twilio.com/docs/errors/20429","status":429}`
	for _, tt := range tests {
		t.Run(tt.name, func(t *testing.T) {
			t.Parallel()
			rec := (&recorder{}).reply(429, tooMany).reply(429, tooMany).reply(201, messagePayload)
			env := newEnv(t, tt.version, rec)
			got := env.AwaitBody(t, `try { return (await twilio('`+accountSID+`', 'tok', `+tt.opts+`).messages.create({to: '+1', from: '+2', body: 'x'})).sid; } catch (e) { return e.code; }`)
			assert.Equal(t, tt.want, got)
			assert.Len(t, rec.all(), tt.requests)
		})
	}
}
