/* A source's page: the way back to the briefing the reader came from comes first.
   A passage several briefings cite ends with a link back to each one's note, briefing by briefing; the next Tab from
   the passage a note led to met the first of them, another briefing's note where the reader came from a later one.
   On arrival, the passage's links back to the page the reader came from (its referrer) are put first, so the next
   Tab leads back to the note followed. Without this script every link back is still there, named by its briefing. */
(function () {
  "use strict";
  function page(address) {
    try { return new URL(address, location.href).pathname.replace(/index\.html$/, ""); } catch (error) { return ""; }
  }
  var from = document.referrer ? page(document.referrer) : "";
  function firstFrom(box) {
    if (!box) return;
    var links = box.querySelectorAll(":scope>a"), mine = [];
    for (var i = 0; i < links.length; i++) if (page(links[i].getAttribute("href")) === from) mine.push(links[i]);
    for (var j = mine.length - 1; j >= 0; j--) box.insertBefore(mine[j], box.firstChild);
  }
  function wayBackFirst() {
    var passage = location.hash && document.getElementById(decodeURIComponent(location.hash.slice(1)));
    if (!from || !passage || passage.tagName !== "MARK") return;
    firstFrom(passage.querySelector(":scope>.way-back"));
    var after = passage.nextElementSibling;
    if (after && after.classList.contains("backlinks")) firstFrom(after);
  }
  addEventListener("hashchange", wayBackFirst);
  wayBackFirst();
})();
