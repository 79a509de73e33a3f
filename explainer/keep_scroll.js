// Live preview only (the server adds it to every page it serves; the site never has it).
// A reload keeps the reader's place even when it passes through the error page or the
// "no page" page: the browser's own restoring would take their scroll position, the top.
(function () {
  "use strict";
  // One place per tab, with the address it was at: a reload the server redirected (the page's briefing folder
  // renamed, the page following it) lands at another address, whose own place, kept under it, was none.
  var key = "explainer-preview-scroll";
  var here = location.pathname + location.search;
  var marker = document.querySelector('meta[name="explainer-preview"]');
  var placeholder = marker !== null;  // the error page or the "no page" page, standing in for the page
  var entries = performance.getEntriesByType ? performance.getEntriesByType("navigation") : [];
  var reloaded = entries.length > 0 && entries[0].type === "reload";
  var followed = reloaded && entries[0].redirectCount > 0;
  var saved = null;
  try { saved = JSON.parse(sessionStorage.getItem(key)); } catch (error) { saved = null; }
  var restoring = !placeholder && reloaded && Array.isArray(saved) && saved.length === 3 &&
    (saved[0] === here || followed);
  var restored = null;  // where restoring left the page
  if (restoring) {
    history.scrollRestoration = "manual";
    window.addEventListener("load", function () {
      window.scrollTo(saved[1], saved[2]);
      restored = [window.scrollX, window.scrollY];
    });
  }
  window.addEventListener("pagehide", function () {
    if (placeholder) { return; }  // keep the place on the real page
    var place = [window.scrollX, window.scrollY];
    if (restoring && (restored === null || (place[0] === restored[0] && place[1] === restored[1]))) {
      // Not scrolled since: the place it was to have, which a page reloaded again before it loaded, or one too short
      // to hold it (a blank page built from a template half saved), would otherwise have turned into the top.
      place = [saved[1], saved[2]];
    }
    try { sessionStorage.setItem(key, JSON.stringify([here, place[0], place[1]])); } catch (error) { }
  });
})();
