import { sampleRankingResponse } from '@chitieu/domain/fixtures';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect } from 'storybook/test';
import { waitFor } from '../../test/story-wait.ts';
import { answers, apiFor, network } from '../../test/story-network.ts';
import type { PartyTargetRanking } from './party-target-ranking.ts';

// Every ranking here is invented ("Đơn vị minh họa …", an illustrative unit): no source has published it.
const ORG = 'dang-bo-minh-hoa';
const PATH = `v1/organizations/${ORG}/subordinates/admissions/2024`;

interface Args {
  org?: string;
  period?: string;
  api?: string;
  sort?: 'percent' | 'admitted' | 'name';
  highlight?: string;
  label?: string;
  'as-of'?: string;
  lang?: string;
  'color-scheme'?: 'auto' | 'light' | 'dark';
  width: number;
  fallback: string;
}

function shadowOf(canvas: HTMLElement): ShadowRoot | null | undefined {
  return canvas.querySelector<PartyTargetRanking>('party-target-ranking')?.shadowRoot;
}

function rowCount(canvas: HTMLElement): number {
  return shadowOf(canvas)?.querySelectorAll('[part~="row"]').length ?? 0;
}

/** A story's answers at an origin of its own, so stories that share the docs page never share them. */
function ranking(name: string, body: unknown, query = '') {
  return { api: `https://${name}.api.chitieu.test/`, beforeEach: answers(name, { [`${PATH}${query}`]: body }) };
}

