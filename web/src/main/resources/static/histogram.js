// Dragging across the year histogram's bars filters to that range of years; a click on one bar is
// its link, so the histogram works without this script.
(function () {
  document.querySelectorAll('.year-histogram svg').forEach(function (svg) {
    var bars = Array.prototype.slice.call(svg.querySelectorAll('a.bar'));
    var start = null;
    var end = null;
    var dragged = false;

    function yearAt(clientX) {
      for (var i = 0; i < bars.length; i++) {
        var box = bars[i].querySelector('.slot').getBoundingClientRect();
        if (clientX >= box.left && clientX < box.right) {
          return Number(bars[i].dataset.year);
        }
      }
      return null;
    }

    function preview() {
      var from = Math.min(start, end);
      var to = Math.max(start, end);
      bars.forEach(function (bar) {
        var year = Number(bar.dataset.year);
        bar.classList.toggle('preview', dragged && year >= from && year <= to);
      });
      svg.classList.toggle('dragging', dragged);
    }

    svg.addEventListener('pointerdown', function (e) {
      if (e.button !== 0) {
        return;
      }
      start = yearAt(e.clientX);
      end = start;
      dragged = false;
      if (start !== null) {
        // No native link drag or text selection while choosing a range.
        e.preventDefault();
      }
    });
    svg.addEventListener('pointermove', function (e) {
      if (start === null) {
        return;
      }
      var year = yearAt(e.clientX);
      if (year !== null && year !== end) {
        end = year;
        dragged = dragged || end !== start;
        preview();
      }
    });
    window.addEventListener('pointerup', function () {
      if (start === null) {
        return;
      }
      var from = Math.min(start, end);
      var to = Math.max(start, end);
      var range = dragged && from !== to;
      start = null;
      if (range) {
        window.location.href =
          svg.dataset.allYears + '&filter=' + encodeURIComponent('year:' + from + '-' + to);
      }
    });
    // The click that ends a drag is not the bar's link.
    svg.addEventListener(
      'click',
      function (e) {
        if (dragged) {
          e.preventDefault();
          dragged = false;
        }
      },
      true
    );
  });
})();
