'use strict';
// The Node side of hookemu's fidelity suite: runs case files with the real
// npm packages and prints, for each, what the code observed.
//
//   node runner.js PLAN.json
//
// PLAN.json (written by the Go test): {server, routes: {hosts, suffixes},
// defaults: {module: {hook, action}}, cases: [{id, file, kind, secrets,
// payload, timeoutMs, fresh}]}. Every request to a routed host (the
// providers and fidelity.test) goes to the Go test's loopback server over
// plain HTTP, with its Host header and path as the code wrote them and an
// x-fidelity-run header naming the case, which the server strips. One line
// per case goes to stdout, prefixed with MARK; anything else the code
// prints is ignored.

const fs = require('fs');
const http = require('http');
const https = require('https');
const Module = require('module');
const path = require('path');
const { AsyncLocalStorage } = require('async_hooks');

const MARK = 'FIDELITY-RESULT ';
const RUN_HEADER = 'x-fidelity-run';
const plan = JSON.parse(fs.readFileSync(process.argv[2], 'utf8'));
const current = new AsyncLocalStorage();

// Each case sees a process.env of its own, a copy of the runner's: a hook
// that writes to it (Auth0's Amazon SNS guide copies its secrets there)
// must not lend them to the cases running beside it, as hookemu gives
// every run its own.
const sharedEnv = process.env;
const envOf = () => (current.getStore() || {}).env || sharedEnv;
process.env = new Proxy(sharedEnv, {
  get: (_, k) => envOf()[k],
  set: (_, k, v) => { envOf()[k] = String(v); return true; },
  has: (_, k) => k in envOf(),
  deleteProperty: (_, k) => delete envOf()[k],
  ownKeys: () => Reflect.ownKeys(envOf()),
  getOwnPropertyDescriptor: (_, k) => {
    const d = Reflect.getOwnPropertyDescriptor(envOf(), k);
    return d && Object.assign(d, { configurable: true });
  },
});
const [serverHost, serverPort] = plan.server.split(':');
const write = process.stdout.write.bind(process.stdout);

function routed(host) {
  host = String(host || '').toLowerCase().replace(/\.$/, '');
  return plan.routes.hosts.includes(host) || plan.routes.suffixes.some((s) => host.endsWith(s));
}

function runID() {
  const c = current.getStore();
  return c ? c.id : 'unattributed';
}

// --- require: 'axios@0.21.4' is the alias axios-0.21.4 (as for any
// package pinned so: 'lodash@4.17.21' is lodash-4.17.21, which hookemu
// finds as well); a bare 'axios' is the version hookemu gives a Hook or an
// Action that names none.
const resolve = Module._resolveFilename;
const caseFiles = new Set(plan.cases.map((c) => c.file));
Module._resolveFilename = function (request, parent, ...rest) {
  const fromCase = parent && caseFiles.has(parent.filename);
  return resolve.call(this, fromCase ? alias(request) : request, parent, ...rest);
};

function alias(request) {
  const m = /^(@?[^@/]+(?:\/[^@/]+)?)@([^/]+)(\/.*)?$/.exec(request);
  if (m && (plan.defaults[m[1]] || fs.existsSync(path.join(plan.nodeModules, m[1] + '-' + m[2])))) return m[1] + '-' + m[2] + (m[3] || '');
  if (plan.defaults[request]) {
    const c = current.getStore();
    return request + '-' + plan.defaults[request][c && c.kind === 'action' ? 'action' : 'hook'];
  }
  return request;
}

// --- http and https: requests to routed hosts go to the loopback server.
const httpRequest = http.request;
const httpsRequest = https.request;
http.request = function (...args) {
  const rewritten = reroute(args.slice(), 80);
  return rewritten ? httpRequest(...rewritten) : httpRequest.apply(this, args);
};
https.request = function (...args) {
  const rewritten = reroute(args.slice(), 443);
  return rewritten ? httpRequest(...rewritten) : httpsRequest.apply(this, args);
};
// http.get calls the module's own request, not the property: patch it too.
for (const mod of [http, https]) {
  mod.get = function (...args) {
    const req = mod.request(...args);
    req.end();
    return req;
  };
}

