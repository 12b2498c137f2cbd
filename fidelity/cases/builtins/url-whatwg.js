// new URL: the parts, searchParams and normalisation.
module.exports = function (recipient, text, context, cb) {
  const u = new URL('HTTPS://User:Pa%20ss@Sms.8x8.COM:443/api/v1/../v1/./x?b=2&a=1#frag');
  u.searchParams.append('c', 'd e');
  cb(null, { href: u.href, origin: u.origin, host: u.host, port: u.port, pathname: u.pathname, search: u.search, hash: u.hash, username: u.username, password: u.password, json: JSON.stringify(u) });
};
