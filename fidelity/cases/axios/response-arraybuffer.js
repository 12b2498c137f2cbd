// responseType arraybuffer gives the bytes.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');
  axios.get('https://fidelity.test/text', { responseType: 'arraybuffer' }).then((r) => cb(null, { isBuffer: Buffer.isBuffer(r.data), text: Buffer.from(r.data).toString(), length: r.data.byteLength })).catch(cb);
};
