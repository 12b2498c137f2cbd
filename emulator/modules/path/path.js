function (native) {
  'use strict';

  // Node's path module for POSIX, written from its documented behaviour
  // and checked against Node 20 (path_test.go). The working directory is
  // the run's process.cwd(). win32 is there for packages that read its
  // constants at load time; its functions say they are not emulated.

  function validateString(value, name) {
    if (typeof value !== 'string') {
      throw native.codedError('TypeError', 'ERR_INVALID_ARG_TYPE',
        'The "' + name + '" argument must be of type string. ' + native.received(value));
    }
  }

  // normalizeSegments resolves '.' and '..' in path, dropping empty
  // segments; '..' above the start is kept only when allowAboveRoot.
  function normalizeSegments(path, allowAboveRoot) {
    var parts = path.split('/');
    var out = [];
    for (var i = 0; i < parts.length; i++) {
      var p = parts[i];
      if (p === '' || p === '.') continue;
      if (p === '..') {
        if (out.length > 0 && out[out.length - 1] !== '..') out.pop();
        else if (allowAboveRoot) out.push('..');
        continue;
      }
      out.push(p);
    }
    return out.join('/');
  }

  function resolve() {
    var resolved = '';
    var absolute = false;
    for (var i = arguments.length - 1; i >= -1 && !absolute; i--) {
      var path = i >= 0 ? arguments[i] : native.cwd();
      validateString(path, 'paths[' + i + ']');
      if (path.length === 0) continue;
      resolved = path + '/' + resolved;
      absolute = path.charAt(0) === '/';
    }
    resolved = normalizeSegments(resolved, !absolute);
    if (absolute) return '/' + resolved;
    return resolved.length > 0 ? resolved : '.';
  }

  function normalize(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    var absolute = path.charAt(0) === '/';
    var trailing = path.charAt(path.length - 1) === '/';
    path = normalizeSegments(path, !absolute);
    if (path.length === 0) {
      if (absolute) return '/';
      return trailing ? './' : '.';
    }
    if (trailing) path += '/';
    return absolute ? '/' + path : path;
  }

  function isAbsolute(path) {
    validateString(path, 'path');
    return path.length > 0 && path.charAt(0) === '/';
  }

  function join() {
    if (arguments.length === 0) return '.';
    var parts = [];
    for (var i = 0; i < arguments.length; i++) {
      validateString(arguments[i], 'path');
      if (arguments[i].length > 0) parts.push(arguments[i]);
    }
    if (parts.length === 0) return '.';
    return normalize(parts.join('/'));
  }

  function relative(from, to) {
    validateString(from, 'from');
    validateString(to, 'to');
    if (from === to) return '';
    from = resolve(from);
    to = resolve(to);
    if (from === to) return '';
    var a = from === '/' ? [] : from.slice(1).split('/');
    var b = to === '/' ? [] : to.slice(1).split('/');
    var common = 0;
    while (common < a.length && common < b.length && a[common] === b[common]) common++;
    var up = [];
    for (var i = common; i < a.length; i++) up.push('..');
    return up.concat(b.slice(common)).join('/');
  }

  function toNamespacedPath(path) {
    return path;
  }

  // dirname drops the last segment and the separator run before it, keeping
  // the slashes of a longer run as Node does ('/a//b' gives '/a/').
  function dirname(path) {
    validateString(path, 'path');
    if (path.length === 0) return '.';
    var hasRoot = path.charAt(0) === '/';
    var end = -1;
    var inTrailingSlashes = true;
    for (var i = path.length - 1; i >= 1; i--) {
      if (path.charAt(i) === '/') {
        if (!inTrailingSlashes) {
          end = i;
          break;
        }
      } else {
        inTrailingSlashes = false;
      }
    }
    if (end === -1) return hasRoot ? '/' : '.';
    if (hasRoot && end === 1) return '//';
    return path.slice(0, end);
  }

  function basename(path, suffix) {
    if (suffix !== undefined) validateString(suffix, 'suffix');
    validateString(path, 'path');
    var start = 0;
    var end = -1;
    var inTrailingSlashes = true;
    var i;
    if (suffix !== undefined && suffix.length > 0 && suffix.length <= path.length) {
      if (suffix === path) return '';
      // Match the suffix backwards against the last segment; lastEnd is
      // where the segment ends without its trailing slashes.
      var suffixIdx = suffix.length - 1;
      var lastEnd = -1;
      for (i = path.length - 1; i >= 0; i--) {
        var c = path.charAt(i);
        if (c === '/') {
          if (!inTrailingSlashes) {
            start = i + 1;
            break;
          }
          continue;
        }
        if (lastEnd === -1) {
          inTrailingSlashes = false;
          lastEnd = i + 1;
        }
        if (suffixIdx >= 0) {
          if (c === suffix.charAt(suffixIdx)) {
            if (--suffixIdx === -1) end = i;
          } else {
            suffixIdx = -1;
            end = lastEnd;
          }
        }
      }
      if (start === end) end = lastEnd;
      else if (end === -1) end = path.length;
      return path.slice(start, end);
    }
    for (i = path.length - 1; i >= 0; i--) {
      if (path.charAt(i) === '/') {
        if (!inTrailingSlashes) {
          start = i + 1;
          break;
        }
      } else if (end === -1) {
        inTrailingSlashes = false;
        end = i + 1;
      }
    }
    if (end === -1) return '';
    return path.slice(start, end);
  }

  // lastSegment is the part after the last separator once trailing
  // separators are dropped, with where it starts.
  function lastSegment(path) {
    var end = path.length;
    while (end > 1 && path.charAt(end - 1) === '/') end--;
    var body = path.slice(0, end);
    var slash = body.lastIndexOf('/');
    return { body: body, slash: slash, base: body.slice(slash + 1) };
  }

  // extOf is the extension of one segment: from its last dot, unless that
  // dot starts it (a dotfile) or the segment is '..'.
  function extOf(segment) {
    var dot = segment.lastIndexOf('.');
    if (dot <= 0 || segment === '..') return '';
    return segment.slice(dot);
  }

  function extname(path) {
    validateString(path, 'path');
    return extOf(lastSegment(path).base);
  }

  function format(pathObject) {
    if (pathObject === null || typeof pathObject !== 'object') {
      throw native.codedError('TypeError', 'ERR_INVALID_ARG_TYPE',
        'The "pathObject" argument must be of type object. ' + native.received(pathObject));
    }
    var dir = pathObject.dir || pathObject.root;
    var ext = pathObject.ext ? (pathObject.ext.charAt(0) === '.' ? '' : '.') + pathObject.ext : '';
    var base = pathObject.base || ((pathObject.name || '') + ext);
    if (!dir) return base;
    return dir === pathObject.root ? dir + base : dir + '/' + base;
  }

  function parse(path) {
    validateString(path, 'path');
    var ret = { root: '', dir: '', base: '', ext: '', name: '' };
    if (path.length === 0) return ret;
    var absolute = path.charAt(0) === '/';
    if (absolute) ret.root = '/';
    var seg = lastSegment(path);
    if (seg.body === '/') {
      ret.dir = '/';
      return ret;
    }
    ret.base = seg.base;
    ret.ext = extOf(seg.base);
    // Node reads '..' right under the root as a name '.' with extension '.'.
    if (absolute && seg.slash === 0 && seg.base === '..') ret.ext = '.';
    ret.name = seg.base.slice(0, seg.base.length - ret.ext.length);
    if (seg.slash > 0) ret.dir = seg.body.slice(0, seg.slash);
    else if (absolute) ret.dir = '/';
    return ret;
  }

  function unsupported(name) {
    return function () {
      throw native.codedError('Error', 'ERR_HOOKEMU_UNSUPPORTED',
        'path.win32.' + name + '() is not emulated: Auth0 runs hooks and Actions on Linux, so use path (path.posix) instead');
    };
  }

  var posix = {
    resolve: resolve,
    normalize: normalize,
    isAbsolute: isAbsolute,
    join: join,
    relative: relative,
    toNamespacedPath: toNamespacedPath,
    dirname: dirname,
    basename: basename,
    extname: extname,
    format: format,
    parse: parse,
    sep: '/',
    delimiter: ':',
    win32: null,
    posix: null,
    _makeLong: toNamespacedPath
  };
  var win32 = {};
  ['resolve', 'normalize', 'isAbsolute', 'join', 'relative', 'toNamespacedPath', 'dirname', 'basename', 'extname', 'format', 'parse']
    .forEach(function (name) { win32[name] = unsupported(name); });
  win32.sep = '\\';
  win32.delimiter = ';';
  win32.win32 = win32;
  win32.posix = posix;
  win32._makeLong = win32.toNamespacedPath;
  posix.win32 = win32;
  posix.posix = posix;
  return posix;
}
