// @vitest-environment node
/** scripts/zip.ts: the reproducible zips of `npm run package`. */
import { spawnSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { contentOf, crc32, dosDateTime, normaliseZip, readZip, unzipFiles, zipFiles } from '../../scripts/zip.ts';

const text = (s: string) => new Uint8Array(Buffer.from(s, 'utf8'));
const EPOCH = 1_700_000_000; // 2023-11-14T22:13:20Z

const FILES = [
  { name: 'manifest.json', content: text('{"manifest_version":3}\n'.repeat(20)) },
  { name: 'src/popup/index.html', content: text('<!doctype html>') },
  { name: 'assets/empty.txt', content: new Uint8Array(0) },
  { name: 'scripts/run', content: text('#!/bin/sh\necho hei\n'), mode: 0o755 },
  { name: 'æøå/blåbær.txt', content: text('ÆØÅ') },
];

describe('zip', () => {
  it('computes the standard CRC-32', () => {
    expect(crc32(text('123456789'))).toBe(0xcbf43926);
    expect(crc32(new Uint8Array(0))).toBe(0);
  });

  it('writes DOS time from the UTC clock, in 2-second steps, never before 1980', () => {
    const { date, time } = dosDateTime(EPOCH);
    expect([date >> 9, (date >> 5) & 15, date & 31]).toEqual([2023 - 1980, 11, 14]);
    expect([time >> 11, (time >> 5) & 63, (time & 31) * 2]).toEqual([22, 13, 20]);
    expect(dosDateTime(0)).toEqual(dosDateTime(315532800));
  });

  it('round-trips every file, in name order, whatever order they came in', () => {
    const zip = zipFiles(FILES, EPOCH);
    const back = unzipFiles(zip);
    expect([...back.keys()]).toEqual([...FILES.map((f) => f.name)].sort((a, b) => Buffer.compare(Buffer.from(a), Buffer.from(b))));
    for (const f of FILES) expect(Buffer.from(back.get(f.name)!)).toEqual(Buffer.from(f.content));
    expect(zipFiles([...FILES].reverse(), EPOCH)).toEqual(zip);
  });

  it('gives the same bytes for the same files and time, and other bytes for another time', () => {
    expect(sha(zipFiles(FILES, EPOCH))).toBe(sha(zipFiles(FILES, EPOCH)));
    expect(sha(zipFiles(FILES, EPOCH + 2))).not.toBe(sha(zipFiles(FILES, EPOCH)));
  });

  it('keeps the file modes it is given (0644 unless said)', () => {
    const modes = Object.fromEntries(readZip(zipFiles(FILES, EPOCH)).map((e) => [e.name, e.mode]));
    expect(modes['scripts/run']).toBe(0o755);
    expect(modes['manifest.json']).toBe(0o644);
  });

  it('refuses names that would escape the folder it is unpacked in, and duplicates', () => {
    expect(() => zipFiles([{ name: '../x', content: text('x') }], EPOCH)).toThrow(/unsafe/);
    expect(() => zipFiles([{ name: '/etc/x', content: text('x') }], EPOCH)).toThrow(/unsafe/);
    expect(() => zipFiles([FILES[0]!, FILES[0]!], EPOCH)).toThrow(/twice/);
  });

  it('normalises another tool’s zip: order, times and modes fixed, compressed bytes kept', () => {
    // Two zips of the same files, made by fflate in different orders and at different times,
    // as web-ext's do: they differ, and become the same.
    const input = Object.fromEntries(FILES.map((f) => [f.name, f.content]));
    const a = zipSync(input, { mtime: new Date('2024-01-01T10:00:00Z') });
    const b = zipSync(Object.fromEntries(Object.entries(input).reverse()), { mtime: new Date('2025-06-01T12:34:56Z') });
    expect(sha(a)).not.toBe(sha(b));
    const na = normaliseZip(a, EPOCH);
    expect(sha(na)).toBe(sha(normaliseZip(b, EPOCH)));
    const original = new Map(readZip(a).map((e) => [e.name, e.data]));
    for (const entry of readZip(na)) {
      expect(Buffer.from(entry.data)).toEqual(Buffer.from(original.get(entry.name)!));
      expect(Buffer.from(contentOf(entry))).toEqual(Buffer.from(input[entry.name]!));
    }
  });

  it('notices damage', () => {
    const zip = zipFiles([{ name: 'a.txt', content: text('aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa') }], EPOCH);
    const [entry] = readZip(zip);
    expect(() => contentOf({ ...entry!, crc: entry!.crc ^ 1 })).toThrow(/damaged/);
  });

  it('is read by Info-ZIP unzip, when it is installed', () => {
    const probe = spawnSync('unzip', ['-v'], { encoding: 'utf8' });
    if (probe.status !== 0) return; // not every machine has unzip; the round trip above covers the format
    const dir = mkdtempSync(join(tmpdir(), 'pinfri-zip-'));
    try {
      writeFileSync(join(dir, 'test.zip'), zipFiles(FILES, EPOCH));
      const res = spawnSync('unzip', ['-t', join(dir, 'test.zip')], { encoding: 'utf8' });
      expect(res.status, res.stdout + res.stderr).toBe(0);
      const list = spawnSync('zipinfo', ['-T', join(dir, 'test.zip')], { encoding: 'utf8' }).stdout;
      expect(list).toContain('-rwxr-xr-x');
      expect(list).toContain('20231114.221320');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

function sha(data: Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}
