(function (native) {
	'use strict';

	// vonage.js is require('@vonage/server-sdk') (native.version): the
	// Vonage client, @vonage/auth's Auth, and the SMS client of @vonage/sms
	// on @vonage/server-client's request pipeline, which sends with the
	// global fetch of Node 18 and later. The other clients exist but say
	// they are not emulated.

	// ------------------------------------------------------ @vonage/auth

	class MissingApiKeyError extends Error { constructor() { super('Missing API Key'); } }
	class MissingApiSecretError extends Error { constructor() { super('Missing API Secret'); } }
	class InvalidApiKeyError extends Error { constructor() { super('API Key must be a string'); } }
	class InvalidApiSecretError extends Error { constructor() { super('API Secret must be a string'); } }

	function orDefault(opts, name, fallback) {
		return (opts !== null && opts !== undefined && opts[name]) || fallback;
	}

	class Auth {
		constructor(opts) {
			this.apiKey = orDefault(opts, 'apiKey', '');
			this.apiSecret = orDefault(opts, 'apiSecret', '');
			// A hook has no files, so a private key is never read from one.
			var privateKey = opts === null || opts === undefined ? undefined : opts.privateKey;
			this.privateKey = typeof Buffer === 'function' && Buffer.isBuffer(privateKey) ? privateKey.toString() : privateKey;
			this.applicationId = orDefault(opts, 'applicationId', null);
			this.signature = orDefault(opts, 'signature', null);
			this.jwtOptions = orDefault(opts, 'jwtOptions', {});
			var self = this;
			this.getQueryParams = async function (params) {
				self.checkKeyAndSecret();
				return Object.assign({}, params, {api_key: self.apiKey, api_secret: self.apiSecret});
			};
			this.createBasicHeader = async function () {
				self.checkKeyAndSecret();
				return 'Basic ' + native.base64(self.apiKey + ':' + self.apiSecret);
			};
			this.createBearerHeader = async function () {
				throw notEmulated('JWT authentication');
			};
			this.createSignatureHash = async function () {
				throw notEmulated('signed requests');
			};
		}
		checkKeyAndSecret() {
			if (!this.apiKey) throw new MissingApiKeyError();
			if (!this.apiSecret) throw new MissingApiSecretError();
			if (typeof this.apiKey !== 'string') throw new InvalidApiKeyError();
			if (typeof this.apiSecret !== 'string') throw new InvalidApiSecretError();
		}
	}

	function notEmulated(what) {
		return new Error('hookemu does not emulate @vonage/server-sdk\'s ' + what + ': only sms.send, the SMS API call');
	}

	// ----------------------------------------------------- @vonage/vetch

	class VetchError extends Error {
		constructor(message, options, response) {
			super(message);
			this.code = undefined;
			this.config = options;
			this.response = response;
		}
	}

	// -------------------------------------------- @vonage/server-client

	// words splits a key as the client's transformers do: at "-", "_" and
	// white space, and where a lower-case letter meets an upper-case one
	// or an upper-case run meets a capitalised word.
	function words(str) {
		var out = [];
		str.split(/[-_\s]+/).forEach(function (word) {
			var start = 0;
			for (var i = 1; i < word.length; i++) {
				var prev = word[i - 1], cur = word[i], next = word[i + 1];
				var lowerUpper = /[a-z]/.test(prev) && /[A-Z]/.test(cur);
				var acronymEnd = /[A-Z]/.test(prev) && /[A-Z]/.test(cur) && next !== undefined && /[a-z]/.test(next);
				if (lowerUpper || acronymEnd) {
					out.push(word.slice(start, i));
					start = i;
				}
			}
			out.push(word.slice(start));
		});
		return out.filter(Boolean);
	}

	function camelCase(str) {
		return words(str).map(function (word, index) {
			return index === 0 ? word.toLowerCase() : word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
		}).join('');
	}

	function kebabCase(str) {
		return words(str).map(function (word) { return word.toLowerCase(); }).join('-');
	}

	function isObject(value) {
		var type = typeof value;
		return value != null && (type === 'object' || type === 'function');
	}

	function transformObjectKeys(transformFn, objectToTransform, deep, preserve) {
		var transformed = Object.assign({}, preserve ? objectToTransform : {});
		for (var prop in objectToTransform) {
			if (!Object.prototype.hasOwnProperty.call(objectToTransform, prop)) {
				continue;
			}
			var newKey = transformFn(prop);
			var value = objectToTransform[prop];
			if (!deep || !isObject(value)) {
				transformed[newKey] = value;
			} else if (Array.isArray(value)) {
				transformed[newKey] = value.map(function (t) {
					return isObject(t) ? transformObjectKeys(transformFn, t, deep, preserve) : t;
				});
			} else {
				transformed[newKey] = transformObjectKeys(transformFn, value, deep, preserve);
			}
		}
		return transformed;
	}

	class Client {
		constructor(credentials, options) {
			this.authType = 'query_key_secret';
			this.auth = !Object.prototype.hasOwnProperty.call(credentials, 'getQueryParams') ? new Auth(credentials) : credentials;
			this.config = {
				restHost: (options && options.restHost) || 'https://rest.nexmo.com',
				apiHost: (options && options.apiHost) || 'https://api.nexmo.com',
				videoHost: (options && options.videoHost) || 'https://video.api.vonage.com',
				meetingsHost: (options && options.meetingsHost) || 'https://api-eu.vonage.com',
				identityInsightsHost: (options && options.identityInsightsHost) || 'https://api-eu.vonage.com',
				responseType: (options && options.responseType) || 'json',
				timeout: (options && options.timeout) || null,
				appendUserAgent: (options && options.appendUserAgent) || null
			};
		}

		getConfig() {
			return this.config;
		}

		async addAuthenticationToRequest(request) {
			if (this.authType !== 'basic') {
				throw notEmulated(this.authType + ' authentication');
			}
			request.headers = Object.assign({}, request.headers, {Authorization: await this.auth.createBasicHeader()});
			return request;
		}

		async sendPostRequest(url, payload) {
			return this.sendRequestWithData('POST', url, payload);
		}

		async sendRequestWithData(method, url, payload) {
			var request = {url: url, method: method, type: 'application/json'};
			if (payload) {
				request.data = payload;
			}
			return await this.sendRequest(request);
		}

		async sendRequest(request) {
			var timeout = request.timeout || this.config.timeout;
			var controller = timeout ? new AbortController() : null;
			var timeoutId = timeout ? setTimeout(function () { controller.abort(); }, timeout) : null;
			try {
				request = await this.prepareRequest(request);
				var fetchRequest = {url: request.url, method: request.method, headers: request.headers, body: this.prepareBody(request)};
				if (timeout) {
					fetchRequest.signal = controller.signal;
				}
				return await this.parseResponse(request, await fetch(request.url, fetchRequest));
			} finally {
				if (timeoutId !== null) {
					clearTimeout(timeoutId);
				}
			}
		}

		async prepareRequest(request) {
			request.headers = Object.assign({}, request.headers, {
				// The package joins these with commas, its own version
				// hard-coded as 3.0.0.
				'user-agent': ['@vonage/server-sdk/3.0.0', ' node/' + process.version.replace('v', ''),
					this.config.appendUserAgent ? ' ' + this.config.appendUserAgent : ''].join()
			});
			if (request.type === 'application/json' || request.type === 'application/x-www-form-urlencoded') {
				request.headers['content-type'] = request.type;
			}
			request = await this.addAuthenticationToRequest(request);
			var url = new URL(request.url);
			request.url = url.toString();
			return request;
		}

		prepareBody(request) {
			request.headers = Object.assign({}, request.headers);
			if (!request.data) {
				return undefined;
			}
			if (request.type === 'application/json') {
				return JSON.stringify(request.data);
			}
			return undefined;
		}

		async parseResponse(request, response) {
			var decoded = null;
			if (!response.ok) {
				throw new VetchError('Request failed with status code ' + response.status, request, response);
			}
			var contentLength = parseInt(response.headers.get('content-length') || '0');
			var contentType = (response.headers.get('content-type') || '').split(';')[0];
			try {
				var body = await response.text();
				switch (contentType) {
					case 'application/x-www-form-urlencoded':
						decoded = response.body ? new URLSearchParams(body) : '';
						break;
					case 'application/json':
						decoded = JSON.parse(body);
						break;
					default:
						decoded = body;
				}
			} catch (error) {
				if (contentLength > 0) {
					throw new VetchError('Failed to decode response body', request, response);
				}
			}
			return {data: decoded, config: request, status: response.status, statusText: response.statusText, headers: {}, request: request};
		}
	}

	Client.transformers = {
		camelCaseObjectKeys: function (obj, deep, preserve) { return transformObjectKeys(camelCase, obj, deep, preserve); },
		kebabCaseObjectKeys: function (obj, deep, preserve) { return transformObjectKeys(kebabCase, obj, deep, preserve); }
	};

	// -------------------------------------------------------- @vonage/sms

	class SMSFailure extends Error {
		constructor(message, response) {
			super(message);
			this.response = response;
		}
		getMessages() {
			return this.response.messages || [];
		}
		getFailedMessages() {
			return this.getMessages().filter(function (m) { return m.status !== '0'; });
		}
		getResponse() {
			return this.response;
		}
		getSuccessfulMessages() {
			return this.getMessages().filter(function (m) { return m.status === '0'; });
		}
	}

	class MessageSendAllFailure extends SMSFailure {
		constructor(response) { super('All SMS messages failed to send', response); }
	}

	class MessageSendPartialFailure extends SMSFailure {
		constructor(response) { super('Some SMS messages failed to send', response); }
	}

	class SMS extends Client {
		constructor(credentials, options) {
			super(credentials, options);
			this.authType = 'basic';
		}

		async send(params) {
			var resp = await this.sendPostRequest(this.config.restHost + '/sms/json',
				Client.transformers.kebabCaseObjectKeys(params || {}));
			var messageData = Client.transformers.camelCaseObjectKeys(resp.data, true, true);
			var totalMessages = messageData.messageCount || 0;
			var messages = messageData.messages || [];
			var failures = messages.reduce(function (n, m) { return m.status !== '0' ? n + 1 : n; }, 0);
			if (failures < 1) {
				return messageData;
			}
			// messageCount is the answer's string ("1"), so this never
			// holds and a refusal is always a partial failure.
			if (failures === totalMessages) {
				throw new MessageSendAllFailure(messageData);
			}
			throw new MessageSendPartialFailure(messageData);
		}

		verifySignature() {
			throw notEmulated('sms.verifySignature');
		}
	}

	// ------------------------------------------------- @vonage/server-sdk

	// unemulated is a client whose every method says it is not emulated.
	function unemulated(client) {
		return new Proxy({}, {
			get: function (target, prop) {
				if (typeof prop !== 'string' || prop === 'then' || prop === 'toJSON') return undefined;
				return function () { throw notEmulated(client + '.' + prop); };
			}
		});
	}

	var otherClients = ['accounts', 'applications', 'messages', 'numberInsights', 'numbers', 'pricing', 'redact', 'reports',
		'secrets', 'sms', 'users', 'verify', 'verify2', 'voice', 'video', 'conversations'];

	class Vonage {
		constructor(credentials, options) {
			if (!Object.prototype.hasOwnProperty.call(credentials, 'getQueryParams')) {
				credentials = new Auth(credentials);
			}
			this.credentials = credentials;
			this.options = options || {};
			var self = this;
			otherClients.forEach(function (name) {
				self[name] = name === 'sms' ? new SMS(self.credentials, self.options) : unemulated(name);
			});
		}
	}

	return {
		Vonage: Vonage,
		Auth: Auth,
		SMS: SMS,
		SMSFailure: SMSFailure,
		MessageSendAllFailure: MessageSendAllFailure,
		MessageSendPartialFailure: MessageSendPartialFailure,
		VetchError: VetchError,
		Client: Client
	};
})
