import { Resvg } from '@resvg/resvg-js';
import jsQR from 'jsqr';
import { describe, expect, it } from 'vitest';
import { qrPath } from '../../src/lib/qr-code';
import { qrModules } from '../../src/lib/slip';

/** Pixels per module: about what a 28 mm slip code gives a phone camera at arm's length. */
const SCALE = 6;

/** Draws a code the way the slip and the booklet do (black path on white paper) and returns its pixels. */
function rasterise(url: string): { data: Uint8ClampedArray; width: number; height: number } {
  const { viewBox, d } = qrPath(qrModules(url));
  const svg = `<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 ${viewBox} ${viewBox}" width="${viewBox * SCALE}" height="${viewBox * SCALE}"><rect width="100%" height="100%" fill="#fff"/><path d="${d}" fill="#000"/></svg>`;
  const image = new Resvg(svg, { shapeRendering: 0 }).render();
  return { data: new Uint8ClampedArray(image.pixels), width: image.width, height: image.height };
}

describe('printed QR codes', () => {
  const urls = [
    'https://example.org/ru/services/soligorsk-trust-point/',
    'https://example.org/sr-cyrl/services/beograd-drop-in-centar-sa-dugim-imenom/',
  ];

  it.each(urls)('decode back to the page address (%s)', (url) => {
    const { data, width, height } = rasterise(url);
    expect(jsQR(data, width, height)?.data).toBe(url);
  });

  // Forty addresses of the form the slip data holds: the library picks a different mask for many of them, and each must scan.
  const slipAddresses = ['ru', 'sr', 'en', 'sr-cyrl'].flatMap((edition) =>
    Array.from({ length: 10 }, (_, index) => `https://example.org/${edition}/services/minsk-synthetic-${index * 37}/`),
  );

  it('decode back to the page address whichever mask the encoder chose', () => {
    const decoded = slipAddresses.map((url) => {
      const { data, width, height } = rasterise(url);
      return jsQR(data, width, height)?.data;
    });
    expect(decoded).toEqual(slipAddresses);
  });

  it('keep a light quiet zone of at least four modules on every side', () => {
    const { data, width, height } = rasterise(urls[0]!);
    const band = 4 * SCALE;
    const darkInBand: string[] = [];
    for (let y = 0; y < height; y += 1) {
      for (let x = 0; x < width; x += 1) {
        const inBand = x < band || y < band || x >= width - band || y >= height - band;
        if (inBand && data[(y * width + x) * 4]! < 128) darkInBand.push(`${x},${y}`);
      }
    }
    expect(darkInBand).toEqual([]);
  });
});