// reroute returns http.request arguments aimed at the loopback server, or
// null when the request is not for a routed host.
function reroute(args, defaultPort) {
  let url = null;
  if (typeof args[0] === 'string' || args[0] instanceof URL) url = new URL(args.shift());
  let options = args[0] && typeof args[0] === 'object' ? args.shift() : {};
  const cb = args[0];
  options = Object.assign(url ? urlOptions(url) : {}, options);
  const hostname = options.hostname || String(options.host || 'localhost').replace(/:\d+$/, '');
  if (!routed(hostname)) return null;
  const port = options.port ? Number(options.port) : defaultPort;
  const host = hostname + (port !== defaultPort ? ':' + port : '');
  let headers;
  if (Array.isArray(options.headers)) {
    // A raw list (flat, or of pairs) stays one, as http.request takes it.
    headers = options.headers.length && Array.isArray(options.headers[0]) ? [].concat(...options.headers) : options.headers.slice();
    if (!headers.some((v, i) => i % 2 === 0 && String(v).toLowerCase() === 'host')) headers.push('Host', host);
    headers.push(RUN_HEADER, runID());
  } else {
    headers = Object.assign({}, options.headers);
    if (!Object.keys(headers).some((k) => k.toLowerCase() === 'host')) headers.Host = host;
    headers[RUN_HEADER] = runID();
  }
  const out = Object.assign({}, options, {
    protocol: 'http:', hostname: serverHost, host: undefined, port: Number(serverPort),
    headers, agent: loopbackAgent(options.agent), servername: undefined, createConnection: undefined, lookup: undefined,
  });
  return cb ? [out, cb] : [out];
}

// loopbackAgent gives each agent a library brings its own plain-HTTP
// twin, so that libraries keep their sockets apart as they do on the real
// network: a socket another library left with a timeout or listeners on it
// (the AWS SDKs' do) must not be handed to the next one from a shared
// pool. No agent, or false, stays as it is.
const loopbackAgents = new WeakMap();
function loopbackAgent(agent) {
  if (!agent || typeof agent !== 'object') return agent;
  let twin = loopbackAgents.get(agent);
  if (!twin) {
    const o = agent.options || {};
    twin = new http.Agent({ keepAlive: Boolean(o.keepAlive || agent.keepAlive), maxSockets: agent.maxSockets });
    loopbackAgents.set(agent, twin);
  }
  return twin;
}

function urlOptions(url) {
  return {
    protocol: url.protocol, hostname: url.hostname.replace(/^\[|\]$/g, ''),
    port: url.port, path: url.pathname + url.search,
    auth: url.username || url.password ? decodeURIComponent(url.username) + ':' + decodeURIComponent(url.password) : undefined,
  };
}

// --- global fetch (undici): a dispatcher in front of Node's own.
const DISPATCHER = Symbol.for('undici.globalDispatcher.1');

async function patchFetch() {
  await fetch(`http://${plan.server}/__warm`).then((r) => r.arrayBuffer());
  const agent = globalThis[DISPATCHER];
  if (!agent) throw new Error('no undici global dispatcher after a fetch: this runner needs Node 20');
  globalThis[DISPATCHER] = {
    dispatch(opts, handler) {
      const origin = new URL(opts.origin);
      if (!routed(origin.hostname)) return agent.dispatch(opts, handler);
      const extra = { host: origin.host, [RUN_HEADER]: runID() };
      const headers = Array.isArray(opts.headers)
        ? opts.headers.concat(...Object.entries(extra))
        : Object.assign({}, opts.headers, extra);
      return agent.dispatch(Object.assign({}, opts, { origin: `http://${plan.server}`, headers }), handler);
    },
    close() { return agent.close(); },
    destroy() { return agent.destroy(); },
  };
}

// --- what the code observed, in the shape hookemu reports it.
function scalar(obj, name) {
  let v;
  try { v = obj[name]; } catch (e) { return null; }
  return ['string', 'number', 'boolean'].includes(typeof v) ? v : null;
}

function str(obj, name) {
  let v;
  try { v = obj[name]; } catch (e) { return ''; }
  if (v === undefined || v === null || typeof v === 'object' || typeof v === 'function') return '';
  return String(v);
}

function describe(err) {
  if (err === null || typeof err !== 'object') return { name: '', message: String(err), code: null, status: null };
  const info = { name: str(err, 'name'), message: str(err, 'message'), code: scalar(err, 'code'), status: scalar(err, 'status') };
  if (info.status === null) info.status = scalar(err, 'statusCode');
  if (info.status === null) {
    let resp;
    try { resp = err.response; } catch (e) { resp = null; }
    if (resp && typeof resp === 'object') info.status = scalar(resp, 'status');
  }
  if (info.message === '' && info.name === '') info.message = String(err);
  return info;
}

