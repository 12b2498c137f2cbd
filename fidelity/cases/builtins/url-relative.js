// new URL with a base, and invalid URLs.
module.exports = function (recipient, text, context, cb) {
  const out = [new URL('../b?x', 'https://fidelity.test/a/c/d').href, new URL('//other.test/p', 'https://fidelity.test').href];
  try { new URL('not a url'); } catch (e) { out.push([e.name, e.message, e.code]); }
  cb(null, out);
};
