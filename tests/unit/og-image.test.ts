import { describe, expect, it } from 'vitest';
import { Resvg } from '@resvg/resvg-js';
import { encodePalettePng, renderPng, titleCardSvg, wrapText } from '../../src/lib/og-image';

const LONG_RUSSIAN =
  'Профилактика без стигмы: ответ на резолюцию конференции «Региональные практики» о здоровье, реабилитации и участии сообщества людей, употребляющих наркотики, в решениях, которые касаются их жизни';

describe('wrapping a title', () => {
  it('keeps a short title on one line', () => {
    expect(wrapText('Harm reduction saves lives', 30, 3)).toEqual(['Harm reduction saves lives']);
  });

  it('breaks at spaces and never exceeds the line length', () => {
    const lines = wrapText(LONG_RUSSIAN, 28, 20);
    expect(lines.join(' ')).toBe(LONG_RUSSIAN);
    for (const line of lines) expect(line.length).toBeLessThanOrEqual(28);
  });

  it('ends with an ellipsis when the text does not fit', () => {
    const lines = wrapText(LONG_RUSSIAN, 28, 3);
    expect(lines).toHaveLength(3);
    expect(lines[2]!.endsWith('…')).toBe(true);
    expect(lines[2]!.length).toBeLessThanOrEqual(28);
  });

  it('splits a word longer than a line', () => {
    const lines = wrapText('a'.repeat(25), 10, 5);
    expect(lines).toEqual(['aaaaaaaaaa', 'aaaaaaaaaa', 'aaaaa']);
  });
});

describe('title card', () => {
  const card = {
    label: 'ENPUD · Statement',
    title: 'Drugs & <rights>',
    date: '1 March 2026',
    publisher: 'Network "X"',
  };

  it('escapes text so a title cannot break the SVG', () => {
    const svg = titleCardSvg(card);
    expect(svg).toContain('Drugs &#38; &#60;rights&#62;');
    expect(svg).toContain('Network &#34;X&#34;');
    expect(svg).not.toContain('<rights>');
  });

  // How long it takes is a figure of `npm run bench` (share images), not a test: it depends on the machine's load.
  it('renders a small PNG with Cyrillic text', () => {
    const png = renderPng(titleCardSvg({ ...card, title: LONG_RUSSIAN, date: '20 ноября 2026 г.' }));
    expect([...png.slice(0, 8)]).toEqual([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
    expect(png.length).toBeLessThan(60_000);
  });
});

describe('palette PNG', () => {
  it('decodes to the same picture, within the 16 levels per channel it keeps', () => {
    const svg =
      '<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><rect width="40" height="20" fill="#fff"/><circle cx="10" cy="10" r="7" fill="#0b5cad"/><rect x="22" y="4" width="12" height="12" fill="#1b1b1f"/></svg>';
    const original = new Resvg(svg).render();
    const png = encodePalettePng(original.pixels, original.width, original.height);
    expect(png).toBeDefined();
    const wrapped = `<svg xmlns="http://www.w3.org/2000/svg" width="40" height="20"><image width="40" height="20" href="data:image/png;base64,${Buffer.from(png!).toString('base64')}"/></svg>`;
    const decoded = new Resvg(wrapped).render().pixels;
    expect(decoded.length).toBe(original.pixels.length);
    const worst = Math.max(...original.pixels.map((value, index) => Math.abs(value - decoded[index]!)));
    expect(worst).toBeLessThanOrEqual(9);
  });

  it('gives up on images with more than 256 colours', () => {
    // 16 × 16 × 4 distinct colours, even after rounding to 16 levels per channel.
    const pixels = new Uint8Array(32 * 32 * 4);
    for (let pixel = 0; pixel < 32 * 32; pixel += 1) {
      pixels.set([(pixel % 16) * 17, (Math.floor(pixel / 16) % 16) * 17, Math.floor(pixel / 256) * 17, 255], pixel * 4);
    }
    expect(encodePalettePng(pixels, 32, 32)).toBeUndefined();
  });
});
