  // ------------------------------------------------------------ deep equality

  // isDeepEqual is Node's comparison for deepEqual (loose: == between
  // primitives, prototypes ignored) and deepStrictEqual (Object.is,
  // prototypes and tags must match). memo holds the pairs under
  // comparison, so cycles end.
  function isDeepEqual(a, b, strict, memo) {
    if (a === b) return a !== 0 || !strict || Object.is(a, b);
    if (strict) {
      if (typeof a !== 'object') return typeof a === 'number' && a !== a && b !== b;
      if (typeof b !== 'object' || a === null || b === null) return false;
      if (Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
    } else {
      if (a === null || typeof a !== 'object') {
        if (b === null || typeof b !== 'object') return a == b || (a !== a && b !== b);
        return false;
      }
      if (b === null || typeof b !== 'object') return false;
    }
    var tag = Object.prototype.toString.call(a);
    if (tag !== Object.prototype.toString.call(b)) return false;
    memo = memo || [];
    for (var m = 0; m < memo.length; m++) {
      if (memo[m][0] === a && memo[m][1] === b) return true;
    }
    memo.push([a, b]);
    try {
      return sameContent(a, b, tag, strict, memo) && sameKeys(a, b, strict, memo);
    } finally {
      memo.pop();
    }
  }

  function sameContent(a, b, tag, strict, memo) {
    if (Array.isArray(a)) return Array.isArray(b) && a.length === b.length;
    if (tag === '[object Date]') return a.getTime() === b.getTime();
    if (tag === '[object RegExp]') return a.source === b.source && a.flags === b.flags && a.lastIndex === b.lastIndex;
    if (a instanceof Error || b instanceof Error) {
      if (a.message !== b.message || a.name !== b.name) return false;
    }
    if (ArrayBuffer.isView(a)) {
      if (!ArrayBuffer.isView(b) || a.byteLength !== b.byteLength) return false;
      if (strict && Object.getPrototypeOf(a) !== Object.getPrototypeOf(b)) return false;
      var x = new Uint8Array(a.buffer, a.byteOffset, a.byteLength);
      var y = new Uint8Array(b.buffer, b.byteOffset, b.byteLength);
      for (var i = 0; i < x.length; i++) if (x[i] !== y[i]) return false;
      return true;
    }
    if (tag === '[object Number]' || tag === '[object String]' || tag === '[object Boolean]') {
      return Object.is(a.valueOf(), b.valueOf());
    }
    if (tag === '[object Map]') return a.size === b.size && sameEntries(Array.from(a), Array.from(b), strict, memo);
    if (tag === '[object Set]') return a.size === b.size && sameEntries(Array.from(a), Array.from(b), strict, memo);
    return true;
  }

  // sameEntries matches every entry of a with a distinct equal one of b,
  // in any order, as Maps and Sets compare.
  function sameEntries(a, b, strict, memo) {
    var used = [];
    outer:
    for (var i = 0; i < a.length; i++) {
      for (var j = 0; j < b.length; j++) {
        if (!used[j] && isDeepEqual(a[i], b[j], strict, memo)) {
          used[j] = true;
          continue outer;
        }
      }
      return false;
    }
    return true;
  }

  function ownKeys(o, strict) {
    var keys = Object.keys(o);
    if (strict) {
      Object.getOwnPropertySymbols(o).forEach(function (s) {
        if (Object.prototype.propertyIsEnumerable.call(o, s)) keys.push(s);
      });
    }
    if (ArrayBuffer.isView(o)) keys = keys.filter(function (k) { return typeof k !== 'string' || !/^\d+$/.test(k); });
    return keys;
  }

  function sameKeys(a, b, strict, memo) {
    var ka = ownKeys(a, strict);
    var kb = ownKeys(b, strict);
    if (ka.length !== kb.length) return false;
    for (var i = 0; i < ka.length; i++) {
      if (!Object.prototype.propertyIsEnumerable.call(b, ka[i])) return false;
    }
    for (i = 0; i < ka.length; i++) {
      if (!isDeepEqual(a[ka[i]], b[ka[i]], strict, memo)) return false;
    }
    return true;
  }
