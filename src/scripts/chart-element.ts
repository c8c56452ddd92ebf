/**
 * <avrr-chart>: draws a Chart.js canvas over the table it wraps, as an enhancement. The
 * numbers come from the table itself (`data-value` on each cell), so the canvas can only show
 * what the table says; without JavaScript the table is the chart. Only the Chart.js parts in
 * use are registered, so the rest is left out of the bundle.
 *
 * Attributes: kind="bar|line", horizontal, stacked, label (the canvas's text alternative),
 * unit="count|money|percent", currency, lang; `table`: the id of the table to draw, where it
 * is not inside the element (a chart page has its table in its own section). A `.chart-canvas`
 * inside the element, written by the page with the height the chart will take
 * (`data-height`), is where the canvas goes: the space is kept before the script runs, so
 * drawing moves nothing on the page.
 */
import {
  BarController,
  BarElement,
  CategoryScale,
  Chart,
  Legend,
  LinearScale,
  LineController,
  LineElement,
  PointElement,
  Tooltip,
  type ChartDataset,
} from "chart.js";
import { chartHeight } from "../lib/present/chart-size.ts";
import { pageFormatter } from "./page-locale.ts";
import "./language-links.ts";

Chart.register(BarController, BarElement, CategoryScale, LinearScale, LineController, LineElement, PointElement, Legend, Tooltip);

/** Series are told apart by pattern and marker as well as colour. */
const COLOURS = ["#0b4ea2", "#b3590b", "#2e7d32", "#6a1b9a", "#37474f"];
const POINTS = ["circle", "rect", "triangle", "rectRot", "crossRot"] as const;

function pattern(colour: string, index: number): CanvasPattern | string {
  if (index === 0) return colour;
  const tile = document.createElement("canvas");
  tile.width = tile.height = 8;
  const g = tile.getContext("2d");
  if (!g) return colour;
  g.fillStyle = colour;
  g.globalAlpha = 0.35;
  g.fillRect(0, 0, 8, 8);
  g.globalAlpha = 1;
  g.strokeStyle = colour;
  g.lineWidth = 2;
  g.beginPath();
  if (index % 4 === 1) {
    g.moveTo(0, 8);
    g.lineTo(8, 0);
  } // diagonal stripes
  else if (index % 4 === 2) {
    g.moveTo(0, 4);
    g.lineTo(8, 4);
  } // horizontal stripes
  else if (index % 4 === 3) {
    g.arc(4, 4, 1.5, 0, 2 * Math.PI);
  } // dots
  else {
    g.moveTo(4, 0);
    g.lineTo(4, 8);
  } // vertical stripes
  g.stroke();
  return g.createPattern(tile, "repeat") ?? colour;
}

class AvrrChart extends HTMLElement {
  /** The Chart.js instance, once drawn: the image download draws it again at print resolution. */
  chart: Chart | undefined;

  connectedCallback(): void {
    // Each chart is drawn in a task of its own, not all in the one that defines the element: a
    // page of charts never holds the main thread for long, and the reader can scroll meanwhile.
    setTimeout(() => this.draw(), 0);
  }

  private draw(): void {
    if (!this.isConnected) return;
    const tableId = this.getAttribute("table");
    const table = tableId ? document.getElementById(tableId) : this.querySelector("table");
    if (!table || this.querySelector("canvas")) return;
    const lang = this.getAttribute("lang") ?? document.documentElement.lang ?? "en";
    const unit = this.getAttribute("unit") ?? "count";
    const currency = this.getAttribute("currency") ?? "EUR";
    const horizontal = this.hasAttribute("horizontal");
    const stacked = this.hasAttribute("stacked");
    const kind = this.getAttribute("kind") === "line" ? "line" : "bar";

    const seriesHeads = [...table.querySelectorAll<HTMLTableCellElement>("thead th[data-series]")];
    const rows = [...table.querySelectorAll<HTMLTableRowElement>("tbody tr")];
    const labels = rows.map((row) => row.querySelector("th")?.dataset.label ?? row.querySelector("th")?.textContent?.trim() ?? "");
    const datasets = seriesHeads.map((head, i): ChartDataset<"bar" | "line", (number | null)[]> => {
      const colour = COLOURS[i % COLOURS.length]!;
      return {
        label: head.textContent?.trim() ?? "",
        data: rows.map((row) => {
          const cell = row.querySelectorAll<HTMLTableCellElement>("td[data-value]")[i];
          const value = cell?.dataset.value;
          return value === undefined || value === "" ? null : Number(value);
        }),
        backgroundColor: pattern(colour, i),
        borderColor: colour,
        borderWidth: kind === "line" ? 2 : 1,
        pointStyle: POINTS[i % POINTS.length],
        pointRadius: 4,
        ...(kind === "line" && i > 0 ? { borderDash: [6, 3] } : {}),
      };
    });

    const f = pageFormatter();
    const chartUnit = unit === "money" || unit === "percent" ? unit : "count";
    const tick = (value: number | string) => f.chartValue(Number(value), chartUnit, currency);
    // Long project titles are shortened on the canvas only; the table keeps them whole.
    const short = (label: string) => (label.length > 48 ? `${label.slice(0, 46).trimEnd()}…` : label);

    const reserved = this.querySelector<HTMLElement>(":scope > .chart-canvas");
    const figure = reserved ?? document.createElement("div");
    figure.className = "chart-canvas";
    figure.style.height = `${chartHeight(horizontal, rows.length)}px`;
    const canvas = document.createElement("canvas");
    canvas.setAttribute("role", "img");
    canvas.setAttribute("aria-label", this.getAttribute("label") ?? "");
    canvas.textContent = this.getAttribute("label") ?? "";
    figure.append(canvas);
    if (!reserved) this.prepend(figure);

    const valueAxis = {
      beginAtZero: true,
      stacked,
      ticks: { callback: tick, ...(unit === "count" ? { precision: 0 } : {}) },
      ...(unit === "percent" ? { max: 100 } : {}),
    };
    const categoryAxis = { stacked, ticks: { autoSkip: !horizontal } };
    const chart = new Chart(canvas, {
      type: kind,
      data: { labels: labels.map(short), datasets },
      options: {
        maintainAspectRatio: false,
        animation: false,
        indexAxis: horizontal ? "y" : "x",
        locale: lang,
        scales: horizontal ? { x: valueAxis, y: categoryAxis } : { x: categoryAxis, y: valueAxis },
        plugins: {
          legend: { display: datasets.length > 1, labels: { usePointStyle: kind === "line" } },
          tooltip: { callbacks: { label: (item) => `${item.dataset.label}: ${tick(item.parsed[horizontal ? "x" : "y"] ?? 0)}` } },
        },
      },
    });
    this.chart = chart;
    this.dataset.drawn = "true";
    this.dispatchEvent(new CustomEvent("avrr-chart-drawn", { bubbles: true }));
  }
}

if (!customElements.get("avrr-chart")) customElements.define("avrr-chart", AvrrChart);
