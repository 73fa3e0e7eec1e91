/**
 * The locator map's geometry: country outlines from a TopoJSON world (world-atlas, 110m), projected
 * with d3-geo's Natural Earth projection and fitted around the place. Pure: the caller passes the
 * topology, this returns SVG path strings and the marker position. No tiles, no network.
 */
import { foldForCompare } from '../glossary/fold-for-compare';
import { t } from '@/lib/i18n/i18n';
import { geoArea, geoCircle, geoContains, geoGraticule, geoNaturalEarth1, geoPath } from 'd3-geo';
import type { Feature, Geometry } from 'geojson';
import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';

export interface MapPlace {
  lat: number;
  lon: number;
  /** The entry's name and aliases: when one is the name of the country the point lies in, the map shows the whole country. */
  names: readonly string[];
}

export interface MapSize {
  width: number;
  height: number;
}

export interface LocatorMap extends MapSize {
  countries: Array<{ id: string; name: string; d: string; home: boolean }>;
  graticule: string;
  marker: { x: number; y: number } | null;
  /** The angular radius (degrees) the view was fitted to. */
  radiusDeg: number;
  /** The country the point lies in, if any. */
  homeCountry: string | null;
  /** True when the place is a whole country (the view fits the country, not a region around a point). */
  isCountry: boolean;
}

export type CountryFeature = Feature<Geometry, { name: string }> & { id?: string | number };

/** Radius of the regional view around a city, river or other point place, in degrees (about 780 km). */
export const POINT_RADIUS_DEG = 7;
/** A country's view is the circle of its area, enlarged a little, between these bounds. */
const COUNTRY_RADIUS_MIN_DEG = 4;
const COUNTRY_RADIUS_MAX_DEG = 40;
const COUNTRY_MARGIN = 1.3;

const cache = new WeakMap<object, CountryFeature[]>();

/** The countries of a world-atlas topology as GeoJSON features (computed once per topology). */
export function countriesOf(world: Topology): CountryFeature[] {
  let out = cache.get(world);
  if (!out) {
    const fc = feature(world, world.objects.countries as GeometryCollection<{ name: string }>);
    out = ('features' in fc ? fc.features : [fc]) as CountryFeature[];
    cache.set(world, out);
  }
  return out;
}

const fold = foldForCompare;

/** The angular radius of a circle with the feature's area, in degrees. */
function areaRadiusDeg(f: CountryFeature): number {
  return (Math.sqrt(geoArea(f) / Math.PI) * 180) / Math.PI;
}

/** Projects the world around `place` into a `size` box: outlines, a graticule, and the marker. */
export function buildLocatorMap(countries: readonly CountryFeature[], place: MapPlace, size: MapSize): LocatorMap {
  const point: [number, number] = [place.lon, place.lat];
  const names = new Set(place.names.map(fold));
  const home = countries.find((c) => names.has(fold(c.properties.name))) ?? countries.find((c) => geoContains(c, point)) ?? null;
  const isCountry = !!home && names.has(fold(home.properties.name));
  const radiusDeg = isCountry
    ? Math.min(COUNTRY_RADIUS_MAX_DEG, Math.max(COUNTRY_RADIUS_MIN_DEG, areaRadiusDeg(home) * COUNTRY_MARGIN))
    : POINT_RADIUS_DEG;

  const pad = 6;
  const projection = geoNaturalEarth1()
    .rotate([-place.lon, 0])
    .fitExtent(
      [
        [pad, pad],
        [size.width - pad, size.height - pad],
      ],
      geoCircle().center(point).radius(radiusDeg)(),
    )
    .clipExtent([
      [0, 0],
      [size.width, size.height],
    ]);
  const path = geoPath(projection).digits(1);
  const out: LocatorMap['countries'] = [];
  for (const c of countries) {
    const d = path(c);
    if (d) out.push({ id: String(c.id ?? c.properties.name), name: c.properties.name, d, home: c === home });
  }
  const xy = projection(point);
  return {
    ...size,
    countries: out,
    graticule: path(geoGraticule().step([10, 10])()) ?? '',
    marker: xy ? { x: Math.round(xy[0] * 10) / 10, y: Math.round(xy[1] * 10) / 10 } : null,
    radiusDeg,
    homeCountry: home?.properties.name ?? null,
    isCountry,
  };
}

/** Degrees with at most two decimals (about a kilometre), in the browser's locale. */
const COORDINATE_FORMAT = new Intl.NumberFormat(undefined, { maximumFractionDigits: 2 });

/** "43.12° N, 131.89° E" (numbers and compass letters as the browser's language writes them). */
export function formatCoordinates(lat: number, lon: number): string {
  const f = (v: number) => COORDINATE_FORMAT.format(Math.abs(v));
  return t('sidepanel.map.coordinates', [f(lat), t(lat >= 0 ? 'sidepanel.map.north' : 'sidepanel.map.south'), f(lon), t(lon >= 0 ? 'sidepanel.map.east' : 'sidepanel.map.west')]);
}
