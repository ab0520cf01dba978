/**
 * How contract messages travel over HTTP between the renderer and the browser host. A message is
 * JSON in which every byte array (file contents) is replaced by `{ "$bytes": <index> }`, followed
 * by the raw bytes themselves, so a 40 MB export crosses without base64 (which would cost seconds
 * and a long task on the UI thread). Runs in the browser and in Node.
 *
 * Layout: "RLW1" · uint32 JSON length · JSON (UTF-8) · for each part: uint32 length · bytes.
 * Lengths are big-endian.
 */
const MAGIC = [0x52, 0x4c, 0x57, 0x31]; // "RLW1"

export function encodeWire(value: unknown): Uint8Array {
  const parts: Uint8Array[] = [];
  const json = new TextEncoder().encode(
    JSON.stringify(value, (_key, v: unknown) => {
      if (v instanceof Uint8Array) {
        parts.push(v);
        return { $bytes: parts.length - 1 };
      }
      return v;
    }) ?? 'null',
  );
  const total = 8 + json.length + parts.reduce((n, p) => n + 4 + p.length, 0);
  const out = new Uint8Array(total);
  const view = new DataView(out.buffer);
  out.set(MAGIC, 0);
  view.setUint32(4, json.length);
  out.set(json, 8);
  let offset = 8 + json.length;
  for (const part of parts) {
    view.setUint32(offset, part.length);
    out.set(part, offset + 4);
    offset += 4 + part.length;
  }
  return out;
}

/** Decodes a message; byte arrays are views on the received buffer (no copy). Throws if malformed. */
export function decodeWire(bytes: Uint8Array): unknown {
  if (bytes.length < 8 || MAGIC.some((b, i) => bytes[i] !== b)) throw new Error('Not a wire message');
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const jsonLength = view.getUint32(4);
  if (8 + jsonLength > bytes.length) throw new Error('Truncated wire message');
  const parts: Uint8Array[] = [];
  let offset = 8 + jsonLength;
  while (offset < bytes.length) {
    if (offset + 4 > bytes.length) throw new Error('Truncated wire message');
    const length = view.getUint32(offset);
    if (offset + 4 + length > bytes.length) throw new Error('Truncated wire message');
    parts.push(bytes.subarray(offset + 4, offset + 4 + length));
    offset += 4 + length;
  }
  const json = new TextDecoder().decode(bytes.subarray(8, 8 + jsonLength));
  return JSON.parse(json, (_key, v: unknown) => {
    if (v && typeof v === 'object' && !Array.isArray(v)) {
      const keys = Object.keys(v);
      const index = (v as { $bytes?: unknown }).$bytes;
      if (keys.length === 1 && typeof index === 'number') {
        const part = parts[index];
        if (!part) throw new Error('Missing byte part in wire message');
        return part;
      }
    }
    return v;
  });
}
