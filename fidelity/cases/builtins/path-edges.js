// path's edge cases as packages meet them: separator runs, dots, trailing
// slashes, suffixes, dotfiles, parse/format round trips, argument errors.
// (Only absolute paths are resolved: the two sides run in different
// working directories.)
module.exports = function (recipient, text, context, cb) {
  const path = require('node:path');
  const samples = ['', '/', '//', '/a//b', 'a/b/', '/a/b.txt', '.bashrc', 'a/..', '/..', '...', 'index.', 'x/a/b/', './a/./b/.'];
  const err = (f) => { try { f(); return 'no throw'; } catch (e) { return [e.name, e.code, e.message]; } };
  cb(null, {
    normalize: samples.map(path.normalize),
    dirname: samples.map(path.dirname),
    basename: samples.map((p) => path.basename(p)),
    suffix: [path.basename('/a/b.html', '.html'), path.basename('abc', 'abc'), path.basename('x/a/b/', 'a/b')],
    extname: samples.map(path.extname),
    parse: samples.map(path.parse),
    roundTrip: samples.map((p) => path.format(path.parse(p))),
    join: [path.join('/foo', 'bar', 'baz/asdf', 'quux', '..'), path.join(), path.join('..', 'a', '../../b')],
    resolve: [path.resolve('/foo/bar', './baz'), path.resolve('/a', '../../..'), path.resolve('/x', '/tmp/file/')],
    relative: [path.relative('/data/orandea/test/aaa', '/data/orandea/impl/bbb'), path.relative('/foo/bar', '/foo/barbaz')],
    constants: [path.sep, path.delimiter, path.posix === path, path.win32.sep],
    errors: [err(() => path.join('a', 5)), err(() => path.resolve('/a', null)), err(() => path.format('x'))]
  });
};
