/**
 * Zip archives that come out the same, byte for byte, every time: entries in
 * a fixed order (sorted by name, as bytes), one fixed time stamp, fixed
 * permissions, no extra fields, no comment. Compression is fflate's deflate
 * (plain JavaScript, so the bytes do not depend on the machine's zlib, which
 * Node builds differently per CPU).
 *
 * Small on purpose: no zip64 (nothing of ours comes near 4 GiB), no
 * encryption, no data descriptors. `readZip` reads what web-ext writes, so
 * `normaliseZip` can put web-ext's package into the same fixed form.
 *
 * Why not fflate's own `zipSync` (docs/RELEASE.md, "Why our own zip writer"):
 * it deflates whatever it is given, so it cannot keep web-ext's compressed
 * bytes; and it writes the DOS time from the local-time getters of `mtime`,
 * so one commit packed in Oslo and in UTC gives different bytes.
 */
import { deflateSync, inflateSync } from 'fflate';

/** One entry as it is stored: compressed bytes and what describes them. */
export interface ZipEntry {
  /** Path inside the archive, '/'-separated; a directory ends with '/'. */
  name: string;
  /** 0 stored, 8 deflated. */
  method: 0 | 8;
  crc: number;
  size: number;
  /** The stored (maybe compressed) bytes. */
  data: Uint8Array;
  /** Unix permission bits, e.g. 0o644. */
  mode: number;
}

/** A file to put in an archive. */
export interface ZipInput {
  name: string;
  content: Uint8Array;
  /** Unix permission bits; 0o644 unless given. */
  mode?: number;
}

const CRC_TABLE = (() => {
  const table = new Uint32Array(256);
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table[n] = c >>> 0;
  }
  return table;
})();

export function crc32(data: Uint8Array): number {
  let c = 0xffffffff;
  for (const byte of data) c = CRC_TABLE[(c ^ byte) & 0xff]! ^ (c >>> 8);
  return (c ^ 0xffffffff) >>> 0;
}

/**
 * MS-DOS date and time of a Unix time, read as UTC (as reproducible-builds
 * tools do). DOS time has 2-second steps and starts in 1980.
 */
export function dosDateTime(epochSeconds: number): { date: number; time: number } {
  const d = new Date(Math.max(epochSeconds, 315532800) * 1000);
  return {
    date: ((d.getUTCFullYear() - 1980) << 9) | ((d.getUTCMonth() + 1) << 5) | d.getUTCDate(),
    time: (d.getUTCHours() << 11) | (d.getUTCMinutes() << 5) | (d.getUTCSeconds() >> 1),
  };
}

/** Compare names as UTF-8 bytes, so the order does not depend on locale or on JS string quirks. */
function byName(a: { name: string }, b: { name: string }): number {
  return Buffer.compare(Buffer.from(a.name, 'utf8'), Buffer.from(b.name, 'utf8'));
}

/** Compress one file: deflate at level 9, or stored when that is not smaller. */
function entryFor(input: ZipInput): ZipEntry {
  const crc = crc32(input.content);
  const mode = input.mode ?? 0o644;
  const deflated = input.content.length > 0 ? deflateSync(input.content, { level: 9 }) : null;
  if (deflated && deflated.length < input.content.length) {
    return { name: input.name, method: 8, crc, size: input.content.length, data: deflated, mode };
  }
  return { name: input.name, method: 0, crc, size: input.content.length, data: input.content, mode };
}

const UNIX = 3;
const VERSION = 20; // 2.0: deflate and directories
const UTF8_NAMES = 0x0800;
const S_IFREG = 0o100000;
const S_IFDIR = 0o040000;
const MSDOS_DIR = 0x10;

/** Writes entries in the order given: sort them first (`byName`) for a fixed order. */
function writeZip(entries: readonly ZipEntry[], epochSeconds: number): Buffer {
  const { date, time } = dosDateTime(epochSeconds);
  const local: Buffer[] = [];
  const central: Buffer[] = [];
  let offset = 0;
  const names = new Set<string>();
  for (const e of entries) {
    if (names.has(e.name)) throw new Error(`zip: "${e.name}" twice`);
    names.add(e.name);
    if (e.name.startsWith('/') || e.name.split('/').includes('..')) throw new Error(`zip: unsafe name "${e.name}"`);
    const name = Buffer.from(e.name, 'utf8');
    const isDir = e.name.endsWith('/');
    const head = Buffer.alloc(30);
    head.writeUInt32LE(0x04034b50, 0);
    head.writeUInt16LE(VERSION, 4);
    head.writeUInt16LE(UTF8_NAMES, 6);
    head.writeUInt16LE(e.method, 8);
    head.writeUInt16LE(time, 10);
    head.writeUInt16LE(date, 12);
    head.writeUInt32LE(e.crc, 14);
    head.writeUInt32LE(e.data.length, 18);
    head.writeUInt32LE(e.size, 22);
    head.writeUInt16LE(name.length, 26);
    head.writeUInt16LE(0, 28);
    local.push(head, name, Buffer.from(e.data.buffer, e.data.byteOffset, e.data.length));

    const dir = Buffer.alloc(46);
    dir.writeUInt32LE(0x02014b50, 0);
    dir.writeUInt16LE((UNIX << 8) | VERSION, 4);
    dir.writeUInt16LE(VERSION, 6);
    dir.writeUInt16LE(UTF8_NAMES, 8);
    dir.writeUInt16LE(e.method, 10);
    dir.writeUInt16LE(time, 12);
    dir.writeUInt16LE(date, 14);
    dir.writeUInt32LE(e.crc, 16);
    dir.writeUInt32LE(e.data.length, 20);
    dir.writeUInt32LE(e.size, 24);
    dir.writeUInt16LE(name.length, 28);
    // extra, comment, disk, internal attributes: 0
    dir.writeUInt32LE(((((isDir ? S_IFDIR : S_IFREG) | (e.mode & 0o7777)) << 16) | (isDir ? MSDOS_DIR : 0)) >>> 0, 38);
    dir.writeUInt32LE(offset, 42);
    central.push(dir, name);
    offset += 30 + name.length + e.data.length;
  }
  const centralSize = central.reduce((n, b) => n + b.length, 0);
  const end = Buffer.alloc(22);
  end.writeUInt32LE(0x06054b50, 0);
  end.writeUInt16LE(entries.length, 8);
  end.writeUInt16LE(entries.length, 10);
  end.writeUInt32LE(centralSize, 12);
  end.writeUInt32LE(offset, 16);
  return Buffer.concat([...local, ...central, end]);
}

