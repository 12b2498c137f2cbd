(function (native) {
	'use strict';

	// twilio.js is require('twilio') for one release (native.version): the
	// client, the Messages, Calls and Verify resources, RestException and
	// the request pipeline of twilio-node (Twilio.request, Domain, Version,
	// RequestClient), with the release's behaviour switched by
	// native.features (see features.go) and its parameter and field tables
	// from native.table(name) (see resources.json), parsed on first use.

	var F = native.features;
	var VERSION = native.version;

	// ------------------------------------------------------------ Node bits

	function processString(name, fallback) {
		try {
			if (typeof process === 'object' && process !== null && typeof process[name] === 'string') {
				return process[name];
			}
		} catch (e) {
			// a hook may have replaced process with something odd
		}
		return fallback;
	}

	function nodeMajor() {
		var m = /^v(\d+)/.exec(processString('version', native.nodeVersion));
		return m ? Number(m[1]) : 12;
	}

	// readError is the TypeError V8 throws reading prop of null or
	// undefined, worded as the emulated Node version words it.
	function readError(base, prop) {
		if (nodeMajor() >= 16) {
			return new TypeError('Cannot read properties of ' + base + " (reading '" + prop + "')");
		}
		return new TypeError("Cannot read property '" + prop + "' of " + base);
	}

	function jsonParse(text) {
		try {
			return JSON.parse(text);
		} catch (e) {
			throw new SyntaxError(native.jsonError(String(text)));
		}
	}

	function isNullish(v) {
		return v === null || v === undefined;
	}

	function coalesce() {
		for (var i = 0; i < arguments.length; i++) {
			if (!isNullish(arguments[i])) {
				return arguments[i];
			}
		}
		return arguments[arguments.length - 1];
	}

	function assign(target) {
		for (var i = 1; i < arguments.length; i++) {
			var source = arguments[i];
			if (source) {
				Object.keys(source).forEach(function (k) { target[k] = source[k]; });
			}
		}
		return target;
	}

	function trimSlashes(s) {
		return String(s).replace(/^\/+|\/+$/g, '');
	}

	function lazy(proto, name, make) {
		Object.defineProperty(proto, name, {
			configurable: true,
			get: function () {
				var key = '_' + name;
				if (!this[key]) {
					this[key] = make.call(this);
				}
				return this[key];
			}
		});
	}

	function getter(proto, name, get) {
		Object.defineProperty(proto, name, {configurable: true, get: get});
	}

	// once makes a part of the module on first use: a require stays cheap
	// when a hook uses only some of it.
	function once(make) {
		var value;
		return function () {
			if (value === undefined) {
				value = make();
			}
			return value;
		};
	}

	// named gives a constructor the name the real class has, so that
	// instance.constructor.name reads the same.
	function named(name, fn) {
		Object.defineProperty(fn, 'name', {value: name, configurable: true});
		return fn;
	}

	// ------------------------------------------------------------ Q promises

	function rethrowLater(error) {
		native.later(function () { throw error; });
	}

	// 3.x returns Q promises: thenables whose rejections Node never reports
	// as unhandled, with done(), fail(), fin(), nodeify(), spread().
	var Q = once(function () {
		function QPromise() {}

		function qFrom(promise) {
			promise.then(undefined, function () {});
			var q = Object.create(QPromise.prototype);
			Object.defineProperty(q, '_promise', {value: promise});
			return q;
		}

		function qDefer() {
			var deferred = {};
			deferred.promise = qFrom(new Promise(function (resolve, reject) {
				deferred.resolve = resolve;
				deferred.reject = reject;
			}));
			return deferred;
		}

		QPromise.prototype.then = function (onFulfilled, onRejected) {
			return qFrom(this._promise.then(onFulfilled, onRejected));
		};
		QPromise.prototype.fail = QPromise.prototype['catch'] = function (onRejected) {
			return this.then(undefined, onRejected);
		};
		QPromise.prototype.fin = QPromise.prototype['finally'] = function (callback) {
			return this.then(function (value) {
				return Promise.resolve(callback()).then(function () { return value; });
			}, function (error) {
				return Promise.resolve(callback()).then(function () { throw error; });
			});
		};
		QPromise.prototype.done = function (onFulfilled, onRejected) {
			var promise = (onFulfilled || onRejected) ? this._promise.then(onFulfilled, onRejected) : this._promise;
			promise.then(undefined, rethrowLater);
		};
		QPromise.prototype.nodeify = function (nodeback) {
			if (!nodeback) {
				return this;
			}
			this.done(function (value) { nodeback(null, value); }, nodeback);
		};
		QPromise.prototype.spread = function (onFulfilled, onRejected) {
			return this.then(function (values) { return onFulfilled.apply(undefined, values); }, onRejected);
		};
		QPromise.prototype.get = function (name) {
			return this.then(function (object) { return object[name]; });
		};
		QPromise.prototype.thenResolve = function (value) {
			return this.then(function () { return value; });
		};
		QPromise.prototype.thenReject = function (error) {
			return this.then(function () { throw error; });
		};
		QPromise.prototype.tap = function (callback) {
			return this.then(function (value) {
				return Promise.resolve(callback(value)).then(function () { return value; });
			});
		};
		QPromise.prototype.toString = function () {
			return '[object Promise]';
		};
		return {from: qFrom, defer: qDefer};
	});

	// deliver turns the promise of a payload into what create() and fetch()
	// return: 3.x a Q promise that also nodeifies the callback, 4.x the
	// native chain, with the callback called on it.
	function deliver(promise, build, callback) {
		if (F.q) {
			var deferred = Q().defer();
			promise.then(function (payload) {
				deferred.resolve(build(payload));
			}).then(undefined, deferred.reject);
			if (typeof callback === 'function') {
				deferred.promise.nodeify(callback);
			}
			return deferred.promise;
		}
		var result = promise.then(build);
		if (typeof callback === 'function') {
			result = result.then(function (value) {
				return callback(null, value);
			})['catch'](function (error) {
				return callback(error);
			});
		}
		return result;
	}

	// ------------------------------------------------------------ errors

	function parseOrNull(text) {
		try {
			return JSON.parse(text);
		} catch (e) {
			return null;
		}
	}

	// The error classes, made on the first failure: RestException (a
	// function until 3.42, a class since), TwilioServiceException (5.12).
	var errorClasses = once(function () {
		var RestException;
		if (F.restException <= 2) {
			// util.inherits(RestException, Error) with Error.call on nothing:
			// no stack, and every field an own enumerable property.
			RestException = function RestException(response) {
				var body = F.restException === 1 ? jsonParse(response.body) : response.body;
				this.status = response.statusCode;
				this.message = body.message;
				this.code = body.code;
				this.moreInfo = body.more_info;
				this.detail = body.detail;
			};
			Object.setPrototypeOf(RestException.prototype, Error.prototype);
			RestException.super_ = Error;
		} else {
			RestException = class RestException extends Error {
				constructor(response) {
					super('[HTTP ' + response.statusCode + '] Failed to execute request');
					var body = response.body;
					if (F.restException === 4 && typeof body === 'string') {
						body = jsonParse(body);
					} else if (F.restException === 5 && typeof body === 'string') {
						body = parseOrNull(body);
					}
					this.status = response.statusCode;
					if (F.restException === 5 && body === null) {
						this.message = '[HTTP ' + response.statusCode + '] Failed to execute request';
						return;
					}
					this.message = body.message;
					this.code = body.code;
					this.moreInfo = body.more_info;
					if (F.restException >= 4) {
						this.details = body.details;
					} else {
						this.detail = body.detail;
					}
				}
			};
		}

		class TwilioServiceException extends Error {
			constructor(response) {
				var body = typeof response.body === 'string' ? parseOrNull(response.body) : response.body;
				var status = (body && body.status) || response.statusCode;
				super('[HTTP ' + status + '] ' + ((body && body.title) || 'Failed to execute request'));
				this.type = (body && body.type) || '';
				this.title = (body && body.title) || 'Failed to execute request';
				this.status = status;
				this.code = (body && body.code) || 0;
				if (body && body.detail) {
					this.detail = body.detail;
				}
				if (body && body.instance) {
					this.instance = body.instance;
				}
				if (body && body.errors) {
					this.errors = body.errors;
				}
			}
		}
		return {RestException: RestException, TwilioServiceException: TwilioServiceException};
	});

	function isProblemBody(body) {
		return !!body && typeof body === 'object' && typeof body.type === 'string' &&
			typeof body.title === 'string' && typeof body.status === 'number' && typeof body.code === 'number';
	}

	function restError(response) {
		if (F.serviceException) {
			var body = typeof response.body === 'string' ? parseOrNull(response.body) : response.body;
			if (isProblemBody(body)) {
				return new (errorClasses().TwilioServiceException)(response);
			}
		}
		return new (errorClasses().RestException)(response);
	}

	// nodeError is the Error Node's net and dns layers give
	// (httpkit.NetErrorError).
	function nodeError(e) {
		return native.netError(e);
	}

	function axios0ToJSON() {
		var json = {
			message: this.message, name: this.name, description: this.description, number: this.number,
			fileName: this.fileName, lineNumber: this.lineNumber, columnNumber: this.columnNumber,
			stack: this.stack, config: this.config, code: this.code
		};
		if (F.axiosJSONStatus) {
			json.status = this.response && this.response.status ? this.response.status : null;
		}
		return json;
	}

	var AxiosError = once(function () {
		class AxiosError extends Error {
			constructor(message, code, config, request) {
				super();
				this.message = message;
				this.name = 'AxiosError';
				this.isAxiosError = true;
				if (code) {
					this.code = code;
				}
				if (config) {
					this.config = config;
				}
				if (request) {
					this.request = request;
				}
			}
			toJSON() {
				return {
					message: this.message, name: this.name, description: this.description, number: this.number,
					fileName: this.fileName, lineNumber: this.lineNumber, columnNumber: this.columnNumber,
					stack: this.stack, config: this.config, code: this.code, status: this.status === undefined ? null : this.status
				};
			}
		}
		return AxiosError;
	});

	// httpFailure is what the release's HTTP library rejects with when the
	// exchange fails: the request library passes Node's error on, axios 0.x
	// decorates it, axios 1.x wraps it in an AxiosError.
	function httpFailure(e, config) {
		if (F.multipart) {
			if (e.timedOut) {
				var timeout = new Error('ESOCKETTIMEDOUT');
				timeout.code = 'ESOCKETTIMEDOUT';
				timeout.connect = false;
				return timeout;
			}
			return nodeError(e);
		}
		var request = {};
		if (!F.axios1) {
			var error = e.timedOut ? new Error('timeout of ' + config.timeout + 'ms exceeded') : nodeError(e);
			error.config = config;
			if (e.timedOut) {
				error.code = 'ECONNABORTED';
			}
			error.request = request;
			error.response = undefined;
			error.isAxiosError = true;
			error.toJSON = axios0ToJSON;
			return error;
		}
		if (e.timedOut) {
			return new (AxiosError())('timeout of ' + config.timeout + 'ms exceeded', 'ECONNABORTED', config, request);
		}
		var wrapped = new (AxiosError())(e.message, e.code, config, request);
		wrapped.name = 'Error';
		Object.defineProperty(wrapped, 'cause', {value: nodeError(e), writable: true, configurable: true});
		return wrapped;
	}

	function chunkTypeError(value) {
		var error = new TypeError(nodeMajor() >= 14 ?
			'The "chunk" argument must be of type string or an instance of Buffer or Uint8Array. Received type ' + typeof value + ' (' + String(value) + ')' :
			'The "chunk" argument must be one of type string or Buffer. Received type ' + typeof value);
		error.code = 'ERR_INVALID_ARG_TYPE';
		return error;
	}

	// ------------------------------------------------------------ bodies

	var HEX = null;

	// qsEncode is qs's RFC 3986 encoder, UTF-16 code unit by code unit.
	function qsEncode(value) {
		var str = typeof value === 'symbol' ? Symbol.prototype.toString.call(value) : String(value);
		if (str.length === 0) {
			return str;
		}
		if (!HEX) {
			HEX = [];
			for (var h = 0; h < 256; h++) {
				HEX.push('%' + (h < 16 ? '0' : '') + h.toString(16).toUpperCase());
			}
		}
		var out = '';
		for (var i = 0; i < str.length; ++i) {
			var c = str.charCodeAt(i);
			if (c === 0x2D || c === 0x2E || c === 0x5F || c === 0x7E ||
				(c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5A) || (c >= 0x61 && c <= 0x7A)) {
				out += str.charAt(i);
			} else if (c < 0x80) {
				out += HEX[c];
			} else if (c < 0x800) {
				out += HEX[0xC0 | (c >> 6)] + HEX[0x80 | (c & 0x3F)];
			} else if (c < 0xD800 || c >= 0xE000) {
				out += HEX[0xE0 | (c >> 12)] + HEX[0x80 | ((c >> 6) & 0x3F)] + HEX[0x80 | (c & 0x3F)];
			} else {
				i += 1;
				c = 0x10000 + (((c & 0x3FF) << 10) | (str.charCodeAt(i) & 0x3FF));
				out += HEX[0xF0 | (c >> 18)] + HEX[0x80 | ((c >> 12) & 0x3F)] +
					HEX[0x80 | ((c >> 6) & 0x3F)] + HEX[0x80 | (c & 0x3F)];
			}
		}
		return out;
	}

	// qsStringify is qs.stringify(data, {arrayFormat: 'repeat'}): null as
	// an empty value, undefined dropped, arrays as repeated keys, objects as
	// key[sub], Dates as ISO strings.
	function qsStringify(object) {
		if (typeof object !== 'object' || object === null) {
			return '';
		}
		var parts = [];
		var seen = [];
		var keys = Object.keys(object);
		for (var i = 0; i < keys.length; i++) {
			qsAppend(parts, seen, keys[i], object[keys[i]]);
		}
		return parts.join('&');
	}

	function qsAppend(parts, seen, prefix, value) {
		if (value instanceof Date) {
			value = Date.prototype.toISOString.call(value);
		}
		if (value === null) {
			value = '';
		}
		var type = typeof value;
		if (type === 'string' || type === 'number' || type === 'boolean' || type === 'symbol' || type === 'bigint') {
			parts.push(qsEncode(prefix) + '=' + qsEncode(value));
			return;
		}
		if (value === undefined) {
			return;
		}
		if (seen.indexOf(value) >= 0) {
			throw new RangeError('Cyclic object value');
		}
		seen.push(value);
		var isArray = Array.isArray(value);
		var keys = Object.keys(value);
		for (var i = 0; i < keys.length; i++) {
			qsAppend(parts, seen, isArray ? prefix : prefix + '[' + keys[i] + ']', value[keys[i]]);
		}
		seen.pop();
	}

	// multipartBody is the form-data body the request library built before
	// 3.41.1. Values it cannot write fail as they did there: null and
	// objects at once, booleans later, from the socket.
	function multipartBody(data, headers) {
		var boundary = '--------------------------';
		for (var i = 0; i < 24; i++) {
			boundary += Math.floor(Math.random() * 10).toString(16);
		}
		var body = '';
		var failure = null;
		Object.keys(data).forEach(function (key) {
			var value = data[key];
			(Array.isArray(value) ? value : [value]).forEach(function (item) {
				if (isNullish(item)) {
					throw readError(String(item), 'name');
				}
				if (typeof item === 'object') {
					throw new TypeError('source.on is not a function');
				}
				if (typeof item !== 'string' && typeof item !== 'number') {
					failure = failure || chunkTypeError(item);
					return;
				}
				body += '--' + boundary + '\r\nContent-Disposition: form-data; name="' + key + '"\r\n\r\n' + item + '\r\n';
			});
		});
		headers['Content-Type'] = 'multipart/form-data; boundary=' + boundary;
		return {body: body + '--' + boundary + '--\r\n', failure: failure};
	}

	// responseData is the body as the HTTP library hands it over: a string
	// from the request library, parsed JSON (or the string) from axios.
	function responseData(text) {
		if (F.multipart || !text) {
			return text;
		}
		try {
			return JSON.parse(text);
		} catch (e) {
			return text;
		}
	}

	// ------------------------------------------------------------ request

	var REGION_EDGES = {
		au1: 'sydney', br1: 'sao-paulo', de1: 'frankfurt', ie1: 'dublin', jp1: 'tokyo',
		jp2: 'osaka', sg1: 'singapore', us1: 'ashburn', us2: 'umatilla'
	};

	function userAgent(client) {
		var node = processString('version', native.nodeVersion);
		if (!F.modernUserAgent) {
			return 'twilio-node/' + VERSION + ' (node.js ' + node + ')';
		}
		var ua = 'twilio-node/' + VERSION + ' (' + processString('platform', 'linux') + ' ' +
			processString('arch', 'x64') + ') node/' + node;
		(client.userAgentExtensions || []).forEach(function (extension) {
			ua += ' ' + extension;
		});
		return ua;
	}

	function getHostname(hostname, targetEdge, targetRegion) {
		var domain = hostname.split('.').slice(-2).join('.');
		var prefix = hostname.split('.' + domain)[0];
		var labels = prefix.split('.');
		var product = labels[0], edge = labels[1], region = labels[2];
		if (edge && !region) {
			region = edge;
			edge = undefined;
		}
		region = targetRegion || region || (targetEdge && 'us1');
		if (!region) {
			return hostname;
		}
		edge = targetEdge || edge;
		return [product, edge, region, domain].filter(function (part) { return part; }).join('.');
	}

	function regionalUri(client, uri) {
		if (!F.edge) {
			if (client.region) {
				var parts = uri.split('.');
				if (parts.length > 1 && parts[1] !== client.region) {
					uri = [parts[0], client.region].concat(parts.slice(1)).join('.');
				}
			}
			return uri;
		}
		var m = /^([a-z][a-z0-9+.-]*:\/\/)([^\/?#:]*)(.*)$/i.exec(uri);
		if (!m) {
			return uri;
		}
		return m[1] + getHostname(m[2], client.edge, client.region).toLowerCase() + m[3];
	}

	// clientRequest is Twilio.prototype.request (BaseTwilio from 4.0):
	// credentials, the headers every request carries, region and edge.
	function clientRequest(client, opts) {
		if (F.regionEdgeMap) {
			if ((client.edge !== undefined && client.region === undefined) ||
				(client.edge === undefined && client.region !== undefined)) {
				native.warn('[DEPRECATION WARNING] For regional processing, DNS is of format product.edge.region.twilio.com;otherwise use product.twilio.com');
			}
			if (client.region !== undefined && client.edge === undefined &&
				Object.prototype.hasOwnProperty.call(REGION_EDGES, client.region)) {
				native.warn('Setting edge value from the region mapping');
				client.edge = REGION_EDGES[client.region];
			}
		}
		var username = opts.username || client.username;
		var password = opts.password || client.password;
		if (F.lazyCredentials) {
			if (!username) {
				throw new Error('username is required');
			}
			if (!password) {
				throw new Error('password is required');
			}
		}
		var headers = opts.headers || {};
		headers['User-Agent'] = userAgent(client);
		headers['Accept-Charset'] = 'utf-8';
		var method = String(opts.method);
		if (method === (F.classes ? 'post' : 'POST') && !headers['Content-Type']) {
			headers['Content-Type'] = 'application/x-www-form-urlencoded';
		}
		if (!headers.Accept) {
			headers.Accept = 'application/json';
		}
		var request = {
			method: method, uri: regionalUri(client, opts.uri), username: username, password: password,
			headers: headers, data: opts.data, timeout: opts.timeout
		};
		if (F.lazyCredentials) {
			try {
				return httpRequest(client, request);
			} catch (e) {
				return Promise.reject(e);
			}
		}
		return httpRequest(client, request);
	}

	// httpRequest is RequestClient.prototype.request.
	function httpRequest(client, opts) {
		var headers = opts.headers;
		if (!headers.Connection && !headers.connection) {
			headers.Connection = F.keepAlive && client.keepAlive !== false ? 'keep-alive' : 'close';
		}
		if (opts.username && opts.password) {
			headers.Authorization = 'Basic ' + native.base64(opts.username + ':' + opts.password);
		}
		var body = null;
		var failure = null;
		if (F.multipart) {
			if (!isNullish(opts.data)) {
				var form = multipartBody(opts.data, headers);
				body = form.body;
				failure = form.failure;
			}
		} else if (F.classes ? opts.data : opts.data !== null) {
			body = qsStringify(opts.data) || null;
		}
		if (F.axios1 && !headers['Accept-Encoding']) {
			headers['Accept-Encoding'] = 'gzip, compress, deflate, br';
		}
		var timeout = opts.timeout || (F.keepAlive && client.timeout) || native.defaultTimeout;
		var config = {
			url: opts.uri, method: opts.method.toLowerCase(), headers: headers, data: body === null ? undefined : body,
			timeout: timeout, maxRedirects: 0, proxy: false,
			validateStatus: function (status) { return status >= 100 && status < 600; }
		};
		if (failure) {
			rethrowLater(failure);
			return new Promise(function () {});
		}
		var request = {method: opts.method.toUpperCase(), url: opts.uri, headers: headers, body: body, timeout: timeout};
		return exchange(client, request, 0).then(function (response) {
			return {statusCode: response.status, body: responseData(response.body), headers: response.headers};
		}, function (e) {
			throw httpFailure(e, config);
		});
	}

	// exchange performs one request, retrying a 429 with full-jitter
	// exponential backoff when the client asked for autoRetry (4.0).
	function exchange(client, request, retries) {
		return native.send(request).then(function (response) {
			if (F.autoRetry && client.autoRetry && response.status === 429) {
				var count = retries + 1;
				if (count <= (client.maxRetries || 3)) {
					var maxDelay = (F.keepAlive && client.maxRetryDelay) || 3000;
					var delay = Math.floor(Math.min(maxDelay, 100 * Math.pow(2, count)) * Math.random());
					return native.sleep(delay).then(function () {
						return exchange(client, request, count);
					});
				}
			}
			return response;
		});
	}

	// ------------------------------------------------------------ domains

	function Domain(twilio, baseUrl) {
		this.twilio = twilio;
		this.baseUrl = baseUrl;
	}
	Domain.prototype.absoluteUrl = function (uri) {
		return trimSlashes(this.baseUrl) + '/' + trimSlashes(uri);
	};
	Domain.prototype.request = function (opts) {
		return clientRequest(this.twilio, assign({}, opts, {uri: this.absoluteUrl(opts.uri)}));
	};

	function Version(domain, version) {
		this._domain = domain;
		this._version = version;
	}
	Version.prototype.relativeUrl = function (uri) {
		return trimSlashes(this._version) + '/' + trimSlashes(uri);
	};
	Version.prototype.request = function (opts) {
		return this._domain.request(assign({}, opts, {uri: this.relativeUrl(opts.uri)}));
	};
	Version.prototype.create = function (opts) {
		return this.request(opts).then(function (response) {
			if (response.statusCode < 200 || response.statusCode >= 300) {
				throw restError(response);
			}
			return payloadOf(response.body);
		});
	};
	Version.prototype.fetch = function (opts) {
		return this.request(opts).then(function (response) {
			if (response.statusCode < 200 || response.statusCode >= F.fetchErrorFrom) {
				throw restError(response);
			}
			return payloadOf(response.body);
		});
	};

	function payloadOf(body) {
		if (F.parsePayload === 'always' || (F.parsePayload === 'string' && typeof body === 'string')) {
			return jsonParse(body);
		}
		return body;
	}

	function warnDeprecated(message) {
		if (F.deprecations) {
			native.warn(message);
		}
	}

	// ------------------------------------------------------------ resources

	function pathParam(value) {
		if (F.classes) {
			return String(value);
		}
		return isNullish(value) ? '' : String(value);
	}

	function checkPathParam(value, name) {
		if (!F.v4Serialize) {
			return;
		}
		if (isNullish(value) || String(value).indexOf('/') >= 0 || String(value).indexOf('?') >= 0) {
			throw new Error("Parameter '" + name + "' is not valid.");
		}
	}

	var RESOURCES = {
		message: {
			name: 'Message', key: 'message', parent: 'accountSid',
			list: function (s) { return '/Accounts/' + pathParam(s.accountSid) + '/Messages.json'; },
			item: function (s) { return '/Accounts/' + pathParam(s.accountSid) + '/Messages/' + pathParam(s.sid) + '.json'; }
		},
		call: {
			name: 'Call', key: 'call', parent: 'accountSid',
			list: function (s) { return '/Accounts/' + pathParam(s.accountSid) + '/Calls.json'; },
			item: function (s) { return '/Accounts/' + pathParam(s.accountSid) + '/Calls/' + pathParam(s.sid) + '.json'; }
		},
		verification2: {
			name: 'Verification', key: 'verification2', parent: 'serviceSid',
			list: function (s) { return '/Services/' + pathParam(s.serviceSid) + '/Verifications'; },
			item: function (s) { return '/Services/' + pathParam(s.serviceSid) + '/Verifications/' + pathParam(s.sid); }
		},
		verification1: {
			name: 'Verification', key: 'verification1', parent: 'serviceSid',
			list: function (s) { return '/Services/' + pathParam(s.serviceSid) + '/Verifications'; },
			item: function (s) { return '/Services/' + pathParam(s.serviceSid) + '/Verifications/' + pathParam(s.sid); }
		}
	};

	// tableOf is the resource's table for this release: create()'s
	// parameters ([camelCase, PascalCase, serializer]), its required
	// parameters and messages, and the instance fields ([camelCase,
	// payload key, deserializer]).
	function tableOf(res) {
		if (res.table === undefined) {
			var packed = native.table(res.key);
			var rows = function (text) {
				return text === '' ? [] : text.split(';').map(function (row) { return row.split(' '); });
			};
			res.table = packed === null ? null : {
				params: rows(packed.params),
				fields: rows(packed.fields),
				required: {
					missing: packed.missing,
					keys: packed.required === '' ? [] : packed.required.split('\n').map(function (line) {
						var space = line.indexOf(' ');
						return [line.slice(0, space), line.slice(space + 1)];
					})
				}
			};
		}
		return res.table;
	}

	function checkRequired(required, opts) {
		if (F.classes) {
			if (isNullish(opts)) {
				throw new Error(required.missing);
			}
			required.keys.forEach(function (k) {
				if (isNullish(opts[k[0]])) {
					throw new Error(k[1]);
				}
			});
			return;
		}
		if (opts === undefined) {
			throw new Error(required.missing);
		}
		if (opts === null) {
			throw readError('null', required.keys[0][0]);
		}
		required.keys.forEach(function (k) {
			if (opts[k[0]] === undefined) {
				throw new Error(k[1]);
			}
		});
	}

	function formatDateTime(d) {
		if (isNaN(d.getTime())) {
			return F.dayjs ? 'Invalid Date' : 'Invalid date';
		}
		var pad = function (n, width) {
			var s = String(n);
			while (s.length < width) {
				s = '0' + s;
			}
			return s;
		};
		return pad(d.getUTCFullYear(), 4) + '-' + pad(d.getUTCMonth() + 1, 2) + '-' + pad(d.getUTCDate(), 2) + 'T' +
			pad(d.getUTCHours(), 2) + ':' + pad(d.getUTCMinutes(), 2) + ':' + pad(d.getUTCSeconds(), 2) + 'Z';
	}

	function serialize(kind, value) {
		switch (kind) {
		case 'map':
			return Array.isArray(value) ? value.map(function (e) { return e; }) : value;
		case 'bool':
			if (typeof value === 'string') {
				return value;
			}
			if (typeof value === 'boolean' || (F.v4Serialize && value instanceof Boolean)) {
				return value.toString();
			}
			return value;
		case 'iso8601DateTime':
			return value instanceof Date ? formatDateTime(value) : value;
		case 'object':
			if (F.v4Serialize ? typeof value === 'object' : (typeof value === 'function' || (typeof value === 'object' && value !== null))) {
				return JSON.stringify(value);
			}
			return value;
		case 'twiml':
			if (isNullish(value)) {
				throw readError(String(value), 'toString');
			}
			return value.toString();
		default:
			return value;
		}
	}

	function buildData(params, opts) {
		var data = {};
		for (var i = 0; i < params.length; i++) {
			var value = opts[params[i][0]];
			if (value !== undefined) {
				value = serialize(params[i][2], value);
			}
			if (value !== undefined) {
				data[params[i][1]] = value;
			}
		}
		return data;
	}

	var MONTHS = {jan: 0, feb: 1, mar: 2, apr: 3, may: 4, jun: 5, jul: 6, aug: 7, sep: 8, oct: 9, nov: 10, dec: 11};
	var DAYJS_PARSE = /^(\d{4})[-/]?(\d{1,2})?[-/]?(\d{0,2})[Tt\s]*(\d{1,2})?:?(\d{1,2})?:?(\d{1,2})?[.:]?(\d+)?$/;

	// dayjsDate is deserialize's parseDate from 3.38 on: dayjs.utc(s)
	// without a format plugin, so undefined is now and anything Date can
	// parse is a date.
	function dayjsDate(s) {
		var d;
		if (s === null) {
			d = new Date(NaN);
		} else if (s === undefined) {
			d = new Date();
		} else if (s instanceof Date) {
			d = new Date(s.getTime());
		} else if (typeof s === 'string' && !/Z$/i.test(s) && DAYJS_PARSE.test(s)) {
			var m = DAYJS_PARSE.exec(s);
			d = new Date(Date.UTC(m[1], (m[2] - 1) || 0, m[3] || 1, m[4] || 0, m[5] || 0, m[6] || 0, (m[7] || '0').substring(0, 3)));
		} else {
			d = new Date(s);
		}
		return isNaN(d.getTime()) ? s : d;
	}

	// momentDate is deserialize's parseDate before 3.38: moment.utc(s,
	// format), which reads the fields the format names and leaves anything
	// else (undefined included) as it was.
	function momentDate(s, kind) {
		if (typeof s !== 'string') {
			return s;
		}
		var m, year, month, day, hour = 0, minute = 0, second = 0;
		if (kind === 'rfc2822DateTime') {
			m = /^\s*[A-Za-z]{3},?\s+(\d{1,2})\s+([A-Za-z]{3})\s+(\d{4})\s+(\d{1,2}):(\d{1,2}):(\d{1,2})/.exec(s);
			if (!m || !Object.prototype.hasOwnProperty.call(MONTHS, m[2].toLowerCase())) {
				return s;
			}
			year = +m[3]; month = MONTHS[m[2].toLowerCase()]; day = +m[1]; hour = +m[4]; minute = +m[5]; second = +m[6];
		} else {
			m = /^\s*(\d{4})-(\d{1,2})-(\d{1,2})(?:T(\d{1,2}):(\d{1,2}):(\d{1,2}))?/.exec(s);
			if (!m || (kind === 'iso8601DateTime' && m[4] === undefined)) {
				return s;
			}
			year = +m[1]; month = +m[2] - 1; day = +m[3];
			if (m[4] !== undefined) {
				hour = +m[4]; minute = +m[5]; second = +m[6];
			}
		}
		var d = new Date(Date.UTC(year, month, day, hour, minute, second));
		if (d.getUTCMonth() !== month || d.getUTCDate() !== day || hour > 23 || minute > 59 || second > 59) {
			return s;
		}
		return d;
	}

	function parseNumber(value, parser) {
		var parsed = parser(value);
		return typeof parsed === 'number' && isNaN(parsed) ? value : parsed;
	}

	function deserialize(kind, value) {
		switch (kind) {
		case 'rfc2822DateTime':
		case 'iso8601DateTime':
		case 'iso8601Date':
			return F.dayjs ? dayjsDate(value) : momentDate(value, kind);
		case 'integer':
			return parseNumber(value, parseInt);
		case 'decimal':
			return parseNumber(value, parseFloat);
		default:
			return value;
		}
	}

	var INSPECT = Symbol['for']('nodejs.util.inspect.custom');

	// classes builds a resource's Instance and Context constructors from its
	// field table, once per resource and runtime.
	function classes(res) {
		if (res.Instance) {
			return res;
		}
		var fields = tableOf(res).fields;
		var Instance = named(res.name + 'Instance', function (version, payload, parentSid, sid) {
			this._version = version;
			for (var i = 0; i < fields.length; i++) {
				this[fields[i][0]] = deserialize(fields[i][2], payload[fields[i][1]]);
			}
			if (F.q) {
				this._context = undefined;
			}
			this._solution = {};
			this._solution[res.parent] = parentSid;
			this._solution.sid = F.instanceKeepsSid ? sid || this.sid : sid;
		});
		getter(Instance.prototype, '_proxy', function () {
			if (!this._context) {
				this._context = newContext(res, this._version, this._solution[res.parent], this._solution.sid);
			}
			return this._context;
		});
		Instance.prototype.fetch = function (callback) {
			return this._proxy.fetch(callback);
		};
		Instance.prototype.toJSON = function () {
			var self = this;
			var clone = {};
			if (F.q) {
				Object.keys(this).forEach(function (k) {
					if (k.charAt(0) !== '_' && typeof self[k] !== 'function') {
						clone[k] = self[k];
					}
				});
				return clone;
			}
			fields.forEach(function (f) { clone[f[0]] = self[f[0]]; });
			return clone;
		};
		Instance.prototype[INSPECT] = function () {
			return this.toJSON();
		};

		var Context = named(res.name + (F.classes ? 'ContextImpl' : 'Context'), function (version, parentSid, sid) {
			checkPathParam(parentSid, res.parent);
			checkPathParam(sid, 'sid');
			this._version = version;
			this._solution = {};
			this._solution[res.parent] = parentSid;
			this._solution.sid = sid;
			this._uri = res.item(this._solution);
		});
		Context.prototype.fetch = function (callback) {
			var self = this;
			var promise = this._version.fetch({uri: this._uri, method: F.classes ? 'get' : 'GET'});
			return deliver(promise, function (payload) {
				return new Instance(self._version, payload, self._solution[res.parent], self._solution.sid);
			}, callback);
		};
		res.Instance = Instance;
		res.Context = Context;
		return res;
	}

	function newContext(res, version, parentSid, sid) {
		return new (classes(res).Context)(version, parentSid, sid);
	}

	// newList is a resource's list: callable with a SID for its context,
	// with create().
	function newList(res, version, parentSid) {
		checkPathParam(parentSid, res.parent);
		classes(res);
		var list = function (sid) {
			return list.get(sid);
		};
		list._version = version;
		list._solution = {};
		list._solution[res.parent] = parentSid;
		list._uri = res.list(list._solution);
		list.get = function get(sid) {
			return newContext(res, version, parentSid, sid);
		};
		list.create = function create(opts, callback) {
			var table = tableOf(res);
			checkRequired(table.required, opts);
			var data = buildData(table.params, opts);
			var request = {uri: list._uri, method: F.classes ? 'post' : 'POST', data: data};
			if (F.classes) {
				request.headers = {'Content-Type': 'application/x-www-form-urlencoded'};
			}
			var promise = version.create(request);
			return deliver(promise, function (payload) {
				return new res.Instance(version, payload, parentSid, undefined);
			}, callback);
		};
		return list;
	}

	// ------------------------------------------------------------ api

	var AccountContext = named(F.classes ? 'AccountContextImpl' : 'AccountContext', function (version, sid) {
		checkPathParam(sid, 'sid');
		this._version = version;
		this._solution = {sid: sid};
		this._uri = '/Accounts/' + pathParam(sid) + '.json';
	});
	lazy(AccountContext.prototype, 'messages', function () {
		return newList(RESOURCES.message, this._version, this._solution.sid);
	});
	lazy(AccountContext.prototype, 'calls', function () {
		return newList(RESOURCES.call, this._version, this._solution.sid);
	});

	function accountList(version) {
		var list = function (sid) {
			return list.get(sid);
		};
		list._version = version;
		list._solution = {};
		list._uri = '/Accounts.json';
		list.get = function get(sid) {
			return new AccountContext(version, sid);
		};
		return list;
	}

	var V2010 = named('V2010', function (domain) {
		Version.call(this, domain, '2010-04-01');
	});
	V2010.prototype = Object.create(Version.prototype, {constructor: {value: V2010, writable: true, configurable: true}});
	lazy(V2010.prototype, 'accounts', function () {
		return accountList(this);
	});
	lazy(V2010.prototype, 'account', function () {
		return this.accounts(this._domain.twilio.accountSid);
	});
	if (!F.classes) {
		getter(V2010.prototype, 'messages', function () { return this.account.messages; });
		getter(V2010.prototype, 'calls', function () { return this.account.calls; });
	}

	var Api = named('Api', function (twilio) {
		Domain.call(this, twilio, 'https://api.twilio.com');
	});
	Api.prototype = Object.create(Domain.prototype, {constructor: {value: Api, writable: true, configurable: true}});
	lazy(Api.prototype, 'v2010', function () {
		return new V2010(this);
	});
	getter(Api.prototype, 'account', function () { return this.v2010.account; });
	getter(Api.prototype, 'accounts', function () { return this.v2010.accounts; });
	getter(Api.prototype, 'messages', function () {
		warnDeprecated('messages is deprecated. Use account.messages instead.');
		return this.v2010.account.messages;
	});
	getter(Api.prototype, 'calls', function () {
		warnDeprecated('calls is deprecated. Use account.calls instead.');
		return this.v2010.account.calls;
	});

	// ------------------------------------------------------------ verify

	// Verify is the verify domain's class, made when a hook first reads
	// client.verify.
	var Verify = once(function () {
		function verifyVersion(name, resource) {
			var V = named(name.toUpperCase(), function (domain) {
				Version.call(this, domain, name);
			});
			V.prototype = Object.create(Version.prototype, {constructor: {value: V, writable: true, configurable: true}});
			lazy(V.prototype, 'services', function () {
				var version = this;
				var list = function (sid) {
					return list.get(sid);
				};
				list._version = version;
				list._solution = {};
				list._uri = '/Services';
				list.get = function get(sid) {
					return new ServiceContext(version, sid, resource);
				};
				return list;
			});
			return V;
		}

		var ServiceContext = named(F.classes ? 'ServiceContextImpl' : 'ServiceContext', function (version, sid, resource) {
			checkPathParam(sid, 'sid');
			this._version = version;
			this._solution = {sid: sid};
			this._uri = '/Services/' + pathParam(sid);
			Object.defineProperty(this, '_resource', {value: resource});
		});
		lazy(ServiceContext.prototype, 'verifications', function () {
			return newList(this._resource, this._version, this._solution.sid);
		});

		var V1 = verifyVersion('v1', RESOURCES.verification1);
		var V2 = verifyVersion('v2', RESOURCES.verification2);

		var Verify = named('Verify', function (twilio) {
			Domain.call(this, twilio, 'https://verify.twilio.com');
		});
		Verify.prototype = Object.create(Domain.prototype, {constructor: {value: Verify, writable: true, configurable: true}});
		if (F.verifyV1) {
			lazy(Verify.prototype, 'v1', function () { return new V1(this); });
		}
		if (F.verifyV2) {
			lazy(Verify.prototype, 'v2', function () { return new V2(this); });
		}
		getter(Verify.prototype, 'services', function () {
			warnDeprecated('services is deprecated. Use v2.services instead.');
			return (F.verifyV2 ? this.v2 : this.v1).services;
		});
		return Verify;
	});

	// ------------------------------------------------------------ client

	function requireCredential(value, message) {
		if (isNullish(value)) {
			throw new Error(message);
		}
		return value;
	}

	function checkAccountSid(accountSid) {
		var message = F.oldAccountSidMessage ? 'accountSid is required' : 'accountSid must start with AC';
		if (!F.nativeStartsWith) {
			if (String(isNullish(accountSid) ? '' : accountSid).slice(0, 2) !== 'AC') {
				throw new Error(message);
			}
			return;
		}
		if (typeof accountSid.startsWith !== 'function') {
			throw new TypeError(F.lazyCredentials ? 'this.accountSid?.startsWith is not a function' : 'this.accountSid.startsWith is not a function');
		}
		if (!accountSid.startsWith('AC')) {
			if (F.apiKeyHint && accountSid.startsWith('SK')) {
				message += '. The given SID indicates an API Key which requires the accountSid to be passed as an additional option';
			}
			throw new Error(message);
		}
	}

	// init3 is the 3.x constructor: every fallback with ||, through
	// opts.env or else process.env.
	function init3(client, username, password, opts) {
		opts = opts || {};
		var env = opts.env;
		var fromEnv = function (name) {
			return env ? env[name] : native.getenv(name);
		};
		client.username = username || fromEnv('TWILIO_ACCOUNT_SID');
		client.password = password || fromEnv('TWILIO_AUTH_TOKEN');
		client.accountSid = opts.accountSid || client.username;
		if (F.regionEnv) {
			client.edge = opts.edge || fromEnv('TWILIO_EDGE');
			client.region = opts.region || fromEnv('TWILIO_REGION');
		} else {
			client.region = opts.region;
			if (F.edge) {
				client.edge = opts.edge;
			}
		}
		if (F.logLevel) {
			client.logLevel = opts.logLevel || fromEnv('TWILIO_LOG_LEVEL');
		}
		if (F.modernUserAgent) {
			client.userAgentExtensions = opts.userAgentExtensions || [];
		}
		if (!client.username) {
			throw new Error('username is required');
		}
		if (!client.password) {
			throw new Error('password is required');
		}
		checkAccountSid(client.accountSid);
	}

	// init4 is BaseTwilio's constructor from 4.0: || through opts.env or
	// process.env until 4.12, ?? through opts.env then process.env from
	// 4.13, credentials checked at request time from 5.4.
	function init4(client, username, password, opts) {
		client.opts = opts || {};
		var o = client.opts;
		var read;
		if (!F.nullishOptions) {
			client.env = o.env || processEnv();
			read = function (value, name) {
				return value || (o.env ? o.env[name] : native.getenv(name));
			};
		} else {
			client.env = o.env || {};
			read = function (value, name) {
				return coalesce(value, client.env ? client.env[name] : undefined, native.getenv(name));
			};
		}
		if (!F.lazyCredentials) {
			client.username = F.nullishOptions ? requireCredential(read(username, 'TWILIO_ACCOUNT_SID'), 'username is required') :
				read(username, 'TWILIO_ACCOUNT_SID') || requireCredential(undefined, 'username is required');
			client.password = F.nullishOptions ? requireCredential(read(password, 'TWILIO_AUTH_TOKEN'), 'password is required') :
				read(password, 'TWILIO_AUTH_TOKEN') || requireCredential(undefined, 'password is required');
			client.accountSid = o.accountSid || client.username;
		}
		client.edge = read(o.edge, 'TWILIO_EDGE');
		client.region = read(o.region, 'TWILIO_REGION');
		client.logLevel = read(o.logLevel, 'TWILIO_LOG_LEVEL');
		if (F.keepAlive) {
			['timeout', 'keepAlive', 'keepAliveMsecs', 'maxSockets', 'maxTotalSockets', 'maxFreeSockets', 'scheduling', 'ca'].forEach(function (k) {
				client[k] = o[k];
			});
		}
		client.autoRetry = o.autoRetry || false;
		if (F.keepAlive) {
			client.maxRetryDelay = o.maxRetryDelay;
		}
		client.maxRetries = o.maxRetries;
		if (F.validationClient) {
			client.validationClient = o.validationClient;
		}
		client.userAgentExtensions = o.userAgentExtensions || [];
		client._httpClient = o.httpClient;
		if (F.lazyCredentials) {
			client.username = coalesce(username, client.env ? client.env.TWILIO_ACCOUNT_SID : undefined, native.getenv('TWILIO_ACCOUNT_SID'));
			client.password = coalesce(password, client.env ? client.env.TWILIO_AUTH_TOKEN : undefined, native.getenv('TWILIO_AUTH_TOKEN'));
			client.accountSid = (o && o.accountSid) || client.username || '';
			if (client.accountSid) {
				checkAccountSid(client.accountSid);
			}
			client.credentialProvider = undefined;
			return;
		}
		checkAccountSid(client.accountSid);
	}

	function processEnv() {
		try {
			if (typeof process === 'object' && process !== null && process.env) {
				return process.env;
			}
		} catch (e) {
			// fall through
		}
		return {};
	}

	function publicRequest(client, opts) {
		opts = opts || {};
		if (!opts.method) {
			throw new Error('method is required');
		}
		if (!opts.uri) {
			throw new Error('uri is required');
		}
		var promise = clientRequest(client, opts);
		return F.q ? Q().from(promise) : promise;
	}

	// Twilio is a class from 4.0 (calling it without new throws, in V8's
	// words, which goja's differ from) and a sloppy-mode function before:
	// without new it ran on whatever this was and returned undefined.
	var Twilio = function Twilio(username, password, opts) {
		if (F.classes) {
			if (!new.target) {
				throw new TypeError("Class constructor Twilio cannot be invoked without 'new'");
			}
			init4(this, username, password, opts);
			return;
		}
		if (!(this instanceof Twilio)) {
			init3({}, username, password, opts);
			return undefined;
		}
		init3(this, username, password, opts);
	};
	Object.defineProperty(Twilio.prototype, 'request', {
		configurable: true,
		enumerable: !F.classes,
		writable: true,
		value: function request(opts) {
			return publicRequest(this, opts);
		}
	});
	lazy(Twilio.prototype, 'api', function () { return new Api(this); });
	lazy(Twilio.prototype, 'verify', function () { return new (Verify())(this); });
	getter(Twilio.prototype, 'messages', function () { return this.api.v2010.account.messages; });
	getter(Twilio.prototype, 'calls', function () { return this.api.v2010.account.calls; });

	// ------------------------------------------------------------ exports

	var twilio = named(F.classes ? 'TwilioSDK' : 'initializer', function (accountSid, authToken, opts) {
		return new Twilio(accountSid, authToken, opts);
	});
	twilio.Twilio = Twilio;
	var twiml;
	twilio.twiml = {};
	['VoiceResponse', 'MessagingResponse'].forEach(function (name) {
		Object.defineProperty(twilio.twiml, name, {
			enumerable: true,
			configurable: true,
			get: function () {
				twiml = twiml || native.twiml();
				return twiml[name];
			}
		});
	});
	if (F.exportsRestException) {
		// Made on first use, like the error classes themselves.
		Object.defineProperty(twilio, 'RestException', {
			enumerable: true,
			configurable: true,
			get: function () {
				var RestException = errorClasses().RestException;
				Object.defineProperty(twilio, 'RestException', {value: RestException, writable: true, enumerable: true, configurable: true});
				return RestException;
			}
		});
	}
	webhooks(twilio);
	return twilio;

	// webhooks adds the request-validation helpers of lib/webhooks
	// (validateRequest and friends): pure functions over the auth token,
	// the URL Twilio requested and its parameters.
	function webhooks(twilio) {
		// parseURL reads a URL as the url-parse package does for these
		// helpers: a default port is dropped, a special URL gets a path.
		function parseURL(url) {
			var m = /^([a-z][a-z0-9+.-]*:)?(?:\/\/(?:([^:@\/?#]*)(?::([^@\/?#]*))?@)?([^\/?#:]*)(?::(\d*))?)?([^?#]*)(\?[^#]*)?(#.*)?$/i.exec(String(url)) || [];
			var u = {protocol: (m[1] || '').toLowerCase(), username: m[2] || '', password: m[3] || '', host: (m[4] || '').toLowerCase(), port: m[5] || '',
				pathname: m[6] || '', query: m[7] || '', hash: m[8] || ''};
			if ((u.protocol === 'https:' && u.port === '443') || (u.protocol === 'http:' && u.port === '80')) u.port = '';
			if (u.host && u.pathname.charAt(0) !== '/') u.pathname = '/' + u.pathname;
			return u;
		}
		function format(u, port) {
			var auth = u.username + (u.password ? ':' + u.password : '');
			return (u.protocol ? u.protocol + '//' : '') + (auth ? auth + '@' : '') + u.host + (port ? ':' + port : '') + u.pathname + u.query + u.hash;
		}
		function param(name, value) {
			if (value instanceof Array) {
				return Array.from(new Set(value)).sort().map(function (v) { return param(name, v); }).join('');
			}
			return name + value;
		}
		function getExpectedTwilioSignature(authToken, url, params) {
			if (url.indexOf('bodySHA256') !== -1 && params === null) {
				params = {};
			}
			var data = Object.keys(params).sort().reduce(function (acc, key) { return acc + param(key, params[key]); }, url);
			return native.hmacSHA1(String(authToken), data);
		}
		function getExpectedBodyHash(body) {
			return native.sha256(String(body));
		}
		function validateRequest(authToken, twilioHeader, url, params) {
			twilioHeader = twilioHeader || '';
			var u = parseURL(url);
			var withPort = format(u, u.port || (u.protocol === 'https:' ? '443' : '80'));
			var withoutPort = format(u, '');
			return getExpectedTwilioSignature(authToken, withoutPort, params) === String(twilioHeader) ||
				getExpectedTwilioSignature(authToken, withPort, params) === String(twilioHeader);
		}
		function validateBody(body, bodyHash) {
			return getExpectedBodyHash(body) === String(bodyHash);
		}
		function validateRequestWithBody(authToken, twilioHeader, url, body) {
			var query = parseURL(url).query.slice(1).split('&');
			var hash;
			for (var i = 0; i < query.length; i++) {
				var kv = query[i].split('=');
				if (kv[0] === 'bodySHA256') hash = decodeURIComponent(kv.slice(1).join('='));
			}
			return validateRequest(authToken, twilioHeader, url, {}) && validateBody(body, hash);
		}
		twilio.validateRequest = validateRequest;
		twilio.validateRequestWithBody = validateRequestWithBody;
		if (F.classes) { // 4.0 exported the rest of lib/webhooks too
			twilio.validateBody = validateBody;
			twilio.getExpectedBodyHash = getExpectedBodyHash;
			twilio.getExpectedTwilioSignature = getExpectedTwilioSignature;
		}
	}
})
