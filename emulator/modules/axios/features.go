package axios

import (
	"sync"

	"github.com/dop251/goja"
	"github.com/hookemu/hookemu/emulator/modules"
)

// features are the behaviour changes between axios releases that a hook
// can observe, each named after what it switches on. The versions are
// those of the packages published to npm, which do not always match the
// git tags (0.21.4 on npm has no instance.create, for one).
type features struct {
	// 0.19.0 joined baseURL into config.url in dispatchRequest and merged
	// only the config keys it knew.
	baseURLInDispatch bool
	// 0.19.1: request() falls back to the instance's default method, and
	// unknown keys of the call config survive the merge.
	methodFromDefaults bool
	// 0.20: follow-redirects is no longer pinned to 1.5.10 (0.19.x), so
	// npm installs one (1.14.7+) that drops Authorization and Cookie on a
	// redirect to another host; 1.5.10 resends them.
	stripAuthOnRedirect bool
	// 0.20: params merge with the instance's, unknown keys of both configs
	// are kept, '@' stays encoded in params, response BOMs are stripped.
	modernMerge bool
	// 0.21.1: axios.isAxiosError; a falsy User-Agent means none.
	isAxiosError bool
	// 0.21.2 (npm 0.21.4): transitional options, application/json without
	// charset, synchronous interceptors and runWhen, parseInt(timeout).
	transitional bool
	// 0.22: instance.create, toJSON().status, case-insensitive handling of
	// User-Agent, Content-Length and Authorization, AbortSignal, VERSION.
	instanceCreate bool
	// 0.25 only: request() and getUri() throw without a url.
	requireURL bool
	// 0.26 and 1.x: the Node adapter honours timeoutErrorMessage (0.27
	// dropped it again).
	timeoutErrorMessage bool
	// 0.27: only http:, https: (and file:) URLs are accepted.
	protocolCheck bool
	// 0.27: AxiosError and CanceledError classes, error codes for status
	// errors, postForm/putForm/patchForm.
	axiosError bool
	// 1.0: AxiosHeaders, headers flattened in request(), the Node adapter
	// honours timeoutErrorMessage and sends Accept-Encoding, params nest
	// as a[b]=c.
	v1 bool
	// 1.0 only: the query string lost its '?' (re-serialized) on the wire.
	queryBug bool
	// 1.1 rejects a paramsSerializer function (1.0 ignores it).
	serializerMustBeObject bool
	// 1.2: require('axios').default is back; the form Content-Type default
	// moved out of defaults.headers.post into dispatchRequest.
	defaultExport bool
	// 1.2: Accept-Encoding also lists compress.
	acceptCompress bool
	// 1.6.6: request() is async, so a throw while preparing rejects.
	asyncRequest bool
	// 1.6.3: combineURLs trims at most two slashes off baseURL.
	combineTrimsTwo bool
	// 1.7: defaults.adapter also names fetch.
	fetchAdapter bool
	// 1.7.5: error.status.
	errorStatus bool
	// 1.8: allowAbsoluteUrls.
	allowAbsoluteUrls bool
	// 1.12: '[' and ']' stay encoded in params; parseReviver; AxiosError's
	// cause is not enumerable.
	encodeBrackets bool
	// 1.13.3: AxiosError is a native Error subclass that keeps only the
	// code of the error it wraps.
	nativeAxiosError bool
}

var featureCache sync.Map // version -> features

// featuresFor is featuresOf a version string, parsed once per process.
func featuresFor(version string) (features, error) {
	if f, ok := featureCache.Load(version); ok {
		return f.(features), nil
	}
	v, err := modules.ParseVersion(version)
	if err != nil {
		return features{}, err
	}
	f := featuresOf(v)
	featureCache.Store(version, f)
	return f, nil
}

func atLeast(v modules.Version, release string) bool {
	return !v.Less(modules.MustVersion(release))
}

func featuresOf(v modules.Version) features {
	return features{
		baseURLInDispatch:      !atLeast(v, "0.19.1"),
		methodFromDefaults:     atLeast(v, "0.19.1"),
		modernMerge:            v.AtLeast(0, 20),
		stripAuthOnRedirect:    v.AtLeast(0, 20),
		isAxiosError:           atLeast(v, "0.21.1"),
		transitional:           atLeast(v, "0.21.2"),
		instanceCreate:         v.AtLeast(0, 22),
		requireURL:             v.Major == 0 && v.Minor == 25,
		timeoutErrorMessage:    (v.Major == 0 && v.Minor == 26) || v.AtLeast(1, 0),
		protocolCheck:          v.AtLeast(0, 27),
		axiosError:             v.AtLeast(0, 27),
		v1:                     v.AtLeast(1, 0),
		queryBug:               v.Major == 1 && v.Minor == 0,
		serializerMustBeObject: v.Major == 1 && v.Minor == 1,
		defaultExport:          v.Major == 0 || v.AtLeast(1, 2),
		acceptCompress:         v.AtLeast(1, 2),
		asyncRequest:           atLeast(v, "1.6.6"),
		combineTrimsTwo:        atLeast(v, "1.6.3"),
		fetchAdapter:           v.AtLeast(1, 7),
		errorStatus:            atLeast(v, "1.7.5"),
		allowAbsoluteUrls:      v.AtLeast(1, 8),
		encodeBrackets:         v.AtLeast(1, 12),
		nativeAxiosError:       atLeast(v, "1.13.3"),
	}
}

// object is the features as the JS sees them: one boolean per name.
func (f features) object(rt *goja.Runtime) *goja.Object {
	obj := rt.NewObject()
	for _, kv := range []struct {
		name string
		on   bool
	}{
		{"baseURLInDispatch", f.baseURLInDispatch},
		{"methodFromDefaults", f.methodFromDefaults},
		{"modernMerge", f.modernMerge},
		{"stripAuthOnRedirect", f.stripAuthOnRedirect},
		{"isAxiosError", f.isAxiosError},
		{"transitional", f.transitional},
		{"instanceCreate", f.instanceCreate},
		{"requireURL", f.requireURL},
		{"timeoutErrorMessage", f.timeoutErrorMessage},
		{"protocolCheck", f.protocolCheck},
		{"axiosError", f.axiosError},
		{"v1", f.v1},
		{"queryBug", f.queryBug},
		{"serializerMustBeObject", f.serializerMustBeObject},
		{"defaultExport", f.defaultExport},
		{"acceptCompress", f.acceptCompress},
		{"asyncRequest", f.asyncRequest},
		{"combineTrimsTwo", f.combineTrimsTwo},
		{"fetchAdapter", f.fetchAdapter},
		{"errorStatus", f.errorStatus},
		{"allowAbsoluteUrls", f.allowAbsoluteUrls},
		{"encodeBrackets", f.encodeBrackets},
		{"nativeAxiosError", f.nativeAxiosError},
	} {
		_ = obj.Set(kv.name, kv.on)
	}
	return obj
}
