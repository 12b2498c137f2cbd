'use strict';
// The Node peer of hookemu's benchmark comparison (go run
// ./internal/benchcompare): runs a hook RUNS times, PARALLEL at a time,
// as Auth0's Webtask called it, with the real npm packages, and sends
// every request to sms.8x8.com to `hookemu serve` on loopback (plain
// HTTP, Host header kept), so both sides talk to the same fake.
//
//   NODE_PATH=<install>/node_modules node peer.js HOOK.js RUNS PARALLEL 127.0.0.1:PORT
//
// Exits 0 when every run called back without an error, 1 otherwise.

const http = require('http');
const https = require('https');
const path = require('path');

const [hookFile, runsArg, parallelArg, server] = process.argv.slice(2);
const runs = Number(runsArg);
const parallel = Number(parallelArg);
const [serverHost, serverPort] = server.split(':');
const routedHost = 'sms.8x8.com';
const agent = new http.Agent({ keepAlive: true });

// https.request(url?, options?, callback?) to the fake's host goes to the
// loopback server instead; every other request is refused, as in hookemu.
const httpsRequest = https.request;
https.request = function (...args) {
  const cb = typeof args[args.length - 1] === 'function' ? args.pop() : undefined;
  let options = {};
  for (const a of args) {
    if (typeof a === 'string' || a instanceof URL) {
      const u = new URL(a);
      Object.assign(options, { hostname: u.hostname, port: u.port, path: u.pathname + u.search });
    } else if (a) {
      Object.assign(options, a);
    }
  }
  const host = String(options.hostname || options.host || '').replace(/:\d+$/, '');
  if (host !== routedHost) {
    return httpsRequest.call(https, ...args, ...(cb ? [cb] : []));
  }
  const headers = Object.assign({}, options.headers, { host: routedHost });
  const routed = Object.assign({}, options, {
    protocol: 'http:', host: undefined, hostname: serverHost, port: serverPort, agent, headers,
  });
  return http.request(routed, cb);
};

const hook = require(path.resolve(hookFile));
const secrets = { apikey: 'demo-8x8-api-key', subaccount: 'demo-subaccount' };
const context = {
  message_type: 'sms', action: 'second-factor-authentication', language: 'en', code: '123456',
  ip: '127.0.0.1', user_agent: 'hookemu-bench', client: { client_id: 'bench', name: 'bench' },
  user: { user_id: 'auth0|bench' }, webtask: { secrets },
};

function runOnce() {
  return new Promise((resolve, reject) => {
    hook('+15555550100', 'Your code is 123456', context, (err) => (err ? reject(err) : resolve()));
  });
}

async function main() {
  let next = 0;
  const worker = async () => {
    while (next < runs) {
      next++;
      await runOnce();
    }
  };
  await Promise.all(Array.from({ length: Math.min(parallel, runs) }, worker));
  agent.destroy();
}

main().then(() => process.exit(0), (err) => {
  process.stderr.write(`peer: a run failed: ${err && err.message}\n`);
  process.exit(1);
});
