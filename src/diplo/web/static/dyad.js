// Dyad chart: monthly cooperation-conflict score (bars) and number of events (line).
(function () {
  "use strict";
  const canvas = document.getElementById("dyad-chart");
  if (!canvas) return;

  function draw(data) {
    const months = data.months || [];
    const chart = new Chart(canvas, {
      data: {
        labels: months.map(function (m) { return m.month; }),
        datasets: [
          { type: "bar", label: "score (sum)", yAxisID: "score", borderRadius: 3,
            data: months.map(function (m) { return m.score; }),
            backgroundColor: months.map(function (m) { return m.score >= 0 ? "rgba(31,157,106,.75)" : "rgba(210,70,60,.75)"; }) },
          { type: "line", label: "events", yAxisID: "events", cubicInterpolationMode: "monotone", pointRadius: 2,
            data: months.map(function (m) { return m.events; }), borderColor: "#3568d4", backgroundColor: "#3568d4" }
        ]
      },
      options: {
        maintainAspectRatio: false, animation: false, interaction: { mode: "index", intersect: false },
        scales: {
          score: { position: "left", title: { display: true, text: "cooperation − conflict" }, grid: { color: "#eef1f4" } },
          events: { position: "right", beginAtZero: true, ticks: { precision: 0 }, grid: { display: false },
            title: { display: true, text: "events" } }
        },
        plugins: { legend: { position: "bottom" } }
      }
    });
    window.diploChart = chart;
    canvas.dataset.months = String(months.length);
    canvas.dataset.ready = "1";
  }

  fetch("/api/dyad?" + canvas.dataset.query)
    .then(function (response) { return response.json(); })
    .then(draw);
})();
