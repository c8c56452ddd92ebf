/**
 * Choropleth maps drawn at build time as SVG text: no JavaScript in the reader's browser.
 * Boundaries: Natural Earth (public domain) through the `world-atlas` package, in TopoJSON,
 * decoded with `topojson-client` and projected with `d3-geo` on an equal-area projection
 * (Lambert azimuthal equal-area centred on Europe; Equal Earth for the world), so that areas
 * compare truly. Shapes are keyed by ISO 3166-1 numeric code in world-atlas; `iso-numeric.ts`
 * maps them to the alpha-2 codes the records use. Kosovo (`XK`) has no ISO numeric code: its
 * shape is found by its Natural Earth name.
 *
 * Colour is never the only cue: a single-hue sequential ramp whose steps differ in lightness
 * (readable in greyscale and by colour-blind readers), the value written on or next to each
 * shape, a legend, every shape named for screen readers ("Germany: 12 projects"), and the table
 * beside the map with the same numbers.
 */
import { geoAzimuthalEqualArea, geoEqualEarth, geoPath, type GeoProjection, type GeoStream, type GeoStreamWrapper } from "d3-geo";
import { feature } from "topojson-client";
import type { Feature, FeatureCollection, Geometry, MultiPolygon, Polygon, Position } from "geojson";
import type { GeometryCollection, Topology } from "topojson-specification";
import europeAtlas from "world-atlas/countries-50m.json" with { type: "json" };
import worldAtlas from "world-atlas/countries-110m.json" with { type: "json" };
import { ALPHA2_BY_NUMERIC } from "./iso-numeric.ts";

export type MapRegion = "europe" | "world";

export interface MapArea {
  /** ISO 3166-1 alpha-2 code, upper case. */
  code: string;
  /** The value drawn; null: a shape with no value (drawn as "no data", never as zero). */
  value: number | null;
  /** The value as written on the map ("12", "1,234"). */
  text: string;
  /** The shape's accessible name, with its value: "Germany: 12 projects". */
  name: string;
}

export interface MapStrings {
  /** The map's accessible name. */
  label: string;
  /** The legend's heading. */
  legend: string;
  /** A class of the legend, "from 1 to 5". */
  range: (from: string, to: string) => string;
  /** The legend's entry for shapes with no value. */
  noData: string;
  format: (value: number) => string;
}

/** Light to dark: ColorBrewer "Blues", five steps of clearly different lightness. */
export const MAP_RAMP = ["#deebf7", "#9ecae1", "#4292c6", "#2171b5", "#08306b"] as const;
const NO_DATA = "#f2f2f2";
const CONTEXT = "#e4e4e4";
const STROKE = "#7a7a7a";
const FONT = "system-ui, sans-serif";

interface CountryFeature extends Feature<Polygon | MultiPolygon, { name: string }> {
  code: string | undefined;
}

const cache = new Map<MapRegion, CountryFeature[]>();

/** The countries of the atlas, each with its alpha-2 code (Kosovo by name; the few disputed areas without a code stay uncoded). */
export function countryFeatures(region: MapRegion): CountryFeature[] {
  let list = cache.get(region);
  if (!list) {
    const topology = (region === "europe" ? europeAtlas : worldAtlas) as unknown as Topology<{ countries: GeometryCollection<{ name: string }> }>;
    const collection = feature(topology, topology.objects.countries) as FeatureCollection<Polygon | MultiPolygon, { name: string }>;
    list = collection.features.map((f) => ({
      ...f,
      code: f.id !== undefined ? ALPHA2_BY_NUMERIC.get(String(f.id).padStart(3, "0")) : f.properties.name === "Kosovo" ? "XK" : undefined,
    }));
    cache.set(region, list);
  }
  return list;
}

const WIDTH = { europe: 640, world: 800 } as const;
const HEIGHT = { europe: 600, world: 420 } as const;

/**
 * The projection: Europe from the Azores' longitude to Cyprus and from Crete to the North
 * Cape (the member states, without the outermost regions overseas); the world without Antarctica.
 */
function projection(region: MapRegion, width: number, height: number): GeoProjection {
  const base = region === "europe" ? geoAzimuthalEqualArea().rotate([-12, -52]) : geoEqualEarth();
  // What is drawn stops above the legend (the bottom 56 pixels); the region fills the rest, 8 pixels in.
  return base
    .clipExtent([
      [0, 0],
      [width, height - 56],
    ])
    .fitExtent(
      [
        [8, 8],
        [width - 8, height - 60],
      ],
      REGION_EXTENT[region],
    );
}

