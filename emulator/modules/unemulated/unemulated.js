function (native) {
  'use strict';

  // build makes one module from its spec: functions and classes that fail
  // with ERR_HOOKEMU_UNSUPPORTED and the user's next step, then the
  // constants and pure helpers packages read at load time.
  function unsupported(spec, what) {
    return native.codedError('Error', 'ERR_HOOKEMU_UNSUPPORTED', what + ' is not emulated by hookemu: ' + spec.hint);
  }

  function build(spec) {
    var m = {};
    spec.funcs.forEach(function (name) {
      var f = spec.promises
        ? function () { return Promise.reject(unsupported(spec, spec.name.replace('/promises', '.promises') + '.' + name + '()')); }
        : function () { throw unsupported(spec, spec.name + '.' + name + '()'); };
      Object.defineProperty(f, 'name', { value: name });
      m[name] = f;
    });
    spec.classes.forEach(function (name) {
      var C = function () { throw unsupported(spec, 'new ' + spec.name.replace('/promises', '.promises') + '.' + name + '()'); };
      Object.defineProperty(C, 'name', { value: name });
      m[name] = C;
    });
    return m;
  }

  var data = JSON.parse(native.data);
  var mods = {};
  native.specs.forEach(function (spec) { mods[spec.name] = build(spec); });

  var net = mods.net;
  net.isIP = function isIP(input) { return native.ipVersion(String(input)); };
  net.isIPv4 = function isIPv4(input) { return native.ipVersion(String(input)) === 4; };
  net.isIPv6 = function isIPv6(input) { return native.ipVersion(String(input)) === 6; };
  net.getDefaultAutoSelectFamily = function getDefaultAutoSelectFamily() { return true; };
  net.setDefaultAutoSelectFamily = function setDefaultAutoSelectFamily() {};
  net.getDefaultAutoSelectFamilyAttemptTimeout = function getDefaultAutoSelectFamilyAttemptTimeout() { return 250; };
  net.setDefaultAutoSelectFamilyAttemptTimeout = function setDefaultAutoSelectFamilyAttemptTimeout() {};

  var tls = mods.tls;
  tls.getCiphers = function getCiphers() { return data.tlsCiphers.slice(); };
  tls.CLIENT_RENEG_LIMIT = 3;
  tls.CLIENT_RENEG_WINDOW = 600;
  tls.DEFAULT_CIPHERS = 'TLS_AES_256_GCM_SHA384:TLS_CHACHA20_POLY1305_SHA256:TLS_AES_128_GCM_SHA256:ECDHE-RSA-AES128-GCM-SHA256:ECDHE-ECDSA-AES128-GCM-SHA256:ECDHE-RSA-AES256-GCM-SHA384:ECDHE-ECDSA-AES256-GCM-SHA384:DHE-RSA-AES128-GCM-SHA256:ECDHE-RSA-AES128-SHA256:DHE-RSA-AES128-SHA256:ECDHE-RSA-AES256-SHA384:DHE-RSA-AES256-SHA384:ECDHE-RSA-AES256-SHA256:DHE-RSA-AES256-SHA256:HIGH:!aNULL:!eNULL:!EXPORT:!DES:!RC4:!MD5:!PSK:!SRP:!CAMELLIA';
  tls.DEFAULT_ECDH_CURVE = 'auto';
  tls.DEFAULT_MIN_VERSION = 'TLSv1.2';
  tls.DEFAULT_MAX_VERSION = 'TLSv1.3';
  tls.rootCertificates = Object.freeze([]);

  var dnsCodes = ['NODATA', 'FORMERR', 'SERVFAIL', 'NOTFOUND', 'NOTIMP', 'REFUSED', 'BADQUERY', 'BADNAME', 'BADFAMILY', 'BADRESP',
    'CONNREFUSED', 'TIMEOUT', 'EOF', 'FILE', 'NOMEM', 'DESTRUCTION', 'BADSTR', 'BADFLAGS', 'NONAME', 'BADHINTS', 'NOTINITIALIZED',
    'LOADIPHLPAPI', 'ADDRGETNETWORKPARAMS', 'CANCELLED'];
  ['dns', 'dns/promises'].forEach(function (name) {
    var d = mods[name];
    d.getServers = function getServers() { return []; };
    d.getDefaultResultOrder = function getDefaultResultOrder() { return 'verbatim'; };
    d.setDefaultResultOrder = function setDefaultResultOrder() {};
    if (name === 'dns') {
      d.ADDRCONFIG = 32;
      d.ALL = 16;
      d.V4MAPPED = 8;
    }
    dnsCodes.forEach(function (code) { d[code] = code === 'EOF' ? 'EOF' : 'E' + code; });
  });
  mods.dns.promises = mods['dns/promises'];

  var constants = Object.assign(Object.create(null), data.fsConstants);
  Object.freeze(constants);
  var fs = mods.fs;
  fs.F_OK = 0;
  fs.R_OK = 4;
  fs.W_OK = 2;
  fs.X_OK = 1;
  fs.constants = constants;
  fs.promises = mods['fs/promises'];
  mods['fs/promises'].constants = constants;

  var http2 = mods.http2;
  http2.constants = Object.freeze(Object.assign(Object.create(null), data.http2Constants));
  http2.sensitiveHeaders = Symbol('sensitiveHeaders');

  var wt = mods.worker_threads;
  wt.isMainThread = true;
  wt.parentPort = null;
  wt.workerData = null;
  wt.threadId = 0;
  wt.resourceLimits = {};
  wt.SHARE_ENV = Symbol.for('nodejs.worker_threads.SHARE_ENV');
  wt.markAsUntransferable = function markAsUntransferable() {};
  wt.getEnvironmentData = function getEnvironmentData() { return undefined; };

  return mods;
}
