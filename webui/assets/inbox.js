// inbox.js: every message the fakes received, newest first, a page at a
// time (the API's limit/before cursors: the page never holds more than
// one page of rows), kept current by the event stream rather than by
// polling.
"use strict";

(function (H) {
  var LIMIT = 50;
  var state = {
    filters: { provider: "", destination: "", accepted: "", text: "" },
    cursors: [],   // the before= of each page shown so far; [] is the newest page
    skipped: [],   // how many newer messages precede each of those pages
    page: null,    // the API's answer for the page shown
    pending: 0,    // messages that arrived while paused or on an older page
    paused: false,
    loading: false,
    early: []      // stream messages that came while a page was loading
  };

  // resetPaging goes back to the newest page.
  function resetPaging() {
    state.cursors = [];
    state.skipped = [];
  }

  function digits(s) {
    return String(s || "").replace(/\D/g, "");
  }

  // matches says whether a message from the stream belongs in the list,
  // by the same filters the API applies.
  function matches(msg) {
    var f = state.filters;
    if (f.provider && msg.provider !== f.provider) {
      return false;
    }
    if (f.destination && digits(msg.destination) !== digits(f.destination)) {
      return false;
    }
    if (f.accepted && String(!!msg.accepted) !== f.accepted) {
      return false;
    }
    return !f.text || String(msg.text || "").toLowerCase().indexOf(f.text.toLowerCase()) >= 0;
  }

  function smsCell(msg) {
    if (H.twiml(msg)) {
      return H.el("td", { "data-testid": "message-kind", text: "voice call" });
    }
    var parts = [];
    if (msg.encoding) {
      parts.push(msg.encoding);
    }
    if (msg.segments) {
      parts.push(msg.segments + (msg.segments === 1 ? " segment" : " segments"));
    }
    return H.el("td", { "data-testid": "message-sms", text: parts.join(", ") });
  }

  function textCell(msg) {
    var xml = H.twiml(msg);
    if (xml) {
      return H.el("td", { "class": "text" }, [
        H.el("span", { "class": "spoken", "data-testid": "message-spoken", text: "\u260E " + (H.spoken(xml) || "(says nothing)") }),
        H.el("details", {}, [H.el("summary", { text: "TwiML" }), H.el("pre", { "data-testid": "message-twiml", text: xml })])
      ]);
    }
    var td = H.el("td", { "class": "text", "data-testid": "message-text" }, [H.highlight(msg.text, msg.code)]);
    return td;
  }

  function row(msg) {
    var result = msg.accepted ?
      H.el("span", { "class": "badge ok", "data-testid": "message-accepted", text: "accepted " + msg.status }) :
      H.el("span", { "class": "badge bad", "data-testid": "message-rejected", title: H.providerError(msg), text: "rejected " + msg.status });
    var resultCell = H.el("td", {}, [result]);
    if (!msg.accepted) {
      resultCell.appendChild(H.el("div", { "class": "why", "data-testid": "message-error", text: H.providerError(msg) }));
    }
    return H.el("tr", { "data-testid": "message-row", "data-id": msg.id, "data-seq": msg.seq, "class": msg.accepted ? "" : "rejected" }, [
      H.el("td", {}, [H.el("a", { href: "/messages/" + encodeURIComponent(msg.id), "data-testid": "message-link", text: H.formatTime(msg.time) })]),
      H.el("td", { "data-testid": "message-provider", text: msg.provider }),
      H.el("td", { "class": "dest", "data-testid": "message-destination", text: msg.destination || "" }),
      textCell(msg),
      resultCell,
      smsCell(msg)
    ]);
  }

  function renderInfo() {
    var p = state.page;
    var shown = H.byId("messages").children.length;
    var skipped = state.skipped.length ? state.skipped[state.skipped.length - 1] : 0;
    if (p && shown) {
      H.byId("page-info").textContent = (skipped + 1) + "\u2013" + (skipped + shown) + " of " + (skipped + p.total);
    } else {
      H.byId("page-info").textContent = "";
    }
    H.byId("empty").hidden = shown !== 0;
    H.byId("page-older").disabled = !(p && p.before);
    H.byId("page-newer").disabled = state.cursors.length === 0;
    H.byId("page-newest").disabled = state.cursors.length === 0 && state.pending === 0;
    H.byId("new-notice").hidden = state.pending === 0;
    H.byId("new-count").textContent = state.pending ? state.pending + " new since this page was loaded" : "";
  }

  // load shows the page that starts before cursor (the newest when 0).
  function load() {
    var f = state.filters;
    var before = state.cursors.length ? state.cursors[state.cursors.length - 1] : "";
    var params = { limit: LIMIT, provider: f.provider, destination: f.destination, accepted: f.accepted, text: f.text, before: before };
    H.status(H.byId("inbox-status"), "Loading\u2026");
    state.loading = true;
    state.early = [];
    return H.api("messages" + H.query(params)).then(function (page) {
      state.page = page;
      if (!state.cursors.length) {
        state.pending = 0;
      }
      var body = H.clear(H.byId("messages"));
      (page.messages || []).forEach(function (msg) {
        body.appendChild(row(msg));
      });
      H.status(H.byId("inbox-status"), "");
      state.loading = false;
      renderInfo();
      var early = state.early;
      state.early = [];
      early.forEach(function (msg) {
        if (!page.after || msg.seq > page.after) {
          arrived(msg);
        }
      });
    }, function (err) {
      state.loading = false;
      H.status(H.byId("inbox-status"), err.message, true);
    });
  }

  // arrived takes one message from the stream: on the newest page, live
  // and matching, it goes on top and the page keeps its size.
  function arrived(msg) {
    if (!matches(msg)) {
      return;
    }
    if (state.loading) {
      state.early.push(msg);
      return;
    }
    if (state.paused || state.cursors.length || !state.page) {
      state.pending++;
      renderInfo();
      return;
    }
    var body = H.byId("messages");
    if (body.querySelector('tr[data-id="' + CSS.escape(msg.id) + '"]')) {
      return;
    }
    body.insertBefore(row(msg), body.firstChild);
    state.page.total++;
    if (body.children.length > LIMIT) {
      while (body.children.length > LIMIT) {
        body.removeChild(body.lastChild);
      }
      // the next older page starts below the last row still shown
      state.page.before = Number(body.lastChild.getAttribute("data-seq"));
    }
    renderInfo();
  }

  function connect() {
    var live = H.byId("live-status");
    var source = new EventSource(H.API + "events");
    var dropped = false;
    source.addEventListener("open", function () {
      live.textContent = state.paused ? "paused" : "live";
      live.className = "live on";
      if (dropped) {
        dropped = false;
        if (!state.cursors.length && !state.paused) {
          load(); // what arrived while the stream was down
        }
      }
    });
    source.addEventListener("error", function () {
      dropped = true;
      live.textContent = "reconnecting";
      live.className = "live off";
    });
    source.addEventListener("message", function (e) {
      try {
        arrived(JSON.parse(e.data));
      } catch (err) {
        H.status(H.byId("inbox-status"), "a message from the event stream could not be read: " + err.message, true);
      }
    });
    source.addEventListener("deleted", function () {
      resetPaging();
      load();
    });
    source.addEventListener("faults", function (e) {
      try {
        faultsPanel.render(JSON.parse(e.data));
      } catch (err) {
        faultsPanel.load();
      }
    });
  }

  function readFilters() {
    state.filters = {
      provider: H.byId("filter-provider").value,
      destination: H.byId("filter-destination").value.trim(),
      accepted: H.byId("filter-accepted").value,
      text: H.byId("filter-text").value.trim()
    };
    resetPaging();
    state.pending = 0;
    load();
  }

  function wire() {
    H.byId("filters").addEventListener("submit", function (e) {
      e.preventDefault();
      readFilters();
    });
    H.byId("filter-provider").addEventListener("change", readFilters);
    H.byId("filter-accepted").addEventListener("change", readFilters);
    H.byId("pause").addEventListener("change", function (e) {
      state.paused = e.target.checked;
      H.byId("live-status").textContent = state.paused ? "paused" : "live";
      if (!state.paused && state.pending && !state.cursors.length) {
        load();
      }
    });
    H.byId("delete-all").addEventListener("click", function () {
      if (!window.confirm("Delete every message the fakes received? Faults stay.")) {
        return;
      }
      H.api("messages", { method: "DELETE" }).then(function () {
        resetPaging();
        load();
      }, function (err) {
        H.status(H.byId("inbox-status"), err.message, true);
      });
    });
    H.byId("page-older").addEventListener("click", function () {
      if (state.page && state.page.before) {
        var skipped = state.skipped.length ? state.skipped[state.skipped.length - 1] : 0;
        state.skipped.push(skipped + H.byId("messages").children.length);
        state.cursors.push(state.page.before);
        load();
      }
    });
    H.byId("page-newer").addEventListener("click", function () {
      state.cursors.pop();
      state.skipped.pop();
      load();
    });
    var newest = function () {
      resetPaging();
      load();
    };
    H.byId("page-newest").addEventListener("click", newest);
    H.byId("show-new").addEventListener("click", newest);
  }

  document.addEventListener("DOMContentLoaded", function () {
    wire();
    faultsPanel.start().then(function (names) {
      var select = H.byId("filter-provider");
      names.forEach(function (name) {
        select.appendChild(H.el("option", { value: name, text: name }));
      });
    }, function (err) {
      H.status(H.byId("faults-status"), err.message, true);
    });
    connect();
    load();
  });
})(hookemu);
