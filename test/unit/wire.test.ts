import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { decodeWire, encodeWire } from '../../electron/wire';

describe('wire codec of the browser host', () => {
  it('round-trips messages with bytes nested anywhere', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), fc.string(), fc.array(fc.integer()), (bytes, name, numbers) => {
        const message = { ok: true, data: { name, bytes, nested: [{ bytes }], numbers } };
        expect(decodeWire(encodeWire(message))).toEqual(message);
      }),
    );
  });

  it('carries large files as raw bytes (no base64 growth)', () => {
    const big = new Uint8Array(5 * 1024 * 1024).map((_, i) => (i * 7) & 255);
    const encoded = encodeWire({ data: { bytes: big } });
    expect(encoded.length).toBeLessThan(big.length + 100);
    const decoded = (decodeWire(encoded) as { data: { bytes: Uint8Array } }).data.bytes;
    expect(Buffer.from(decoded).equals(Buffer.from(big))).toBe(true);
  });

  it('rejects malformed or truncated messages instead of inventing data', () => {
    const good = encodeWire({ data: { bytes: new Uint8Array([1, 2, 3]) } });
    expect(() => decodeWire(new TextEncoder().encode('{"ok":true}'))).toThrow(/Not a wire message/);
    for (let cut = 0; cut < good.length; cut++) expect(() => decodeWire(good.subarray(0, cut))).toThrow();
  });
});
