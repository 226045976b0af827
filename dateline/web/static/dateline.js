// dateline: the timeline's details on hover and focus. Loaded as a file: the pages allow no inline script.
"use strict";
document.addEventListener("DOMContentLoaded", () => {
  const detail = document.getElementById("timeline-detail");
  if (!detail) return;
  const show = (event) => {
    const point = event.target.closest(".point");
    if (point) detail.textContent = point.dataset.detail;
  };
  const chart = document.getElementById("timeline");
  chart.addEventListener("mouseover", show);
  chart.addEventListener("focusin", show);
});
