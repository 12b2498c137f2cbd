// setEncoding decodes through string_decoder: a character split between
// chunks waits for its rest; data are strings; read(n) counts characters;
// hex and base64 work too; an encoding given to the constructor as well.
const r = new stream.Readable({ read() {} });
r.setEncoding('utf8');
log('encoding', r.readableEncoding);
const euro = Buffer.from('a€b', 'utf8');
r.push(euro.subarray(0, 2));
r.push(euro.subarray(2));
r.push(null);
r.on('data', (d) => log('utf8', typeof d, JSON.stringify(d)));
const h = new stream.Readable({ read() {}, encoding: 'hex' });
h.push(Buffer.from([1, 2, 255]));
h.push(null);
h.on('data', (d) => log('hex', d));
const b = new stream.PassThrough();
b.write('hello');
b.setEncoding('base64');
b.end(' world');
b.on('data', (d) => log('base64', d));
const p = new stream.Readable({ read() {} });
p.setEncoding('utf8');
p.push('héllo');
p.push(null);
p.once('readable', () => { log('read 2', p.read(2)); log('rest', p.read()); });
