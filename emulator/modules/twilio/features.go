package twilio

import (
	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules"
)

// features are the behaviour changes between twilio releases that hook
// code can observe on the surface the shim implements, each named after
// what it switches on and commented with the release that made the
// change (the git release: 3.41.0, 4.0.2 to 4.1.1 and 4.19.1 to 4.19.2
// were never published to npm, so the first release a hook can require
// with a change may be later). The
// per-resource parameter and field tables live in resources.json instead.
type features struct {
	// < 4.0: Q promises (.done, .fail, .nodeify) and node-style callbacks
	// through nodeify; 4.0: native promises, callback(null, v) then
	// callback(err) on the same chain.
	q bool
	// 4.0: ES classes: Twilio without new throws; methods are 'post'/'get'.
	classes bool
	// < 3.41.1: the request library, which sends multipart/form-data.
	multipart bool
	// 4.19.2 (npm 4.19.3): axios 1.x: Accept-Encoding, AxiosError.
	axios1 bool
	// 3.80: axios 0.26, whose error toJSON() has a status.
	axiosJSONStatus bool
	// 3.66.1: User-Agent twilio-node/V (platform arch) node/V plus
	// opts.userAgentExtensions, instead of twilio-node/V (node.js V).
	modernUserAgent bool
	// < 3.29.2: a non-AC account SID throws "accountSid is required".
	oldAccountSidMessage bool
	// 3.43: accountSid.startsWith, a TypeError for non-strings (lodash's
	// startsWith before).
	nativeStartsWith bool
	// 4.0: the "accountSid must start with AC" message names API keys.
	apiKeyHint bool
	// 4.13: credentials, edge and region fall back with ?? through opts.env
	// and then process.env (|| through opts.env or process.env before).
	nullishOptions bool
	// 5.4: missing credentials throw when a request is made, not when the
	// client is built; RequestClient.request is async.
	lazyCredentials bool
	// 3.43: opts.edge and the product.edge.region.twilio.com hosts
	// (before: opts.region only, inserted after the first label).
	edge bool
	// 3.45: TWILIO_EDGE and TWILIO_REGION from the environment.
	regionEnv bool
	// 5.10.7 to 5.12.0: a region without an edge picks the region's edge,
	// with console warnings.
	regionEdgeMap bool
	// 3.51: TWILIO_LOG_LEVEL is read (stored on the client only).
	logLevel bool
	// < 3.30.1: client.verify.v1; 3.30.0: client.verify.v2, and
	// verify.services is v2's.
	verifyV1, verifyV2 bool
	// 4.0: deprecated shortcuts warn (verify.services, api.messages, ...).
	deprecations bool
	// RestException era: 1 function with JSON.parse and detail (< 3.41.1);
	// 2 function without parsing (3.41.1); 3 class without parsing
	// (3.42); 4 class, JSON.parse of string bodies, details (3.43); 5
	// class with a fallback message for bodies that are not JSON (4.0).
	restException int
	// 5.12: RFC 9457 problem bodies reject with TwilioServiceException.
	serviceException bool
	// How a successful body becomes the payload: "always" JSON.parse
	// (< 3.41.1), "never" (3.41.1 to 3.42.0, axios already parsed it),
	// "string" JSON.parse when still a string (3.42.1).
	parsePayload string
	// fetch() rejects from this status on: 300 before 3.49.2, then 400.
	fetchErrorFrom int
	// 3.38: dayjs (a missing date becomes now) instead of moment.
	dayjs bool
	// 4.0: serialize.object JSON-stringifies null, serialize.bool accepts
	// Boolean objects, path parameters are validated.
	v4Serialize bool
	// 4.0: opts.autoRetry and maxRetries (retries on 429).
	autoRetry bool
	// 5.3.6: Connection: keep-alive unless opts.keepAlive is false, and
	// opts.timeout and opts.maxRetryDelay reach the request client.
	keepAlive bool
	// < 6.1: an instance remembers its payload's SID for fetch(); from 6.1
	// one that create() returned has none, and fetch() throws "Parameter
	// 'sid' is not valid.".
	instanceKeepsSid bool
	// < 3.39: TwiML is built with xmlbuilder 9 (see twiml.js).
	xmlbuilder9 bool
	// 5.7: the client keeps opts.validationClient.
	validationClient bool
	// 5.9: the module exports RestException.
	exportsRestException bool
}

