/**
 * Share images for statements: an SVG title card built from the title and
 * date, rendered to PNG at build time with resvg and the DejaVu fonts (which
 * cover Latin and Cyrillic), so no external service ever sees a statement
 * before it is published and no web font is needed.
 */
import { join } from 'node:path';
import { crc32, deflateSync } from 'node:zlib';
import { Resvg } from '@resvg/resvg-js';

/** Size recommended by Open Graph and Twitter for large cards. */
export const OG_WIDTH = 1200;
export const OG_HEIGHT = 630;

const MARGIN = 80;
const FONT_FAMILY = 'DejaVu Sans';
/** Average advance of DejaVu Sans Bold in em, generous for Cyrillic, so estimated lines never overflow. */
const AVERAGE_ADVANCE = 0.68;

/** What a title card shows. */
export interface TitleCard {
  /** Small line at the top, e.g. "ENPUD · Statement". */
  label: string;
  title: string;
  /** The date as readers of the language write it. */
  date: string;
  /** Who published it. */
  publisher: string;
}

function escapeXml(text: string): string {
  return text.replace(/[&<>"']/g, (char) => `&#${char.charCodeAt(0)};`);
}

/**
 * Breaks text into at most `maxLines` lines of at most `maxChars` characters,
 * at spaces where possible. Text that does not fit ends with "…".
 */
export function wrapText(text: string, maxChars: number, maxLines: number): string[] {
  const lines: string[] = [];
  let current = '';
  const words = text
    .trim()
    .split(/\s+/)
    .flatMap((word) => (word.length <= maxChars ? [word] : (word.match(new RegExp(`.{1,${maxChars}}`, 'gu')) ?? [])));
  let index = 0;
  for (; index < words.length; index += 1) {
    const word = words[index]!;
    const candidate = current ? `${current} ${word}` : word;
    if (candidate.length <= maxChars) {
      current = candidate;
      continue;
    }
    lines.push(current);
    current = word;
    if (lines.length === maxLines) break;
  }
  if (lines.length < maxLines && current) {
    lines.push(current);
    index = words.length;
  }
  if (index < words.length) {
    const last = lines[maxLines - 1] ?? '';
    lines[maxLines - 1] = `${last.length + 1 > maxChars ? last.slice(0, maxChars - 1).trimEnd() : last}…`;
  }
  return lines;
}

/** Title size and line count that fit the card: long titles get smaller type. */
function titleLayout(title: string): { size: number; lines: string[] } {
  const available = OG_WIDTH - 2 * MARGIN;
  for (const size of [68, 58, 50, 44]) {
    const maxChars = Math.floor(available / (size * AVERAGE_ADVANCE));
    const maxLines = Math.floor(330 / (size * 1.2));
    const lines = wrapText(title, maxChars, maxLines);
    if (!lines.at(-1)?.endsWith('…') || size === 44) return { size, lines };
  }
  throw new Error('unreachable');
}

/** The SVG of a title card. Plain shapes and two colours keep the PNG small. */
export function titleCardSvg(card: TitleCard): string {
  const { size, lines } = titleLayout(card.title);
  const lineHeight = Math.round(size * 1.2);
  const titleTop = 190;
  const tspans = lines
    .map((line, index) => `<tspan x="${MARGIN}" y="${titleTop + index * lineHeight}">${escapeXml(line)}</tspan>`)
    .join('');
  return [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${OG_WIDTH}" height="${OG_HEIGHT}" viewBox="0 0 ${OG_WIDTH} ${OG_HEIGHT}">`,
    `<rect width="${OG_WIDTH}" height="${OG_HEIGHT}" fill="#ffffff"/>`,
    `<rect width="24" height="${OG_HEIGHT}" fill="#0b5cad"/>`,
    `<text x="${MARGIN}" y="110" font-family="${FONT_FAMILY}" font-size="30" fill="#0b5cad" font-weight="bold">${escapeXml(card.label)}</text>`,
    `<text font-family="${FONT_FAMILY}" font-size="${size}" font-weight="bold" fill="#1b1b1f">${tspans}</text>`,
    `<rect x="${MARGIN}" y="${OG_HEIGHT - 130}" width="${OG_WIDTH - 2 * MARGIN}" height="2" fill="#d4d4dc"/>`,
    `<text x="${MARGIN}" y="${OG_HEIGHT - 75}" font-family="${FONT_FAMILY}" font-size="30" fill="#1b1b1f">${escapeXml(card.date)}</text>`,
    `<text x="${MARGIN}" y="${OG_HEIGHT - 35}" font-family="${FONT_FAMILY}" font-size="26" fill="#55555f">${escapeXml(card.publisher)}</text>`,
    '</svg>',
  ].join('');
}

/** The DejaVu font files, from the `dejavu-fonts-ttf` package (read from the project, not bundled). */
function fontFiles(): string[] {
  const folder = join(process.cwd(), 'node_modules', 'dejavu-fonts-ttf', 'ttf');
  return [join(folder, 'DejaVuSans.ttf'), join(folder, 'DejaVuSans-Bold.ttf')];
}

function chunk(type: string, data: Uint8Array): Buffer {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'latin1'), data]);
  const checksum = Buffer.alloc(4);
  checksum.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, checksum]);
}

