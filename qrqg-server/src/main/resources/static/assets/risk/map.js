// The map: the provinces' outlines (GET /api/v1/risk/provinces.geojson, drawn once by Leaflet
// with no tile layer, so nothing comes from another host) filled with their level's colour,
// the level's number written on each, and the legend. Each path carries data-code and
// data-level. A click picks the province.
import { t } from '/assets/i18n.js';
import { loadScript, loadStylesheet } from '/assets/vendor.js';
import { levelClass, levelColour, levelLabel, levelText, LEVELS } from '/assets/risk/levels.js';

const OUTLINE = { color: '#ffffff', weight: 1, opacity: 1, fillOpacity: 1 };
const SELECTED = { color: '#1a1a1a', weight: 3 };
const provinces = new Map(); // code → {name, polygon, label}
let selected = null;

/** The area-weighted centre of a ring of [lon, lat] (where its number is written). */
function centroid(ring) {
  let area = 0;
  let x = 0;
  let y = 0;
  for (let i = 0; i < ring.length - 1; i++) {
    const [x0, y0] = ring[i];
    const [x1, y1] = ring[i + 1];
    const cross = x0 * y1 - x1 * y0;
    area += cross;
    x += (x0 + x1) * cross;
    y += (y0 + y1) * cross;
  }
  return [y / (3 * area), x / (3 * area)];
}

/** The centre of the province's largest part: an island first in the list is not the province. */
function labelPoint(geometry) {
  const parts = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  const size = (ring) => {
    const xs = ring.map((p) => p[0]);
    const ys = ring.map((p) => p[1]);
    return (Math.max(...xs) - Math.min(...xs)) * (Math.max(...ys) - Math.min(...ys));
  };
  return centroid(parts.map((part) => part[0]).reduce((a, b) => (size(b) > size(a) ? b : a)));
}

/** Draws the outlines once, grey until levels() colours them; onPick(code) on a click. */
export async function drawMap(container, geojson, onPick) {
  const [L] = await Promise.all([loadScript('leaflet.js', 'L'), loadStylesheet('leaflet.css')]);
  // the zoom buttons' names in the page's language (Leaflet's own are English): relabelMap()
  const map = L.map(container, { zoomSnap: 0.25, minZoom: 4, maxZoom: 11, zoomControl: false });
  L.control.zoom({ zoomInTitle: t('risk.map.zoomIn'), zoomOutTitle: t('risk.map.zoomOut') }).addTo(map);
  map.attributionControl.setPrefix('<a href="https://leafletjs.com">Leaflet</a>');
  map.attributionControl.addAttribution('<a href="https://www.geoboundaries.org">geoBoundaries</a>');
  const layer = L.geoJSON(geojson, {
    style: () => ({ ...OUTLINE, fillColor: levelColour(null) }),
    onEachFeature: (feature, polygon) => {
      const { code, name } = feature.properties;
      const label = L.tooltip({ permanent: true, direction: 'center', className: 'risk-label', interactive: false })
        .setLatLng(labelPoint(feature.geometry));
      polygon.on('click', () => onPick(code));
      polygon.bindTooltip('', { sticky: true });
      provinces.set(code, { name, polygon, label });
    },
  }).addTo(map);
  map.fitBounds(layer.getBounds());
  provinces.forEach(({ polygon, label }, code) => {
    polygon.getElement().dataset.code = code;
    label.addTo(map);
    label.getElement().dataset.code = code;
  });
}

/** Names the map's zoom buttons (title and aria-label, as Leaflet sets them) in the page's language. */
export function relabelMap(container) {
  [['.leaflet-control-zoom-in', 'risk.map.zoomIn'], ['.leaflet-control-zoom-out', 'risk.map.zoomOut']].forEach(([css, key]) => {
    const button = container.querySelector(css);
    if (!button) return;
    button.title = t(key);
    button.setAttribute('aria-label', t(key));
  });
}

/** Colours the provinces by the levels of a day (items of GET /api/v1/risk/levels); missing ones grey. */
export function colourMap(items) {
  const levels = new Map(items.map((item) => [item.code, item.level ?? null]));
  provinces.forEach(({ name, polygon, label }, code) => {
    const level = levels.get(code) ?? null;
    polygon.setStyle({ fillColor: levelColour(level) });
    const path = polygon.getElement();
    path.dataset.level = level ?? 'none';
    path.classList.remove(...[...path.classList].filter((c) => c.startsWith('risk-')));
    path.classList.add(levelClass(level));
    polygon.setTooltipContent(`${name}: ${levelText(level)}`);
    label.setContent(level ? String(level) : '–');
  });
}

/** Outlines the picked province (none: null). */
export function selectOnMap(code) {
  provinces.get(selected)?.polygon.setStyle(OUTLINE);
  selected = code;
  const province = provinces.get(code);
  if (province) {
    province.polygon.setStyle(SELECTED);
    province.polygon.bringToFront();
  }
}

/** The legend: each level's colour, number and name, and how many provinces have it. */
export function drawLegend(list, items) {
  const count = (level) => items.filter((item) => (item.level ?? null) === level).length;
  list.replaceChildren(...[...LEVELS, null].map((level) => {
    const entry = document.createElement('li');
    entry.append(levelLabel(level), ` (${t('risk.legend.count', { n: count(level) })})`);
    return entry;
  }));
}
