(function (native) {
	'use strict';

	// nexmo.js is require('nexmo') (the 2.x line, native.version): the
	// Nexmo client with its credentials, loggers and HTTP client, and the
	// message resource's sendSms, as lib/Nexmo.js, lib/Credentials.js,
	// lib/Message.js, lib/HttpClient.js and lib/HashGenerator.js have them.
	// The other resources exist but say they are not emulated.

	var VERSION = native.version;
	var qs = native.querystring;

	function nodeVersionNumber() {
		// Nexmo reads process.version once, at construction, and falls
		// back to UNKNOWN when it cannot.
		try {
			return process.version.replace('v', '');
		} catch (e) {
			return 'UNKNOWN';
		}
	}

	// ---------------------------------------------------------- loggers

	class NullLogger {
		log(level) {}
		info() { this.log.apply(this, ['info'].concat(Array.prototype.slice.call(arguments))); }
		warn() { this.log.apply(this, ['warn'].concat(Array.prototype.slice.call(arguments))); }
		error() { this.log.apply(this, ['error'].concat(Array.prototype.slice.call(arguments))); }
	}

	class ConsoleLogger extends NullLogger {
		constructor(consoleOverride) {
			super();
			this.out = consoleOverride || console;
		}
		log(level) {
			var args = Array.prototype.slice.call(arguments, 1);
			this.out.log.apply(this.out, [level + ':'].concat(args));
		}
		warn() { this.log.apply(this, ['warn'].concat(Array.prototype.slice.call(arguments))); }
		error() {
			this.out.error.apply(this.out, ['error:'].concat(Array.prototype.slice.call(arguments)));
		}
	}

	// -------------------------------------------------------- signatures

	// generateHash is HashGenerator.generate: sorted "&key=value" pairs,
	// "&" and "=" in values made "_", then MD5 with the secret appended
	// (md5hash) or an HMAC keyed with it. An unknown method throws a
	// string, as the package does.
	function generateHash(method, secret, params) {
		params = params || {};
		var signedQuery = '';
		params = JSON.parse(JSON.stringify(params));
		if (params.sig) {
			delete params.sig;
		}
		Object.keys(params).sort().forEach(function (key) {
			signedQuery += '&' + key + '=' + params[key].replace(/\&|\=/g, '_');
		});
		switch (method) {
			case 'md5hash':
				return native.md5Hex(signedQuery + secret);
			case 'md5':
			case 'sha1':
			case 'sha256':
			case 'sha512':
				return native.hmacHex(method, String(secret), signedQuery);
			default:
				throw 'Unknown signature algorithm: ' + method + '. Expected: md5hash, md5, sha1, sha256, or sha512';
		}
	}

	// ------------------------------------------------------- credentials

	class Credentials {
		constructor(apiKey, apiSecret, privateKey, applicationId, signatureSecret, signatureMethod) {
			this.apiKey = apiKey;
			this.apiSecret = apiSecret;
			this.privateKey = null;
			this.applicationId = applicationId;
			this.signatureSecret = signatureSecret;
			this.signatureMethod = signatureMethod;
			if (typeof Buffer === 'function' && Buffer.isBuffer(privateKey)) {
				this.privateKey = privateKey;
			} else if (typeof privateKey === 'string' && privateKey.startsWith('-----BEGIN PRIVATE KEY-----')) {
				this.privateKey = Buffer.from(privateKey.replace(/\\n/g, '\n'), 'utf-8');
			} else if (privateKey !== undefined) {
				// A hook has no files: a path never exists.
				throw new Error('File "' + privateKey + '" not found.');
			}
		}
		generateJwt() {
			throw notEmulated('generateJwt');
		}
		generateSignature(params, signatureSecret, signatureMethod) {
			if (arguments.length < 2 || signatureSecret === undefined) signatureSecret = this.signatureSecret;
			if (arguments.length < 3 || signatureMethod === undefined) signatureMethod = this.signatureMethod;
			return generateHash(signatureMethod, signatureSecret, params);
		}
		static parse(obj) {
			if (obj instanceof Credentials) {
				return obj;
			}
			return new Credentials(obj.apiKey, obj.apiSecret, obj.privateKey, obj.applicationId, obj.signatureSecret, obj.signatureMethod);
		}
	}

	function notEmulated(what) {
		return new Error('hookemu does not emulate nexmo\'s ' + what + ': only message.sendSms, the call of Auth0\'s Vonage guide');
	}

	// -------------------------------------------------------- HTTP client

	class HttpClient {
		constructor(options, credentials) {
			this.credentials = credentials;
			this.host = options.host || 'rest.nexmo.com';
			this.port = options.port || 443;
			this.headers = {
				'Content-Type': 'application/x-www-form-urlencoded',
				Accept: 'application/json'
			};
			this.logger = options.logger;
			this.timeout = options.timeout;
			if (options.userAgent) {
				this.headers['User-Agent'] = options.userAgent;
			}
		}

		request(endpoint, method, callback) {
			if (typeof method === 'function') {
				callback = method;
				endpoint.method = endpoint.method || 'GET';
			} else if (typeof method !== 'undefined') {
				endpoint.method = method;
			}
			var options = {
				host: endpoint.host ? endpoint.host : this.host,
				port: this.port,
				path: endpoint.path,
				method: endpoint.method,
				headers: Object.assign({}, this.headers)
			};
			if (this.timeout !== undefined) {
				options.timeout = this.timeout;
			}
			if (endpoint.headers) {
				Object.keys(endpoint.headers).forEach(function (key) {
					options.headers[key] = endpoint.headers[key];
				});
			}
			if (this.credentials.signatureSecret && this.credentials.signatureMethod) {
				options.path = this.signedPath(options.path);
			}
			this.logger.info('Request:', options, '\nBody:', endpoint.body);

			var self = this;
			var url = (options.port === 443 ? 'https://' : 'http://') + options.host +
				(options.port === 443 || options.port === 80 ? '' : ':' + options.port) + options.path;
			// Node's https.request sends the headers as given, and adds
			// Host and, for a request it ends without a body, no more.
			native.send({method: options.method, url: url, headers: options.headers, body: endpoint.body === undefined ? null : endpoint.body})
				.then(function (response) {
					self.logger.info('response ended:', response.status);
					if (callback) {
						self.parseResponse(response, endpoint.method, callback);
					}
				}, function (e) {
					self.logger.error('problem with API request detailed stacktrace below ');
					self.logger.error(e);
					callback(e);
				});
		}

		// signedPath drops api_secret, adds a timestamp and the signature,
		// and rebuilds the query sorted, values through encodeURI.
		signedPath(path) {
			var split = path.split(/\?(.+)/);
			var params = qs.decode(split[1]);
			if (!params.timestamp) {
				params.timestamp = (Date.now() / 1000 | 0).toString();
			}
			delete params.api_secret;
			var hash = this.credentials.generateSignature(params);
			var query = '';
			Object.keys(params).sort().forEach(function (key) {
				query += '&' + key + '=' + encodeURI(params[key]);
			});
			query = query.replace(/&/i, '?');
			return split[0] + query + '&sig=' + hash;
		}

		// parseResponse is HttpClient.__parseResponse for a text answer.
		parseResponse(httpResponse, method, callback) {
			var status = httpResponse.status;
			var headers = httpResponse.headers;
			var data = httpResponse.body;
			var response = null;
			var error = null;
			try {
				if (status >= 500) {
					error = {message: 'Server Error', statusCode: status};
				} else if (headers['content-type'] === 'application/octet-stream') {
					response = Buffer.from(data);
				} else if (status === 429) {
					if (!headers['retry-after']) {
						headers['retry-after'] = method === 'POST' ? 1000 / 2 : 1000 / 5;
					}
					error = {body: data};
				} else if (status === 204) {
					response = null;
				} else if (status >= 400 || status < 200) {
					error = {body: JSON.parse(data), headers: headers};
				} else if (method !== 'DELETE') {
					response = JSON.parse(data);
				} else {
					response = [data];
				}
			} catch (parseError) {
				this.logger.error(parseError);
				this.logger.error('could not convert API response to JSON, above error is ignored and raw API response is returned to client');
				this.logger.error('Raw Error message from API ');
				this.logger.error('"' + data + '"');
				error = {
					status: status,
					message: 'The API response could not be parsed.',
					body: data,
					parseError: parseError
				};
			}
			if (error) {
				error.statusCode = status;
				error.headers = headers;
			}
			if (typeof callback === 'function') {
				callback(error, response);
			}
		}
	}

	function sendError(callback, err, returnData) {
		if (callback) {
			callback(err, returnData);
		} else {
			throw err;
		}
	}

	// ------------------------------------------------------------ Message

	var ERROR_MESSAGES = {
		sender: 'Invalid from address',
		to: 'Invalid to address',
		msg: 'Invalid Text Message'
	};

	class Message {
		constructor(credentials, options) {
			this.creds = credentials;
			this.options = options || {};
		}

		_sendRequest(endpoint, method, callback) {
			endpoint.path = endpoint.path + (endpoint.path.indexOf('?') > 0 ? '&' : '?') +
				qs.stringify({api_key: this.creds.apiKey, api_secret: this.creds.apiSecret});
			this.options.httpClient.request(endpoint, method, callback);
		}

		_sendMessage(data, callback) {
			if (!data.from) {
				sendError(callback, new Error(ERROR_MESSAGES.sender));
			} else if (!data.to) {
				sendError(callback, new Error(ERROR_MESSAGES.to));
			} else {
				var path = '/sms/json?' + qs.stringify(data);
				this.options.logger.info('sending message from ' + data.from + ' to ' + data.to + ' with message ' + data.text);
				this._sendRequest({host: this.options.restHost || 'rest.nexmo.com', path: path}, 'POST', function (err, apiResponse) {
					// The SMS API's answer has no top-level status, so a
					// refused message reaches the callback as a success.
					if (!err && apiResponse.status && apiResponse.messages[0].status > 0) {
						sendError(callback, new Error(apiResponse.messages[0]['error-text']), apiResponse);
					} else if (callback) {
						callback(err, apiResponse);
					}
				});
			}
		}

		sendSms(sender, recipient, message, opts, callback) {
			if (!message) {
				sendError(callback, new Error(ERROR_MESSAGES.msg));
			} else {
				if (!callback) {
					callback = opts;
					opts = {};
				}
				opts['from'] = sender;
				opts['to'] = recipient;
				opts['text'] = message;
				this._sendMessage(opts, callback);
			}
		}
	}

	['sendBinaryMessage', 'sendWapPushMessage', 'search', 'searchRejections', 'shortcodeAlert', 'shortcode2FA', 'shortcodeMarketing'].forEach(function (name) {
		Message.prototype[name] = function () { throw notEmulated('message.' + name); };
	});

	// unemulated is a resource whose every method says it is not emulated.
	function unemulated(resource) {
		return new Proxy({}, {
			get: function (target, prop) {
				if (typeof prop !== 'string' || prop === 'then' || prop === 'toJSON') return undefined;
				return function () { throw notEmulated(resource + '.' + prop); };
			}
		});
	}

	// -------------------------------------------------------------- Nexmo

	class Nexmo {
		constructor(credentials, options) {
			if (options === undefined) {
				options = {debug: false};
			}
			this.credentials = Credentials.parse(credentials);
			this.options = Object.assign({}, options);
			if (!this.options.logger && this.options.debug) {
				this.options.logger = new ConsoleLogger();
			} else if (!this.options.logger) {
				this.options.logger = new NullLogger();
			}
			var nodeVersion = nodeVersionNumber();
			var userAgent = 'nexmo-node/' + VERSION + ' node/' + nodeVersion;
			this.options.userAgent = userAgent;
			if (this.options.appendToUserAgent) {
				this.options.userAgent += ' ' + this.options.appendToUserAgent;
			}
			this.options.httpClient = new HttpClient(Object.assign({host: this.options.restHost || 'rest.nexmo.com'}, this.options), this.credentials);
			this.options.api = new HttpClient(Object.assign({host: this.options.apiHost || 'api.nexmo.com'}, this.options), this.credentials);
			this.options.rest = new HttpClient(Object.assign({host: this.options.restHost || 'rest.nexmo.com'}, this.options), this.credentials);
			this.message = new Message(this.credentials, this.options);
			var self = this;
			['voice', 'number', 'verify', 'numberInsight', 'applications', 'account', 'calls', 'files', 'conversion', 'media', 'redact', 'pricing'].forEach(function (name) {
				self[name] = unemulated(name);
			});
			this.app = this.applications;
		}
		generateJwt() {
			throw notEmulated('generateJwt');
		}
		generateSignature(params) {
			return this.credentials.generateSignature(params);
		}
	}

	Nexmo.generateJwt = function () {
		throw notEmulated('Nexmo.generateJwt');
	};
	Nexmo.generateSignature = function (method, secret, params) {
		return generateHash(method, secret, params);
	};

	return Nexmo;
})
