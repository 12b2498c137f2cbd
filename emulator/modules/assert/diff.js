  // ------------------------------------------------------------ messages

  var readable = {
    deepStrictEqual: 'Expected values to be strictly deep-equal:',
    strictEqual: 'Expected values to be strictly equal:',
    strictEqualObject: 'Expected "actual" to be reference-equal to "expected":',
    deepEqual: 'Expected values to be loosely deep-equal:',
    notDeepStrictEqual: 'Expected "actual" not to be strictly deep-equal to:',
    notStrictEqual: 'Expected "actual" to be strictly unequal to:',
    notStrictEqualObject: 'Expected "actual" not to be reference-equal to "expected":',
    notDeepEqual: 'Expected "actual" not to be loosely deep-equal to:',
    notIdentical: 'Values identical but not reference-equal:',
    notDeepEqualUnequal: 'Expected values not to be loosely deep-equal:'
  };
  var maxShort = 12;

  function isObjectLike(v) {
    return (typeof v === 'object' && v !== null) || typeof v === 'function';
  }

  // errDiff is the "+ actual - expected" message of strictEqual and
  // deepStrictEqual: values on one short line side by side, otherwise a
  // line diff of their inspections with long runs of equal lines cut.
  function errDiff(actual, expected, operator) {
    var a = native.inspectAll(actual).split('\n');
    var b = native.inspectAll(expected).split('\n');
    if (operator === 'strictEqual' && isObjectLike(actual) && isObjectLike(expected)) operator = 'strictEqualObject';
    var header = readable[operator];
    var indicator = '';
    if (a.length === 1 && b.length === 1 && a[0] !== b[0]) {
      var total = a[0].length + b[0].length;
      if (total <= maxShort) {
        if (!isObjectLike(actual) && !isObjectLike(expected) && (actual !== 0 || expected !== 0)) {
          return header + '\n\n' + a[0] + ' !== ' + b[0] + '\n';
        }
      } else if (operator !== 'strictEqualObject' && total < 80) {
        var i = 0;
        while (a[0][i] === b[0][i]) i++;
        if (i > 2) indicator = '\n  ' + ' '.repeat(i) + '^';
      }
    }
    var tail = [];
    while (a.length > 0 && b.length > 0 && a[a.length - 1] === b[b.length - 1]) {
      tail.unshift(a.pop());
      b.pop();
    }
    if (a.length === 0 && b.length === 0) {
      var same = tail.join('\n');
      if (operator === 'strictEqualObject') return 'Values have same structure but are not reference-equal:\n\n' + same + '\n';
      return readable.notIdentical + '\n\n' + same + '\n';
    }
    var body = diffLines(a, b);
    var skipped = body.skipped;
    var end = '';
    if (tail.length > 0) {
      if (tail.length >= 5) {
        end = '\n  ' + tail[0] + '\n...';
        tail = tail.slice(tail.length - 3);
        skipped = true;
      }
      end += tail.map(function (l) { return '\n  ' + l; }).join('');
    }
    return header + '\n+ actual - expected' + (skipped ? ' ... Lines skipped' : '') + '\n' + body.text + end + indicator;
  }

  // diffLines compares the lines index by index (a trailing comma aside),
  // printing '+' lines at once and '-' lines before the next equal line;
  // of a run of more than five equal lines only two at each end show. The
  // first two lines of a run show as compared (with the comma); the ones
  // just before the next difference as that side has them.
  function diffLines(a, b) {
    var out = [];
    var minus = [];
    var run = [];
    var skipped = false;
    function flushRun(nextHasActual) {
      var shown = run.map(function (e, j) {
        if (nextHasActual === undefined || j < 2) return e.compared;
        return nextHasActual ? e.actual : e.expected;
      });
      if (shown.length > 5) {
        shown = [shown[0], shown[1], '...', shown[shown.length - 2], shown[shown.length - 1]];
        skipped = true;
      }
      out.push.apply(out, shown);
      run = [];
    }
    var n = Math.max(a.length, b.length);
    for (var i = 0; i < n; i++) {
      var x = a[i];
      var y = b[i];
      if (x !== undefined && y !== undefined) {
        var compared = x;
        var equal = x === y || (x.endsWith(',') && x.slice(0, -1) === y);
        if (!equal && y.endsWith(',') && y.slice(0, -1) === x) {
          equal = true;
          compared = x + ',';
        }
        if (equal) {
          if (minus.length) {
            out.push.apply(out, minus);
            minus = [];
          }
          run.push({ compared: '  ' + compared, actual: '  ' + x, expected: '  ' + y });
          continue;
        }
      }
      flushRun(x !== undefined);
      if (x !== undefined) out.push('+ ' + x);
      if (y !== undefined) minus.push('- ' + y);
    }
    flushRun(undefined);
    out.push.apply(out, minus);
    return { text: out.map(function (l) { return '\n' + l; }).join(''), skipped: skipped };
  }

  // generatedMessage is what AssertionError says when given no message.
  function generatedMessage(actual, expected, operator) {
    if (operator === 'deepStrictEqual' || operator === 'strictEqual') return errDiff(actual, expected, operator);
    var res;
    if (operator === 'notDeepStrictEqual' || operator === 'notStrictEqual') {
      var base = readable[operator];
      res = native.inspectAll(actual).split('\n');
      if (operator === 'notStrictEqual' && isObjectLike(actual)) base = readable.notStrictEqualObject;
      if (res.length === 1) return base + (res[0].length > 5 ? '\n\n' : ' ') + res[0];
      return base + '\n\n' + res.join('\n') + '\n';
    }
    res = native.inspectAll(actual);
    var other = native.inspectAll(expected);
    var known = readable[operator];
    if (operator === 'notDeepEqual' && res === other) {
      res = known + '\n\n' + res;
      if (res.length > 1024) res = res.slice(0, 1021) + '...';
      return res;
    }
    if (res.length > 512) res = res.slice(0, 509) + '...';
    if (other.length > 512) other = other.slice(0, 509) + '...';
    if (operator === 'deepEqual') return known + '\n\n' + res + '\n\nshould loosely deep-equal\n\n' + other;
    if (operator === 'notDeepEqual') return readable.notDeepEqualUnequal + '\n\n' + res + '\n\nshould not loosely deep-equal\n\n' + other;
    return res + ' ' + operator + ' ' + other;
  }
