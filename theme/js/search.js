// The search page: Pagefind's UI over the index built at build time.
// Result links are made relative to the site root, so search works under a sub-path.
(function () {
  var element = document.getElementById("search");
  if (!element || typeof PagefindUI === "undefined") return;
  var base = new URL((element.dataset.baseUrl || ".") + "/", window.location.href).pathname;
  var ui = new PagefindUI({
    element: "#search",
    baseUrl: base,
    showSubResults: true,
    showImages: false,
    resetStyles: false,
  });
  // Give Pagefind's input the visible label the page provides.
  var input = element.querySelector("input");
  if (input) input.id = "pagefind-input";
  var query = new URLSearchParams(window.location.search).get("q");
  if (query) ui.triggerSearch(query);
})();
