// lawrpt serve: reloads this page when the preview has rebuilt, and lets the writer fold the
// error overlay away. Injected into served pages only, never into what `lawrpt build` writes.
(function () {
  "use strict";
  var script = document.currentScript;
  var shown = script.dataset.generation;
  // The server says its generation as soon as the stream opens, then after every rebuild;
  // a page served at another (or by a server since restarted) reloads. EventSource
  // reconnects by itself when the server comes back.
  var events = new EventSource("/__lawrpt/events");
  events.onmessage = function (event) {
    if (event.data !== shown) {
      events.close();
      location.reload();
    }
  };
  var overlay = document.getElementById("lawrpt-overlay");
  if (overlay) {
    var button = overlay.querySelector("button");
    button.addEventListener("click", function () {
      var folded = overlay.classList.toggle("lawrpt-folded");
      button.textContent = folded ? button.dataset.show : button.dataset.hide;
      button.setAttribute("aria-expanded", String(!folded));
    });
  }
})();
