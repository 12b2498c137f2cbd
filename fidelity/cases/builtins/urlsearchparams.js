// URLSearchParams: encoding, sort, repeated keys.
module.exports = function (recipient, text, context, cb) {
  const p = new URLSearchParams('a=1&b=x+y&a=2');
  p.append('c', 'é & ü');
  p.set('d', '~*\'()!');
  const sorted = new URLSearchParams(p);
  sorted.sort();
  cb(null, { s: p.toString(), all: p.getAll('a'), b: p.get('b'), sorted: sorted.toString(), obj: new URLSearchParams({ x: 1, y: [1, 2] }).toString(), entries: Array.from(p.entries()) });
};
