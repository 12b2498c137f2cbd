// inbox.js: every message the fakes received, newest first, a page at a
// time (the API's limit/before cursors: the page never holds more than
// one page of rows), kept current by the event stream rather than by
// polling.
"use strict";

(function (H) {
  var LIMIT = 50;
  // RESYNC_MS spaces the re-reads a burst of events causes: the first
  // comes at once, the next after this pause, however many events came.
  var RESYNC_MS = 250;
  var state = {
    filters: { provider: "", destination: "", accepted: "", text: "" },
    cursors: [],   // the before= of each page shown so far; [] is the newest page
    skipped: [],   // how many newer messages precede each of those pages
    page: null,    // the API's answer for the page shown
    newest: 0,     // the "after" of the newest page last read: what is new is after it
    pending: 0,    // how many the filters pick after newest, while paused or on an older page
    paused: false,
    generation: 0, // of the last read asked for: an older answer is stale
    heard: 0,      // the highest seq the event stream told of
    syncing: false,
    again: false,
    started: false,
    first: null,      // the first read, a promise
    subscribed: false // the event stream opened once
  };

  // resetPaging goes back to the newest page.
  function resetPaging() {
    state.cursors = [];
    state.skipped = [];
  }

  // mayMatch says whether a message from the stream may belong in the
  // list. It only rules out what is certain (another provider or
  // outcome); which messages the filters pick, and how many, the server
  // says, so the count shown is always the API's total.
  function mayMatch(msg) {
    var f = state.filters;
    if (f.provider && msg.provider !== f.provider) {
      return false;
    }
    return !f.accepted || String(!!msg.accepted) === f.accepted;
  }

  function params(extra) {
    var f = state.filters;
    var p = { provider: f.provider, destination: f.destination, accepted: f.accepted, text: f.text };
    Object.keys(extra).forEach(function (k) {
      p[k] = extra[k];
    });
    return p;
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
        H.el("span", { "class": "spoken", "data-testid": "message-spoken" }, ["\u260E ", H.said(msg) ? H.highlight(H.said(msg), msg.code) : "(says nothing)"]),
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
      H.el("td", { "class": "when" }, [H.el("a", { href: "/messages/" + encodeURIComponent(msg.id), "data-testid": "message-link", title: H.formatTime(msg.time), text: H.clock(msg.time) })]),
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

  // load shows the page that starts before the last cursor (the newest
  // page when there is none), rows and total as the API answers them;
  // quietly (no "Loading") when events made it read again.
  function load(quiet) {
    var before = state.cursors.length ? state.cursors[state.cursors.length - 1] : "";
    var generation = ++state.generation;
    var asked = state.heard;
    if (quiet !== true) {
      H.status(H.byId("inbox-status"), "Loading\u2026");
    }
    return H.api("messages" + H.query(params({ limit: LIMIT, before: before }))).then(function (page) {
      if (generation !== state.generation) {
        return asked; // a later read shows what is current
      }
      state.page = page;
      if (!state.cursors.length) {
        state.newest = page.after || 0;
        state.pending = 0;
      }
      var body = H.clear(H.byId("messages"));
      (page.messages || []).forEach(function (msg) {
        body.appendChild(row(msg));
      });
      H.status(H.byId("inbox-status"), "");
      renderInfo();
      return asked;
    }, function (err) {
      if (generation === state.generation) {
        H.status(H.byId("inbox-status"), err.message, true);
      }
      return asked;
    });
  }

  // countPending asks the server how many messages the filters pick that
  // are newer than the newest page last read.
  function countPending() {
    var asked = state.heard;
    return H.api("messages" + H.query(params({ limit: 1, after: state.newest }))).then(function (page) {
      state.pending = page.total;
      renderInfo();
      return asked;
    }, function () {
      return asked;
    });
  }

  // sync brings what is shown up to date with the server after events:
  // the newest page again when it is shown live, else the count of new
  // messages. One read at a time; events that come meanwhile cause one
  // more read once it is done, if they told of a message it may miss.
  function sync() {
    if (state.syncing) {
      state.again = true;
      return;
    }
    state.syncing = true;
    state.again = false;
    var live = !state.paused && !state.cursors.length;
    (live ? load(true) : countPending()).then(function (asked) {
      state.syncing = false;
      if (state.again && state.heard > asked) {
        setTimeout(sync, RESYNC_MS);
      }
    });
  }

  // arrived takes one message from the stream: unless the newest page
  // read already holds it, what is shown is read again.
  function arrived(msg) {
    state.heard = Math.max(state.heard, msg.seq || 0);
    if (state.started && msg.seq > state.newest && mayMatch(msg)) {
      sync();
    }
  }

  function connect() {
    var live = H.byId("live-status");
    var source = new EventSource(H.API + "events");
    var dropped = false;
    source.addEventListener("open", function () {
      live.textContent = state.paused ? "paused" : "live";
      live.className = "live on";
      if (!state.subscribed) {
        state.subscribed = true;
        caughtUp(); // the stream tells everything from now on
      } else if (dropped) {
        sync(); // what arrived while the stream was down
      }
      dropped = false;
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
      if (state.started) {
        resetPaging();
        load();
      }
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
      if (!state.paused && !state.cursors.length) {
        load(); // what came while paused, and totals that changed
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
    start();
    connect();
  });

  // start reads the first page at once, while the event stream connects
  // (waiting for it made the first rows come tens of milliseconds later).
  function start() {
    state.started = true;
    state.first = load();
  }

  // caughtUp runs once the stream is subscribed: a message that arrived
  // between the first read and the subscription is on neither, so the
  // server is asked for anything newer than that read (one small request)
  // and what is shown is read again if there is.
  function caughtUp() {
    state.first.then(function () {
      return H.api("messages" + H.query(params({ limit: 1, after: state.newest }))).then(function (page) {
        if (page.total > 0) {
          sync();
        }
      });
    }).catch(function () {
      sync();
    });
  }
})(hookemu);
