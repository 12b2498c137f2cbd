// URL: username and password stay percent-encoded; invalid URLs and bases
// throw TypeError ERR_INVALID_URL with input (and base).
module.exports = function (recipient, text, context, cb) {
  const u = new URL('HTTPS://User:Pa%20ss@Sms.8x8.COM:443/x');
  const out = [u.username, u.password, u.href];
  try { new URL('not a url'); } catch (e) { out.push([e.name, e.message, e.code, e.input, e.stack.split('\n')[0]]); }
  try { new URL('a', 'bad'); } catch (e) { out.push([e.message, e.input, e.base]); }
  const v = new URL('https://a:b@h.test/');
  v.password = 'x y';
  out.push(v.password, v.href);
  cb(null, out);
};
