(function (native) {
	'use strict';

	// aws-sdk.js is require('aws-sdk') (v2) for one release: AWS.config,
	// AWS.Config, AWS.Credentials (and the environment's), AWS.SNS with the
	// SMS operations, and the request lifecycle of lib/request.js and
	// lib/event_listeners.js: validate (credentials, region, parameters),
	// build (the Query form, sorted), sign (SigV4 through native.sign),
	// send, extract (the data or the ErrorResponse), retry (which errors,
	// how many times, how long), complete (callback or promise).

	var model = native.model;
	var VERSION = native.version;
	var SNS_API_VERSION = '2010-03-31';
	// SNS keeps the Service class's default of 3 retries.
	var DEFAULT_RETRIES = 3;
	var hasOwn = Object.prototype.hasOwnProperty;

	function update(target, source) {
		for (var k in source) {
			if (hasOwn.call(source, k)) {
				target[k] = source[k];
			}
		}
		return target;
	}

	function copy(source) {
		if (source === null || source === undefined) {
			return source;
		}
		var out = {};
		for (var k in source) {
			out[k] = source[k];
		}
		return out;
	}

	function lowerFirst(s) {
		return s.charAt(0).toLowerCase() + s.slice(1);
	}

	// awsError is AWS.util.error: err gains options' fields; name turns
	// into a hidden copy of the code; message stays enumerable; time is
	// when it happened.
	function awsError(err, options) {
		var originalError = null;
		if (typeof err.message === 'string' && err.message !== '') {
			if (typeof options === 'string' || (options && options.message)) {
				originalError = copy(err);
				originalError.message = err.message;
			}
		}
		err.message = err.message || null;
		if (typeof options === 'string') {
			err.message = options;
		} else if (typeof options === 'object' && options !== null) {
			update(err, options);
			if (options.message) {
				err.message = options.message;
			}
			if (options.code || options.name) {
				err.code = options.code || options.name;
			}
		}
		Object.defineProperty(err, 'name', {writable: true, enumerable: false, configurable: true});
		Object.defineProperty(err, 'message', {enumerable: true});
		err.name = String(options && options.name || err.name || err.code || 'Error');
		err.time = new Date();
		if (originalError) {
			err.originalError = originalError;
		}
		return err;
	}

	// ------------------------------------------------------------ credentials

	function Credentials() {
		Object.defineProperty(this, 'secretAccessKey', {enumerable: false, writable: true, configurable: true});
		this.expired = false;
		this.expireTime = null;
		this.refreshCallbacks = [];
		if (arguments.length === 1 && typeof arguments[0] === 'object' && arguments[0] !== null) {
			var creds = arguments[0].credentials || arguments[0];
			this.accessKeyId = creds.accessKeyId;
			this.secretAccessKey = creds.secretAccessKey;
			this.sessionToken = creds.sessionToken;
		} else {
			this.accessKeyId = arguments[0];
			this.secretAccessKey = arguments[1];
			this.sessionToken = arguments[2];
		}
	}
	Credentials.prototype.needsRefresh = function () { return this.expired; };
	Credentials.prototype.refresh = function (callback) {
		this.expired = false;
		callback();
	};
	Credentials.prototype.get = function (callback) {
		var self = this;
		if (this.needsRefresh()) {
			this.refresh(function (err) {
				if (!err) {
					self.expired = false;
				}
				if (callback) {
					callback(err);
				}
			});
		} else if (callback) {
			callback();
		}
	};
	Credentials.prototype.getPromise = function () {
		var self = this;
		return new Promise(function (resolve, reject) {
			self.get(function (err) { return err ? reject(err) : resolve(); });
		});
	};

	// EnvironmentCredentials reads PREFIX_ACCESS_KEY_ID,
	// PREFIX_SECRET_ACCESS_KEY and PREFIX_SESSION_TOKEN from the emulated
	// process.env, when built and on every refresh.
	function EnvironmentCredentials(envPrefix) {
		Credentials.call(this);
		this.envPrefix = envPrefix;
		this.expired = true;
		this.get(function () {});
	}
	EnvironmentCredentials.prototype = Object.create(Credentials.prototype);
	EnvironmentCredentials.prototype.constructor = EnvironmentCredentials;
	EnvironmentCredentials.prototype.refresh = function (callback) {
		var keys = ['ACCESS_KEY_ID', 'SECRET_ACCESS_KEY', 'SESSION_TOKEN'];
		var prefix = this.envPrefix ? this.envPrefix + '_' : '';
		var values = [];
		for (var i = 0; i < keys.length; i++) {
			values[i] = native.getenv(prefix + keys[i]);
			if (!values[i] && keys[i] !== 'SESSION_TOKEN') {
				callback(awsError(new Error('Variable ' + prefix + keys[i] + ' not set.'),
					{code: 'EnvironmentCredentialsProviderFailure'}));
				return;
			}
		}
		this.expired = false;
		Credentials.apply(this, values);
		callback();
	};

	// CredentialProviderChain tries its providers in turn. In hookemu the
	// chain is the environment's two prefixes: there are no shared files,
	// no container or instance metadata to fall back on.
	function CredentialProviderChain(providers) {
		this.providers = providers || CredentialProviderChain.defaultProviders.slice(0);
		this.resolveCallbacks = [];
	}
	CredentialProviderChain.defaultProviders = [
		function () { return new EnvironmentCredentials('AWS'); },
		function () { return new EnvironmentCredentials('AMAZON'); }
	];
	CredentialProviderChain.prototype.resolve = function (callback) {
		var providers = this.providers.slice(0);
		var lastError = null;
		function next() {
			if (providers.length === 0) {
				callback(lastError || awsError(new Error('No providers'), {code: 'CredentialsError'}), null);
				return;
			}
			var provider = providers.shift();
			var creds = typeof provider === 'function' ? provider.call() : provider;
			if (creds && typeof creds.get === 'function') {
				creds.get(function (err) {
					if (err) {
						lastError = err;
						next();
					} else {
						callback(null, creds);
					}
				});
			} else if (creds && creds.accessKeyId) {
				callback(null, creds);
			} else {
				next();
			}
		}
		next();
		return this;
	};
	CredentialProviderChain.prototype.resolvePromise = function () {
		var self = this;
		return new Promise(function (resolve, reject) {
			self.resolve(function (err, creds) { return err ? reject(err) : resolve(creds); });
		});
	};

	// ------------------------------------------------------------ config

	function envCredentials() {
		var found = null;
		new CredentialProviderChain().resolve(function (err, creds) {
			if (!err) {
				found = creds;
			}
		});
		return found;
	}

	// keys are AWS.Config's settings with their defaults; a function
	// default is computed when a Config is built (the region and the
	// credentials come from the emulated process.env then).
	var keys = {
		credentials: envCredentials,
		credentialProvider: function () { return new CredentialProviderChain(); },
		region: function () { return native.getenv('AWS_REGION') || native.getenv('AMAZON_REGION') || undefined; },
		logger: null,
		apiVersions: {},
		apiVersion: null,
		endpoint: undefined,
		httpOptions: {timeout: 120000},
		maxRetries: undefined,
		maxRedirects: 10,
		paramValidation: true,
		sslEnabled: true,
		computeChecksums: true,
		convertResponseTypes: true,
		correctClockSkew: false,
		customUserAgent: null,
		systemClockOffset: 0,
		signatureVersion: null,
		signatureCache: true,
		retryDelayOptions: {},
		useFipsEndpoint: false,
		useDualstackEndpoint: false
	};

	function extractCredentials(options) {
		if (options.accessKeyId && options.secretAccessKey) {
			options = copy(options);
			options.credentials = new Credentials(options);
		}
		return options;
	}

	function Config(options) {
		if (options === undefined) {
			options = {};
		}
		options = extractCredentials(options);
		for (var key in keys) {
			this.set(key, options[key], keys[key]);
		}
	}
	Config.prototype.keys = keys;
	Config.prototype.set = function (property, value, defaultValue) {
		if (value === undefined) {
			if (defaultValue === undefined) {
				defaultValue = keys[property];
			}
			this[property] = typeof defaultValue === 'function' ? defaultValue.call(this) : defaultValue;
		} else if (property === 'httpOptions' && this[property]) {
			this[property] = update(update({}, this[property]), value);
		} else {
			this[property] = value;
		}
	};
	Config.prototype.update = function (options, allowUnknownKeys) {
		options = extractCredentials(options);
		for (var key in options) {
			if (hasOwn.call(options, key) && (allowUnknownKeys || hasOwn.call(keys, key) || key === 'sns')) {
				this.set(key, options[key]);
			}
		}
	};
	Config.prototype.loadFromPath = function () {
		throw awsError(new Error('hookemu has no files to load AWS configuration from; pass the settings to AWS.config.update'),
			{code: 'ConfigError'});
	};
	Config.prototype.setPromisesDependency = function (dep) {
		promiseDependency = dep || null;
	};
	Config.prototype.getPromisesDependency = function () {
		return promiseDependency;
	};
	Config.prototype.getCredentials = function (callback) {
		var self = this;
		function credError(msg, err) {
			return awsError(err || new Error(), {code: 'CredentialsError', message: msg, name: 'CredentialsError'});
		}
		if (self.credentials) {
			if (typeof self.credentials.get === 'function') {
				self.credentials.get(function (err) {
					callback(err ? credError('Could not load credentials from ' + self.credentials.constructor.name, err) : null,
						err ? null : self.credentials);
				});
			} else if (!self.credentials.accessKeyId || !self.credentials.secretAccessKey) {
				callback(credError('Missing credentials'), null);
			} else {
				callback(null, self.credentials);
			}
		} else if (self.credentialProvider) {
			self.credentialProvider.resolve(function (err, creds) {
				if (err) {
					err = credError('Could not load credentials from any providers', err);
				}
				self.credentials = creds;
				callback(err, err ? null : creds);
			});
		} else {
			callback(credError('No credentials to load'), null);
		}
	};

	var promiseDependency = null;

	function PromiseClass() {
		return promiseDependency || Promise;
	}

	// ------------------------------------------------------------ endpoint

	function Endpoint(endpoint, config) {
		if (typeof endpoint === 'undefined' || endpoint === null) {
			throw new Error('Invalid endpoint: ' + endpoint);
		}
		if (typeof endpoint !== 'string') {
			return copy(endpoint);
		}
		if (!/^(https?:)?\/\//.test(endpoint)) {
			var useSSL = config && config.sslEnabled !== undefined ? config.sslEnabled : true;
			endpoint = (useSSL ? 'https' : 'http') + '://' + endpoint;
		}
		var m = /^(https?:)\/\/([^/:?#]+)(?::(\d+))?([^?#]*)/.exec(endpoint);
		if (!m) {
			throw new Error('Invalid endpoint: ' + endpoint);
		}
		this.protocol = m[1];
		this.hostname = m[2];
		this.port = m[3] ? parseInt(m[3], 10) : (m[1] === 'https:' ? 443 : 80);
		this.path = m[4] || '/';
		var defaultPort = this.protocol === 'https:' ? 443 : 80;
		this.host = this.hostname + (this.port === defaultPort ? '' : ':' + this.port);
		this.href = this.protocol + '//' + this.host + this.path;
	}

	function regionalHost(region) {
		var suffix = /^cn-/.test(region) ? '.amazonaws.com.cn' : '.amazonaws.com';
		return 'sns.' + region + suffix;
	}

	// ------------------------------------------------------------ SNS

	function SNS(options) {
		if (!(this instanceof SNS)) {
			return new SNS(options);
		}
		this.config = new Config(AWS.config);
		if (AWS.config.sns) {
			this.config.update(AWS.config.sns, true);
		}
		if (options) {
			this.config.update(options, true);
		}
		this.serviceIdentifier = 'sns';
		this.api = {apiVersion: SNS_API_VERSION, serviceIdentifier: 'sns', signingName: 'sns',
			endpointPrefix: 'sns', protocol: 'query', signatureVersion: 'v4', serviceId: 'SNS'};
		var endpoint = this.config.endpoint;
		if (!endpoint && this.config.region) {
			endpoint = regionalHost(this.config.region);
		}
		if (endpoint) {
			this.endpoint = new Endpoint(endpoint, this.config);
		}
	}
	SNS.serviceIdentifier = 'sns';
	SNS.prototype.defaultRetryCount = DEFAULT_RETRIES;
	SNS.prototype.numRetries = function () {
		return this.config.maxRetries !== undefined ? this.config.maxRetries : this.defaultRetryCount;
	};
	SNS.prototype.makeRequest = function (operation, params, callback) {
		if (typeof params === 'function') {
			callback = params;
			params = null;
		}
		params = params || {};
		var request = new Request(this, operation, params);
		if (callback) {
			request.send(callback);
		}
		return request;
	};
	Object.keys(model.operations).forEach(function (name) {
		SNS.prototype[lowerFirst(name)] = function (params, callback) {
			return this.makeRequest(name, params, callback);
		};
	});

	// retryableError is Service.retryableError: timeouts, network errors,
	// expired tokens, throttling and every 5xx are retried.
	var throttlingCodes = ['ProvisionedThroughputExceededException', 'Throttling', 'ThrottlingException',
		'RequestLimitExceeded', 'RequestThrottled', 'RequestThrottledException', 'TooManyRequestsException',
		'TransactionInProgressException', 'EC2ThrottledException'];
	SNS.prototype.retryableError = function (error) {
		return error.code === 'TimeoutError' || error.code === 'NetworkingError' ||
			error.code === 'ExpiredTokenException' || error.statusCode === 429 ||
			throttlingCodes.indexOf(error.code) >= 0 || error.statusCode >= 500;
	};

	// retryDelay is AWS.util.calculateRetryDelay: customBackoff when set,
	// else a random share of base (100 ms) times 2^retryCount.
	SNS.prototype.retryDelay = function (retryCount, err) {
		var options = this.config.retryDelayOptions || {};
		if (typeof options.customBackoff === 'function') {
			return options.customBackoff(retryCount, err);
		}
		var base = typeof options.base === 'number' ? options.base : 100;
		return Math.random() * (Math.pow(2, retryCount) * base);
	};

	// ------------------------------------------------------------ request

	function Response(request) {
		this.request = request;
		this.data = null;
		this.error = null;
		this.retryCount = 0;
		this.redirectCount = 0;
		this.httpResponse = {statusCode: undefined, headers: {}, body: undefined, statusMessage: undefined};
		this.maxRetries = request.service.numRetries();
		this.maxRedirects = request.service.config.maxRedirects;
	}

	function Request(service, operation, params) {
		this.service = service;
		this.operation = operation;
		this.params = params || {};
		this.listeners = {};
		this.started = false;
		this.userAgent = 'aws-sdk-nodejs/' + VERSION + ' ' + engine();
		if (service.config.customUserAgent) {
			this.userAgent += ' ' + service.config.customUserAgent;
		}
		this.response = new Response(this);
	}

	function engine() {
		var p = typeof process === 'object' && process !== null ? process : {};
		var out = (p.platform || 'linux') + '/' + (p.version || native.nodeVersion);
		var execEnv = native.getenv('AWS_EXECUTION_ENV');
		if (execEnv) {
			out += ' exec-env/' + execEnv;
		}
		return out;
	}

	Request.prototype.on = function (event, listener) {
		(this.listeners[event] = this.listeners[event] || []).push(listener);
		return this;
	};
	Request.prototype.emit = function (event, args) {
		var list = (this.listeners[event] || []).slice(0);
		for (var i = 0; i < list.length; i++) {
			list[i].apply(this.response, args);
		}
	};
	Request.prototype.send = function (callback) {
		if (callback) {
			this.userAgent += ' callback';
			this.on('complete', function (resp) {
				callback.call(resp, resp.error, resp.data);
			});
		}
		this.run();
		return this.response;
	};
	Request.prototype.promise = function () {
		var self = this;
		this.userAgent += ' promise';
		var P = PromiseClass();
		return new P(function (resolve, reject) {
			self.on('complete', function (resp) {
				if (resp.error) {
					reject(resp.error);
				} else {
					resolve(Object.defineProperty(resp.data || {}, '$response', {value: resp}));
				}
			});
			self.run();
		});
	};
	Request.prototype.abort = function () {
		this.aborted = true;
		return this;
	};

	// run starts the lifecycle once; later sends only add listeners, as
	// the real state machine ignores a second start.
	Request.prototype.run = function () {
		if (this.started) {
			return;
		}
		this.started = true;
		var self = this;
		this.validate(function (err) {
			if (err) {
				return self.finish(err);
			}
			self.body = model.form(self.operation, self.params, true);
			self.attempt();
		});
	};

	Request.prototype.validate = function (done) {
		var self = this;
		var config = this.service.config;
		config.getCredentials(function (credErr, creds) {
			var err = null;
			if (credErr) {
				err = awsError(credErr, {code: 'CredentialsError',
					message: 'Missing credentials in config, if using AWS_CONFIG_FILE, set AWS_SDK_LOAD_CONFIG=1'});
			}
			if (!config.region) {
				err = awsError(new Error(), {code: 'ConfigError', message: 'Missing region in config'});
			} else if (!/^([a-zA-Z0-9]|[a-zA-Z0-9][a-zA-Z0-9-]{0,61}[a-zA-Z0-9])$/.test(config.region)) {
				err = awsError(new Error(), {code: 'ConfigError', message: 'Invalid region in config'});
			}
			if (!err && config.paramValidation) {
				try {
					validateParams(model.operations[self.operation].input, self.params);
				} catch (e) {
					err = e;
				}
			}
			self.credentials = creds;
			done(err);
		});
	};

	// headers are the request's headers in the order aws-sdk v2 sets them.
	Request.prototype.buildHeaders = function () {
		var endpoint = this.service.endpoint;
		return [
			['User-Agent', this.userAgent],
			['Content-Type', 'application/x-www-form-urlencoded; charset=utf-8'],
			['X-Amz-Content-Sha256', native.sha256(this.body)],
			['Content-Length', String(utf8Length(this.body))],
			['Host', endpoint.host]
		];
	};

	function utf8Length(s) {
		return unescape(encodeURIComponent(s)).length;
	}

	function headerObject(pairs) {
		var out = {};
		pairs.forEach(function (p) { out[p[0]] = p[1]; });
		return out;
	}

	Request.prototype.attempt = function () {
		var self = this;
		var service = this.service;
		var endpoint = service.endpoint;
		var headers = this.buildHeaders();
		var url = endpoint.href;
		var creds = this.credentials;
		var signed;
		try {
			signed = native.sign({
				method: 'POST', url: url, headers: headerObject(headers), body: this.body,
				unsigned: ['content-type', 'content-length', 'user-agent', 'presigned-expires', 'expect', 'x-amzn-trace-id'],
				region: service.config.region, service: 'sns',
				accessKeyId: creds.accessKeyId, secretAccessKey: creds.secretAccessKey, sessionToken: creds.sessionToken,
				time: Date.now() + (service.config.systemClockOffset || 0)
			});
		} catch (e) {
			return this.afterAttempt(awsError(e, {code: 'SigningError'}), null);
		}
		// Host goes on the wire from the URL, as Node's http does.
		headers = headers.concat(signed).filter(function (p) { return p[0] !== 'Host'; });
		var timeout = (service.config.httpOptions || {}).timeout;
		native.send({method: 'POST', url: url, headers: headerObject(headers), body: this.body, timeout: timeout || 0},
			function (res) {
				self.afterAttempt(null, res);
			}, function (netErr) {
				self.afterAttempt(networkError(self, netErr, timeout), null);
			});
	};

	// networkError is what lib/event_listeners.js makes of a failed
	// exchange: a NetworkingError (or TimeoutError), which becomes an
	// UnknownEndpoint when the Node error carries a numeric errno (the
	// DNS check there is written so that every numeric errno passes).
	function networkError(request, e, timeout) {
		var endpoint = request.service.endpoint;
		var region = request.service.config.region;
		var err;
		if (e.timedOut) {
			err = awsError(new Error('Connection timed out after ' + timeout + 'ms'), {code: 'TimeoutError'});
		} else {
			err = native.netError(e);
		}
		var errCode = err.code === 'TimeoutError' ? err.code : 'NetworkingError';
		err = awsError(err, {code: errCode, region: region, hostname: endpoint.hostname, retryable: true});
		if (native.unknownEndpoint && err.code === 'NetworkingError' && typeof err.errno === 'number') {
			var message = 'Inaccessible host: `' + err.hostname + '\' at port `' + err.port +
				'\'. This service may not be available in the `' + err.region + '\' region.';
			err = awsError(new Error(message), {code: 'UnknownEndpoint', region: err.region,
				hostname: err.hostname, retryable: true, originalError: err});
		}
		return err;
	}

	Request.prototype.afterAttempt = function (err, res) {
		var resp = this.response;
		resp.error = null;
		resp.data = null;
		if (res) {
			resp.httpResponse = {statusCode: res.status, statusMessage: res.statusText, headers: res.headers, body: res.body};
			this.correctClock(res.headers.date);
			if (res.status < 300) {
				try {
					var out = model.result(this.operation, res.body);
					resp.data = update({ResponseMetadata: {RequestId: out.requestId}}, out.data);
				} catch (e) {
					err = awsError(e, {code: 'XMLParserError', retryable: true});
				}
			} else {
				err = serviceError(res);
			}
			var requestId = res.headers['x-amz-request-id'] || res.headers['x-amzn-requestid'] ||
				(resp.data && resp.data.ResponseMetadata ? resp.data.ResponseMetadata.RequestId : undefined);
			resp.requestId = requestId;
			if (err) {
				err.requestId = requestId;
			}
		} else {
			resp.httpResponse = {statusCode: undefined, headers: {}, body: undefined, statusMessage: undefined};
		}
		if (!err) {
			return this.finish(null);
		}
		this.retryOrFinish(err);
	};

	// correctClock is the HTTP_HEADERS listener: with correctClockSkew set,
	// a server Date five minutes or more from the corrected local clock
	// becomes the service's systemClockOffset.
	Request.prototype.correctClock = function (dateHeader) {
		var config = this.service.config;
		var serverTime = dateHeader ? Date.parse(dateHeader) : NaN;
		if (!config.correctClockSkew || isNaN(serverTime)) {
			return;
		}
		if (Math.abs(Date.now() + config.systemClockOffset - serverTime) >= 300000) {
			config.systemClockOffset = serverTime - Date.now();
		}
	};

	var clockSkewCodes = ['RequestTimeTooSkewed', 'RequestExpired', 'InvalidSignatureException',
		'SignatureDoesNotMatch', 'AuthFailure', 'RequestInTheFuture'];

	// serviceError reads an ErrorResponse as lib/protocol/query.js does:
	// its Code and Message, or the status code and a null message when the
	// body names no code.
	function serviceError(res) {
		var data = model.fault(res.body);
		if (data === null) {
			data = {Code: res.status, Message: res.statusText};
		}
		if (data.Code) {
			return awsError(new Error(), {code: data.Code, message: data.Message});
		}
		return awsError(new Error(), {code: res.status, message: null});
	}

	// retryOrFinish is the 'retry' and 'afterRetry' listeners: the
	// statusCode and retryable of the error, the delay of the next try
	// (set whenever a retry is left, even for an error that is not
	// retried), and the wait on the loop before it.
	Request.prototype.retryOrFinish = function (err) {
		var self = this;
		var resp = this.response;
		var service = this.service;
		if (resp.httpResponse.statusCode) {
			err.statusCode = resp.httpResponse.statusCode;
			if (err.retryable === undefined) {
				err.retryable = service.retryableError(err);
			}
		}
		switch (err.code) {
		case 'RequestExpired':
		case 'ExpiredTokenException':
		case 'ExpiredToken':
			err.retryable = true;
		}
		if (typeof err.code === 'string' && typeof err.message === 'string' &&
			/Signature/.test(err.code) && /expired/.test(err.message)) {
			err.retryable = true;
		}
		if (clockSkewCodes.indexOf(err.code) >= 0 && service.config.correctClockSkew) {
			err.retryable = true;
		}
		if (resp.retryCount < resp.maxRetries) {
			err.retryDelay = service.retryDelay(resp.retryCount, err) || 0;
		}
		var delay = err.retryDelay || 0;
		if (err.retryable && resp.retryCount < resp.maxRetries && delay >= 0 && !this.aborted) {
			resp.retryCount++;
			resp.error = null;
			native.sleep(delay, function () { self.attempt(); });
			return;
		}
		this.finish(err);
	};

	Request.prototype.finish = function (err) {
		var resp = this.response;
		resp.error = err;
		if (err) {
			resp.data = null;
			this.emit('error', [err, resp]);
		} else {
			this.emit('success', [resp]);
		}
		this.emit('complete', [resp]);
	};

	// ------------------------------------------------------------ params

	// validateParams is AWS.ParamValidator with its default settings (min
	// lengths only, which SNS's SMS inputs do not have): structures,
	// required keys, unexpected keys, types; one error, or a
	// MultipleValidationErrors listing them.
	function validateParams(shape, params) {
		var errors = [];
		function fail(code, message) {
			errors.push(awsError(new Error(message), {code: code}));
		}
		function validateType(value, context, accepted, type) {
			if (value === null || value === undefined) {
				return false;
			}
			if (typeof value === accepted || (accepted === 'array' && Array.isArray(value))) {
				return true;
			}
			var vowel = /^[aeiou]/i.test(type) ? 'n' : '';
			fail('InvalidParameterType', 'Expected ' + context + ' to be a' + vowel + ' ' + type);
			return false;
		}
		function member(s, value, context) {
			switch (s.type) {
			case 'structure':
				return structure(s, value, context);
			case 'map':
				if (validateType(value, context, 'object', 'map')) {
					for (var k in value) {
						if (hasOwn.call(value, k)) {
							member(s.value, value[k], context + '[\'' + k + '\']');
						}
					}
				}
				return;
			case 'list':
				if (validateType(value, context, 'array', 'Array')) {
					for (var i = 0; i < value.length; i++) {
						member(s.member, value[i], context + '[' + i + ']');
					}
				}
				return;
			case 'blob':
				if (value !== null && value !== undefined && typeof value !== 'string' &&
					!(value && typeof value.byteLength === 'number')) {
					fail('InvalidParameterType', 'Expected ' + context + ' to be a string, Buffer, Stream, Blob, or typed array object');
				}
				return;
			case 'boolean':
				validateType(value, context, 'boolean', 'boolean');
				return;
			default:
				if (value !== null) {
					validateType(value, context, 'string', 'string');
				}
			}
		}
		function structure(s, value, context) {
			validateType(value, context, 'object', 'structure');
			(s.required || []).forEach(function (name) {
				if (value[name] === undefined || value[name] === null) {
					fail('MissingRequiredParameter', 'Missing required key \'' + name + '\' in ' + context);
				}
			});
			var members = {};
			s.members.forEach(function (m) { members[m[0]] = m[1]; });
			for (var name in value) {
				if (!hasOwn.call(value, name)) {
					continue;
				}
				if (hasOwn.call(members, name)) {
					member(members[name], value[name], context + '.' + name);
				} else if (value[name] !== undefined && value[name] !== null) {
					fail('UnexpectedParameter', 'Unexpected key \'' + name + '\' found in ' + context);
				}
			}
		}
		member(shape, params || {}, 'params');
		if (errors.length > 1) {
			var msg = 'There were ' + errors.length + ' validation errors:\n* ' + errors.join('\n* ');
			throw awsError(new Error(msg), {code: 'MultipleValidationErrors', errors: errors});
		}
		if (errors.length === 1) {
			throw errors[0];
		}
	}

	// ------------------------------------------------------------ exports

	var AWS = {
		VERSION: VERSION,
		Config: Config,
		Credentials: Credentials,
		EnvironmentCredentials: EnvironmentCredentials,
		CredentialProviderChain: CredentialProviderChain,
		Endpoint: Endpoint,
		SNS: SNS,
		Request: Request,
		Response: Response,
		util: {error: awsError, uriEscape: model.escape}
	};
	AWS.config = new Config();
	return AWS;
})
