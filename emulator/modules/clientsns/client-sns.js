(function (native) {
	'use strict';

	// client-sns.js is require('@aws-sdk/client-sns') (v3) for one
	// release: SNSClient and its send(), the commands of the SMS
	// operations, the aggregated SNS client, and the exception classes,
	// with the middleware of @smithy/core and @aws-sdk/core collapsed into
	// one pipeline: resolve the region and the endpoint, resolve the
	// credentials, build the Query form (schema order), add the SDK's
	// headers, sign (SigV4 through native.sign), send, read the answer or
	// the ErrorResponse, and retry in the standard mode.

	var model = native.model;
	var VERSION = native.version;
	var UA_VERSION = native.uaVersion;
	var hasOwn = Object.prototype.hasOwnProperty;

	// Standard retry mode (@smithy/core's retry submodule).
	var DEFAULT_MAX_ATTEMPTS = 3;
	var DEFAULT_RETRY_DELAY_BASE = 100;
	var THROTTLING_RETRY_DELAY_BASE = 500;
	var MAXIMUM_RETRY_DELAY = 20000;
	var THROTTLING_ERROR_CODES = ['BandwidthLimitExceeded', 'EC2ThrottledException', 'LimitExceededException',
		'PriorRequestNotComplete', 'ProvisionedThroughputExceededException', 'RequestLimitExceeded',
		'RequestThrottled', 'RequestThrottledException', 'SlowDown', 'ThrottledException', 'Throttling',
		'ThrottlingException', 'TooManyRequestsException', 'TransactionInProgressException'];
	var TRANSIENT_ERROR_CODES = ['TimeoutError', 'RequestTimeout', 'RequestTimeoutException'];
	var TRANSIENT_ERROR_STATUS_CODES = [500, 502, 503, 504];
	var NODEJS_ERROR_CODES = ['ECONNRESET', 'ECONNREFUSED', 'EPIPE', 'ETIMEDOUT',
		'EHOSTUNREACH', 'ENETUNREACH', 'ENOTFOUND', 'EAI_AGAIN'];

	function named(name, fn) {
		Object.defineProperty(fn, 'name', {value: name, configurable: true});
		return fn;
	}

	// ------------------------------------------------------------ exceptions

	// ServiceException is @smithy's base of every modeled and unmodeled
	// service error: $fault, a hidden $response, $retryable, $metadata and
	// name, in that order, then what the protocol adds (message, the
	// body's fields).
	function ServiceException(options) {
		var err = Reflect.construct(Error, [], new.target || ServiceException);
		err.$fault = options.$fault;
		Object.defineProperty(err, '$response', {value: options.$response, enumerable: false, writable: true, configurable: true});
		err.$retryable = undefined;
		err.$metadata = options.$metadata;
		err.name = options.name;
		if (options.message !== undefined) {
			err.message = options.message;
		}
		return err;
	}
	ServiceException.prototype = Object.create(Error.prototype, {
		constructor: {value: ServiceException, writable: true, configurable: true}
	});
	Object.setPrototypeOf(ServiceException, Error);
	named('ServiceException', ServiceException);

	function SNSServiceException(options) {
		return Reflect.construct(ServiceException, [options], new.target || SNSServiceException);
	}
	SNSServiceException.prototype = Object.create(ServiceException.prototype, {
		constructor: {value: SNSServiceException, writable: true, configurable: true}
	});
	Object.setPrototypeOf(SNSServiceException, ServiceException);
	named('SNSServiceException', SNSServiceException);

	// The modeled errors of SNS: the code an ErrorResponse carries, the
	// class it becomes, the fault (every one a client fault but
	// InternalError).
	var modeled = [
		['AuthorizationError', 'AuthorizationErrorException'], ['BatchEntryIdsNotDistinct', 'BatchEntryIdsNotDistinctException'],
		['BatchRequestTooLong', 'BatchRequestTooLongException'], ['ConcurrentAccess', 'ConcurrentAccessException'],
		['EmptyBatchRequest', 'EmptyBatchRequestException'], ['EndpointDisabled', 'EndpointDisabledException'],
		['FilterPolicyLimitExceeded', 'FilterPolicyLimitExceededException'], ['InternalError', 'InternalErrorException'],
		['InvalidBatchEntryId', 'InvalidBatchEntryIdException'], ['InvalidParameter', 'InvalidParameterException'],
		['ParameterValueInvalid', 'InvalidParameterValueException'], ['InvalidSecurity', 'InvalidSecurityException'],
		['InvalidState', 'InvalidStateException'], ['KMSAccessDenied', 'KMSAccessDeniedException'],
		['KMSDisabled', 'KMSDisabledException'], ['KMSInvalidState', 'KMSInvalidStateException'],
		['KMSNotFound', 'KMSNotFoundException'], ['KMSOptInRequired', 'KMSOptInRequired'],
		['KMSThrottling', 'KMSThrottlingException'], ['NotFound', 'NotFoundException'],
		['OptedOut', 'OptedOutException'], ['PlatformApplicationDisabled', 'PlatformApplicationDisabledException'],
		['ReplayLimitExceeded', 'ReplayLimitExceededException'], ['ResourceNotFound', 'ResourceNotFoundException'],
		['StaleTag', 'StaleTagException'], ['SubscriptionLimitExceeded', 'SubscriptionLimitExceededException'],
		['TagLimitExceeded', 'TagLimitExceededException'], ['TagPolicy', 'TagPolicyException'],
		['Throttled', 'ThrottledException'], ['TooManyEntriesInBatchRequest', 'TooManyEntriesInBatchRequestException'],
		['TopicLimitExceeded', 'TopicLimitExceededException'], ['UserError', 'UserErrorException'],
		['ValidationException', 'ValidationException']
	];
	var exceptions = {};
	var byCode = {};
	modeled.forEach(function (m) {
		var name = m[1];
		var fault = m[0] === 'InternalError' ? 'server' : 'client';
		var Cls = named(name, function (opts) {
			var o = {};
			Object.keys(opts || {}).forEach(function (k) { o[k] = opts[k]; });
			o.name = name;
			o.$fault = fault;
			return Reflect.construct(SNSServiceException, [o], new.target || Cls);
		});
		Cls.prototype = Object.create(SNSServiceException.prototype, {
			constructor: {value: Cls, writable: true, configurable: true}
		});
		Object.setPrototypeOf(Cls, SNSServiceException);
		exceptions[name] = Cls;
		byCode[m[0]] = Cls;
	});

	// serviceError is what the Query protocol makes of an error answer:
	// the modeled class for its Code (the body's fields copied on), or an
	// SNSServiceException named after the Code ("Unknown" without one).
	function serviceError(res, metadata) {
		var data = model.fault(res.body) || {};
		var errorFields = {};
		['Type', 'Code', 'Message'].forEach(function (k) {
			if (data[k] !== undefined) {
				errorFields[k] = data[k];
			}
		});
		var Cls = data.Code !== undefined ? byCode[data.Code] : undefined;
		var fault = res.status >= 500 ? 'server' : 'client';
		var err;
		if (Cls) {
			err = new Cls({$metadata: metadata, $response: res});
			err.message = data.Message;
			err.Type = data.Type;
			err.Code = data.Code;
			err.Error = errorFields;
			if (data.RequestId !== undefined) {
				err.RequestId = data.RequestId;
			}
			if (data.xmlns !== undefined) {
				err.xmlns = data.xmlns;
			}
			return err;
		}
		var name = data.Code || 'Unknown';
		var message = data.Message || name;
		err = new SNSServiceException({name: name, $fault: fault, $metadata: metadata, $response: res});
		if (data.Type !== undefined) {
			err.Type = data.Type;
		}
		if (data.Code !== undefined) {
			err.Code = data.Code;
		}
		err.message = message;
		errorFields.Message = message;
		err.Error = errorFields;
		return err;
	}

	// ------------------------------------------------------------ commands

	function makeCommand(operation) {
		var name = operation + 'Command';
		var Cmd = named(name, function (input) {
			if (!(this instanceof Cmd)) {
				throw new TypeError("Class constructor " + name + " cannot be invoked without 'new'");
			}
			this.middlewareStack = middlewareStack();
			this.input = input;
		});
		Cmd.prototype.operation = operation;
		Cmd.prototype.resolveMiddleware = function () {
			throw new Error('hookemu: ' + name + '.resolveMiddleware is not emulated; send the command with client.send');
		};
		return Cmd;
	}

	function middlewareStack() {
		return {
			add: function () {}, addRelativeTo: function () {}, remove: function () { return false; },
			use: function () {}, clone: function () { return middlewareStack(); }, concat: function () { return middlewareStack(); }
		};
	}

	var commands = {};
	Object.keys(model.operations).forEach(function (op) {
		commands[op + 'Command'] = makeCommand(op);
	});

	// ------------------------------------------------------------ client

	function provider(value) {
		if (typeof value === 'function') {
			return function () { return Promise.resolve().then(function () { return value(); }); };
		}
		return function () { return Promise.resolve(value); };
	}

	function SNSClient(configuration) {
		if (!(this instanceof SNSClient)) {
			throw new TypeError("Class constructor SNSClient cannot be invoked without 'new'");
		}
		var config = configuration || {};
		this.config = {
			region: config.region !== undefined ? provider(config.region) : envRegion,
			credentials: config.credentials !== undefined ? provider(config.credentials) : envCredentials,
			credentialsFromCode: config.credentials !== undefined,
			endpoint: config.endpoint !== undefined ? provider(config.endpoint) : undefined,
			maxAttempts: provider(config.maxAttempts !== undefined ? config.maxAttempts : envMaxAttempts()),
			retryMode: provider(config.retryMode || native.getenv('AWS_RETRY_MODE') || 'standard'),
			customUserAgent: config.customUserAgent,
			systemClockOffset: config.systemClockOffset || 0,
			apiVersion: '2010-03-31',
			serviceId: 'SNS'
		};
		this.middlewareStack = middlewareStack();
	}
	named('SNSClient', SNSClient);

	function envMaxAttempts() {
		var v = native.getenv('AWS_MAX_ATTEMPTS');
		var n = v === undefined ? NaN : parseInt(v, 10);
		return isNaN(n) ? DEFAULT_MAX_ATTEMPTS : n;
	}

	function envRegion() {
		var region = native.getenv('AWS_REGION');
		if (!region) {
			return Promise.reject(new Error('Region is missing'));
		}
		return Promise.resolve(region);
	}

	function envCredentials() {
		var id = native.getenv('AWS_ACCESS_KEY_ID');
		var secret = native.getenv('AWS_SECRET_ACCESS_KEY');
		if (id && secret) {
			var creds = {accessKeyId: id, secretAccessKey: secret};
			var token = native.getenv('AWS_SESSION_TOKEN');
			if (token) {
				creds.sessionToken = token;
			}
			creds.$source = {CREDENTIALS_ENV_VARS: 'g'};
			return Promise.resolve(creds);
		}
		var err = new Error('Could not load credentials from any providers');
		err.name = 'CredentialsProviderError';
		err.tryNextLink = false;
		return Promise.reject(err);
	}

	SNSClient.prototype.destroy = function () {};

	SNSClient.prototype.send = function (command, optionsOrCb, cb) {
		var callback = typeof optionsOrCb === 'function' ? optionsOrCb : cb;
		var promise = this.run(command);
		if (typeof callback === 'function') {
			promise.then(function (output) { callback(null, output); }, function (err) { callback(err); })
				.catch(function () {});
			return undefined;
		}
		return promise;
	};

	// run resolves the region (and endpoint), then the credentials, then
	// sends with retries.
	SNSClient.prototype.run = function (command) {
		var self = this;
		var operation = command && command.operation;
		if (!operation || !hasOwn.call(model.operations, operation)) {
			return Promise.reject(new TypeError('hookemu: @aws-sdk/client-sns sends only ' +
				Object.keys(commands).join(', ')));
		}
		var state = {invocationId: uuid(), attempts: 0, totalRetryDelay: 0};
		return this.config.region().then(function (region) {
			if (typeof region !== 'string' || region === '') {
				throw new Error('Region is missing');
			}
			state.region = region;
			return self.config.endpoint ? self.config.endpoint() : undefined;
		}).then(function (endpoint) {
			state.url = endpointURL(endpoint, state.region);
			return self.config.credentials();
		}).then(function (creds) {
			if (!creds || !creds.accessKeyId || !creds.secretAccessKey) {
				var err = new Error('Could not load credentials from any providers');
				err.name = 'CredentialsProviderError';
				err.tryNextLink = false;
				throw err;
			}
			state.credentials = creds;
			return self.config.maxAttempts();
		}).then(function (maxAttempts) {
			state.maxAttempts = maxAttempts;
			state.body = model.form(operation, command.input || {}, false);
			return self.attempt(operation, state);
		});
	};

	function endpointURL(endpoint, region) {
		if (endpoint === undefined || endpoint === null) {
			var suffix = /^cn-/.test(region) ? '.amazonaws.com.cn' : '.amazonaws.com';
			return 'https://sns.' + region + suffix + '/';
		}
		if (typeof endpoint === 'object') {
			if (endpoint.url) {
				return String(endpoint.url.href || endpoint.url);
			}
			return (endpoint.protocol || 'https:') + '//' + endpoint.hostname + (endpoint.port ? ':' + endpoint.port : '') + (endpoint.path || '/');
		}
		var s = String(endpoint);
		return /^[a-z]+:\/\/[^/]*$/i.test(s) ? s + '/' : s;
	}

	function hostOf(url) {
		var m = /^[a-z]+:\/\/([^/?#]+)/i.exec(url);
		var host = m ? m[1] : '';
		return host.replace(/^([^:]+):443$/, '$1').replace(/^([^:]+):80$/, '$1');
	}

	// userAgent is what @aws-sdk's user-agent middleware writes: the SDK
	// and client version, the OS, the language and runtime, the API, and
	// the features the request used (m/: E the standard retry mode, N an
	// endpoint set in code, e credentials set in code, g credentials from
	// the environment).
	SNSClient.prototype.userAgent = function (state) {
		var features = [];
		if (this.config.endpoint) {
			features.push('N');
		}
		features.push('E');
		var source = state.credentials.$source;
		if (this.config.credentialsFromCode) {
			features.push('e');
		} else if (source && source.CREDENTIALS_ENV_VARS) {
			features.push('g');
		}
		var node = native.nodeVersion.replace(/^v/, '');
		var ua = 'aws-sdk-js/' + UA_VERSION + ' ua/2.1 os/linux#' + native.osRelease + ' lang/js md/nodejs#' + node +
			' api/sns#' + UA_VERSION + ' m/' + features.join(',');
		if (Array.isArray(this.config.customUserAgent)) {
			this.config.customUserAgent.forEach(function (pair) {
				ua += ' ' + (Array.isArray(pair) ? pair.join('/') : String(pair));
			});
		} else if (typeof this.config.customUserAgent === 'string') {
			ua += ' ' + this.config.customUserAgent;
		}
		return ua;
	};

	function utf8Length(s) {
		return unescape(encodeURIComponent(s)).length;
	}

	SNSClient.prototype.attempt = function (operation, state) {
		var self = this;
		state.attempts++;
		var headers = {
			'content-type': 'application/x-www-form-urlencoded',
			'content-length': String(utf8Length(state.body)),
			'x-amz-user-agent': 'aws-sdk-js/' + UA_VERSION,
			'user-agent': this.userAgent(state),
			'host': hostOf(state.url),
			'amz-sdk-invocation-id': state.invocationId,
			'amz-sdk-request': 'attempt=' + state.attempts + '; max=' + state.maxAttempts,
			'x-amz-content-sha256': native.sha256(state.body)
		};
		var creds = state.credentials;
		var config = this.config;
		var preRequestOffset = config.systemClockOffset;
		var signed = native.sign({
			method: 'POST', url: state.url, headers: headers, body: state.body,
			unsigned: ['authorization', 'connection', 'expect', 'from', 'keep-alive', 'max-forwards', 'pragma',
				'referer', 'te', 'trailer', 'transfer-encoding', 'upgrade', 'user-agent', 'x-amzn-trace-id'],
			region: state.region, service: 'sns',
			accessKeyId: creds.accessKeyId, secretAccessKey: creds.secretAccessKey, sessionToken: creds.sessionToken,
			time: Date.now() + (this.config.systemClockOffset || 0)
		});
		signed.forEach(function (p) { headers[p[0].toLowerCase()] = p[1]; });
		// host goes on the wire from the URL, as Node's http does.
		delete headers.host;
		var requestSentAt = Date.now();
		return new Promise(function (resolve, reject) {
			native.send({method: 'POST', url: state.url, headers: headers, body: state.body}, resolve, function (e) {
				reject(nodeError(e));
			});
		}).then(function (res) {
			var offset = updatedClockOffset(res.headers, config.systemClockOffset, requestSentAt);
			var metadata = {
				httpStatusCode: res.status,
				requestId: res.headers['x-amzn-requestid'] || res.headers['x-amzn-request-id'] || res.headers['x-amz-request-id'],
				extendedRequestId: res.headers['x-amz-id-2'],
				cfId: res.headers['x-amz-cf-id']
			};
			config.systemClockOffset = offset;
			if (res.status >= 300) {
				var err = serviceError(res, metadata);
				if (Math.abs(offset) >= 240000 && offset !== preRequestOffset) {
					metadata.clockSkewCorrected = true;
				}
				throw err;
			}
			var out = model.result(operation, res.body).data;
			out.$metadata = metadata;
			return out;
		}).then(function (out) {
			out.$metadata.attempts = state.attempts;
			out.$metadata.totalRetryDelay = state.totalRetryDelay;
			return out;
		}, function (err) {
			return self.retry(operation, state, err);
		});
	};

	// updatedClockOffset is the signer's clock correction after an answer:
	// the server's Date minus the local clock, unless the answer came from
	// a cache (Age), its Date cannot be read, or it took over 15 minutes.
	// An error answer that moved the offset by 4 minutes or more is
	// retried with the corrected clock.
	function updatedClockOffset(headers, current, requestSentAt) {
		if (!headers.date || headers.age !== undefined) {
			return current;
		}
		var serverTime = Date.parse(headers.date);
		var received = Date.now();
		if (isNaN(serverTime) || received - requestSentAt > 900000) {
			return current;
		}
		return serverTime - received;
	}

	// nodeError is the Node error the HTTP handler rejects with
	// (httpkit.NetErrorError), named TimeoutError for a time-out.
	function nodeError(e) {
		var err = native.netError(e);
		if (e.timedOut) {
			err.name = 'TimeoutError';
		}
		return err;
	}

	function errorType(err) {
		var status = err.$metadata ? err.$metadata.httpStatusCode : undefined;
		if (status === 429 || THROTTLING_ERROR_CODES.indexOf(err.name) >= 0) {
			return 'THROTTLING';
		}
		if (err.name !== 'AbortError' && (err.$retryable !== undefined || (err.$metadata && err.$metadata.clockSkewCorrected) ||
			(err.name === 'InvalidSignatureException' && /Signature expired/.test(err.message || '')) ||
			TRANSIENT_ERROR_CODES.indexOf(err.name) >= 0 || NODEJS_ERROR_CODES.indexOf(err.code || '') >= 0 ||
			TRANSIENT_ERROR_STATUS_CODES.indexOf(status || 0) >= 0)) {
			return 'TRANSIENT';
		}
		if (status >= 500 && status <= 599) {
			return 'SERVER_ERROR';
		}
		return 'CLIENT_ERROR';
	}

	// retry waits floor(random * min(base * 2^n, 20 s)) after the n-th
	// retryable failure, base 500 ms for throttling and 100 ms otherwise,
	// until maxAttempts; the error it gives up with carries $metadata's
	// attempts and totalRetryDelay.
	SNSClient.prototype.retry = function (operation, state, err) {
		var self = this;
		var type = errorType(err);
		if (type !== 'CLIENT_ERROR' && state.attempts < state.maxAttempts) {
			var base = type === 'THROTTLING' ? THROTTLING_RETRY_DELAY_BASE : DEFAULT_RETRY_DELAY_BASE;
			var delay = Math.floor(Math.random() * Math.min(base * Math.pow(2, state.attempts - 1), MAXIMUM_RETRY_DELAY));
			state.totalRetryDelay += delay;
			return new Promise(function (resolve) { native.sleep(delay, resolve); }).then(function () {
				return self.attempt(operation, state);
			});
		}
		if (err.$metadata === undefined) {
			err.$metadata = {};
		}
		err.$metadata.attempts = state.attempts;
		err.$metadata.totalRetryDelay = state.totalRetryDelay;
		throw err;
	};

	// uuid is a random (v4) UUID from the runtime's Math.random, which the
	// emulator makes deterministic.
	function uuid() {
		var hex = '';
		for (var i = 0; i < 32; i++) {
			var n = Math.floor(Math.random() * 16);
			if (i === 12) {
				n = 4;
			} else if (i === 16) {
				n = (n & 3) | 8;
			}
			hex += n.toString(16);
		}
		return hex.slice(0, 8) + '-' + hex.slice(8, 12) + '-' + hex.slice(12, 16) + '-' + hex.slice(16, 20) + '-' + hex.slice(20);
	}

	// SNS is the aggregated client: one method per operation, each
	// sending its command (promise, or callback when one is given).
	function SNS(configuration) {
		if (!(this instanceof SNS)) {
			throw new TypeError("Class constructor SNS cannot be invoked without 'new'");
		}
		SNSClient.call(this, configuration);
	}
	SNS.prototype = Object.create(SNSClient.prototype, {constructor: {value: SNS, writable: true, configurable: true}});
	Object.setPrototypeOf(SNS, SNSClient);
	Object.keys(model.operations).forEach(function (op) {
		var method = op.charAt(0).toLowerCase() + op.slice(1);
		SNS.prototype[method] = function (input, optionsOrCb, cb) {
			return this.send(new commands[op + 'Command'](input), optionsOrCb, cb);
		};
	});

	var exportsObj = {
		SNSClient: SNSClient,
		SNS: SNS,
		SNSServiceException: SNSServiceException,
		__Client: SNSClient
	};
	Object.keys(commands).forEach(function (k) { exportsObj[k] = commands[k]; });
	Object.keys(exceptions).forEach(function (k) { exportsObj[k] = exceptions[k]; });
	return exportsObj;
})
