// Enhancements only: every page works without this file.
(function () {
  "use strict";
  document.documentElement.classList.add("js");

  // A facet checkbox applies at once (WCAG 3.2.2 allows it: a tick is one deliberate act). The mode radios and the
  // sort select wait for the Search button, or arrowing through them would reload the page at every step.
  // After the reload, focus returns to the checkbox that was changed rather than to the top of the page.
  var REFOCUS = "talkarchive.refocus";
  document.addEventListener("change", function (event) {
    var el = event.target;
    if (el.matches && el.matches("input[type=checkbox][data-autosubmit]")) {
      var form = el.form || document.getElementById("search");
      if (form) {
        try { sessionStorage.setItem(REFOCUS, JSON.stringify({ name: el.name, value: el.value })); } catch (e) { /* private mode */ }
        form.requestSubmit ? form.requestSubmit() : form.submit();
      }
    }
  });
  (function refocus() {
    var saved = null;
    try {
      saved = JSON.parse(sessionStorage.getItem(REFOCUS));
      sessionStorage.removeItem(REFOCUS);
    } catch (e) { return; }
    if (!saved) { return; }
    var boxes = document.querySelectorAll("input[type=checkbox][data-autosubmit]");
    for (var i = 0; i < boxes.length; i++) {
      if (boxes[i].name === saved.name && boxes[i].value === saved.value) {
        var details = boxes[i].closest("details");
        if (details) { details.open = true; }
        boxes[i].focus();
        return;
      }
    }
  })();

  // Suggestions from /api/v1/suggest fill the shared <datalist>.
  var list = document.getElementById("suggestions");
  var timer = null;
  var lastQuery = "";
  document.querySelectorAll("input[data-suggest]").forEach(function (input) {
    input.addEventListener("input", function () {
      clearTimeout(timer);
      var q = input.value.trim();
      if (q.length < 2 || q === lastQuery) { return; }
      timer = setTimeout(function () {
        lastQuery = q;
        fetch("/api/v1/suggest?q=" + encodeURIComponent(q) + "&limit=8", { headers: { Accept: "application/json" } })
          .then(function (r) { return r.ok ? r.json() : { suggestions: [] }; })
          .then(function (body) {
            list.replaceChildren();
            body.suggestions.forEach(function (s) {
              var option = document.createElement("option");
              option.value = s.text;
              option.label = s.kind;
              list.appendChild(option);
            });
          })
          .catch(function () { /* suggestions are optional */ });
      }, 150);
    });
  });

  // The video loads only when asked for, from youtube-nocookie.com; transcript times play from that moment.
  var frame = document.querySelector(".video-frame[data-youtube]");
  function play(seconds) {
    if (!frame) { return false; }
    var id = frame.getAttribute("data-youtube");
    var iframe = document.createElement("iframe");
    iframe.src = "https://www.youtube-nocookie.com/embed/" + encodeURIComponent(id) + "?autoplay=1&rel=0&start=" + (seconds || 0);
    iframe.title = "Video of the talk";
    iframe.allow = "autoplay; encrypted-media; picture-in-picture; fullscreen";
    iframe.referrerPolicy = "strict-origin-when-cross-origin";
    frame.replaceChildren(iframe);
    iframe.focus();
    return true;
  }
  document.querySelectorAll("[data-play]").forEach(function (button) {
    button.addEventListener("click", function () { play(0); });
  });
  document.querySelectorAll(".transcript-lines a[data-seconds]").forEach(function (link) {
    link.addEventListener("click", function (event) {
      if (play(parseInt(link.getAttribute("data-seconds"), 10))) {
        event.preventDefault();
        frame.scrollIntoView({ block: "center" });
      }
    });
  });

  // Copy the BibTeX entry.
  document.querySelectorAll("[data-copy]").forEach(function (button) {
    button.addEventListener("click", function () {
      var source = document.querySelector(button.getAttribute("data-copy"));
      if (source && navigator.clipboard) {
        navigator.clipboard.writeText(source.textContent).then(function () { button.textContent = "Copied"; });
      }
    });
  });
})();
