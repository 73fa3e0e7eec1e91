import { describe, expect, it } from 'vitest';
import type { Topology } from 'topojson-specification';
import world from 'world-atlas/countries-110m.json';
import { buildLocatorMap, countriesOf, formatCoordinates, POINT_RADIUS_DEG } from './locator';

const countries = countriesOf(world as unknown as Topology);
const SIZE = { width: 300, height: 180 };

describe('locator map geometry', () => {
  it('reads the countries of the world-atlas topology', () => {
    expect(countries.length).toBeGreaterThan(150);
    expect(countries.some((c) => c.properties.name === 'Russia')).toBe(true);
  });

  it('centres a city in a regional view, inside its country, with the marker in the box', () => {
    const map = buildLocatorMap(countries, { lat: 43.12, lon: 131.89, names: ['Vladivostok'] }, SIZE);
    expect(map.homeCountry).toBe('Russia');
    expect(map.isCountry).toBe(false);
    expect(map.radiusDeg).toBe(POINT_RADIUS_DEG);
    // Near the centre (the fitted circle is not quite symmetric once projected).
    expect(Math.abs(map.marker!.x - 150)).toBeLessThan(4);
    expect(Math.abs(map.marker!.y - 90)).toBeLessThan(4);
    // A regional view shows the neighbours and not the far side of the world.
    const shown = map.countries.map((c) => c.name);
    expect(shown).toEqual(expect.arrayContaining(['Russia', 'North Korea', 'China']));
    expect(shown).not.toContain('Brazil');
    expect(map.countries.find((c) => c.home)?.name).toBe('Russia');
    expect(map.graticule).toMatch(/^M/);
  });

  it('fits a whole country when the place is one', () => {
    const russia = buildLocatorMap(countries, { lat: 61.5, lon: 105.3, names: ['Russia', 'Russian Federation'] }, SIZE);
    expect(russia.isCountry).toBe(true);
    expect(russia.radiusDeg).toBeGreaterThan(20);
    const nk = buildLocatorMap(countries, { lat: 40, lon: 127, names: ['North Korea', 'DPRK'] }, SIZE);
    expect(nk.isCountry).toBe(true);
    expect(nk.radiusDeg).toBeLessThan(russia.radiusDeg);
  });

  it('keeps every path inside the view box', () => {
    const map = buildLocatorMap(countries, { lat: 51.6, lon: 36.1, names: ['Kursk Oblast'] }, SIZE);
    for (const c of map.countries) {
      const numbers = c.d.match(/-?\d+(\.\d+)?/g)!.map(Number);
      for (let i = 0; i < numbers.length; i += 2) {
        expect(numbers[i]).toBeGreaterThanOrEqual(0);
        expect(numbers[i]).toBeLessThanOrEqual(SIZE.width);
      }
    }
  });

  it('formats coordinates with hemispheres', () => {
    expect(formatCoordinates(43.12, 131.89)).toBe('43.12° N, 131.89° E');
    expect(formatCoordinates(-33.9, -70.5)).toBe('33.9° S, 70.5° W');
    expect(formatCoordinates(40, 127)).toBe('40° N, 127° E');
  });
});
