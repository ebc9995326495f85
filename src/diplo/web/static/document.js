// Document view: show or hide each kind of fact, and light up a fact's words when its entry is hovered.
(function () {
  "use strict";
  const layout = document.querySelector(".doc-layout");
  if (!layout) return;

  document.querySelectorAll("#legend input[data-kind]").forEach(function (box) {
    box.addEventListener("change", function () {
      layout.classList.toggle("hide-" + box.dataset.kind, !box.checked);
    });
  });

  function light(factId, on) {
    document.querySelectorAll("#doc-text mark.fact").forEach(function (mark) {
      if (mark.dataset.facts.split(" ").indexOf(factId) >= 0) mark.classList.toggle("lit", on);
    });
  }

  document.querySelectorAll("#facts li[data-fact]").forEach(function (item) {
    item.addEventListener("mouseenter", function () { light(item.dataset.fact, true); });
    item.addEventListener("mouseleave", function () { light(item.dataset.fact, false); });
  });
  layout.dataset.ready = "1";
})();
