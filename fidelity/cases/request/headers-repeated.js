// Repeated answer headers as request passes Node's on: Content-Type and
// Location keep their first value, Cookie joins with "; ", others ", ".
module.exports = function (recipient, text, context, cb) {
  const request = require('request@2.88.2');
  request('https://fidelity.test/repeated', (err, res) => cb(err, res && {
    type: res.headers['content-type'], location: res.headers.location, cookie: res.headers.cookie,
    repeated: res.headers['x-repeated'],
  }));
};
