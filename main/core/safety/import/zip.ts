/**
 * A deliberately small zip reader for Day One exports: reads the central directory with
 * positional reads (photos are never loaded), refuses hostile archives (names escaping
 * the folder, encryption, zip64, too many members) and inflates only the members asked
 * for, with hard caps on every member's and the total output — the zip-bomb defence.
 */
import { closeSync, fstatSync, openSync, readSync } from 'node:fs';
import { crc32, inflateRawSync } from 'node:zlib';
import { LIMITS } from './limits';
import { importError } from './model';

export interface ZipMember {
  name: string;
  method: number;
  crc: number;
  compressedSize: number;
  size: number;
  localOffset: number;
}

const EOCD_SIG = 0x06054b50;
const CEN_SIG = 0x02014b50;
const LOC_SIG = 0x04034b50;

export interface ZipLimits {
  maxEntries: number;
  maxMemberBytes: number;
  maxTotalBytes: number;
  maxRatio: number;
}

const DEFAULT_LIMITS: ZipLimits = {
  maxEntries: LIMITS.maxZipEntries,
  maxMemberBytes: LIMITS.maxZipMemberBytes,
  maxTotalBytes: LIMITS.maxZipTotalBytes,
  maxRatio: LIMITS.maxZipRatio,
};

/** Reads the members the filter selects, as bytes. Throws a clear error for any unsafe archive. */
export function readZipMembers(
  path: string,
  label: string,
  select: (name: string) => boolean,
  limits: ZipLimits = DEFAULT_LIMITS,
): { name: string; data: Buffer }[] {
  const fd = openSync(path, 'r');
  try {
    const size = fstatSync(fd).size;
    if (size > LIMITS.maxZipFileBytes) throw importError(label, 'is too large to import');
    const members = centralDirectory(fd, size, label, limits);
    const out: { name: string; data: Buffer }[] = [];
    let total = 0;
    for (const m of members) {
      if (m.name.endsWith('/') || !select(m.name)) continue;
      if (m.size > limits.maxMemberBytes) throw importError(label, `member ${m.name} would unpack to more than the ${limits.maxMemberBytes} bytes allowed`);
      if (m.compressedSize > 0 && m.size / m.compressedSize > limits.maxRatio) {
        throw importError(label, `member ${m.name} is compressed ${Math.round(m.size / m.compressedSize)}:1, which looks like a zip bomb`);
      }
      total += m.size;
      if (total > limits.maxTotalBytes) throw importError(label, `would unpack to more than the ${limits.maxTotalBytes} bytes allowed`);
      out.push({ name: m.name, data: extract(fd, size, m, label, limits) });
    }
    return out;
  } finally {
    closeSync(fd);
  }
}

function read(fd: number, position: number, length: number): Buffer {
  const buf = Buffer.alloc(length);
  let off = 0;
  while (off < length) {
    const n = readSync(fd, buf, off, length - off, position + off);
    if (n === 0) break;
    off += n;
  }
  return buf.subarray(0, off);
}

function centralDirectory(fd: number, size: number, label: string, limits: ZipLimits): ZipMember[] {
  const tailLen = Math.min(size, 22 + 0xffff);
  const tail = read(fd, size - tailLen, tailLen);
  let eocd = -1;
  for (let i = tail.length - 22; i >= 0; i--) {
    if (tail.readUInt32LE(i) === EOCD_SIG) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) throw importError(label, 'is not a zip archive');
  const count = tail.readUInt16LE(eocd + 10);
  const cdSize = tail.readUInt32LE(eocd + 12);
  const cdOffset = tail.readUInt32LE(eocd + 16);
  if (count === 0xffff || cdSize === 0xffffffff || cdOffset === 0xffffffff) {
    throw importError(label, 'is a zip64 archive, which is not supported; unzip it and import the JSON file inside');
  }
  if (count > limits.maxEntries) throw importError(label, `has ${count} members, more than the ${limits.maxEntries} allowed`);
  if (cdOffset + cdSize > size) throw importError(label, 'is a damaged zip archive (central directory out of range)');
  const cd = read(fd, cdOffset, cdSize);
  const members: ZipMember[] = [];
  let p = 0;
  for (let i = 0; i < count; i++) {
    if (p + 46 > cd.length || cd.readUInt32LE(p) !== CEN_SIG) throw importError(label, 'is a damaged zip archive (bad central directory)');
    const flags = cd.readUInt16LE(p + 8);
    const method = cd.readUInt16LE(p + 10);
    const crc = cd.readUInt32LE(p + 16);
    const compressedSize = cd.readUInt32LE(p + 20);
    const usize = cd.readUInt32LE(p + 24);
    const nameLen = cd.readUInt16LE(p + 28);
    const extraLen = cd.readUInt16LE(p + 30);
    const commentLen = cd.readUInt16LE(p + 32);
    const localOffset = cd.readUInt32LE(p + 42);
    if (p + 46 + nameLen > cd.length) throw importError(label, 'is a damaged zip archive (bad name)');
    const name = cd.subarray(p + 46, p + 46 + nameLen).toString(flags & 0x800 ? 'utf8' : 'latin1');
    p += 46 + nameLen + extraLen + commentLen;
    checkName(name, label);
    if (flags & 0x1) throw importError(label, `member ${name} is encrypted`);
    if (compressedSize === 0xffffffff || usize === 0xffffffff || localOffset === 0xffffffff) {
      throw importError(label, 'is a zip64 archive, which is not supported; unzip it and import the JSON file inside');
    }
    members.push({ name, method, crc, compressedSize, size: usize, localOffset });
  }
  return members;
}

/** Member names must stay inside the archive's folder. */
function checkName(name: string, label: string): void {
  const bad =
    name.length === 0 ||
    name.includes('\\') ||
    name.includes('\0') ||
    name.startsWith('/') ||
    /^[a-zA-Z]:/.test(name) ||
    name.split('/').some((part) => part === '..');
  if (bad) throw importError(label, `member name ${JSON.stringify(name.slice(0, 200))} points outside the archive`);
}

function extract(fd: number, size: number, m: ZipMember, label: string, limits: ZipLimits): Buffer {
  const head = read(fd, m.localOffset, 30);
  if (head.length < 30 || head.readUInt32LE(0) !== LOC_SIG) throw importError(label, `member ${m.name} is damaged (bad local header)`);
  const start = m.localOffset + 30 + head.readUInt16LE(26) + head.readUInt16LE(28);
  if (start + m.compressedSize > size) throw importError(label, `member ${m.name} is damaged (truncated)`);
  const raw = read(fd, start, m.compressedSize);
  let data: Buffer;
  if (m.method === 0) data = raw;
  else if (m.method === 8) {
    try {
      data = inflateRawSync(raw, { maxOutputLength: Math.min(m.size, limits.maxMemberBytes) + 1 });
    } catch {
      throw importError(label, `member ${m.name} does not unpack to its declared size (damaged, or a zip bomb)`);
    }
  } else throw importError(label, `member ${m.name} uses compression method ${m.method}, which is not supported`);
  if (data.length !== m.size) throw importError(label, `member ${m.name} does not unpack to its declared size (damaged, or a zip bomb)`);
  if (crc32(data) >>> 0 !== m.crc) throw importError(label, `member ${m.name} is damaged (checksum mismatch)`);
  return data;
}
