import { describe, expect, it } from 'vitest';
import { boundsOf, EARTH_RADIUS_KM, haversineKm, sortByDistance } from '../../src/lib/geo';

const minsk = { lat: 53.9023, lon: 27.5619 };
const soligorsk = { lat: 52.7876, lon: 27.5415 };
const belgrade = { lat: 44.8166, lon: 20.4602 };

describe('haversineKm', () => {
  it('is zero for the same point and symmetric', () => {
    expect(haversineKm(minsk, minsk)).toBe(0);
    expect(haversineKm(minsk, belgrade)).toBeCloseTo(haversineKm(belgrade, minsk), 9);
  });

  it('measures one degree of latitude as 1/360 of a meridian', () => {
    expect(haversineKm({ lat: 10, lon: 30 }, { lat: 11, lon: 30 })).toBeCloseTo(
      (2 * Math.PI * EARTH_RADIUS_KM) / 360,
      6,
    );
  });

  it('shrinks a degree of longitude with the cosine of the latitude', () => {
    const atEquator = haversineKm({ lat: 0, lon: 0 }, { lat: 0, lon: 1 });
    const atSixty = haversineKm({ lat: 60, lon: 0 }, { lat: 60, lon: 1 });
    expect(atSixty / atEquator).toBeCloseTo(0.5, 3);
  });

  it('gives half the circumference for antipodal points', () => {
    expect(haversineKm({ lat: 0, lon: 0 }, { lat: 0, lon: 180 })).toBeCloseTo(Math.PI * EARTH_RADIUS_KM, 6);
    expect(haversineKm({ lat: 90, lon: 0 }, { lat: -90, lon: 0 })).toBeCloseTo(Math.PI * EARTH_RADIUS_KM, 6);
  });

  it('takes the short way across the antimeridian', () => {
    expect(haversineKm({ lat: 0, lon: 179.5 }, { lat: 0, lon: -179.5 })).toBeCloseTo(
      haversineKm({ lat: 0, lon: 0 }, { lat: 0, lon: 1 }),
      6,
    );
  });

  it('agrees with published road-atlas distances to within a few kilometres', () => {
    // Minsk–Soligorsk is about 124 km as the crow flies.
    expect(haversineKm(minsk, soligorsk)).toBeGreaterThan(120);
    expect(haversineKm(minsk, soligorsk)).toBeLessThan(128);
  });
});

describe('sortByDistance', () => {
  const places = [
    { name: 'belgrade', at: belgrade },
    { name: 'nowhere', at: undefined },
    { name: 'soligorsk', at: soligorsk },
    { name: 'minsk', at: minsk },
  ];

  it('puts the nearest first and items without a location last', () => {
    const sorted = sortByDistance(places, { lat: 53.85, lon: 27.6 }, (place) => place.at);
    expect(sorted.map(({ item }) => item.name)).toEqual(['minsk', 'soligorsk', 'belgrade', 'nowhere']);
    expect(sorted[0]!.km).toBeLessThan(sorted[1]!.km!);
    expect(sorted[3]!.km).toBeUndefined();
  });

  it('keeps the original order for equal distances', () => {
    const same = [
      { name: 'a', at: minsk },
      { name: 'b', at: minsk },
      { name: 'c', at: minsk },
    ];
    expect(sortByDistance(same, belgrade, (place) => place.at).map(({ item }) => item.name)).toEqual(['a', 'b', 'c']);
  });

  it('does not change the input', () => {
    const copy = [...places];
    sortByDistance(places, belgrade, (place) => place.at);
    expect(places).toEqual(copy);
  });
});

describe('boundsOf', () => {
  it('encloses every point', () => {
    expect(boundsOf([minsk, belgrade, soligorsk])).toEqual({
      south: belgrade.lat,
      west: belgrade.lon,
      north: minsk.lat,
      east: minsk.lon,
    });
  });

  it('is undefined without points', () => {
    expect(boundsOf([])).toBeUndefined();
  });
});
