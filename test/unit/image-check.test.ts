import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { inspectImage, LOGO_MAX_BYTES } from '../../renderer/src/domain/image-check';
import { makeJpegSkeleton, makePng } from '../support/images';

describe('logo check', () => {
  it('accepts a whole PNG and reads its size', () => {
    expect(inspectImage(makePng(320, 120))).toEqual({
      ok: true,
      value: { type: 'png', mimeType: 'image/png', width: 320, height: 120 },
    });
  });

  it('accepts a JPEG and reads its size', () => {
    expect(inspectImage(makeJpegSkeleton(640, 200))).toEqual({
      ok: true,
      value: { type: 'jpeg', mimeType: 'image/jpeg', width: 640, height: 200 },
    });
  });

  it('refuses files that are not PNG or JPEG', () => {
    for (const text of ['GIF89a....', '%PDF-1.7', '<svg xmlns="http://www.w3.org/2000/svg"/>', '']) {
      expect(inspectImage(new TextEncoder().encode(text))).toEqual({ ok: false, error: 'not-image' });
    }
  });

  it('refuses a file above the size limit before looking inside', () => {
    expect(inspectImage(new Uint8Array(LOGO_MAX_BYTES + 1))).toEqual({ ok: false, error: 'too-large' });
  });

  it('refuses images with absurd dimensions', () => {
    expect(inspectImage(makeJpegSkeleton(9000, 100))).toEqual({ ok: false, error: 'dimensions' });
  });

  it('detects every truncation of a PNG', () => {
    const png = makePng(40, 20);
    for (let length = 8; length < png.length; length++) {
      expect(inspectImage(png.subarray(0, length))).toEqual({ ok: false, error: 'corrupt' });
    }
  });

  it('detects any flipped byte after the signature of a PNG', () => {
    const png = makePng(16, 16);
    fc.assert(
      fc.property(fc.integer({ min: 8, max: png.length - 1 }), fc.integer({ min: 1, max: 255 }), (index, flip) => {
        const damaged = png.slice();
        damaged[index] = damaged[index]! ^ flip;
        return inspectImage(damaged).ok === false;
      }),
    );
  });

  it('detects a truncated JPEG (no end marker)', () => {
    const jpeg = makeJpegSkeleton(10, 10);
    expect(inspectImage(jpeg.subarray(0, jpeg.length - 2))).toEqual({ ok: false, error: 'corrupt' });
    expect(inspectImage(new Uint8Array([0xff, 0xd8, 0xff, 0xd9]))).toEqual({ ok: false, error: 'corrupt' });
  });
});
