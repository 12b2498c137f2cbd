// Filters the scenarios by status. Without script every scenario shows
// and the buttons stay hidden.
(function () {
  "use strict";
  var filters = document.getElementById("filters");
  if (!filters) {
    return;
  }
  var buttons = filters.querySelectorAll("button[data-filter]");
  var rows = document.querySelectorAll("#scenarios .scenario");
  var none = document.getElementById("no-match");
  function show(status) {
    var shown = 0;
    rows.forEach(function (row) {
      var match = status === "all" || row.getAttribute("data-status") === status;
      row.hidden = !match;
      if (match) {
        shown++;
      }
    });
    buttons.forEach(function (b) {
      b.setAttribute("aria-pressed", String(b.getAttribute("data-filter") === status));
    });
    none.hidden = shown > 0;
    try {
      history.replaceState(null, "", status === "all" ? location.pathname : "#" + status);
    } catch (e) {
      // Some browsers refuse it for file: pages; the filter works anyway.
    }
  }
  buttons.forEach(function (b) {
    b.addEventListener("click", function () {
      show(b.getAttribute("data-filter"));
    });
  });
  filters.hidden = false;
  var start = location.hash.slice(1);
  if (["fail", "pass", "skip"].indexOf(start) >= 0) {
    show(start);
  }
})();
