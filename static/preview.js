/* Footnote previews: a citation marker shows its note's quoted words on hover and keyboard focus.
   Progressive enhancement: without this script every marker is still a plain link to its note. */
(function () {
  "use strict";
  var tip = document.createElement("div"), current = null, timer = 0, notes = document.getElementById("notes");
  tip.id = "fn-tip";
  tip.setAttribute("role", "tooltip");
  tip.hidden = true;
  (document.querySelector("main") || document.body).appendChild(tip);  // inside the main landmark
  function marker(node) {
    return node && node.closest ? node.closest('a[href^="#note-"]') : null;
  }
  function place(link) {
    var box = link.getBoundingClientRect(), width = document.documentElement.clientWidth;
    // A long note fitting neither below its marker nor above (a phone, a page zoomed to 200 %) ran off the screen's
    // edge, its end out of sight: it now takes the side with more room, as tall as that room, its end faded out
    // (`cut`). Not scrolled: a box that scrolls must be reached by Tab, and the whole note is one Enter away.
    var below = innerHeight - box.bottom - 12, above = box.top - 12;  // 6 px from the marker and from the edge
    tip.style.maxHeight = "";
    tip.classList.remove("cut");
    if (tip.offsetHeight > below && tip.offsetHeight > above) {
      var frame = tip.offsetHeight - parseFloat(getComputedStyle(tip).height);  // its padding and borders
      tip.style.maxHeight = Math.max(below, above) - frame + "px";
      tip.classList.add("cut");
    }
    // A preview starts where its marker stands, on the side its lines start from: on a right-to-left page (Arabic)
    // its right edge by the marker's, where it began at the marker's left and ran on over the words just read
    var rtl = getComputedStyle(link).direction === "rtl";
    var start = rtl ? box.right + 16 - tip.offsetWidth : box.left - 16;
    var left = Math.max(8, Math.min(start, width - tip.offsetWidth - 8)), top = box.bottom + 6;
    if (tip.offsetHeight > below && above > below) top = box.top - tip.offsetHeight - 6;
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
    // A preview cut to the room (`cut`, below) ended faded out, and nothing said the rest was in the note: its last
    // line says so (shown only when cut, in the page's language; hidden from a screen reader, which hears it whole)
    var rest = notes && notes.getAttribute("data-preview-rest");
    if (rest) {
      var line = document.createElement("span");
      line.className = "tip-rest";
      line.setAttribute("aria-hidden", "true");
      line.textContent = rest + " " + link.textContent;
      tip.appendChild(line);
    }
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
  // A page scrolled to a fragment under a pointer left still (a note's way back clicked) brings a marker under it,
  // whose tap target is 24 px tall: Chromium tells it as a mouseover, and the preview of the note just read opened
  // over the words come back to. Until the pointer itself moves again, a marker arriving under it shows nothing.
  var still = false;
  function leftStill() { still = true; }
  addEventListener("hashchange", leftStill);
  addEventListener("click", function (event) {
    if (event.target.closest && event.target.closest("a[href^='#']")) leftStill();
  });
  addEventListener("mousemove", function (event) {
    if (!still || !(event.movementX || event.movementY)) return;
    still = false;
    var link = marker(event.target);
    if (link && link !== current) show(link);
  });
  addEventListener("mouseover", function (event) {
    var link = marker(event.target);
    if (link && !still) show(link);
    else if (tip.contains(event.target)) clearTimeout(timer);
  });
  addEventListener("mouseout", function (event) {
    // A short delay lets the pointer move onto the preview (to select or read it) without losing it.
    if (current && (marker(event.target) || tip.contains(event.target))) timer = setTimeout(hide, 300);
  });
  function byKeyboard(link) {
    try { return link.matches(":focus-visible"); } catch (error) { return true; }  // a browser without it
  }
  function reveal(element) {
    // Chromium scrolls a wide table's box to a link reached by Tab only when it is wholly out of sight: one partly
    // past the box's edge (a marker of an election's third column at 320 px) stayed there, half hidden
    var box = element.closest ? element.closest(".table-scroll") : null;
    if (box && box !== element && byKeyboard(element)) element.scrollIntoView({block: "nearest", inline: "nearest"});
  }
  addEventListener("focusin", function (event) {
    // Only a focus moved by keyboard shows the preview: following a note's way back focuses its marker too, and
    // the preview of the note just read covered the lines a mouse or touch reader came back to
    var link = marker(event.target);
    reveal(event.target);
    if (!link) hide(); else if (byKeyboard(link)) show(link);
  });
  addEventListener("focusout", function (event) {
    if (marker(event.target)) hide();
  });
  addEventListener("keydown", function (event) {
    if (event.key === "Escape") hide();
  });

  // A note cited in several places leads back by letters ("a b c"), and nothing told which of them was the way the
  // reader came: the one that leads back to the marker followed is filled and marked current, also on coming back
  // to the note from its source page (remembered for this tab only).
  var WAY_BACK = "explainer-way-back:" + location.pathname.replace(/index\.html$/, "");  // one page, two addresses
  function remembered() {
    try { return JSON.parse(sessionStorage.getItem(WAY_BACK)) || {}; } catch (error) { return {}; }
  }
  function markWayBack() {
    var note = document.getElementById(location.hash.slice(1));  // a note's id is plain ASCII, never escaped
    var markerId = note && remembered()[note.id], links = document.querySelectorAll(".backlink[aria-current]");
    for (var i = 0; i < links.length; i++) links[i].removeAttribute("aria-current");
    if (!markerId) return;
    var backs = note.querySelectorAll(".backlink");
    for (var j = 0; j < backs.length; j++) {
      if (backs.length > 1 && backs[j].hash === "#" + markerId) backs[j].setAttribute("aria-current", "true");
    }
  }
  addEventListener("click", function (event) {
    var link = marker(event.target), ways = remembered();
    if (!link || !link.id) return;
    ways[link.hash.slice(1)] = link.id;
    try { sessionStorage.setItem(WAY_BACK, JSON.stringify(ways)); } catch (error) { return; }  // storage off: no mark
    if (link.hash === location.hash) markWayBack();  // the note already arrived at: no hashchange follows
  });
  addEventListener("hashchange", markWayBack);
  markWayBack();
  // On paper a link leads nowhere: a note whose source has no original's address, on a site built without its own
  // (base_url), prints the address of its passage in the site's full copy, as the browser resolves it here
  var unaddressed = document.querySelectorAll(".notes .on-paper[data-copy]");
  for (var k = 0; k < unaddressed.length; k++) {
    var copy = unaddressed[k].parentNode.querySelector(".note-links>a");
    if (copy) unaddressed[k].appendChild(document.createTextNode(unaddressed[k].getAttribute("data-copy") + copy.href));
  }
})();
