// The live check: as one types, the form is sent (debounced) to /cluster-profiles/assess and the answer is
// shown beside the fields. The page works without this script; it only saves a round trip.
(function () {
  "use strict";
  var form = document.getElementById("profile-form");
  if (!form) { return; }
  var lang = form.getAttribute("data-lang") || "en";
  var fieldPaths = Array.prototype.map.call(form.querySelectorAll("[data-field]"), function (el) { return el.getAttribute("data-field"); });
  var timer = null;
  var sequence = 0;

  function fieldOf(path) {
    var candidate = path;
    while (candidate) {
      if (fieldPaths.indexOf(candidate) >= 0) { return candidate; }
      var cut = Math.max(candidate.lastIndexOf("."), candidate.lastIndexOf("["));
      if (cut <= 0) { return ""; }
      candidate = candidate.substring(0, cut);
    }
    return "";
  }

  function number(text) {
    var trimmed = text.trim();
    if (!trimmed) { return undefined; }
    var normalised = trimmed.replace(/[\s\u00a0]/g, "").replace(",", ".");
    return /^[+-]?(\d+\.?\d*|\.\d+)$/.test(normalised) ? Number(normalised) : trimmed; // kept as typed, as the server does
  }

  function set(root, path, value) {
    var parts = path.split(".");
    var target = root;
    for (var i = 0; i < parts.length - 1; i++) {
      if (typeof target[parts[i]] !== "object" || target[parts[i]] === null) { target[parts[i]] = {}; }
      target = target[parts[i]];
    }
    target[parts[parts.length - 1]] = value;
  }

  function profile() {
    var root = { schemaVersion: "1.0", lastUpdated: new Date().toISOString().substring(0, 10) };
    var lists = {};
    Array.prototype.forEach.call(form.querySelectorAll("[data-path]"), function (el) {
      var path = el.getAttribute("data-path");
      var kind = el.getAttribute("data-kind");
      var value;
      if (kind === "checkbox") {
        lists[path] = lists[path] || [];
        if (el.checked) { lists[path].push(el.value); }
        return;
      }
      if (kind === "lines") {
        var items = el.value.split("\n").map(function (l) { return l.trim(); }).filter(function (l) { return l.length > 0; });
        value = items.length ? items : undefined;
      } else if (kind === "number") {
        value = number(el.value);
      } else {
        value = el.value.trim() || undefined;
      }
      if (value !== undefined) { set(root, path, value); }
    });
    Object.keys(lists).forEach(function (path) { if (lists[path].length) { set(root, path, lists[path]); } });
    return root;
  }

  function text(id, value) { var el = document.getElementById(id); if (el) { el.textContent = value; } }

  function show(result) {
    var byField = {};
    result.issues.forEach(function (issue) {
      if (issue.severity === "info") { return; }
      var field = fieldOf(issue.path);
      (byField[field] = byField[field] || []).push(issue);
    });
    Array.prototype.forEach.call(form.querySelectorAll("[data-field]"), function (container) {
      var path = container.getAttribute("data-field");
      var issues = byField[path] || [];
      var slot = container.querySelector("[data-error-for]");
      while (slot.firstChild) { slot.removeChild(slot.firstChild); }
      issues.forEach(function (issue) {
        var p = document.createElement("p");
        p.className = issue.severity === "error" ? "is-error" : "is-warning";
        p.textContent = issue.message;
        slot.appendChild(p);
      });
      var invalid = issues.some(function (i) { return i.severity === "error"; });
      container.classList.toggle("invalid", invalid);
      var describedBy = "help-" + slot.id.substring(4) + " rule-" + slot.id.substring(4) + (issues.length ? " " + slot.id : "");
      var group = container.querySelector("fieldset");
      if (group) { group.setAttribute("aria-describedby", describedBy); }
      Array.prototype.forEach.call(container.querySelectorAll("[data-path]"), function (input) {
        input.setAttribute("aria-invalid", invalid ? "true" : "false");
        if (!group) {
          var hint = input.getAttribute("data-kind") === "lines" ? " hint-" + input.id : "";
          input.setAttribute("aria-describedby", describedBy + hint);
        }
      });
    });

    var pro = result.pro;
    var meterText = document.getElementById("pro-text");
    var template = meterText.getAttribute(pro.eligible ? "data-template-pro" : pro.needed > 0 ? "data-template-more" : "data-template-errors");
    var sentence = template.replace("{filled}", pro.optionalFilled).replace("{total}", pro.optionalTotal).replace("{needed}", pro.needed);
    meterText.textContent = sentence;
    var meter = document.getElementById("pro-meter");
    meter.max = pro.optionalTotal;
    meter.value = pro.optionalFilled;
    meter.textContent = pro.optionalFilled + " / " + pro.optionalTotal;

    var errors = result.issues.filter(function (i) { return i.severity === "error"; }).length;
    var live = document.getElementById("live-status");
    var errorText = errors === 0 ? live.getAttribute("data-errors-none") : live.getAttribute("data-errors-some").replace("{n}", errors);
    text("error-count", errorText);
    var completeness = document.getElementById("completeness");
    completeness.textContent = completeness.getAttribute("data-template").replace("{p}", Math.round(result.completeness * 100) + " %");

    var list = document.getElementById("fill-next");
    var prefix = list.getAttribute("data-prefix");
    while (list.firstChild) { list.removeChild(list.firstChild); }
    pro.suggestions.forEach(function (path) {
      var container = form.querySelector("[data-field='" + path + "']");
      if (!container) { return; }
      var li = document.createElement("li");
      var a = document.createElement("a");
      a.href = "#" + container.getAttribute("data-focus");
      a.setAttribute("data-focus", container.getAttribute("data-focus"));
      // The prefix gives the link its purpose out of context (a screen reader's list of links); the panel's heading shows it once.
      var hidden = document.createElement("span");
      hidden.className = "visually-hidden";
      hidden.textContent = prefix + " ";
      a.appendChild(hidden);
      a.appendChild(document.createTextNode(container.getAttribute("data-label")));
      li.appendChild(a);
      list.appendChild(li);
    });

    // The one live region: a short sentence, so that a screen reader hears the result once, not every change.
    live.textContent = errorText + " " + sentence;
  }

  function check() {
    var mine = ++sequence;
    fetch("/cluster-profiles/assess?lang=" + encodeURIComponent(lang), {
      method: "POST",
      headers: { "Content-Type": "application/json" },
      body: JSON.stringify(profile()),
      signal: AbortSignal.timeout(10000)
    }).then(function (response) {
      if (!response.ok) { throw new Error(String(response.status)); }
      return response.json();
    }).then(function (result) {
      if (mine === sequence) { show(result); } // an older answer arriving late never overwrites a newer one
    }).catch(function () { /* the server-side check button still works */ });
  }

  function schedule() {
    if (timer) { clearTimeout(timer); }
    timer = setTimeout(check, 400);
  }

  form.addEventListener("input", schedule);
  form.addEventListener("change", schedule);

  // "Fill next" links move the focus to the field, not only the view.
  document.addEventListener("click", function (event) {
    var link = event.target.closest ? event.target.closest("a[data-focus]") : null;
    if (!link) { return; }
    var target = document.getElementById(link.getAttribute("data-focus"));
    if (target) {
      event.preventDefault();
      target.focus();
      target.scrollIntoView({ block: "center" });
    }
  });

  var notice = document.getElementById("notice");
  if (notice) { notice.focus(); }
})();
