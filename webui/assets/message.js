// message.js: one message (GET /_hookemu/api/v1/messages/{id}) as the
// phone would show it, the whole HTTP exchange, and a curl command that
// sends the same request to this server again.
"use strict";

(function (H) {
  // shellQuote wraps s in single quotes for a POSIX shell.
  function shellQuote(s) {
    return "'" + String(s).replace(/'/g, "'\\''") + "'";
  }

  function formBody(form) {
    var parts = [];
    Object.keys(form).sort().forEach(function (k) {
      [].concat(form[k]).forEach(function (v) {
        parts.push(encodeURIComponent(k) + "=" + encodeURIComponent(v));
      });
    });
    return parts.join("&");
  }

  function rawBody(msg) {
    if (msg.form) {
      return formBody(msg.form);
    }
    if (msg.request !== undefined) {
      return JSON.stringify(msg.request);
    }
    return msg.request_text || "";
  }

  // url is where the request goes on this server: /PROVIDER/ reaches that
  // provider's fake whatever its host.
  function url(msg) {
    return window.location.origin + "/" + encodeURIComponent(msg.provider) + msg.path + (msg.query ? "?" + msg.query : "");
  }

  var skipped = { "content-length": true, host: true, connection: true, "accept-encoding": true };

  function curl(msg) {
    var lines = ["curl -X " + msg.method + " " + shellQuote(url(msg))];
    Object.keys(msg.headers || {}).sort().forEach(function (name) {
      if (!skipped[name.toLowerCase()]) {
        lines.push("  -H " + shellQuote(name + ": " + msg.headers[name]));
      }
    });
    var body = rawBody(msg);
    if (body) {
      lines.push("  --data-raw " + shellQuote(body));
    }
    return lines.join(" \\\n");
  }

  function sender(msg) {
    var form = msg.form || {};
    var req = (msg.request && typeof msg.request === "object") ? msg.request : {};
    return form.From || form.from || req.source || req.from || req.originator || msg.provider;
  }

  function fact(dl, term, value, testid) {
    if (value === undefined || value === null || value === "") {
      return;
    }
    dl.appendChild(H.el("dt", { text: term }));
    dl.appendChild(H.el("dd", { "data-testid": testid, text: String(value) }));
  }

  function show(msg) {
    var xml = H.twiml(msg);
    var why = H.providerError(msg);
    document.title = "hookemu " + msg.id;
    H.byId("message-title").textContent = msg.id + " to " + (msg.destination || "(no destination)");
    H.byId("phone-from").textContent = sender(msg);
    var bubble = H.clear(H.byId("phone-bubble"));
    bubble.appendChild(xml ? H.el("span", {}, ["\u260E ", H.said(msg) ? H.highlight(H.said(msg), msg.code) : "(says nothing)"]) : H.highlight(msg.text, msg.code));
    bubble.classList.toggle("failed", !msg.accepted);
    H.byId("phone-time").textContent = H.formatTime(msg.time) + (msg.accepted ? "" : " \u2014 not delivered");
    var verdict = H.byId("message-verdict");
    verdict.textContent = msg.accepted ? "Accepted by " + msg.provider + " (HTTP " + msg.status + ")" : "Rejected by " + msg.provider + " (HTTP " + msg.status + ")";
    verdict.className = msg.accepted ? "badge ok" : "badge bad";
    H.byId("message-why").hidden = msg.accepted;
    H.byId("message-why").textContent = msg.accepted ? "" : "Why: " + why;

    var dl = H.clear(H.byId("message-facts"));
    fact(dl, "Provider", msg.provider, "fact-provider");
    fact(dl, "Destination", msg.destination, "fact-destination");
    fact(dl, "Code", msg.code, "fact-code");
    fact(dl, "Encoding", msg.encoding, "fact-encoding");
    fact(dl, "Segments", msg.segments, "fact-segments");
    fact(dl, "Provider's id", msg.message_id, "fact-message-id");
    fact(dl, "Received", H.formatTime(msg.time), "fact-time");
    fact(dl, "Forwarded to", msg.forwarded ? msg.upstream : "", "fact-upstream");

    H.byId("voice").hidden = !xml;
    H.clear(H.byId("voice-spoken")).appendChild(H.highlight(xml ? H.said(msg) : "", msg.code));
    H.byId("voice-twiml").textContent = xml;

    H.byId("request-method").textContent = msg.method;
    H.byId("request-url").textContent = url(msg);
    var headers = H.clear(H.byId("request-headers"));
    Object.keys(msg.headers || {}).sort().forEach(function (name) {
      headers.appendChild(H.el("tr", { "data-testid": "request-header", "data-name": name }, [
        H.el("th", { text: name }), H.el("td", { text: msg.headers[name] })
      ]));
    });
    H.byId("request-body").textContent = msg.form ? H.pretty(msg.form) : (msg.request !== undefined ? H.pretty(msg.request) : (msg.request_text || "(no body)"));
    H.byId("curl").textContent = curl(msg);
    H.byId("response-status").textContent = String(msg.status) + (msg.error ? " \u2014 " + msg.error : "");
    H.byId("response-body").textContent = msg.response !== undefined ? H.pretty(msg.response) : (msg.response_text || "(no body)");
    H.byId("message-json").textContent = H.pretty(msg);
    H.byId("message-view").hidden = false;
    H.status(H.byId("message-status"), "");
  }

  document.addEventListener("DOMContentLoaded", function () {
    var id = decodeURIComponent(window.location.pathname.replace(/^\/messages\//, ""));
    H.byId("copy-curl").addEventListener("click", function (e) {
      H.copy(H.byId("curl").textContent, e.target);
    });
    H.api("messages/" + encodeURIComponent(id)).then(show, function (err) {
      H.status(H.byId("message-status"), err.status === 404 ?
        "No message " + id + ": it was deleted, or the journal dropped it as the oldest. Back to the inbox." : err.message, true);
    });
  });
})(hookemu);
