// run.js: the runner. It sends the code (an embedded hook by name while
// unchanged), the secrets and the payload to the runner API and shows
// the answer as `hookemu run` does; check, migrate and diff use the same
// inputs.
"use strict";

(function (H, E) {
  var hooks = {};      // embedded name -> {name, kind, trigger, code, demo_secrets}
  var picked = "";     // the embedded hook the editor holds, while unchanged
  var migrated = null; // the Action migrate made of the editor's Hook
  var migratedFrom = null; // the Hook it was made of

  function say(text, isError) {
    H.status(H.byId("runner-status"), text, isError);
  }

  // --- secrets ---

  function secretRow(name, value) {
    var row = H.el("div", { "class": "secret", "data-testid": "secret-row" }, [
      H.el("input", { "class": "secret-name", "data-testid": "secret-name", placeholder: "name", value: name || "", "aria-label": "secret name" }),
      H.el("input", { "class": "secret-value", "data-testid": "secret-value", type: "password", placeholder: "value", autocomplete: "off", "aria-label": "secret value" })
    ]);
    row.querySelector(".secret-value").value = value || "";
    var remove = H.el("button", { type: "button", "class": "small", "data-testid": "secret-remove", text: "\u00D7", "aria-label": "remove secret" });
    remove.addEventListener("click", function () { row.parentNode.removeChild(row); });
    row.appendChild(remove);
    H.byId("secrets").appendChild(row);
    return row;
  }

  function setSecret(name, value) {
    var rows = H.byId("secrets").querySelectorAll(".secret");
    for (var i = 0; i < rows.length; i++) {
      if (rows[i].querySelector(".secret-name").value === name) {
        rows[i].querySelector(".secret-value").value = value;
        return;
      }
    }
    secretRow(name, value);
  }

  function secrets() {
    var out = {};
    H.byId("secrets").querySelectorAll(".secret").forEach(function (row) {
      var name = row.querySelector(".secret-name").value.trim();
      var value = row.querySelector(".secret-value").value;
      if (name && value !== "") {
        out[name] = value;
      }
    });
    return out;
  }

  // parseDotenv reads KEY=VALUE lines as a .env file has them.
  function parseDotenv(text) {
    var out = [];
    text.split(/\r?\n/).forEach(function (line) {
      var m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=\s*(.*?)\s*$/.exec(line);
      if (!m || /^\s*#/.test(line)) {
        return;
      }
      var value = m[2];
      var q = value.charAt(0);
      if ((q === "\"" || q === "'") && value.length >= 2 && value.charAt(value.length - 1) === q) {
        value = value.slice(1, -1);
        if (q === "\"") {
          value = value.replace(/\\n/g, "\n").replace(/\\"/g, "\"");
        }
      } else {
        value = value.replace(/\s+#.*$/, "");
      }
      out.push([m[1], value]);
    });
    return out;
  }

  // --- payload: the form and the JSON show the same object ---

  function getPath(obj, path) {
    return path.split(".").reduce(function (o, k) { return o && typeof o === "object" ? o[k] : undefined; }, obj);
  }

  function setPath(obj, path, value) {
    var keys = path.split(".");
    var o = obj;
    keys.slice(0, -1).forEach(function (k) {
      if (!o[k] || typeof o[k] !== "object") {
        o[k] = {};
      }
      o = o[k];
    });
    o[keys[keys.length - 1]] = value;
  }

  function fields() {
    return Array.prototype.slice.call(H.byId("payload-form").querySelectorAll("[data-path]"));
  }

  function readJSON() {
    var text = H.byId("payload-json").value.trim();
    if (!text) {
      return {};
    }
    var value = JSON.parse(text);
    if (!value || typeof value !== "object" || Array.isArray(value)) {
      throw new Error("the payload must be a JSON object such as {\"recipient\": \"+18085555555\"}");
    }
    return value;
  }

  function formToJSON() {
    var payload;
    try {
      payload = readJSON();
    } catch (e) {
      payload = {};
    }
    fields().forEach(function (f) {
      setPath(payload, f.getAttribute("data-path"), f.value);
    });
    H.byId("payload-json").value = JSON.stringify(payload, null, 2);
    H.status(H.byId("payload-status"), "");
  }

  function jsonToForm() {
    var payload;
    try {
      payload = readJSON();
    } catch (e) {
      H.status(H.byId("payload-status"), "Payload JSON: " + e.message, true);
      return;
    }
    H.status(H.byId("payload-status"), "");
    fields().forEach(function (f) {
      var v = getPath(payload, f.getAttribute("data-path"));
      if (typeof v === "string") {
        f.value = v;
      }
    });
  }

  // --- what every runner call sends ---

  function codeInput() {
    if (picked && hooks[picked] && E.value() === hooks[picked].code) {
      return { hook: picked };
    }
    return { code: E.value(), name: H.byId("code-name").value.trim() || "hook.js" };
  }

  function input() {
    var body = codeInput();
    body.secrets = secrets();
    body.payload = readJSON();
    var runtime = H.byId("runtime").value;
    if (runtime) {
      body.runtime = runtime;
    }
    return body;
  }

  function busy(on) {
    ["run", "check", "migrate", "diff"].forEach(function (id) { H.byId(id).disabled = on; });
  }

  // isAction tells an Action from a Hook: the embedded list's kind while
  // the editor holds one unchanged, else whether the code exports an
  // onExecute... handler, which only an Action has.
  function isAction() {
    var code = E.value();
    if (picked && hooks[picked] && code === hooks[picked].code) {
      return hooks[picked].kind === "action";
    }
    return /\bexports\.onExecute[A-Z]\w*\s*=/.test(code);
  }

  // showHookButtons offers Migrate and Diff for a Hook only: an Action
  // has nothing to migrate to.
  function showHookButtons() {
    var action = isAction();
    H.byId("migrate").hidden = action;
    H.byId("diff").hidden = action;
  }

  function call(path, body, what) {
    busy(true);
    say(what + "\u2026");
    return H.api(path, { method: "POST", body: body }).then(function (result) {
      busy(false);
      say("");
      return result;
    }, function (err) {
      busy(false);
      say(what + " failed: " + err.message, true);
      markFromText(err.message);
      throw err;
    });
  }

  // markFromText marks the line a load or syntax error names
  // ("hook.js:12:5", "line 12").
  function markFromText(text) {
    var name = (H.byId("code-name").value || "hook.js").replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    var m = new RegExp(name + ":(\\d+)").exec(text || "") || /\bline (\d+)/.exec(text || "");
    if (m) {
      E.setMarks([{ line: Number(m[1]), severity: "fail", text: text }]);
    }
  }

  // --- results ---

  function showRun(r) {
    var section = H.byId("result");
    section.hidden = false;
    var outcome = H.byId("result-outcome");
    outcome.textContent = r.outcome || "?";
    outcome.className = "badge " + (r.ok ? "ok" : "bad");
    H.byId("result-summary").textContent = [r.hook, r.kind, r.runtime].filter(Boolean).join(", ");
    H.byId("result-duration").textContent = typeof r.duration_ms === "number" ? r.duration_ms.toFixed(1) + " ms" : "";
    var errLine = H.byId("result-error");
    errLine.hidden = !r.error;
    errLine.textContent = r.error ? [r.error.name, r.error.message].filter(Boolean).join(": ") + (r.error.code !== undefined && r.error.code !== null ? " (code " + r.error.code + ")" : "") : "";

    var list = H.clear(H.byId("result-requests"));
    (r.requests || []).forEach(function (q) {
      var headers = Object.keys(q.headers || {}).sort().map(function (k) { return k + ": " + q.headers[k]; }).join("\n");
      list.appendChild(H.el("li", { "data-testid": "result-request" }, [
        H.el("div", { "class": "mono" }, [
          H.el("strong", { text: q.method + " " }), H.el("span", { "data-testid": "request-url", text: q.url }), " \u2192 ",
          H.el("span", { "class": "badge " + (q.status >= 200 && q.status < 300 ? "ok" : "bad"), "data-testid": "request-status", text: String(q.status || "no answer") }),
          q.provider ? H.el("span", { "class": "hint", text: " " + q.provider + (q.sent ? ", sent off this machine" : "") }) : null,
          q.after_callback ? H.el("span", { "class": "why", text: " still running at cb" }) : null
        ]),
        q.error ? H.el("div", { "class": "why", text: q.error }) : null,
        H.el("details", {}, [H.el("summary", { text: "headers and body" }), H.el("pre", { text: headers + "\n\n" + H.pretty(q.body) })]),
        H.el("pre", { "data-testid": "request-response", text: H.pretty(q.response_body) })
      ]));
    });
    if (!list.children.length) {
      list.appendChild(H.el("li", { "class": "empty", text: "No requests." }));
    }
    H.byId("result-logs").textContent = (r.logs || []).map(function (l) { return "[" + l.level + "] " + l.message; }).join("\n") || "(no console output)";
    var problems = H.clear(H.byId("result-problems"));
    (r.problems || []).forEach(function (p) {
      problems.appendChild(H.el("li", { "class": p.severity, "data-testid": "result-problem", text: p.severity + ": " + p.message }));
    });
    if (!problems.children.length) {
      problems.appendChild(H.el("li", { "class": "empty", text: "None." }));
    }
    H.byId("result-json").textContent = JSON.stringify(r, null, 2);
    E.setMarks([]);
    if (r.error) {
      markFromText(r.error.stack || r.error.message);
    }
  }

  // lineLink jumps to a line of the code in the editor.
  function lineLink(line, testid) {
    var link = H.el("a", { href: "#code", "data-testid": testid || "line-link", "data-line": line, text: "line " + line });
    link.addEventListener("click", function (e) {
      e.preventDefault();
      E.goTo(line);
    });
    return link;
  }

  function showCheck(report) {
    H.byId("check-result").hidden = false;
    var s = report.summary || {};
    H.byId("check-summary").textContent = (report.ok ? "OK to deploy: " : "Not OK: ") + (s.pass || 0) + " pass, " + (s.warn || 0) + " warn, " + (s.fail || 0) + " fail";
    var notes = H.clear(H.byId("check-notes"));
    (report.notes || []).forEach(function (n) { notes.appendChild(H.el("li", { text: n })); });
    var body = H.clear(H.byId("check-table"));
    var marks = [];
    (report.checks || []).forEach(function (c) {
      var lineCell = H.el("td", {});
      if (c.line) {
        lineCell.appendChild(lineLink(c.line, "check-line"));
        if (c.status !== "PASS") {
          marks.push({ line: c.line, severity: c.status === "FAIL" ? "fail" : "warn", text: c.status + " " + c.name + ": " + c.message });
        }
      }
      body.appendChild(H.el("tr", { "data-testid": "check-row", "data-status": c.status, "class": "st-" + String(c.status).toLowerCase() }, [
        H.el("td", { "class": "status-cell", text: c.status }),
        H.el("td", { text: c.name }),
        H.el("td", { text: c.message }),
        lineCell,
        H.el("td", { text: c.fix || "" })
      ]));
    });
    E.setMarks(marks);
  }

  function showMigrate(result, hookCode) {
    migrated = result.code;
    migratedFrom = hookCode;
    H.byId("migrate-result").hidden = false;
    H.byId("migrate-old").textContent = hookCode;
    H.byId("migrate-new").textContent = result.code || "";
    var notes = H.clear(H.byId("migrate-notes"));
    if (result.failure) {
      notes.appendChild(H.el("li", { "class": "error", "data-testid": "migrate-failure", text: result.failure }));
    }
    (result.notes || []).forEach(function (n) {
      if (typeof n === "string") {
        notes.appendChild(H.el("li", { text: n }));
        return;
      }
      notes.appendChild(H.el("li", { "data-testid": "migrate-note", "class": n.todo ? "warning" : "" }, [
        n.line ? lineLink(n.line) : null, n.line ? " " : null,
        (n.todo ? "To do by hand: " : "") + n.message
      ]));
    });
  }

  function showDiff(d) {
    H.byId("diff-result").hidden = false;
    var cases = d.cases || [];
    var differing = cases.filter(function (c) { return (c.differences || []).length; });
    H.byId("diff-summary").textContent = differing.length ? differing.length + " of " + cases.length + " calls differ" : "The same requests and outcome in all " + cases.length + " calls.";
    var box = H.clear(H.byId("diff-cases"));
    cases.forEach(function (c) {
      var diffs = c.differences || [];
      var items = diffs.map(function (x) {
        return H.el("li", {}, [
          H.el("strong", { text: x.what + (x.where ? " (" + x.where + ")" : "") + ": " }),
          H.el("del", { text: x.old }), " \u2192 ", H.el("ins", { text: x.new })
        ]);
      });
      (c.warnings || []).forEach(function (w) { items.push(H.el("li", { "class": "warning", text: w })); });
      box.appendChild(H.el("div", { "class": "diff-case", "data-testid": "diff-case", "data-differs": diffs.length ? "true" : "false" }, [
        H.el("h3", { text: c.name + (diffs.length ? "" : ": same") }),
        items.length ? H.el("ul", {}, items) : null
      ]));
    });
  }

  // --- wiring ---

  function pick(name) {
    picked = name;
    migrated = null;
    var hook = hooks[name];
    if (!hook) {
      return;
    }
    E.setValue(hook.code);
    showHookButtons();
    H.byId("code-name").value = hook.name;
    (hook.demo_secrets || []).forEach(function (s) {
      if (!(s in secrets())) {
        setSecret(s, "");
      }
    });
  }

  function wire() {
    H.byId("hook-select").addEventListener("change", function (e) { pick(e.target.value); });
    H.byId("code").addEventListener("input", showHookButtons);
    H.byId("file-upload").addEventListener("change", function (e) {
      var file = e.target.files[0];
      // Cleared, so that choosing the same file again (edited meanwhile)
      // loads it again: an unchanged value fires no change event.
      e.target.value = "";
      if (!file) {
        return;
      }
      if (file.size > 1 << 20) {
        say("That file is over 1 MiB; a hook is a single small file.", true);
        return;
      }
      file.text().then(function (text) {
        picked = "";
        H.byId("hook-select").value = "";
        H.byId("code-name").value = file.name;
        E.setValue(text);
        showHookButtons();
      });
    });
    H.byId("secret-add").addEventListener("click", function () { secretRow("", "").querySelector("input").focus(); });
    H.byId("dotenv-apply").addEventListener("click", function () {
      var pairs = parseDotenv(H.byId("dotenv").value);
      pairs.forEach(function (p) { setSecret(p[0], p[1]); });
      H.byId("dotenv").value = "";
      say(pairs.length + " secret" + (pairs.length === 1 ? "" : "s") + " taken from the .env text.");
    });
    fields().forEach(function (f) {
      f.addEventListener("input", formToJSON);
      f.addEventListener("change", formToJSON);
    });
    H.byId("payload-json").addEventListener("input", jsonToForm);
    H.byId("copy-json").addEventListener("click", function (e) { H.copy(H.byId("result-json").textContent, e.target); });
    H.byId("use-action").addEventListener("click", function () {
      if (migrated) {
        picked = "";
        H.byId("hook-select").value = "";
        H.byId("code-name").value = (H.byId("code-name").value || "hook.js").replace(/\.js$/, "") + "-action.js";
        E.setValue(migrated);
        showHookButtons();
      }
    });
    var guarded = function (fn) {
      return function () {
        try {
          fn();
        } catch (e) {
          say(e.message, true);
        }
      };
    };
    H.byId("run").addEventListener("click", guarded(function () {
      var body = input();
      H.byId("result").hidden = true;
      call("run", body, "Running").then(showRun, function () {});
    }));
    H.byId("check").addEventListener("click", guarded(function () {
      var body = input();
      H.byId("check-result").hidden = true;
      call("check", body, "Checking").then(showCheck, function () {});
    }));
    H.byId("migrate").addEventListener("click", guarded(function () {
      var code = E.value();
      call("migrate", { code: code }, "Migrating").then(function (r) { showMigrate(r, code); }, function () {});
    }));
    H.byId("diff").addEventListener("click", guarded(function () {
      var code = E.value();
      var base = input();
      var diffWith = function (action) {
        var body = { old: codeInput(), "new": { code: action, name: "action.js" }, secrets: base.secrets, payload: base.payload };
        if (base.runtime) {
          body.runtime = base.runtime;
        }
        return call("diff", body, "Comparing").then(showDiff);
      };
      // The Action of an earlier migration, while the Hook is unchanged.
      if (migrated && code === migratedFrom) {
        diffWith(migrated).catch(function () {});
        return;
      }
      call("migrate", { code: code }, "Migrating").then(function (r) {
        showMigrate(r, code);
        return diffWith(r.code);
      }).catch(function () {});
    }));
  }

  document.addEventListener("DOMContentLoaded", function () {
    E.start();
    wire();
    // The payload starts as the Auth0 runner's example (payload.json).
    fetch("/_hookemu/ui/payload.json").then(function (resp) { return resp.json(); }).then(function (example) {
      if (!H.byId("payload-json").value.trim()) {
        H.byId("payload-json").value = JSON.stringify(example, null, 2);
        jsonToForm();
      }
    }, function (err) { say("The example payload could not be read: " + err.message, true); });
    H.session().then(function (s) {
      var select = H.byId("runtime");
      ((s && s.runtimes) || []).forEach(function (name) {
        select.appendChild(H.el("option", { value: name, text: name }));
      });
      if (s && s.runner === false) {
        var off = H.byId("runner-off");
        off.hidden = false;
        off.textContent = "The runner is off on this server (it was started with --public); start it with --allow-runner to run code from this page.";
        busy(true);
      }
    }, function (err) { say(err.message, true); });
    H.api("hooks").then(function (list) {
      var select = H.byId("hook-select");
      (list || []).forEach(function (h) {
        hooks[h.name] = h;
        select.appendChild(H.el("option", { value: h.name, text: h.name + " (" + h.kind + (h.title ? ": " + h.title : "") + ")" }));
      });
      var first = (list || []).filter(function (h) { return h.name === "8x8.js"; })[0] || (list || [])[0];
      if (first && !E.value()) {
        select.value = first.name;
        pick(first.name);
      }
    }, function (err) { say("The embedded hooks could not be listed: " + err.message, true); });
  });
})(hookemu, codeEditor);