/**
 * Encodes RGBA pixels as an 8-bit palette PNG when they fit in 256 colours
 * after rounding each channel to 16 levels — which a flat card with
 * anti-aliased text does, at about a third of the size of resvg's RGBA PNG.
 * Returns undefined when the image has too many colours.
 */
export function encodePalettePng(rgba: Uint8Array, width: number, height: number): Uint8Array | undefined {
  // Each channel rounded to 16 levels gives a 12-bit key; a lookup table beats a Map by far on 756,000 pixels.
  const indexOfKey = new Int16Array(4096).fill(-1);
  const palette: number[] = [];
  const indexed = Buffer.alloc((width + 1) * height);
  // Whole pixels compared as 32-bit words: most repeat the one before (the background), and
  // for those nothing is rounded or looked up (at 1200×630, ~70 ms per image byte by byte, ~5 ms so).
  const aligned = rgba.byteOffset % 4 === 0 ? rgba : rgba.slice();
  const pixels = new Uint32Array(aligned.buffer, aligned.byteOffset, width * height);
  let out = 0;
  let previousPixel = -1;
  let previousIndex = 0;
  for (let y = 0; y < height; y += 1) {
    // Each row starts with its filter type; 0 (none) suits palette images.
    indexed[out++] = 0;
    for (let pixel = y * width, end = pixel + width; pixel < end; pixel += 1) {
      const value = pixels[pixel]!;
      if (value !== previousPixel) {
        // The card is opaque, so alpha is dropped.
        const at = pixel * 4;
        const key =
          (Math.round(aligned[at]! / 17) << 8) |
          (Math.round(aligned[at + 1]! / 17) << 4) |
          Math.round(aligned[at + 2]! / 17);
        let index = indexOfKey[key]!;
        if (index < 0) {
          if (palette.length === 256) return undefined;
          index = palette.length;
          palette.push(key);
          indexOfKey[key] = index;
        }
        previousPixel = value;
        previousIndex = index;
      }
      indexed[out++] = previousIndex;
    }
  }
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header.set([8, 3, 0, 0, 0], 8);
  const colors = Buffer.alloc(palette.length * 3);
  palette.forEach((key, index) => colors.set([(key >> 8) * 17, ((key >> 4) & 0xf) * 17, (key & 0xf) * 17], index * 3));
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    chunk('IHDR', header),
    chunk('PLTE', colors),
    // Level 9 took five times as long for about 15 % less.
    chunk('IDAT', deflateSync(indexed, { level: 6 })),
    chunk('IEND', new Uint8Array()),
  ]);
}

/** Renders an SVG title card to PNG bytes, as a palette PNG when possible. */
export function renderPng(svg: string): Uint8Array<ArrayBuffer> {
  const resvg = new Resvg(svg, {
    font: { fontFiles: fontFiles(), loadSystemFonts: false, defaultFontFamily: FONT_FAMILY },
    fitTo: { mode: 'original' },
  });
  const image = resvg.render();
  return new Uint8Array(encodePalettePng(image.pixels, image.width, image.height) ?? image.asPng());
}