/** Files in, archive out: sorted by name, one time stamp. */
export function zipFiles(files: readonly ZipInput[], epochSeconds: number): Buffer {
  return writeZip([...files].sort(byName).map(entryFor), epochSeconds);
}

/** The entries of an archive, as stored (compressed bytes untouched), in the archive's order. */
export function readZip(zip: Uint8Array): ZipEntry[] {
  const buf = Buffer.from(zip.buffer, zip.byteOffset, zip.length);
  let end = -1;
  for (let i = buf.length - 22; i >= Math.max(0, buf.length - 22 - 0xffff); i--) {
    if (buf.readUInt32LE(i) === 0x06054b50) {
      end = i;
      break;
    }
  }
  if (end < 0) throw new Error('zip: no end of central directory');
  const count = buf.readUInt16LE(end + 10);
  let at = buf.readUInt32LE(end + 16);
  const entries: ZipEntry[] = [];
  for (let i = 0; i < count; i++) {
    if (buf.readUInt32LE(at) !== 0x02014b50) throw new Error('zip: broken central directory');
    const madeBy = buf.readUInt16LE(at + 4) >> 8;
    const flags = buf.readUInt16LE(at + 8);
    const method = buf.readUInt16LE(at + 10);
    const crc = buf.readUInt32LE(at + 16);
    const compressed = buf.readUInt32LE(at + 20);
    const size = buf.readUInt32LE(at + 24);
    const nameLength = buf.readUInt16LE(at + 28);
    const extraLength = buf.readUInt16LE(at + 30);
    const commentLength = buf.readUInt16LE(at + 32);
    const external = buf.readUInt32LE(at + 38);
    const localAt = buf.readUInt32LE(at + 42);
    const name = buf.subarray(at + 46, at + 46 + nameLength).toString(flags & UTF8_NAMES ? 'utf8' : 'latin1');
    if (flags & 1) throw new Error(`zip: ${name} is encrypted`);
    if (method !== 0 && method !== 8) throw new Error(`zip: ${name} uses method ${method}`);
    if (buf.readUInt32LE(localAt) !== 0x04034b50) throw new Error(`zip: broken local header for ${name}`);
    const dataAt = localAt + 30 + buf.readUInt16LE(localAt + 26) + buf.readUInt16LE(localAt + 28);
    const unixMode = madeBy === UNIX ? (external >>> 16) & 0o7777 : 0;
    entries.push({
      name,
      method,
      crc,
      size,
      data: buf.subarray(dataAt, dataAt + compressed),
      mode: unixMode || (name.endsWith('/') ? 0o755 : 0o644),
    });
    at += 46 + nameLength + extraLength + commentLength;
  }
  return entries;
}

/** The content of one entry, checked against its CRC. */
export function contentOf(entry: ZipEntry): Uint8Array {
  const content = entry.method === 8 ? inflateSync(entry.data, { out: new Uint8Array(entry.size) }) : entry.data;
  if (content.length !== entry.size || crc32(content) !== entry.crc) throw new Error(`zip: ${entry.name} is damaged`);
  return content;
}

/** Every file (not directory) of an archive: name → content. */
export function unzipFiles(zip: Uint8Array): Map<string, Uint8Array> {
  const files = new Map<string, Uint8Array>();
  for (const entry of readZip(zip)) if (!entry.name.endsWith('/')) files.set(entry.name, contentOf(entry));
  return files;
}

/**
 * The same entries in the fixed form: sorted by name, one time stamp,
 * directories 0755 and files 0644. The compressed bytes are kept as they
 * are, so what another tool compressed stays its work, checked by CRC.
 */
export function normaliseZip(zip: Uint8Array, epochSeconds: number): Buffer {
  const entries = readZip(zip).map((e) => {
    contentOf(e);
    return { ...e, mode: e.name.endsWith('/') ? 0o755 : 0o644 };
  });
  return writeZip(entries.sort(byName), epochSeconds);
}
