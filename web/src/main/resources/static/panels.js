// On a phone the filter panels start closed, below the results; without this script they are open.
(function () {
  if (window.matchMedia('(max-width: 820px)').matches) {
    document.querySelectorAll('details.facets-panel').forEach(function (panel) {
      panel.open = false;
    });
  }
})();
