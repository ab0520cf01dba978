import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { base64ToBytes, bytesToBase64, decodeWire, encodeWire } from '../../electron/wire';

describe('wire codec of the browser host', () => {
  it('encodes base64 like the standard', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 300 }), (bytes) => {
        expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
      }),
    );
  });

  it('round-trips bytes nested in messages', () => {
    fc.assert(
      fc.property(fc.uint8Array({ maxLength: 2000 }), fc.string(), (bytes, name) => {
        const message = { ok: true, data: { name, bytes, nested: [{ bytes }] } };
        expect(decodeWire(encodeWire(message))).toEqual(message);
      }),
    );
  });

  it('rejects malformed base64', () => {
    expect(() => base64ToBytes('abc')).toThrow();
    expect(() => base64ToBytes('ab!=')).toThrow();
  });

  it('handles a chunk boundary in large files', () => {
    const big = new Uint8Array(3 * 8192 * 2 + 5).map((_, i) => i * 7);
    expect(base64ToBytes(bytesToBase64(big))).toEqual(big);
  });
});