/** The points each region's map must show. */
const REGION_EXTENT: Record<MapRegion, Geometry> = {
  europe: {
    type: "MultiPoint",
    coordinates: [
      [-10.5, 36],
      [34.5, 34.6],
      [31, 70],
      [-9, 59],
      [10, 71],
      [26, 35],
    ],
  },
  world: {
    type: "MultiPoint",
    coordinates: [
      [-120, -40],
      [150, -40],
      [-120, 72],
      [150, 72],
    ],
  },
};

/**
 * Drops each projected point closer than `tolerance` pixels to the last one kept on its line:
 * detail finer than the map can show, which would only make the SVG heavier.
 */
function simplified(projection: GeoProjection, tolerance: number): GeoStreamWrapper {
  const t2 = tolerance * tolerance;
  return {
    stream(output: GeoStream): GeoStream {
      let x0 = 0;
      let y0 = 0;
      let first = true;
      return projection.stream({
        point(x, y) {
          if (first || (x - x0) ** 2 + (y - y0) ** 2 >= t2) {
            output.point(x, y);
            x0 = x;
            y0 = y;
            first = false;
          }
        },
        lineStart() {
          first = true;
          output.lineStart();
        },
        lineEnd: () => output.lineEnd(),
        polygonStart: () => output.polygonStart(),
        polygonEnd: () => output.polygonEnd(),
        sphere: () => output.sphere?.(),
      });
    },
  };
}

/**
 * Class breaks: up to five classes with about as many distinct values each (quantiles), so that
 * a few large values do not leave every other shape in the lightest step. Each class runs from
 * its smallest value to its largest, as the legend says.
 */
export function mapClasses(values: readonly number[]): { from: number; to: number }[] {
  const distinct = [...new Set(values)].sort((a, b) => a - b);
  const n = distinct.length;
  const k = Math.min(MAP_RAMP.length, n);
  const classes: { from: number; to: number }[] = [];
  for (let i = 0; i < k; i++) {
    const first = Math.floor((i * n) / k);
    const last = Math.floor(((i + 1) * n) / k) - 1;
    classes.push({ from: distinct[first]!, to: distinct[last]! });
  }
  return classes;
}

const escape = (text: string) => text.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;");

/** Leaves out the rings smaller than a pixel or so: islands that would be dots. */
function withoutSpecks(f: CountryFeature, path: ReturnType<typeof geoPath>, keepLargest: boolean): CountryFeature {
  if (f.geometry.type !== "MultiPolygon") return f;
  const polygons = f.geometry.coordinates.map((coordinates) => ({ coordinates, area: path.area({ type: "Polygon", coordinates }) }));
  const largest = Math.max(...polygons.map((p) => p.area));
  const kept = polygons.filter((p) => p.area >= 1.5 || (keepLargest && p.area === largest)).map((p) => p.coordinates as Position[][]);
  return { ...f, geometry: { type: "MultiPolygon", coordinates: kept } };
}

/**
 * A country's outline as a map draws it: the path, and the centroid of its largest part in view;
 * undefined when nothing of it is in the frame. The outlines do not depend on the data, so each
 * is projected once per region (every member state's page draws the same world).
 */
function shapeOf(region: MapRegion, index: number, keepLargest: boolean): { d: string; centroid: [number, number] } | undefined {
  const key = `${region} ${index} ${keepLargest}`;
  if (shapes.has(key)) return shapes.get(key);
  const width = WIDTH[region];
  const height = HEIGHT[region];
  let path = paths.get(region);
  if (!path) paths.set(region, (path = geoPath(simplified(projection(region, width, height), 1.2)).digits(0)));
  const f = withoutSpecks(countryFeatures(region)[index]!, path, keepLargest);
  const d = path(f);
  // France and others draw their outermost regions far outside Europe's frame: only what is in view counts.
  const [[x0, y0], [x1, y1]] = d
    ? path.bounds(f)
    : [
        [0, 0],
        [-1, -1],
      ];
  const shape = d && !(x1 < 0 || y1 < 0 || x0 > width || y0 > height) ? { d, centroid: path.centroid(largestPart(f, path)) } : undefined;
  shapes.set(key, shape);
  return shape;
}
const shapes = new Map<string, { d: string; centroid: [number, number] } | undefined>();
const paths = new Map<MapRegion, ReturnType<typeof geoPath>>();

/**
 * The SVG of a choropleth map: shapes coloured by class, the value written at each coloured
 * shape, a legend, and every area with a value (or named as without one) as a `<path
 * role="img">` with its name in `aria-label` and `<title>`. Countries not in `areas` are drawn
 * for context, hidden from screen readers.
 */
