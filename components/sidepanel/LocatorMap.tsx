/**
 * A small locator map for a place: country outlines (world-atlas 110m, bundled with the extension)
 * under a Natural Earth projection fitted around the place, and a marker at its coordinates.
 * Inline SVG, drawn on the device: no tiles, no network.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import type { Topology } from 'topojson-specification';
import { t } from '@/components/design/i18n';
import type { Coordinates } from '@/lib/glossary/types';
import { buildLocatorMap, countriesOf, formatCoordinates, type CountryFeature } from '@/lib/sidepanel/locator';

export const MAP_SIZE = { width: 288, height: 176 } as const;

let worldPromise: Promise<CountryFeature[]> | null = null;
/** The world outlines, loaded once, on the first map (the file is ~100 kB: lists without places never load it). */
export function loadCountries(): Promise<CountryFeature[]> {
  worldPromise ??= import('world-atlas/countries-110m.json').then((m) => countriesOf((m.default ?? m) as unknown as Topology));
  return worldPromise;
}

export interface LocatorMapProps {
  name: string;
  names: readonly string[];
  coordinates: Coordinates;
  /** For tests: the outlines, instead of loading them. */
  countries?: CountryFeature[];
}

export function LocatorMap({ name, names, coordinates, countries: given }: LocatorMapProps) {
  const [countries, setCountries] = useState<CountryFeature[] | null>(given ?? null);
  useEffect(() => {
    if (given) return;
    let live = true;
    void loadCountries().then((c) => live && setCountries(c));
    return () => {
      live = false;
    };
  }, [given]);

  const map = useMemo(
    () => (countries ? buildLocatorMap(countries, { lat: coordinates.lat, lon: coordinates.lon, names }, MAP_SIZE) : null),
    [countries, coordinates.lat, coordinates.lon, names.join('|')],
  );
  const where = formatCoordinates(coordinates.lat, coordinates.lon);
  const label = map?.homeCountry && !map.isCountry ? t('sidepanel.map.labelIn', [name, where, map.homeCountry]) : t('sidepanel.map.label', [name, where]);

  return (
    <figure class="sp-map">
      {map ? (
        <svg class="sp-map-svg" viewBox={`0 0 ${map.width} ${map.height}`} role="img" aria-label={label}>
          <rect class="sp-map-sea" width={map.width} height={map.height} />
          <path class="sp-map-graticule" d={map.graticule} />
          {map.countries.map((c) => (
            <path key={c.id} class={c.home ? 'sp-map-land sp-map-home' : 'sp-map-land'} d={c.d}>
              <title>{c.name}</title>
            </path>
          ))}
          {map.marker && !map.isCountry && (
            <g class="sp-map-marker" transform={`translate(${map.marker.x} ${map.marker.y})`}>
              <circle r="9" class="sp-map-marker-halo" />
              <circle r="4" class="sp-map-marker-dot" />
            </g>
          )}
        </svg>
      ) : (
        <div class="sp-map-loading" style={{ aspectRatio: `${MAP_SIZE.width} / ${MAP_SIZE.height}` }} aria-hidden="true" />
      )}
      <figcaption class="sp-map-caption">
        {where}
        {map?.homeCountry && !map.isCountry ? ` · ${map.homeCountry}` : ''}
      </figcaption>
    </figure>
  );
}
