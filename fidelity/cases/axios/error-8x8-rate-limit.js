// 8x8 answering 429: the error and its Retry-After header.
// fidelity: {"matrix": "axios", "fake8x8": {"faults": [{"destination": "*", "status": 429}]}}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');
  axios.post('https://sms.8x8.com/api/v1/subaccounts/sub/messages', { destination: recipient, text }, { headers: { Authorization: 'Bearer key' } }).then((r) => cb(null, { status: r.status })).catch((e) => cb(null, { message: e.message, status: e.response.status, data: e.response.data, retryAfter: e.response.headers['retry-after'] }));
};
