// Buffer.concat, slice, equals, compare, alloc, JSON.
module.exports = function (recipient, text, context, cb) {
  const a = Buffer.from('abc');
  const b = Buffer.concat([a, Buffer.from([100, 101])]);
  cb(null, { s: b.toString(), slice: b.slice(1, 3).toString(), eq: a.equals(Buffer.from('abc')), cmp: Buffer.compare(a, b), alloc: Buffer.alloc(3, 'x').toString(), json: a.toJSON(), isBuffer: Buffer.isBuffer(a), inspect: String(a) });
};
