/**
 * "Download the chart as an image": a PNG at print resolution (2400 pixels wide: 20 cm at
 * 300 dpi), drawn in the browser from the chart as the page shows it: the canvas, or the
 * map's SVG. The chart's title is drawn above it, its source line and licence below, so the
 * image says where it comes from wherever it is pasted. The button shows only where this
 * script runs.
 */
import type { Chart } from "chart.js";
import "./language-links.ts";

/** The image's width in pixels. */
export const IMAGE_WIDTH = 2400;
const MARGIN = 80;
const FONT = "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif";

/** Lines of `text` that fit `width` at the context's font. */
function wrap(g: CanvasRenderingContext2D, text: string, width: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.split(/\s+/)) {
    const next = line ? `${line} ${word}` : word;
    if (g.measureText(next).width > width && line) {
      lines.push(line);
      line = word;
    } else line = next;
  }
  if (line) lines.push(line);
  return lines;
}

/** The chart as an image source: a high-resolution copy of the canvas, or the map's SVG. */
async function chartImage(box: HTMLElement): Promise<CanvasImageSource & { width: number; height: number }> {
  const svg = box.querySelector("svg");
  if (svg) {
    const image = new Image();
    image.width = Number(svg.getAttribute("width"));
    image.height = Number(svg.getAttribute("height"));
    // A data: URL, which the site's img-src allows (blob: it does not).
    image.src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(new XMLSerializer().serializeToString(svg))}`;
    await image.decode();
    return image;
  }
  // <avrr-chart> (chart-element.ts) keeps its Chart.js instance; imported by type only, so this script stays small.
  const chart = (box as HTMLElement & { chart?: Chart }).chart;
  if (!chart) throw new Error("the chart is not drawn");
  // Drawn again at the image's resolution, then back at the screen's.
  const ratio = chart.currentDevicePixelRatio;
  const scale = (IMAGE_WIDTH - 2 * MARGIN) / chart.width;
  chart.options.devicePixelRatio = scale;
  chart.resize();
  const copy = document.createElement("canvas");
  copy.width = chart.canvas.width;
  copy.height = chart.canvas.height;
  copy.getContext("2d")!.drawImage(chart.canvas, 0, 0);
  chart.options.devicePixelRatio = ratio;
  chart.resize();
  return copy;
}

/** The PNG: title, chart, source line and licence, on white. */
export async function chartPng(button: HTMLButtonElement): Promise<Blob> {
  const box = document.querySelector<HTMLElement>("[data-chart-image]");
  if (!box) throw new Error("no chart on the page");
  const image = await chartImage(box);
  const inner = IMAGE_WIDTH - 2 * MARGIN;
  const drawnHeight = Math.round((image.height / image.width) * inner);
  const canvas = document.createElement("canvas");
  canvas.width = IMAGE_WIDTH;
  const g = canvas.getContext("2d")!;
  g.font = `bold 64px ${FONT}`;
  const title = wrap(g, button.dataset.title ?? "", inner);
  g.font = `36px ${FONT}`;
  const foot = [...wrap(g, button.dataset.source ?? "", inner), ...wrap(g, button.dataset.licence ?? "", inner)];
  canvas.height = MARGIN + title.length * 80 + 40 + drawnHeight + 40 + foot.length * 48 + MARGIN;
  g.fillStyle = "#ffffff";
  g.fillRect(0, 0, canvas.width, canvas.height);
  g.fillStyle = "#1a1a1a";
  g.textBaseline = "top";
  g.font = `bold 64px ${FONT}`;
  title.forEach((line, i) => g.fillText(line, MARGIN, MARGIN + i * 80));
  const top = MARGIN + title.length * 80 + 40;
  g.drawImage(image, MARGIN, top, inner, drawnHeight);
  g.font = `36px ${FONT}`;
  g.fillStyle = "#444444";
  foot.forEach((line, i) => g.fillText(line, MARGIN, top + drawnHeight + 40 + i * 48));
  return new Promise((resolve, reject) => canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error("no image"))), "image/png"));
}

function init(): void {
  const button = document.querySelector<HTMLButtonElement>("button.png-download");
  if (!button) return;
  button.closest<HTMLElement>("[data-js-only]")!.hidden = false;
  button.addEventListener("click", async () => {
    button.disabled = true;
    try {
      const blob = await chartPng(button);
      const link = document.createElement("a");
      link.href = URL.createObjectURL(blob);
      link.download = button.dataset.file ?? "chart.png";
      document.body.append(link);
      link.click();
      link.remove();
      URL.revokeObjectURL(link.href);
    } finally {
      button.disabled = false;
    }
  });
}

init();
