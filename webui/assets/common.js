// common.js: what every hookemu page shares. The pages talk only to the
// documented REST API (/_hookemu/api/v1/), so anything they show can be
// scripted too. No framework: DOM nodes are built with el(), and text is
// always set as text, never parsed as HTML.
"use strict";

var hookemu = (function () {
  var API = "/_hookemu/api/v1/";
  var sessionPromise = null;

  // el builds an element: props are attributes (and "text" for its text),
  // children are nodes or strings.
  function el(tag, props, children) {
    var node = document.createElement(tag);
    var key;
    props = props || {};
    for (key in props) {
      if (!Object.prototype.hasOwnProperty.call(props, key) || props[key] === undefined || props[key] === null || props[key] === false) {
        continue;
      }
      if (key === "text") {
        node.textContent = String(props[key]);
      } else if (props[key] === true) {
        node.setAttribute(key, "");
      } else {
        node.setAttribute(key, String(props[key]));
      }
    }
    (children || []).forEach(function (child) {
      if (child === null || child === undefined) {
        return;
      }
      node.appendChild(typeof child === "string" ? document.createTextNode(child) : child);
    });
    return node;
  }

  function byId(id) {
    return document.getElementById(id);
  }

  function clear(node) {
    while (node.firstChild) {
      node.removeChild(node.firstChild);
    }
    return node;
  }

  // session is the server's token, asked for once; every request that
  // changes something carries it, so no other site can make one.
  function session() {
    if (!sessionPromise) {
      sessionPromise = fetch(API + "session", { credentials: "same-origin" }).then(function (resp) {
        if (!resp.ok) {
          throw new Error("the server gave no session (" + resp.status + "); is this hookemu serve?");
        }
        return resp.json();
      });
    }
    return sessionPromise;
  }

  // api calls the REST API and resolves to the answer's JSON (null for
  // 204); an error answer rejects with the server's sentence.
  function api(path, options) {
    options = options || {};
    var method = options.method || "GET";
    var headers = { Accept: "application/json" };
    var ready = Promise.resolve(null);
    if (options.body !== undefined) {
      headers["Content-Type"] = "application/json";
    }
    if (method !== "GET" && method !== "HEAD") {
      ready = session();
    }
    return ready.then(function (s) {
      if (s && s.token) {
        headers["X-Hookemu-Token"] = s.token;
      }
      return fetch(API + path, {
        method: method,
        headers: headers,
        credentials: "same-origin",
        body: options.body === undefined ? undefined : JSON.stringify(options.body)
      });
    }).then(function (resp) {
      if (resp.status === 204) {
        return null;
      }
      return resp.text().then(function (text) {
        var data = null;
        try {
          data = text ? JSON.parse(text) : null;
        } catch (e) {
          data = null;
        }
        if (!resp.ok) {
          var err = new Error((data && data.error) || ("the server answered " + resp.status));
          err.status = resp.status;
          err.data = data;
          throw err;
        }
        return data;
      });
    });
  }

  function query(params) {
    var parts = [];
    Object.keys(params).forEach(function (k) {
      if (params[k] !== "" && params[k] !== undefined && params[k] !== null) {
        parts.push(encodeURIComponent(k) + "=" + encodeURIComponent(params[k]));
      }
    });
    return parts.length ? "?" + parts.join("&") : "";
  }

  // codeAt is where the code read at text[i] ends: written as it is, or
  // spoken digit by digit with only spaces or punctuation between
  // ("1, 2, 3, 4, 5, 6", as a voice call reads it); -1 when it is not there.
  function codeAt(text, i, code) {
    if (text.substr(i, code.length) === code) {
      return i + code.length;
    }
    var j = 0;
    var k = i;
    for (; k < text.length && j < code.length; k++) {
      var c = text.charAt(k);
      if (c === code.charAt(j)) {
        j++;
      } else if (j === 0 || /[0-9A-Za-z\u00C0-\uFFFF]/.test(c)) {
        return -1;
      }
    }
    return j === code.length ? k : -1;
  }

  // codeSpans lists where the one-time code stands in text, as [start,
  // end) pairs: what highlight marks in an SMS text and in what a call says.
  function codeSpans(text, code) {
    var spans = [];
    text = String(text || "");
    if (!code) {
      return spans;
    }
    for (var i = 0; i < text.length;) {
      var end = codeAt(text, i, code);
      if (end > i) {
        spans.push([i, end]);
        i = end;
      } else {
        i++;
      }
    }
    return spans;
  }

  // highlight is text with the one-time code marked wherever it appears,
  // written out or spoken digit by digit.
  function highlight(text, code) {
    var span = el("span", { "class": "text" });
    var at = 0;
    text = String(text || "");
    codeSpans(text, code).forEach(function (s) {
      if (s[0] > at) {
        span.appendChild(document.createTextNode(text.slice(at, s[0])));
      }
      span.appendChild(el("mark", { "class": "otp", "data-testid": "otp-code", "data-code": code, text: text.slice(s[0], s[1]) }));
      at = s[1];
    });
    if (at < text.length) {
      span.appendChild(document.createTextNode(text.slice(at)));
    }
    return span;
  }

  // said is what a message's voice call would say: the server's reading
  // of its TwiML (msg.spoken), or the page's own when the server gave none.
  function said(msg) {
    return msg.spoken || spoken(twiml(msg));
  }

  // twiml is a voice call's TwiML, when the message is one (Twilio's
  // Calls take it as the Twiml form field).
  function twiml(msg) {
    var form = msg.form || {};
    var value = form.Twiml || form.twiml;
    return Array.isArray(value) ? value.join("") : (value || "");
  }

  // spoken is what a voice call would say: the text of every <Say>, and
  // the audio every <Play> would play.
  function spoken(xml) {
    var doc = new DOMParser().parseFromString(xml, "application/xml");
    if (doc.getElementsByTagName("parsererror").length) {
      return "";
    }
    var out = [];
    var walk = function (node) {
      Array.prototype.forEach.call(node.children, function (child) {
        if (child.localName === "Say") {
          out.push(child.textContent.trim());
        } else if (child.localName === "Play") {
          out.push("[plays " + child.textContent.trim() + "]");
        } else if (child.localName === "Pause") {
          out.push("[pause]");
        } else {
          walk(child);
        }
      });
    };
    walk(doc);
    return out.join(" ");
  }

  // timeFormat is the reader's local date and time, as toLocaleString
  // writes it, made once: toLocaleString builds a formatter per call,
  // which took the inbox tens of milliseconds for one page of rows.
  var timeFormat = null;

  function formatTime(iso) {
    var d = new Date(iso);
    if (isNaN(d.getTime())) {
      return iso || "";
    }
    if (!timeFormat) {
      timeFormat = new Intl.DateTimeFormat(undefined, {
        year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric", hour12: false
      });
    }
    return timeFormat.format(d) + "." + String(d.getMilliseconds()).padStart(3, "0");
  }

  // clock is a row's time as the inbox lists it: hours to milliseconds
  // for a message of the day `now` falls on, the date first for an older
  // one. The time column stays one short line, so the text keeps its room.
  function clock(iso, now) {
    var d = new Date(iso);
    if (isNaN(d.getTime())) {
      return iso || "";
    }
    var two = function (n) { return String(n).padStart(2, "0"); };
    var time = two(d.getHours()) + ":" + two(d.getMinutes()) + ":" + two(d.getSeconds()) + "." + String(d.getMilliseconds()).padStart(3, "0");
    now = now || new Date();
    if (d.getFullYear() === now.getFullYear() && d.getMonth() === now.getMonth() && d.getDate() === now.getDate()) {
      return time;
    }
    return d.getFullYear() + "-" + two(d.getMonth() + 1) + "-" + two(d.getDate()) + " " + time;
  }

  function pretty(value) {
    if (value === undefined || value === null || value === "") {
      return "";
    }
    if (typeof value === "string") {
      try {
        return JSON.stringify(JSON.parse(value), null, 2);
      } catch (e) {
        return value;
      }
    }
    return JSON.stringify(value, null, 2);
  }

  // copy puts text on the clipboard and says so on the button.
  function copy(text, button) {
    var done = function (word) {
      var before = button.textContent;
      button.textContent = word;
      setTimeout(function () { button.textContent = before; }, 1200);
    };
    if (navigator.clipboard && navigator.clipboard.writeText) {
      navigator.clipboard.writeText(text).then(function () { done("Copied"); }, function () { done("Copy failed"); });
      return;
    }
    var area = el("textarea", {}, []);
    area.value = text;
    document.body.appendChild(area);
    area.select();
    try {
      document.execCommand("copy");
      done("Copied");
    } catch (e) {
      done("Copy failed");
    }
    document.body.removeChild(area);
  }

  // providerError is the provider's own words for a refusal, looked for
  // in the answer under the names providers use (8x8 status.description,
  // Twilio message and code, Vonage error-text, ...).
  function providerError(msg) {
    if (msg.accepted) {
      return "";
    }
    if (msg.error) {
      return msg.error;
    }
    var words = [];
    var textKeys = ["description", "message", "error_message", "errorMessage", "error-text", "detail", "error_description", "error", "text"];
    var codeKeys = ["code", "error_code", "errorCode", "messageId"];
    var seen = 0;
    var look = function (value, depth) {
      if (!value || typeof value !== "object" || depth > 4 || seen > 200) {
        return;
      }
      seen++;
      if (Array.isArray(value)) {
        value.slice(0, 5).forEach(function (v) { look(v, depth + 1); });
        return;
      }
      codeKeys.forEach(function (k) {
        if ((typeof value[k] === "number" || typeof value[k] === "string") && k !== "messageId" && words.length < 4) {
          words.push(k + " " + value[k]);
        }
      });
      textKeys.forEach(function (k) {
        if (typeof value[k] === "string" && value[k] && words.length < 4) {
          words.push(value[k]);
        }
      });
      Object.keys(value).forEach(function (k) { look(value[k], depth + 1); });
    };
    look(msg.response, 0);
    if (!words.length && msg.response_text) {
      words.push(msg.response_text.slice(0, 300));
    }
    return "HTTP " + msg.status + (words.length ? ": " + words.join(", ") : "");
  }

  // status shows a sentence in a page's status line (error true: red).
  function status(node, text, isError) {
    node.textContent = text || "";
    node.classList.toggle("error", !!isError);
  }

  return {
    API: API, el: el, byId: byId, clear: clear, session: session, api: api, query: query,
    highlight: highlight, codeSpans: codeSpans, twiml: twiml, spoken: spoken, said: said, formatTime: formatTime, clock: clock,
    pretty: pretty, copy: copy, status: status, providerError: providerError
  };
})();
