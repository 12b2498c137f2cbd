// editor.js: a textarea with a line-number gutter. Lines that a run or a
// check reported are marked in the gutter (hover: what was said), and
// goTo selects a line so a report's line link lands on it.
"use strict";

var codeEditor = (function (H) {
  var area = null;
  var gutter = null;
  var marks = {}; // line number -> {severity, text}

  function lineCount() {
    return area.value.split("\n").length;
  }

  function render() {
    var n = lineCount();
    var lines = [];
    for (var i = 1; i <= n; i++) {
      var mark = marks[i];
      lines.push(H.el("div", {
        "class": mark ? "ln mark " + mark.severity : "ln",
        "data-line": i,
        "data-testid": mark ? "gutter-marker" : null,
        title: mark ? mark.text : null,
        text: String(i)
      }));
    }
    H.clear(gutter);
    lines.forEach(function (node) { gutter.appendChild(node); });
    gutter.scrollTop = area.scrollTop;
  }

  // setMarks replaces the markers: list of {line, severity, text}.
  function setMarks(list) {
    marks = {};
    (list || []).forEach(function (m) {
      if (!m.line) {
        return;
      }
      var before = marks[m.line];
      marks[m.line] = {
        severity: before && before.severity === "fail" ? "fail" : m.severity,
        text: before ? before.text + "\n" + m.text : m.text
      };
    });
    render();
  }

  // goTo selects line n and scrolls it into view.
  function goTo(n) {
    var lines = area.value.split("\n");
    n = Math.max(1, Math.min(n, lines.length));
    var start = 0;
    for (var i = 0; i < n - 1; i++) {
      start += lines[i].length + 1;
    }
    area.focus();
    area.setSelectionRange(start, start + lines[n - 1].length);
    var lineHeight = parseFloat(window.getComputedStyle(area).lineHeight) || 18;
    area.scrollTop = Math.max(0, (n - 4) * lineHeight);
    gutter.scrollTop = area.scrollTop;
  }

  function value() {
    return area.value;
  }

  function setValue(text) {
    area.value = text;
    marks = {};
    render();
  }

  function start() {
    area = H.byId("code");
    gutter = H.byId("gutter");
    area.addEventListener("input", render);
    area.addEventListener("scroll", function () { gutter.scrollTop = area.scrollTop; });
    area.addEventListener("keydown", function (e) {
      if (e.key === "Tab" && !e.shiftKey && !e.ctrlKey && !e.metaKey) {
        e.preventDefault();
        area.setRangeText("  ", area.selectionStart, area.selectionEnd, "end");
        render();
      }
    });
    render();
  }

  return { start: start, setMarks: setMarks, goTo: goTo, value: value, setValue: setValue };
})(hookemu);
