/** Time-sortable ids (UUIDv7, RFC 9562): lexical order follows creation time. */
import { randomBytes } from 'node:crypto';

let lastMs = 0;
let counter = 0;

/** A new UUIDv7. Ids made in the same millisecond still sort in creation order. */
export function newId(nowMs: number = Date.now()): string {
  if (nowMs <= lastMs) {
    nowMs = lastMs;
    counter++;
  } else {
    lastMs = nowMs;
    counter = randomBytes(2).readUInt16BE(0) & 0x3ff; // leave room to count up within a millisecond
  }
  if (counter > 0xfff) {
    lastMs = nowMs = lastMs + 1;
    counter = 0;
  }
  const bytes = randomBytes(16);
  bytes.writeUIntBE(nowMs, 0, 6);
  bytes[6] = 0x70 | ((counter >> 8) & 0x0f);
  bytes[7] = counter & 0xff;
  bytes[8] = 0x80 | (bytes[8]! & 0x3f);
  const hex = bytes.toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}