func atLeast(v modules.Version, release string) bool {
	return !v.Less(modules.MustVersion(release))
}

func featuresOf(v modules.Version) features {
	f := features{
		q:                    !atLeast(v, "4.0.0"),
		classes:              atLeast(v, "4.0.0"),
		multipart:            !atLeast(v, "3.41.1"),
		axios1:               atLeast(v, "4.19.2"),
		axiosJSONStatus:      atLeast(v, "3.80.0"),
		modernUserAgent:      atLeast(v, "3.66.1"),
		oldAccountSidMessage: !atLeast(v, "3.29.2"),
		nativeStartsWith:     atLeast(v, "3.43.0"),
		apiKeyHint:           atLeast(v, "4.0.0"),
		nullishOptions:       atLeast(v, "4.13.0"),
		lazyCredentials:      atLeast(v, "5.4.0"),
		edge:                 atLeast(v, "3.43.0"),
		regionEnv:            atLeast(v, "3.45.0"),
		regionEdgeMap:        atLeast(v, "5.10.7") && !atLeast(v, "5.12.1"),
		logLevel:             atLeast(v, "3.51.0"),
		verifyV1:             !atLeast(v, "3.30.1"),
		verifyV2:             atLeast(v, "3.30.0"),
		deprecations:         atLeast(v, "4.0.0"),
		serviceException:     atLeast(v, "5.12.0"),
		fetchErrorFrom:       400,
		dayjs:                atLeast(v, "3.38.0"),
		v4Serialize:          atLeast(v, "4.0.0"),
		autoRetry:            atLeast(v, "4.0.0"),
		keepAlive:            atLeast(v, "5.3.6"),
		instanceKeepsSid:     !atLeast(v, "6.1.0"),
		xmlbuilder9:          !atLeast(v, "3.39.0"),
		validationClient:     atLeast(v, "5.7.0"),
		exportsRestException: atLeast(v, "5.9.0"),
	}
	switch {
	case !atLeast(v, "3.41.1"):
		f.restException, f.parsePayload = 1, "always"
	case !atLeast(v, "3.42.0"):
		f.restException, f.parsePayload = 2, "never"
	case !atLeast(v, "3.42.1"):
		f.restException, f.parsePayload = 3, "never"
	case !atLeast(v, "3.43.0"):
		f.restException, f.parsePayload = 3, "string"
	case !atLeast(v, "4.0.0"):
		f.restException, f.parsePayload = 4, "string"
	default:
		f.restException, f.parsePayload = 5, "string"
	}
	if !atLeast(v, "3.49.2") {
		f.fetchErrorFrom = 300
	}
	return f
}

// object is the features as the plain JS object twilio.js reads.
func (f features) object(rt *goja.Runtime) *goja.Object {
	obj := rt.NewObject()
	for _, kv := range []struct {
		name  string
		value any
	}{
		{"q", f.q}, {"classes", f.classes}, {"multipart", f.multipart},
		{"axios1", f.axios1}, {"axiosJSONStatus", f.axiosJSONStatus},
		{"modernUserAgent", f.modernUserAgent}, {"oldAccountSidMessage", f.oldAccountSidMessage},
		{"nativeStartsWith", f.nativeStartsWith}, {"apiKeyHint", f.apiKeyHint},
		{"nullishOptions", f.nullishOptions}, {"lazyCredentials", f.lazyCredentials},
		{"edge", f.edge}, {"regionEnv", f.regionEnv}, {"regionEdgeMap", f.regionEdgeMap},
		{"logLevel", f.logLevel}, {"verifyV1", f.verifyV1}, {"verifyV2", f.verifyV2},
		{"deprecations", f.deprecations}, {"restException", f.restException},
		{"serviceException", f.serviceException}, {"parsePayload", f.parsePayload},
		{"fetchErrorFrom", f.fetchErrorFrom}, {"dayjs", f.dayjs}, {"v4Serialize", f.v4Serialize},
		{"autoRetry", f.autoRetry}, {"keepAlive", f.keepAlive}, {"instanceKeepsSid", f.instanceKeepsSid},
		{"validationClient", f.validationClient}, {"exportsRestException", f.exportsRestException},
	} {
		_ = obj.Set(kv.name, kv.value)
	}
	return obj
}
