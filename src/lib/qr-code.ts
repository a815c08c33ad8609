/**
 * QR codes for the referral slip, split between build and browser: the build
 * encodes each service page's address with `qr` (paulmillr) and keeps only the grid
 * of dark and light modules, packed into a short base64 string inside the
 * service's slip JSON (~200 bytes instead of a 2 KB SVG file per service and
 * language). The slip page turns the grid back into an SVG path, so the phone
 * needs no QR library and the site no extra file per service.
 */

/** A QR code's modules: `size` × `size`, row by row, one bit per module (1 = dark), in base64. */
export interface PackedQr {
  size: number;
  bits: string;
}

/**
 * Light modules kept around the code: the quiet zone of 4 that ISO/IEC 18004
 * asks for, because cheap phone cameras lose a code's edge against printed
 * text or a table border with less.
 */
export const QR_MARGIN = 4;

/** Packs a grid of modules (row-major, truthy = dark) into base64. */
export function packModules(size: number, dark: ArrayLike<number | boolean>): PackedQr {
  const bytes = new Uint8Array(Math.ceil((size * size) / 8));
  for (let index = 0; index < size * size; index += 1) {
    if (dark[index]) bytes[index >> 3]! |= 0x80 >> (index & 7);
  }
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return { size, bits: btoa(binary) };
}

/** Whether each module of a packed code is dark, row-major. */
export function unpackModules({ size, bits }: PackedQr): boolean[] {
  const binary = atob(bits);
  return Array.from(
    { length: size * size },
    (_, index) => ((binary.charCodeAt(index >> 3) >> (7 - (index & 7))) & 1) === 1,
  );
}

/**
 * The dark modules of a packed code as one SVG path (filled rectangles, one
 * per horizontal run), in a square of `size + 2 × QR_MARGIN` units.
 */
export function qrPath(qr: PackedQr): { viewBox: number; d: string } {
  const dark = unpackModules(qr);
  const parts: string[] = [];
  for (let y = 0; y < qr.size; y += 1) {
    for (let x = 0; x < qr.size; x += 1) {
      if (!dark[y * qr.size + x]) continue;
      let run = 1;
      while (x + run < qr.size && dark[y * qr.size + x + run]) run += 1;
      parts.push(`M${x + QR_MARGIN} ${y + QR_MARGIN}h${run}v1h-${run}z`);
      x += run;
    }
  }
  return { viewBox: qr.size + 2 * QR_MARGIN, d: parts.join('') };
}
