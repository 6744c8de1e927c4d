// The ranking's image as the API asks for it: POST /embed/party-target-ranking.svg|.png with the ranking read's JSON.
import { parseXml, sampleRankingResponse, SEED_ADMISSIONS_2024, xmlElements } from '@chitieu/domain/fixtures';
import { exports } from 'cloudflare:workers';
import { describe, expect, it } from 'vitest';
import { decodePng } from './png.ts';

const RANKING = '/embed/party-target-ranking';
const post = (path: string, body: unknown) =>
  exports.default.fetch(`https://render.chitieu.test${path}`, { method: 'POST', body: JSON.stringify(body), headers: { 'Content-Type': 'application/json' } });

describe('POST /embed/party-target-ranking', () => {
  it('draws one row per subordinate of the read, 40 of them', async () => {
    const res = await post(`${RANKING}.svg?lang=vi&theme=light&width=600`, sampleRankingResponse({ rows: 40, noFigures: [7] }));
    expect(res.status).toBe(200);
    const root = parseXml(await res.text());
    expect(xmlElements(root).filter((e) => e.attributes['data-part'] === 'row')).toHaveLength(40);
  });

  it('rasterises it at the width asked', async () => {
    const res = await post(`${RANKING}.png?lang=en&theme=dark&width=360&scale=1`, sampleRankingResponse({ rows: 5, rangeTarget: [2] }));
    expect(res.status).toBe(200);
    expect((await decodePng(new Uint8Array(await res.arrayBuffer()))).width).toBe(360);
  });

  it('refuses a read that is not a ranking’s (a gauge’s), with a 400 naming the element', async () => {
    const res = await post(`${RANKING}.svg?lang=vi&theme=light&width=600`, SEED_ADMISSIONS_2024);
    expect(res.status).toBe(400);
    expect((await res.json<{ error: { message: string } }>()).error.message).toContain('party-target-ranking');
  });
});
