/* Footnote previews: a citation marker shows its note's quoted words on hover and keyboard focus.
   Progressive enhancement: without this script every marker is still a plain link to its note. */
(function () {
  "use strict";
  var tip = document.createElement("div"), current = null, timer = 0;
  tip.id = "fn-tip";
  tip.setAttribute("role", "tooltip");
  tip.hidden = true;
  (document.querySelector("main") || document.body).appendChild(tip);  // inside the main landmark
  function marker(node) {
    return node && node.closest ? node.closest('a[href^="#note-"]') : null;
  }
  function place(link) {
    var box = link.getBoundingClientRect(), width = document.documentElement.clientWidth;
    var left = Math.max(8, Math.min(box.left - 16, width - tip.offsetWidth - 8)), top = box.bottom + 6;
    if (top + tip.offsetHeight > innerHeight && box.top > tip.offsetHeight + 6) top = box.top - tip.offsetHeight - 6;
    tip.style.left = left + scrollX + "px";
    tip.style.top = top + scrollY + "px";
  }
  function show(link) {
    var note = document.getElementById(link.hash.slice(1)), quote = note && note.querySelector("q");
    clearTimeout(timer);
    if (!quote) return;
    if (current && current !== link) current.removeAttribute("aria-describedby");
    current = link;
    // A copy of the note's <q> keeps its lang (a passage in another language than the page's) and gets
    // the page's quotation marks from the stylesheet (« » in French) instead of English ones written here.
    tip.textContent = link.textContent + " ";
    tip.appendChild(quote.cloneNode(true));
    tip.hidden = false;
    link.setAttribute("aria-describedby", tip.id);
    place(link);
  }
  function hide() {
    clearTimeout(timer);
    if (current) current.removeAttribute("aria-describedby");
    current = null;
    tip.hidden = true;
  }
  addEventListener("mouseover", function (event) {
    var link = marker(event.target);
    if (link) show(link);
    else if (tip.contains(event.target)) clearTimeout(timer);
  });
  addEventListener("mouseout", function (event) {
    // A short delay lets the pointer move onto the preview (to select or read it) without losing it.
    if (current && (marker(event.target) || tip.contains(event.target))) timer = setTimeout(hide, 300);
  });
  function byKeyboard(link) {
    try { return link.matches(":focus-visible"); } catch (error) { return true; }  // a browser without it
  }
  addEventListener("focusin", function (event) {
    // Only a focus moved by keyboard shows the preview: following a note's way back focuses its marker too, and
    // the preview of the note just read covered the lines a mouse or touch reader came back to
    var link = marker(event.target);
    if (!link) hide(); else if (byKeyboard(link)) show(link);
  });
  addEventListener("focusout", function (event) {
    if (marker(event.target)) hide();
  });
  addEventListener("keydown", function (event) {
    if (event.key === "Escape") hide();
  });
})();
