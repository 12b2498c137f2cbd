// The real axios through its Node http adapter (follow-redirects, zlib;
// the 0.27 and 1.x adapters use for await, which hookemu lowers)
// on hookemu's http and https: a JSON POST to 8x8, a 404, a gzip answer,
// a redirect followed, its own timeout, and a refused port.
// The timeout is 3 s, so the request has reached the server on both sides
// before it fires, however loaded the machine.
// fidelity: {"real": true, "matrix": "axios", "versions": ["0.19.2", "0.21.4", "0.27.2", "1.13.6"], "timeout": "60s"}
module.exports = function (recipient, text, context, cb) {
  const s = context.webtask.secrets;
  const axios = require('axios@{version}');
  const settle = (p) => p.then((r) => ({ status: r.status, data: r.data }),
    (e) => ({ error: e.message, code: e.code, status: e.response && e.response.status, data: e.response && e.response.data }));
  Promise.all([
    settle(axios.post('https://sms.8x8.com/api/v1/subaccounts/' + s.subaccount + '/messages', { destination: recipient, text },
      { headers: { Authorization: 'Bearer ' + s.apikey } }).then((r) => ({ status: r.status, data: { code: r.data.status.code } }))),
    settle(axios.get('https://fidelity.test/status/404')),
    settle(axios.get('https://fidelity.test/compressed?encoding=gzip').then((r) => ({ status: r.status, data: r.data.length }))),
    settle(axios.get('https://fidelity.test/redirect?to=/json')),
    settle(axios.get('https://fidelity.test/slow?ms=30000', { timeout: 3000 })),
    settle(axios.get('http://127.0.0.1:1/')),
  ]).then((all) => cb(null, all));
};
