// Infobip's answers through axios: a message taken, a number rejected
// inside a 200, a wrong key's 401 with its requestError body, and a voice
// call, all against the fake Infobip at an account's own base URL.
// fidelity: {"matrix": "axios"}
module.exports = function (recipient, text, context, cb) {
  const axios = require('axios@{version}');
  const key = '003026bbc133714df1834b8638bb496e-8f4b3d9a-e931-478d-a994-28a725159ab9';
  const infobip = (k) => axios.create({
    baseURL: 'https://2622w.api.infobip.com',
    headers: { Authorization: 'App ' + k, Accept: 'application/json', 'Content-Type': 'application/json' }
  });
  const sms = (k, to) => infobip(k).post('/sms/2/text/advanced', { messages: [{ destinations: [{ to }], text }] });
  const seen = {};
  sms(key, recipient)
    .then((r) => { seen.sent = { status: r.status, data: r.data }; return sms(key, 'not-a-number'); })
    .then((r) => { seen.rejected = r.data.messages[0].status; return infobip(key).post('/tts/3/single', { text, to: recipient }); })
    .then((r) => { seen.voice = r.data; return sms('wrong-key', recipient); })
    .then(() => cb(new Error('a wrong key was taken')))
    .catch((e) => {
      if (!e.response) return cb(e);
      seen.unauthorized = { message: e.message, status: e.response.status, data: e.response.data, type: e.response.headers['content-type'] };
      cb(null, seen);
    });
};
