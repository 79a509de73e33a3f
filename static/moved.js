/* A renamed briefing's former address (templates/moved.html): an old link to a part of it ("#claim-casualties-2",
   "#note-report-17-118") leads to that part of the briefing, where the page's refresh, which drops the fragment, led
   to its top. Without scripts the refresh and the link still lead to the briefing. */
(function () {
  "use strict";
  var link = document.querySelector("a[data-moved]");
  if (link && location.hash.length > 1) location.replace(link.href + location.hash);
})();
