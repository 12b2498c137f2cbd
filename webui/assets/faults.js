// faults.js: the inbox's faults panel, over GET/PUT /_hookemu/api/v1/faults.
// A fault added or removed here is the same as one set through the API:
// the list shown is always the server's, read back after each change or
// pushed by the event stream.
"use strict";

var faultsPanel = (function (H) {
  var current = {};
  var statusLine = null;

  function describe(f) {
    var parts = [];
    if (f.status) {
      parts.push("HTTP " + f.status);
    }
    if (f.code) {
      parts.push("code " + f.code);
    }
    if (f.message) {
      parts.push("\u201c" + f.message + "\u201d");
    }
    if (f.delay) {
      parts.push("after " + f.delay);
    }
    if (f.probability) {
      parts.push(Math.round(f.probability * 100) + "% of requests");
    }
    return parts.join(", ");
  }

  function render(all) {
    current = all || {};
    var list = H.clear(H.byId("faults"));
    var n = 0;
    Object.keys(current).sort().forEach(function (provider) {
      (current[provider] || []).forEach(function (f, i) {
        n++;
        var remove = H.el("button", {
          type: "button", "class": "small", "data-testid": "fault-remove",
          "data-provider": provider, "data-index": i, text: "Remove"
        });
        remove.addEventListener("click", function () { removeFault(provider, i); });
        list.appendChild(H.el("li", { "data-testid": "fault", "data-provider": provider }, [
          H.el("span", { "class": "provider", text: provider }), " ",
          H.el("span", { "class": "dest", text: f.destination }), " ",
          H.el("span", { text: describe(f) }), " ", remove
        ]));
      });
    });
    if (n === 0) {
      list.appendChild(H.el("li", { "class": "empty", "data-testid": "faults-empty", text: "No faults: every fake answers as the real provider would." }));
    }
  }

  function put(provider, list) {
    return H.api("faults/" + encodeURIComponent(provider), { method: "PUT", body: list }).then(load);
  }

  function load() {
    return H.api("faults").then(render);
  }

  function removeFault(provider, index) {
    var list = (current[provider] || []).slice();
    list.splice(index, 1);
    put(provider, list).then(function () {
      H.status(statusLine, "Fault removed.");
    }, function (err) {
      H.status(statusLine, err.message, true);
    });
  }

  function add(event) {
    event.preventDefault();
    var provider = H.byId("fault-provider").value;
    var f = { destination: H.byId("fault-destination").value.trim() };
    var statusValue = H.byId("fault-status").value;
    var code = H.byId("fault-code").value;
    var message = H.byId("fault-message").value.trim();
    var delay = H.byId("fault-delay").value.trim();
    if (statusValue) {
      f.status = Number(statusValue);
    }
    if (code) {
      f.code = Number(code);
    }
    if (message) {
      f.message = message;
    }
    if (delay) {
      f.delay = delay;
    }
    put(provider, (current[provider] || []).concat([f])).then(function () {
      H.status(statusLine, "Fault added to " + provider + ".");
    }, function (err) {
      H.status(statusLine, err.message, true);
    });
  }

  // start fills the provider list from the faults answer, whose keys
  // are every provider served, and resolves to those names.
  function start() {
    statusLine = H.byId("faults-status");
    H.byId("fault-form").addEventListener("submit", add);
    return H.api("faults").then(function (all) {
      var select = H.byId("fault-provider");
      var names = Object.keys(all || {}).sort();
      names.forEach(function (name) {
        select.appendChild(H.el("option", { value: name, text: name }));
      });
      render(all);
      return names;
    });
  }

  return { start: start, render: render, load: load };
})(hookemu);