export function renderMap(region: MapRegion, areas: readonly MapArea[], strings: MapStrings, id: string): string {
  const width = WIDTH[region];
  const height = HEIGHT[region];
  const byCode = new Map(areas.map((a) => [a.code, a]));
  const classes = mapClasses(areas.flatMap((a) => (a.value === null ? [] : [a.value])));
  const classOf = (value: number) => classes.findIndex((c) => value >= c.from && value <= c.to);
  const shapes: string[] = [];
  const labels: string[] = [];
  const drawn = new Set<string>();
  for (const [index, raw] of countryFeatures(region).entries()) {
    const area = raw.code ? byCode.get(raw.code) : undefined;
    const shape = shapeOf(region, index, area !== undefined);
    if (!shape) continue;
    const d = shape.d;
    if (!area) {
      shapes.push(`<path d="${d}" fill="${CONTEXT}" stroke="#ffffff" stroke-width="0.5" aria-hidden="true"/>`);
      continue;
    }
    drawn.add(area.code);
    const k = area.value === null ? -1 : classOf(area.value);
    const fill = k < 0 ? NO_DATA : MAP_RAMP[k]!;
    shapes.push(
      `<path d="${d}" fill="${fill}" stroke="${STROKE}" stroke-width="0.6" role="img" aria-label="${escape(area.name)}" data-code="${area.code}" data-value="${area.value ?? ""}"><title>${escape(area.name)}</title></path>`,
    );
    if (area.value !== null) {
      // The label sits at the centroid of the largest part in view (mainland France, not the whole).
      const [cx, cy] = shape.centroid;
      if (Number.isFinite(cx) && Number.isFinite(cy)) {
        // Dark text with a white halo on the light steps, white text with a dark halo on the dark ones.
        const colours = k >= 2 ? `fill="#ffffff" stroke="#08306b"` : `fill="#1a1a1a" stroke="#ffffff"`;
        labels.push(`<text x="${cx.toFixed(1)}" y="${cy.toFixed(1)}" ${colours}>${escape(area.text)}</text>`);
      }
    }
  }
  const legendY = height - 44;
  const entries = classes.length + (areas.some((a) => a.value === null) ? 1 : 0);
  const step = Math.min(130, Math.floor((width - 24) / Math.max(1, entries)));
  const legend = [
    `<g class="map-legend" aria-hidden="true" transform="translate(12 ${legendY})" font-family="${FONT}" font-size="12" fill="#1a1a1a">`,
    `<text x="0" y="0" font-weight="600">${escape(strings.legend)}</text>`,
    ...classes.map((c, i) => {
      const x = i * step;
      const text = c.from === c.to ? strings.format(c.from) : strings.range(strings.format(c.from), strings.format(c.to));
      return `<rect x="${x}" y="8" width="18" height="14" fill="${MAP_RAMP[i]}" stroke="${STROKE}" stroke-width="0.6"/><text x="${x + 24}" y="19">${escape(text)}</text>`;
    }),
    ...(areas.some((a) => a.value === null)
      ? [
          `<rect x="${classes.length * step}" y="8" width="18" height="14" fill="${NO_DATA}" stroke="${STROKE}" stroke-width="0.6"/><text x="${classes.length * step + 24}" y="19">${escape(strings.noData)}</text>`,
        ]
      : []),
    "</g>",
  ].join("");
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" class="map" id="${id}" viewBox="0 0 ${width} ${height}" width="${width}" height="${height}" role="group" aria-label="${escape(strings.label)}" data-drawn="${[...drawn].sort().join(" ")}">`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<g class="map-shapes">${shapes.join("")}</g>`,
    `<g class="map-values" aria-hidden="true" font-family="${FONT}" font-size="11" font-weight="600" text-anchor="middle" dominant-baseline="middle" paint-order="stroke" stroke-width="2.5">${labels.join("")}</g>`,
    legend,
    "</svg>",
  ].join("");
}

function largestPart(f: CountryFeature, path: ReturnType<typeof geoPath>): Feature<Polygon> | CountryFeature {
  if (f.geometry.type !== "MultiPolygon") return f;
  const parts = f.geometry.coordinates.map((coordinates) => ({
    type: "Feature" as const,
    properties: {},
    geometry: { type: "Polygon" as const, coordinates },
  }));
  return parts.reduce((a, b) => (path.area(b) > path.area(a) ? b : a));
}

/** Codes a map of `region` can draw (for tests and notes): every coded country of the atlas. */
export function drawableCodes(region: MapRegion): Set<string> {
  return new Set(countryFeatures(region).flatMap((f) => (f.code ? [f.code] : [])));
}
