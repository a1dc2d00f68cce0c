/**
 * Time-sortable ids (UUIDv7, RFC 9562): lexical order follows creation time. Shared so the
 * renderer can choose an entry's id before its first save (entries:create takes it, and a
 * second create with the same id returns the entry instead of writing it twice).
 */

const HEX = /^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/;

let lastMs = 0;
let counter = 0;

function randomBytes(n: number): Uint8Array {
  return globalThis.crypto.getRandomValues(new Uint8Array(n));
}

/** A new UUIDv7. Ids made in the same millisecond still sort in creation order. */
export function newId(nowMs: number = Date.now()): string {
  if (nowMs <= lastMs) {
    nowMs = lastMs;
    counter++;
  } else {
    lastMs = nowMs;
    const r = randomBytes(2);
    counter = ((r[0]! << 8) | r[1]!) & 0x3ff; // leave room to count up within a millisecond
  }
  if (counter > 0xfff) {
    lastMs = nowMs = lastMs + 1;
    counter = 0;
  }
  const bytes = randomBytes(16);
  // 48-bit big-endian milliseconds (bit operators would truncate to 32 bits).
  let ms = nowMs;
  for (let i = 5; i >= 0; i--) {
    bytes[i] = ms % 256;
    ms = Math.floor(ms / 256);
  }
  bytes[6] = 0x70 | ((counter >> 8) & 0x0f);
  bytes[7] = counter & 0xff;
  bytes[8] = 0x80 | (bytes[8]! & 0x3f);
  const hex = Array.from(bytes, (b) => b.toString(16).padStart(2, '0')).join('');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/** Whether `s` is a lower-case UUIDv7 (version 7, RFC 9562 variant). */
export function isUuidV7(s: string): boolean {
  return HEX.test(s);
}
