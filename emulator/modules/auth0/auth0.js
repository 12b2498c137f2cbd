function (native) {
  'use strict';

  // What both majors share: the telemetry header and the process they
  // believe they run in.
  var nodeVersion = native.nodeVersion.replace('v', '');

  function clientInfo() {
    return { name: 'node-auth0', version: native.version, env: { node: nodeVersion } };
  }

  function telemetry(info) {
    return native.base64url(JSON.stringify(info));
  }

  function isObject(v) {
    return v !== null && typeof v === 'object';
  }

  // wait resolves after ms on the invocation's timers, as the SDKs' retry
  // backoff does.
  function wait(ms) {
    return new Promise(function (resolve) { setTimeout(resolve, ms * native.backoffScale); });
  }

  // ---------------------------------------------------------------- 3.x
  // ManagementClient and AuthenticationClient over rest-facade and
  // superagent: JSON bodies, SanitizedError, callbacks or promises.

  function v3() {
    function ArgumentError(message) {
      this.name = 'ArgumentError';
      this.message = message || '';
      hideStack(this);
    }
    inherit(ArgumentError, Error);

    // SanitizedError is what rest-facade rejects with: name from the
    // body's error, message from its message (else the whole body as
    // JSON), statusCode the HTTP status or the network error's code.
    function SanitizedError(name, message, status, requestInfo, originalError) {
      this.name = name || 'SanitizedError';
      this.message = message || '';
      this.statusCode = status || (originalError && originalError.code);
      this.requestInfo = Object.assign({}, requestInfo);
      this.originalError = originalError;
      hideStack(this);
    }
    inherit(SanitizedError, Error);

    function inherit(ctor, base) {
      ctor.prototype = Object.create(base.prototype, {
        constructor: { value: ctor, writable: true, configurable: true },
      });
    }

    function hideStack(err) {
      Object.defineProperty(err, 'stack', {
        value: err.name + ': ' + err.message + '\n    at (auth0)', writable: true, configurable: true,
      });
    }

    // apiErrorArg is rest-facade's resolveAPIErrorArg: the body's field,
    // else the first truthy default, objects as JSON.
    function apiErrorArg(field, data, defaults) {
      var val = data ? data[field] : undefined;
      while (!val && defaults.length) val = defaults.shift();
      if (val && typeof val === 'object') val = JSON.stringify(val);
      return (val || '') + '';
    }

    // restClient is rest-facade's Client for one resource URL with
    // ":param" placeholders.
    function restClient(resourceUrl, options) {
      function urlFor(params) {
        var url = resourceUrl;
        Object.keys(params).forEach(function (key) {
          if (url.indexOf(':' + key) > -1) {
            url = url.replace(':' + key, params[key]);
            delete params[key];
          }
        });
        return url.replace(/\/:[^\/]+/g, '');
      }

      function request(method, params, data) {
        params = Object.assign({}, params);
        var url = urlFor(params);
        var query = Object.keys(params)
          .filter(function (k) { return typeof params[k] !== 'function' && params[k] !== undefined; })
          .map(function (k) {
            var v = Array.isArray(params[k]) ? params[k].join(',') : params[k];
            return encodeURIComponent(k) + '=' + encodeURIComponent(String(v));
          }).join('&');
        var headers = { 'Content-Type': 'application/json' };
        Object.keys(options.headers).forEach(function (k) { headers[k] = options.headers[k]; });
        headers['Accept'] = 'application/json';
        headers['Accept-Encoding'] = 'gzip, deflate';
        var body = data === undefined ? undefined : (typeof data === 'string' ? data : JSON.stringify(data));
        if (body !== undefined) headers['Content-Length'] = String(native.byteLength(body));
        var requestInfo = { method: method.toLowerCase(), url: url };
        return native.send({ method: method, url: query ? url + '?' + query : url, headers: headers, body: body })
          .then(function (res) {
            var parsed = parseBody(res);
            if (res.status >= 200 && res.status < 300) return { body: parsed, headers: res.headers };
            var original = new Error('cannot ' + method + ' ' + url.replace(/^https?:\/\/[^\/]+/, '') + ' (' + res.status + ')');
            original.status = res.status;
            original.response = { status: res.status, headers: res.headers, body: parsed, text: res.body };
            throw new SanitizedError(apiErrorArg('error', parsed, ['APIError']),
              apiErrorArg('message', parsed, [parsed, original.message]), res.status, requestInfo, original);
          }, function (netErr) {
            var original = netErr;
            throw new SanitizedError(apiErrorArg('error', undefined, ['APIError']),
              apiErrorArg('message', undefined, [undefined, original.message]), undefined, requestInfo, original);
          });
      }

      return {
        get: function (params) { return request('GET', params || {}); },
        create: function (params, data) { return request('POST', params || {}, data); },
        patch: function (params, data) {
          if (typeof data !== 'object' && typeof data !== 'string') {
            throw new ArgumentError('The data must be an object or a serialized json');
          }
          return request('PATCH', params || {}, data);
        },
      };
    }

    // superagent parses JSON answers; anything else leaves the body {}.
    function parseBody(res) {
      var type = (res.headers['content-type'] || '').split(';')[0].trim();
      if (!/[\/+]json$/.test(type)) return {};
      return res.body.trim() ? JSON.parse(res.body) : {};
    }

    // maybeEncode is node-auth0's maybeDecode: an id with a character
    // outside the URL-safe set is percent-encoded whole.
    function maybeEncode(id) {
      var safe = "0123456789abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ$-_.+!*'(),%";
      return id.split('').some(function (c) { return safe.indexOf(c) < 0; }) ? encodeURIComponent(id) : id;
    }

    // settle ends a call the way RetryRestClient.invoke does: a callback
    // gets (null, data) or the error, and nothing is returned.
    function settle(promise, cb) {
      if (cb instanceof Function) {
        promise.then(cb.bind(null, null)).catch(cb);
        return undefined;
      }
      return promise;
    }

    function popCallback(args) {
      return args.length && args[args.length - 1] instanceof Function ? args.pop() : undefined;
    }

    // withRetry retries a 429 three times, waiting 1-2 s, 2-4 s, 4-8 s as
    // the retry package's randomized backoff does.
    function withRetry(options, attempt) {
      var retries = options && typeof options.maxRetries === 'number' ? options.maxRetries : 3;
      var enabled = !(options && options.enabled === false);
      function run(n) {
        return attempt().catch(function (err) {
          if (!enabled || !err || err.statusCode !== 429 || n >= retries) throw err;
          return wait(Math.round((1 + Math.random()) * 1000 * Math.pow(2, n))).then(function () { return run(n + 1); });
        });
      }
      return run(0);
    }

    function defaultHeaders(extra) {
      return Object.assign({ 'User-Agent': 'node.js/' + nodeVersion, 'Content-Type': 'application/json' }, extra || {});
    }

    function addTelemetry(headers, options) {
      if (options.telemetry !== false) {
        var info = options.clientInfo || clientInfo();
        if (typeof info.name === 'string' && info.name.length > 0) headers['Auth0-Client'] = telemetry(info);
      }
      return headers;
    }

    function AuthenticationClient(options) {
      if (!options || typeof options !== 'object') {
        throw new ArgumentError('Authentication Client SDK options must be an object');
      }
      if (!options.domain || options.domain.length === 0) throw new ArgumentError('Must provide a domain');
      this.clientId = options.clientId;
      this.clientSecret = options.clientSecret;
      this.oauth = restClient('https://' + options.domain + '/oauth/:type',
        { headers: addTelemetry(defaultHeaders(options.headers), options) });
    }

    AuthenticationClient.prototype.clientCredentialsGrant = function (options, cb) {
      if (!options || typeof options !== 'object') throw new ArgumentError('Missing options object');
      var data = Object.assign({ grant_type: 'client_credentials', client_id: this.clientId }, options);
      if (this.clientSecret && !data.client_secret) data.client_secret = this.clientSecret;
      if ((!data.client_secret || data.client_secret.trim().length === 0) &&
          (!data.client_assertion || data.client_assertion.trim().length === 0)) {
        throw new ArgumentError('The client_secret or client_assertion field is required.');
      }
      if (!data.client_id || data.client_id.trim().length === 0) throw new ArgumentError('client_id field is required');
      var p = this.oauth.create({ type: 'token' }, data).then(function (r) { return r.body; });
      if (cb instanceof Function) {
        p.then(function (body) { cb(null, body); }, function (err) { cb(err); });
        return undefined;
      }
      return p;
    };

    // tokenProvider caches the token per client until 10 s before it
    // expires, and asks once for concurrent calls, as lru-memoizer does.
    function tokenProvider(options) {
      var params = Object.assign({ enableCache: true }, options);
      if (!params.clientId || params.clientId.length === 0) throw new ArgumentError('Must provide a clientId');
      if ((!params.clientSecret || params.clientSecret.length === 0) &&
          (!params.clientAssertionSigningKey || params.clientAssertionSigningKey.length === 0)) {
        throw new ArgumentError('Must provide a clientSecret or a clientAssertionSigningKey');
      }
      if (typeof params.enableCache !== 'boolean') throw new ArgumentError('enableCache must be a boolean');
      if (params.enableCache && params.cacheTTLInSeconds) {
        if (typeof params.cacheTTLInSeconds !== 'number') throw new ArgumentError('cacheTTLInSeconds must be a number');
        if (params.cacheTTLInSeconds <= 0) throw new ArgumentError('cacheTTLInSeconds must be a greater than 0');
      }
      if (params.scope && typeof params.scope !== 'string') throw new ArgumentError('scope must be a string');
      var auth = new AuthenticationClient({
        domain: params.domain, clientId: params.clientId, clientSecret: params.clientSecret,
        telemetry: params.telemetry, clientInfo: params.clientInfo, headers: params.headers,
      });
      var cached, pending;
      function fetchToken() {
        return auth.clientCredentialsGrant({ audience: params.audience, scope: params.scope });
      }
      return {
        getAccessToken: function () {
          if (!params.enableCache) return fetchToken().then(function (d) { return d.access_token; });
          if (cached && Date.now() < cached.until) return Promise.resolve(cached.data.access_token);
          pending = pending || fetchToken().then(function (data) {
            var ttl = params.cacheTTLInSeconds ? params.cacheTTLInSeconds * 1000
              : data.expires_in && data.expires_in <= 10 ? data.expires_in * 1000
              : data.expires_in ? data.expires_in * 1000 - 10000 : 3600 * 1000;
            cached = { data: data, until: Date.now() + ttl };
            pending = undefined;
            return data;
          }, function (err) { pending = undefined; throw err; });
          return pending.then(function (d) { return d.access_token; });
        },
      };
    }

    function ManagementClient(options) {
      if (!options || typeof options !== 'object') {
        throw new ArgumentError('Management API SDK options must be an object');
      }
      if (!options.domain || options.domain.length === 0) throw new ArgumentError('Must provide a domain');
      var provider;
      if (options.token === undefined) {
        var config = Object.assign({ audience: 'https://' + options.domain + '/api/v2/' }, options);
        if (options.tokenProvider) {
          config.enableCache = options.tokenProvider.enableCache;
          config.cacheTTLInSeconds = options.tokenProvider.cacheTTLInSeconds;
          delete config.tokenProvider;
        }
        if (!config.audience || config.audience.length === 0) throw new ArgumentError('Must provide a audience');
        provider = tokenProvider(config);
      } else if (typeof options.token !== 'function' && (typeof options.token !== 'string' || options.token.length === 0)) {
        throw new ArgumentError('Must provide a token');
      } else {
        provider = {
          getAccessToken: function () {
            return typeof options.token === 'function' ? options.token() : Promise.resolve(options.token);
          },
        };
      }
      var headers = addTelemetry(defaultHeaders(options.headers), options);
      this.tokenProvider = provider;
      this.users = new UsersManager({ baseUrl: 'https://' + options.domain + '/api/v2', headers: headers,
        provider: provider, retry: options.retry, includeResponseHeaders: options.includeResponseHeaders });
    }

    // UsersManager is the users resource behind Auth0RestClient and
    // RetryRestClient: the token first, then the request, 429s retried.
    function UsersManager(options) {
      var rest = restClient(options.baseUrl + '/users/:id', { headers: options.headers });
      function call(method, params, data) {
        return withRetry(options.retry, function () {
          return options.provider.getAccessToken().then(function (token) {
            options.headers['Authorization'] = 'Bearer ' + token;
            return rest[method](params, data);
          });
        }).then(function (r) { return options.includeResponseHeaders ? { data: r.body, headers: r.headers } : r.body; });
      }
      function encodeId(params) {
        if (typeof params === 'object' && params && params.id) params.id = maybeEncode('' + params.id);
      }
      this.get = function () {
        var args = Array.prototype.slice.call(arguments);
        var cb = popCallback(args);
        encodeId(args[0]);
        return settle(call('get', args[0]), cb);
      };
      this.update = function () {
        var args = Array.prototype.slice.call(arguments);
        var cb = popCallback(args);
        encodeId(args[0]);
        return settle(call('patch', args[0], args[1]), cb);
      };
      this.updateUserMetadata = function (params, metadata, cb) {
        return this.update(params, { user_metadata: metadata }, cb);
      };
      this.updateAppMetadata = function (params, metadata, cb) {
        return this.update(params, { app_metadata: metadata }, cb);
      };
    }

    ManagementClient.prototype.getAccessToken = function () { return this.tokenProvider.getAccessToken(); };
    ManagementClient.prototype.getUser = function () { return this.users.get.apply(this.users, arguments); };
    ManagementClient.prototype.updateUser = function () { return this.users.update.apply(this.users, arguments); };
    ManagementClient.prototype.updateUserMetadata = function (params, metadata, cb) {
      return this.users.updateUserMetadata(params, metadata, cb);
    };
    ManagementClient.prototype.updateAppMetadata = function (params, metadata, cb) {
      return this.users.updateAppMetadata(params, metadata, cb);
    };
    native.unemulated3.forEach(function (name) {
      ManagementClient.prototype[name] = function () {
        throw new Error(notEmulated('management.' + name + '()',
          'getUser, updateUser, updateUserMetadata, updateAppMetadata and users.get/update'));
      };
    });

    return { ManagementClient: ManagementClient, AuthenticationClient: AuthenticationClient };
  }

  function notEmulated(what, emulated) {
    return 'auth0@' + native.version + ': ' + what + ' is not emulated by hookemu (emulated: ' + emulated +
      '); stub the call or ask for it to be emulated';
  }

  // ---------------------------------------------------------------- 4.x
  // The generated clients over fetch: form-encoded token requests,
  // {data, headers, status, statusText} answers, typed errors.

  function v4() {
    class ResponseError extends Error {
      constructor(statusCode, body, headers, msg) {
        super(msg);
        this.statusCode = statusCode;
        this.body = body;
        this.headers = headers;
        this.name = 'ResponseError';
      }
    }
    class TimeoutError extends Error {
      constructor() {
        super('The request was timed out.');
        this.name = 'TimeoutError';
      }
    }
    class FetchError extends Error {
      constructor(cause, msg) {
        super(msg);
        this.cause = cause;
        this.name = 'FetchError';
      }
    }
    class RequiredError extends Error {
      constructor(field, msg) {
        super(msg);
        this.field = field;
        this.name = 'RequiredError';
      }
    }
    class ManagementApiError extends Error {
      constructor(errorCode, error, statusCode, body, headers, msg) {
        super(msg);
        this.errorCode = errorCode;
        this.error = error;
        this.statusCode = statusCode;
        this.body = body;
        this.headers = headers;
        this.msg = msg;
        this.name = 'ManagementApiError';
      }
    }
    class AuthApiError extends Error {
      constructor(error, errorDescription, statusCode, body, headers) {
        super(errorDescription || error);
        this.error = error;
        this.error_description = errorDescription;
        this.statusCode = statusCode;
        this.body = body;
        this.headers = headers;
        this.name = 'AuthApiError';
      }
    }
    class JSONApiResponse {
      constructor(data, headers, status, statusText) {
        this.data = data;
        this.headers = headers;
        this.status = status;
        this.statusText = statusText;
      }
      static async fromResponse(raw) {
        return new JSONApiResponse(await raw.json(), raw.headers, raw.status, raw.statusText);
      }
    }

    async function parseManagementError(response) {
      const body = await response.text();
      try {
        const data = JSON.parse(body);
        return new ManagementApiError(data.errorCode, data.error, data.statusCode || response.status, body,
          response.headers, data.message);
      } catch (_) {
        return new ResponseError(response.status, body, response.headers, 'Response returned an error code');
      }
    }

    async function parseAuthError(response) {
      const body = await response.text();
      try {
        const raw = JSON.parse(body);
        const data = raw.error ? raw : { error: raw.code, error_description: raw.description };
        return new AuthApiError(data.error, data.error_description, response.status, body, response.headers);
      } catch (_) {
        return new ResponseError(response.status, body, response.headers, 'Response returned an error code');
      }
    }

    function fetchFor(configuration) {
      if (configuration.fetch) return configuration.fetch;
      if (typeof globalThis.fetch === 'function') return globalThis.fetch.bind(globalThis);
      if (native.action) return native.fetch();
      throw new TypeError(native.nodeVersion < 'v16' ? "Cannot read property 'bind' of undefined"
        : "Cannot read properties of undefined (reading 'bind')");
    }

    // BaseAPI is the runtime every generated manager extends: middleware
    // pre hooks, a timeout, 429 retries, and parseError for non-2xx.
    class BaseAPI {
      constructor(configuration) {
        if (configuration.baseUrl === null || configuration.baseUrl === undefined) {
          throw new Error('Must provide a base URL for the API');
        }
        if (typeof configuration.baseUrl !== 'string' || configuration.baseUrl.length === 0) {
          throw new Error('The provided base URL is invalid');
        }
        this.configuration = configuration;
        this.middleware = configuration.middleware || [];
        this.fetchApi = fetchFor(configuration);
        this.parseError = configuration.parseError;
        this.timeoutDuration = typeof configuration.timeoutDuration === 'number' ? configuration.timeoutDuration : 10000;
      }

      async request(context) {
        let url = this.configuration.baseUrl + context.path;
        if (context.query !== undefined && Object.keys(context.query).length !== 0) {
          url += '?' + Object.keys(context.query)
            .map((k) => encodeURIComponent(k) + '=' + encodeURIComponent(String(context.query[k]))).join('&');
        }
        const headers = Object.assign({}, this.configuration.headers, context.headers);
        Object.keys(headers).forEach((k) => (headers[k] === undefined ? delete headers[k] : {}));
        const body = typeof context.body === 'string' && context.form ? context.body : JSON.stringify(context.body);
        const response = await this.send(url, { method: context.method, headers, body });
        if (response && response.status >= 200 && response.status < 300) return response;
        throw await this.parseError(response);
      }

      async fetchWithTimeout(url, init) {
        const controller = typeof AbortController === 'function' ? new AbortController() : native.abortController();
        const timeout = setTimeout(() => controller.abort(), this.timeoutDuration);
        try {
          return await this.fetchApi(url, Object.assign({ signal: controller.signal }, init));
        } catch (e) {
          if (e && e.name === 'AbortError') throw new TimeoutError();
          throw e;
        } finally {
          clearTimeout(timeout);
        }
      }

      async send(url, init) {
        let params = { url, init };
        for (const m of this.middleware) {
          if (m.pre) params = (await m.pre(Object.assign({}, params))) || params;
        }
        let response;
        let error;
        try {
          const once = () => this.fetchWithTimeout(params.url, params.init);
          response = this.configuration.retry && this.configuration.retry.enabled === false
            ? await once() : await retry(once, this.configuration.retry || {});
        } catch (e) {
          error = e;
        }
        if (response === undefined) {
          throw new FetchError(error, (error && error.message) ||
            'The request failed and the interceptors did not return an alternative response');
        }
        return response;
      }
    }

    // retry repeats a 429 up to three times (ten at most), waiting 500 ms
    // doubled each time plus up to 250 ms of jitter, 10 s at most.
    async function retry(action, options) {
      const tries = Math.min(10, options.maxRetries === undefined ? 3 : options.maxRetries);
      const when = options.retryWhen || [429];
      let n = 0;
      for (;;) {
        const result = await action();
        if (!when.includes(result.status) || n >= tries) return result;
        n++;
        const base = 500 * Math.pow(2, n - 1);
        await wait(Math.min(Math.floor(Math.random() * (249) + base + 1), 10000));
      }
    }

    class TelemetryMiddleware {
      constructor(options) {
        this.clientInfo = options.clientInfo || clientInfo();
      }
      async pre(context) {
        if (typeof this.clientInfo.name === 'string' && this.clientInfo.name.length > 0) {
          context.init.headers = Object.assign({}, context.init.headers, { 'Auth0-Client': telemetry(this.clientInfo) });
        }
        return { url: context.url, init: context.init };
      }
    }

    function validateRequired(params, keys) {
      keys.forEach((key) => {
        if (params[key] === null || params[key] === undefined) {
          throw new RequiredError(key, 'Required parameter requestParameters.' + key + ' was null or undefined.');
        }
      });
    }

    function formEncode(values) {
      return Object.keys(values).filter((k) => values[k] !== undefined).map((k) => native.formComponent(k) + '=' +
        native.formComponent(String(values[k]))).join('&');
    }

    class OAuth extends BaseAPI {
      constructor(options) {
        super(Object.assign({}, options, {
          baseUrl: 'https://' + options.domain,
          middleware: options.telemetry !== false ? [new TelemetryMiddleware(options)] : [],
          parseError: parseAuthError,
          retry: Object.assign({ enabled: false }, options.retry),
        }));
        this.clientId = options.clientId;
        this.clientSecret = options.clientSecret;
      }

      async clientCredentialsGrant(bodyParameters) {
        validateRequired(bodyParameters, ['audience']);
        const payload = bodyParameters;
        if (this.clientSecret && !payload.client_secret) payload.client_secret = this.clientSecret;
        if ((!payload.client_secret || payload.client_secret.trim().length === 0) &&
            (!payload.client_assertion || payload.client_assertion.trim().length === 0)) {
          throw new Error('The client_secret or client_assertion field is required, or it should be mTLS request.');
        }
        const response = await this.request({
          path: '/oauth/token', method: 'POST', form: true,
          headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
          body: formEncode(Object.assign({ client_id: this.clientId }, payload, { grant_type: 'client_credentials' })),
        });
        return JSONApiResponse.fromResponse(response);
      }
    }

    class AuthenticationClient {
      constructor(options) {
        this.oauth = new OAuth(options);
      }
    }

    // TokenProvider keeps the token until 10 s before it expires and
    // shares one pending request between concurrent calls.
    class TokenProvider {
      constructor(options) {
        this.options = options;
        this.authenticationClient = new AuthenticationClient(options);
        this.expiresAt = 0;
        this.accessToken = '';
      }
      async getAccessToken() {
        if (!this.accessToken || Date.now() > this.expiresAt - 10000) {
          this.pending = this.pending ||
            this.authenticationClient.oauth.clientCredentialsGrant({ audience: this.options.audience });
          const res = await this.pending.finally(() => { delete this.pending; });
          this.expiresAt = Date.now() + res.data.expires_in * 1000;
          this.accessToken = res.data.access_token;
        }
        return this.accessToken;
      }
    }

    class TokenProviderMiddleware {
      constructor(options) {
        if ('token' in options) {
          this.tokenProvider = {
            getAccessToken: async () => (typeof options.token === 'function' ? options.token() : options.token),
          };
        } else {
          this.tokenProvider = new TokenProvider(Object.assign({}, options, {
            audience: options.audience !== undefined && options.audience !== null
              ? options.audience : 'https://' + options.domain + '/api/v2/',
          }));
        }
      }
      async pre(context) {
        const token = await this.tokenProvider.getAccessToken();
        context.init.headers = Object.assign({}, context.init.headers, { Authorization: 'Bearer ' + token });
        return { url: context.url, init: context.init };
      }
    }

    class UsersManager extends BaseAPI {
      async get(requestParameters) {
        validateRequired(requestParameters, ['id']);
        const query = {};
        ['fields', 'include_fields'].forEach((k) => {
          if (requestParameters[k] !== undefined) query[k] = requestParameters[k];
        });
        const response = await this.request({
          path: '/users/{id}'.replace('{id}', encodeURIComponent(String(requestParameters.id))),
          method: 'GET', query,
        });
        return JSONApiResponse.fromResponse(response);
      }
      async update(requestParameters, bodyParameters) {
        validateRequired(requestParameters, ['id']);
        const response = await this.request({
          path: '/users/{id}'.replace('{id}', encodeURIComponent(String(requestParameters.id))),
          method: 'PATCH', headers: { 'Content-Type': 'application/json' }, body: bodyParameters,
        });
        return JSONApiResponse.fromResponse(response);
      }
    }
    native.unemulated4.forEach((name) => {
      UsersManager.prototype[name] = function () {
        return Promise.reject(new Error(notEmulated('management.users.' + name + '()', 'users.get and users.update')));
      };
    });

    class ManagementClient {
      constructor(options) {
        const configuration = Object.assign({}, options, {
          baseUrl: 'https://' + options.domain + '/api/v2',
          middleware: [new TokenProviderMiddleware(options)]
            .concat(options.telemetry !== false ? [new TelemetryMiddleware(options)] : []),
          parseError: parseManagementError,
        });
        this.users = new UsersManager(configuration);
      }
    }

    return {
      ManagementClient, AuthenticationClient, ManagementApiError, AuthApiError,
      ResponseError, TimeoutError, FetchError, RequiredError, JSONApiResponse,
    };
  }

  return native.major >= 4 ? v4() : v3();
}