function toJSON(v) {
  if (v === undefined) return null;
  try {
    const s = JSON.stringify(v);
    return s === undefined ? null : JSON.parse(s);
  } catch (e) {
    return { unserialisable: String(e) };
  }
}

// --- one case.
function context(c) {
  const ctx = JSON.parse(JSON.stringify(c.payload.context || {}));
  let stored;
  ctx.webtask = {
    secrets: Object.assign({}, c.secrets), meta: {},
    storage: {
      get(cb) { setImmediate(() => cb(null, stored === undefined ? undefined : JSON.parse(stored))); },
      set(data, opts, cb) { stored = JSON.stringify(data); cb = typeof opts === 'function' ? opts : cb; if (cb) setImmediate(() => cb(null)); },
    },
  };
  return ctx;
}

// event is the Action's event the emulator builds for the case's payload
// (emulator.ActionEvent, passed in the plan), with the case's secrets.
function event(c, trigger) {
  const out = JSON.parse(JSON.stringify(c.events[trigger]));
  out.secrets = Object.assign({}, c.secrets);
  return out;
}

function load(c) {
  const m = new Module(c.file, null);
  m.filename = c.file;
  m.paths = [plan.nodeModules];
  m._compile(fs.readFileSync(c.file, 'utf8'), c.file);
  return m.exports;
}

// isolated runs fn with require.cache emptied of packages, so the case
// loads its own copies of them; the cache is put back afterwards, for the
// cases that share it.
function isolated(fn) {
  const saved = Object.assign({}, require.cache);
  const isPackage = (key) => key.includes(`${path.sep}node_modules${path.sep}`);
  for (const key of Object.keys(require.cache)) if (isPackage(key)) delete require.cache[key];
  try {
    return fn();
  } finally {
    for (const key of Object.keys(require.cache)) if (isPackage(key)) delete require.cache[key];
    Object.assign(require.cache, saved);
  }
}

function runCase(c) {
  return new Promise((resolveCase) => {
    let done = false;
    const finish = (outcome, err, response) => {
      if (done) return;
      done = true;
      clearTimeout(timer);
      resolveCase({ id: c.id, outcome, response: toJSON(response), error: err === undefined ? null : describe(err) });
    };
    const timer = setTimeout(() => finish('timeout', new Error('time limit')), c.timeoutMs);
    const store = { id: c.id, kind: c.kind, finish, env: Object.assign({}, sharedEnv) };
    current.run(store, () => (c.fresh ? isolated : (fn) => fn())(() => {
      try {
        const exports = load(c);
        if (typeof exports === 'function') {
          exports(c.payload.recipient, c.payload.text, context(c), (err, response) => {
            if (err !== undefined && err !== null) finish('error', err);
            else finish('success', undefined, response);
          });
          return;
        }
        const trigger = ['onExecuteSendPhoneMessage', 'onExecuteCustomPhoneProvider'].find((n) => typeof exports[n] === 'function');
        Promise.resolve(exports[trigger](event(c, trigger), {})).then(
          (value) => finish('success', undefined, value),
          (reason) => finish('error', reason));
      } catch (e) {
        finish('exception', e);
      }
    }));
  });
}

function uncaught(err) {
  const c = current.getStore();
  if (c) c.finish('exception', err);
  else write(`${MARK}${JSON.stringify({ id: '', outcome: 'exception', error: describe(err) })}\n`);
}
process.on('uncaughtException', uncaught);
process.on('unhandledRejection', uncaught);

async function main() {
  for (const name of Object.keys(process.env)) {
    if (/^(https?|all|no)_proxy$/i.test(name)) delete process.env[name];
  }
  await patchFetch();
  const queue = plan.cases.slice();
  const workers = Array.from({ length: Math.min(plan.parallel || 16, queue.length) }, async () => {
    while (queue.length) {
      const result = await runCase(queue.shift());
      write(`${MARK}${JSON.stringify(result)}\n`);
    }
  });
  await Promise.all(workers);
  // Let requests still running after the callbacks finish, as hookemu's
  // grace does, then leave even if some library keeps a socket open.
  setTimeout(() => process.exit(0), plan.graceMs || 0).unref();
}

main().catch((e) => {
  process.stderr.write(`runner failed: ${e && e.stack || e}\n`);
  process.exit(2);
});