const meta = {
  title: 'Elements/party-target-ranking',
  component: 'party-target-ranking',
  args: { org: ORG, period: '2024', width: 480, fallback: 'Ví dụ: các đơn vị trực thuộc kết nạp đảng viên so với chỉ tiêu được giao năm 2024.' },
  argTypes: {
    width: { control: { type: 'range', min: 240, max: 960, step: 10 }, description: 'Width of the column the element sits in (story only).' },
    fallback: { control: 'text', description: 'Light-DOM text the journalist writes (story only).' },
    sort: { control: 'inline-radio', options: ['percent', 'admitted', 'name'] },
  },
  render: (args) => html`<div style="width: ${args.width}px">
    <party-target-ranking
      org=${ifDefined(args.org)}
      period=${ifDefined(args.period)}
      api=${ifDefined(args.api)}
      sort=${ifDefined(args.sort)}
      highlight=${ifDefined(args.highlight)}
      label=${ifDefined(args.label)}
      as-of=${ifDefined(args['as-of'])}
      lang=${ifDefined(args.lang)}
      color-scheme=${ifDefined(args['color-scheme'])}
      >${args.fallback}</party-target-ranking
    >
  </div>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

const five = ranking('five', sampleRankingResponse({ rows: 5, total: { admitted: 110, target: { min: 90, max: 90 } } }));
/** Five subordinates and the organisation's own total: the sum of the five differs from it, and the header says by how much. */
export const FiveRows: Story = {
  args: { api: five.api },
  beforeEach: five.beforeEach,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(rowCount(canvasElement)).toBe(5));
    await expect(shadowOf(canvasElement)?.querySelector('[part~="difference"]')?.textContent).toMatch(/^Số của toàn đảng bộ/);
  },
};

const twentyTwo = ranking('twenty-two', sampleRankingResponse({ rows: 22, rangeTarget: [4, 9], noFigures: [17] }));
/** Twenty-two districts and blocs of a province, ranked by percentage of target; the one highlighted is the article's. */
export const TwentyTwoRows: Story = {
  args: { api: twentyTwo.api, highlight: 'don-vi-minh-hoa-7', width: 640 },
  beforeEach: twentyTwo.beforeEach,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(rowCount(canvasElement)).toBe(22));
    await expect(shadowOf(canvasElement)?.querySelectorAll('[part~="row-highlight"]')).toHaveLength(1);
  },
};

const forty = ranking('forty', sampleRankingResponse({ rows: 40, noFigures: [3, 31], noTarget: [12] }));
/** Forty rows, the most the element shows before its list scrolls within itself. */
export const FortyRows: Story = {
  args: { api: forty.api, width: 640 },
  beforeEach: forty.beforeEach,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(rowCount(canvasElement)).toBe(40));
  },
};

const range = ranking('range', sampleRankingResponse({ rows: 5, rangeTarget: [0, 1, 2] }));
/** Targets given as ranges (e.g. 40–45 a year): a band from floor to ceiling, "đạt chỉ tiêu" inside it, no percentage of a floor. */
export const RangeTarget: Story = {
  args: { api: range.api },
  beforeEach: range.beforeEach,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadowOf(canvasElement)?.querySelectorAll('[part~="target-band"]')).toHaveLength(3));
  },
};

const missing = ranking('missing', sampleRankingResponse({ rows: 5, noFigures: [1, 3] }));
/** Subordinates without figures for the period: "chưa có số liệu", no bar, never a zero; the sum says how many reported. */
export const SubordinateWithoutFigures: Story = {
  args: { api: missing.api },
  beforeEach: missing.beforeEach,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadowOf(canvasElement)?.querySelectorAll('[data-status="missing"]')).toHaveLength(2));
    await expect(shadowOf(canvasElement)?.querySelector('[data-status="missing"] [part~="outcome"]')?.textContent).toBe('chưa có số liệu');
  },
};

const merged = sampleRankingResponse({ rows: 5 });
const mergedRows = {
  ...merged,
  subordinates: merged.subordinates.map((row, i) =>
    i === 2 ? { ...row, succeededBy: { validTo: '2024-06-30', successors: [{ slug: 'don-vi-hop-nhat', name: 'Đơn vị hợp nhất minh họa' }] } } : row,
  ),
};
const mergedStory = ranking('merged-ranking', mergedRows);
/** A subordinate merged mid-year: its row says until when it existed, and its accessible name who took over. */
export const MergedSubordinate: Story = {
  args: { api: mergedStory.api },
  beforeEach: mergedStory.beforeEach,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadowOf(canvasElement)?.querySelector('[part~="closing"]')?.textContent).toBe('đến 30/06/2024'));
  },
};

const pinned = ranking('pinned-ranking', { ...sampleRankingResponse({ rows: 5 }), asOf: '2024-12-31' }, '?asOf=2024-12-31');
/** A published article pinned to the figures as of a day (`as-of`): later changes of the data desk do not reach it. */
export const PinnedAsOf: Story = {
  args: { api: pinned.api, 'as-of': '2024-12-31' },
  beforeEach: pinned.beforeEach,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadowOf(canvasElement)?.querySelector('.as-of')?.textContent).toBe('Số liệu đến ngày 31/12/2024'));
  },
};

const none = ranking('no-subordinates', { ...sampleRankingResponse({ rows: 0 }) });
/** An organisation with no subordinates in the period. */
export const NoSubordinates: Story = {
  args: { api: none.api },
  beforeEach: none.beforeEach,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadowOf(canvasElement)?.querySelector('[part~="rows"]')?.textContent?.trim()).toBe('Không có đơn vị trực thuộc trong kỳ này'));
  },
};

/** While the figures load, the element keeps its height so the article does not jump. */
export const Loading: Story = {
  args: { api: apiFor('hang') },
  beforeEach: network('hang'),
};

/** The API cannot be reached: a readable message, and the journalist's own sentence below it. */
export const ErrorState: Story = {
  name: 'Error',
  args: { api: apiFor('down') },
  beforeEach: network('down'),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadowOf(canvasElement)?.querySelector('.status-message')?.textContent).toBe('Không tải được số liệu'));
  },
};

/** No organisation given. */
export const Empty: Story = {
  args: { org: undefined },
};

const english = ranking('english-ranking', sampleRankingResponse({ rows: 5, rangeTarget: [1], noFigures: [3] }));
export const English: Story = {
  args: { api: english.api, lang: 'en', sort: 'name' },
  beforeEach: english.beforeEach,
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadowOf(canvasElement)?.querySelector('[data-status="missing"] [part~="outcome"]')?.textContent).toBe('no figures yet'));
  },
};

const dark = ranking('dark-ranking', sampleRankingResponse({ rows: 5, rangeTarget: [1], noFigures: [3] }));
export const Dark: Story = {
  args: { api: dark.api, 'color-scheme': 'dark' },
  beforeEach: dark.beforeEach,
  parameters: { backgrounds: { value: '#0d1117' } },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(rowCount(canvasElement)).toBe(5));
  },
};
