import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { compressedSize } from './compressed-size.ts';
import { measureDeskPayload, pageModules } from './desk-payload.ts';

describe('pageModules', () => {
  it('names the page’s own module scripts and preloads, not the hosted elements or classic scripts', () => {
    const html = `<script type="module" crossorigin src="/assets/desk-a.js"></script>
      <link rel="modulepreload" crossorigin href="/assets/lit-b.js">
      <link rel="stylesheet" href="/assets/desk.css">
      <script type="module" src="/widgets/v1/chitieu.js"></script>
      <script src="/site/v1/resize.js"></script>`;
    expect(pageModules(html)).toEqual(['assets/desk-a.js', 'assets/lit-b.js']);
  });
});

describe('measureDeskPayload', () => {
  let dist = '';
  afterEach(() => rmSync(dist, { recursive: true, force: true }));

  it('sums the gzip of the entry and every file it imports statically, not those it imports on demand', () => {
    dist = mkdtempSync(join(tmpdir(), 'desk-payload-'));
    mkdirSync(join(dist, 'assets'));
    const entry = 'import{a}from"./shared.js";const later=()=>import("./later.js");console.log(a,later)';
    const shared = 'export const a="shared code of the desk";';
    writeFileSync(join(dist, 'desk.html'), '<script type="module" src="/assets/desk.js"></script>');
    writeFileSync(join(dist, 'assets', 'desk.js'), entry);
    writeFileSync(join(dist, 'assets', 'shared.js'), shared);
    writeFileSync(join(dist, 'assets', 'later.js'), 'export default 1;'.repeat(100));
    const payload = measureDeskPayload(dist);
    expect(payload.files.map((f) => f.path)).toEqual(['assets/desk.js', 'assets/shared.js']);
    expect(payload.gzip).toBe(compressedSize(Buffer.from(entry)).gzip + compressedSize(Buffer.from(shared)).gzip);
  });

  it('fails on a build that names a missing file', () => {
    dist = mkdtempSync(join(tmpdir(), 'desk-payload-'));
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'desk.html'), '<script type="module" src="/assets/desk.js"></script>');
    writeFileSync(join(dist, 'assets', 'desk.js'), 'import"./gone.js";');
    expect(() => measureDeskPayload(dist)).toThrow(/incomplete/);
  });
});
