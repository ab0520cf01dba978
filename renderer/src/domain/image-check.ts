/**
 * Checks an image file the user chose as a logo before it is stored: only PNG and JPEG (the two
 * formats a PDF can embed), within a size limit, and structurally whole. A PNG must have a valid
 * header, every chunk's CRC must match and the file must end with IEND; a JPEG must start with
 * SOI, declare its size in a frame header and end with EOI. A truncated download or a renamed
 * file is therefore refused with a clear reason instead of breaking every letter later.
 */
import { err, ok, type Result } from './result';

export type ImageError = 'too-large' | 'not-image' | 'corrupt' | 'dimensions';
export interface ImageInfo {
  type: 'png' | 'jpeg';
  mimeType: 'image/png' | 'image/jpeg';
  width: number;
  height: number;
}

export const LOGO_MAX_BYTES = 512 * 1024;
export const LOGO_MAX_SIDE = 4000;

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(bytes: Uint8Array, start = 0, end = bytes.length): number {
  let crc = 0xffffffff;
  for (let i = start; i < end; i++) crc = CRC_TABLE[(crc ^ bytes[i]!) & 0xff]! ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

const PNG_SIGNATURE = [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a];

const u32 = (b: Uint8Array, i: number) => ((b[i]! << 24) | (b[i + 1]! << 16) | (b[i + 2]! << 8) | b[i + 3]!) >>> 0;
const u16 = (b: Uint8Array, i: number) => (b[i]! << 8) | b[i + 1]!;

function inspectPng(bytes: Uint8Array): Result<ImageInfo, ImageError> {
  let offset = 8;
  let width = 0;
  let height = 0;
  let sawData = false;
  let first = true;
  while (offset + 12 <= bytes.length) {
    const length = u32(bytes, offset);
    const type = String.fromCharCode(...bytes.subarray(offset + 4, offset + 8));
    const end = offset + 12 + length;
    if (end > bytes.length) return err('corrupt');
    if (crc32(bytes, offset + 4, offset + 8 + length) !== u32(bytes, offset + 8 + length)) return err('corrupt');
    if (first) {
      if (type !== 'IHDR' || length !== 13) return err('corrupt');
      width = u32(bytes, offset + 8);
      height = u32(bytes, offset + 12);
      first = false;
    }
    if (type === 'IDAT') sawData = true;
    if (type === 'IEND') {
      if (!sawData || width === 0 || height === 0) return err('corrupt');
      return ok({ type: 'png', mimeType: 'image/png', width, height });
    }
    offset = end;
  }
  return err('corrupt');
}

/** Start-of-frame markers (C0-CF except DHT C4, JPG C8 and DAC CC) carry the image size. */
const isStartOfFrame = (m: number) => m >= 0xc0 && m <= 0xcf && m !== 0xc4 && m !== 0xc8 && m !== 0xcc;

function inspectJpeg(bytes: Uint8Array): Result<ImageInfo, ImageError> {
  // Some programs pad after EOI; look for it among the last bytes.
  let last = bytes.length - 1;
  while (last > 2 && bytes[last] === 0x00) last--;
  if (bytes[last - 1] !== 0xff || bytes[last] !== 0xd9) return err('corrupt');
  let offset = 2;
  while (offset + 4 <= bytes.length) {
    if (bytes[offset] !== 0xff) return err('corrupt');
    const marker = bytes[offset + 1]!;
    if (marker === 0xff) {
      offset++; // fill byte
      continue;
    }
    const length = u16(bytes, offset + 2);
    if (length < 2 || offset + 2 + length > bytes.length) return err('corrupt');
    if (isStartOfFrame(marker)) {
      if (length < 7) return err('corrupt');
      const height = u16(bytes, offset + 5);
      const width = u16(bytes, offset + 7);
      if (width === 0 || height === 0) return err('corrupt');
      return ok({ type: 'jpeg', mimeType: 'image/jpeg', width, height });
    }
    if (marker === 0xda) return err('corrupt'); // scan data before any frame header
    offset += 2 + length;
  }
  return err('corrupt');
}

export function inspectImage(
  bytes: Uint8Array,
  limits: { maxBytes: number; maxSide: number } = { maxBytes: LOGO_MAX_BYTES, maxSide: LOGO_MAX_SIDE },
): Result<ImageInfo, ImageError> {
  if (bytes.length > limits.maxBytes) return err('too-large');
  let result: Result<ImageInfo, ImageError>;
  if (bytes.length >= 8 && PNG_SIGNATURE.every((b, i) => bytes[i] === b)) result = inspectPng(bytes);
  else if (bytes.length >= 3 && bytes[0] === 0xff && bytes[1] === 0xd8 && bytes[2] === 0xff) result = inspectJpeg(bytes);
  else return err('not-image');
  if (result.ok && (result.value.width > limits.maxSide || result.value.height > limits.maxSide)) {
    return err('dimensions');
  }
  return result;
}
