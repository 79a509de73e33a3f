/* The feed's own page (templates/feed.html) of a site built without its public address (base_url) can name the
   feed only by its file, "feed.xml": printed, or copied into a feed reader, that led nowhere. The link's text becomes
   the feed's whole address, as the browser resolves it from the page's own. Without scripts it stays the file's name,
   its link still leading there. */
(function () {
  "use strict";
  var link = document.querySelector("a[data-resolve]");
  if (link) link.textContent = link.href;
})();
