import { SEED } from '@chitieu/domain/seed';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect } from 'storybook/test';
import { waitFor } from '../../test/story-wait.ts';
import { seedAdmissions } from '../../test/fake-api.ts';
import { answers, apiFor, network } from '../../test/story-network.ts';
import type { PartyTargetGauge } from './party-target-gauge.ts';

const admissions2024 = SEED.admissions.find((a) => a.organization === 'muong-khuong' && a.period === '2024')!;
const town = SEED.organizations.find((o) => o.slug === 'muong-khuong')!;

interface Args {
  org?: string;
  period?: string;
  api?: string;
  value?: string;
  target?: string;
  'target-min'?: string;
  'target-max'?: string;
  label?: string;
  'as-of'?: string;
  revision?: string;
  lang?: string;
  'color-scheme'?: 'auto' | 'light' | 'dark';
  timeout?: number;
  width: number;
  fallback: string;
  /** Story only: credit the article (true only for its own figures; invented examples carry no source). */
  seedSource: boolean;
}

function shadowText(canvas: HTMLElement, selector: string): string | undefined {
  return canvas.querySelector<PartyTargetGauge>('party-target-gauge')?.shadowRoot?.querySelector(selector)?.textContent?.trim();
}

const meta = {
  title: 'Elements/party-target-gauge',
  component: 'party-target-gauge',
  args: { width: 360, seedSource: false, fallback: 'Năm 2024 Đảng bộ thị trấn Mường Khương kết nạp 53 đảng viên, vượt 33 so với chỉ tiêu 20.' },
  argTypes: {
    width: { control: { type: 'range', min: 240, max: 720, step: 10 }, description: 'Width of the column the element sits in (story only).' },
    fallback: { control: 'text', description: 'Light-DOM text the journalist writes (story only).' },
    seedSource: { control: 'boolean', description: 'Credit the Báo Lào Cai article through the `sources` property (story only).' },
  },
  render: (args) => html`<div style="width: ${args.width}px">
    <party-target-gauge
      org=${ifDefined(args.org)}
      period=${ifDefined(args.period)}
      api=${ifDefined(args.api)}
      value=${ifDefined(args.value)}
      target=${ifDefined(args.target)}
      target-min=${ifDefined(args['target-min'])}
      target-max=${ifDefined(args['target-max'])}
      label=${ifDefined(args.label)}
      as-of=${ifDefined(args['as-of'])}
      revision=${ifDefined(args.revision)}
      lang=${ifDefined(args.lang)}
      color-scheme=${ifDefined(args['color-scheme'])}
      timeout=${ifDefined(args.timeout)}
      .sources=${args.seedSource ? admissions2024.sources : undefined}
      >${args.fallback}</party-target-gauge
    >
  </div>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** The article's figures, inline: 53 admitted in 2024 against a target of 20. */
export const SeedFigures: Story = {
  args: {
    value: String(admissions2024.admitted),
    target: String(admissions2024.target!.min),
    label: town.name,
    period: admissions2024.period,
    'as-of': admissions2024.asOf,
    seedSource: true,
  },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadowText(canvasElement, '[part="value"]')).toBe('53'));
    await expect(shadowText(canvasElement, '[part="delta"]')).toBe('vượt 33 so với chỉ tiêu');
  },
};

/** The same figures read from the API (`org` and `period`), served here by the test fake from the seed. */
export const FromTheApi: Story = {
  args: { org: 'muong-khuong', period: '2024', api: apiFor('ok') },
  beforeEach: network('ok'),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadowText(canvasElement, '.target-line')).toBe('Chỉ tiêu: 20 (đạt 265%)'));
  },
};

/** An invented example at six times the target: the scale grows, the overshoot band takes most of the arc, nothing is clamped. */
export const Overshoot: Story = {
  args: { value: '120', target: '20', label: 'Ví dụ: vượt xa chỉ tiêu', period: '2024' },
};

/** An invented example below the target: the missing part is a faint, dashed band and the sentence says how many are missing. */
export const Shortfall: Story = {
  args: { value: '16', target: '20', label: 'Ví dụ: chưa đạt chỉ tiêu', period: '2024' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadowText(canvasElement, '[part="delta"]')).toBe('còn thiếu 4 so với chỉ tiêu'));
  },
};

/** An invented example with a range target (90–100 a year), marked as a band on the rim. */
export const RangeTarget: Story = {
  args: { value: '95', 'target-min': '90', 'target-max': '100', label: 'Ví dụ: chỉ tiêu 90–100', period: '2024' },
};

/** While the figures load, the element keeps its height so the article does not jump. */
export const Loading: Story = {
  args: { org: 'muong-khuong', period: '2024', api: apiFor('hang') },
  beforeEach: network('hang'),
};

/** The API cannot be reached: a readable message, and the journalist's own sentence below it. */
export const ErrorState: Story = {
  name: 'Error',
  args: { org: 'muong-khuong', period: '2024', api: apiFor('down') },
  beforeEach: network('down'),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadowText(canvasElement, '.status-message')).toBe('Không tải được số liệu'));
  },
};

/** No figures and no organisation. */
export const Empty: Story = {
  args: { label: 'Ví dụ: chưa có số liệu' },
};

export const English: Story = {
  args: { ...SeedFigures.args, lang: 'en' },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadowText(canvasElement, '[part="delta"]')).toBe('33 above target'));
  },
};

export const Dark: Story = {
  args: { ...SeedFigures.args, 'color-scheme': 'dark' },
  parameters: { backgrounds: { value: '#0d1117' } },
};

/** A newspaper's own look through `--chitieu-*` custom properties and `::part`, with its serif font. */
export const WithNewsroomTheme: Story = {
  args: SeedFigures.args,
  decorators: [
    (story) => html`<style>
        .newsroom {
          font-family: Georgia, 'Times New Roman', serif;
          --chitieu-value-color: #a50f15;
          --chitieu-overshoot-color: #7a4e00;
          --chitieu-border: none;
          --chitieu-radius: 0;
          --chitieu-background: #fbf7ef;
          --chitieu-value-font-size: 3.25rem;
        }
        .newsroom ::part(title) {
          text-transform: uppercase;
          letter-spacing: 0.04em;
        }
        .newsroom ::part(delta) {
          color: #7a4e00;
        }
      </style>
      <div class="newsroom">${story()}</div>`,
  ],
};

/**
 * The town merged into a commune on 1 July 2025: its 2024 figures still stand, and a muted last line
 * of the footer says the organisation ended and who took over. The answer is written inline here, as
 * the API sends it (`succeededBy`, `updatedAt`).
 */
export const MergedOrganisation: Story = {
  args: { org: 'muong-khuong', period: '2024', api: 'https://merged.api.chitieu.test/' },
  beforeEach: answers('merged', {
    'v1/organizations/muong-khuong/admissions/2024': {
      ...seedAdmissions(),
      revision: 2,
      updatedAt: '2025-07-15T08:30:00.000Z',
      succeededBy: { validTo: '2025-06-30', successors: [{ slug: 'xa-muong-khuong', name: 'Đảng bộ xã Mường Khương' }] },
    },
  }),
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(shadowText(canvasElement, '[part="notice"]')).toBe('Tổ chức này đã kết thúc hoạt động ngày 30/06/2025, được kế tục bởi Đảng bộ xã Mường Khương.'),
    );
    await expect(shadowText(canvasElement, '[part="footer"] [part="notice"]')).toBe(
      'Tổ chức này đã kết thúc hoạt động ngày 30/06/2025, được kế tục bởi Đảng bộ xã Mường Khương.',
    );
    await expect(shadowText(canvasElement, '.updated')).toBe('Cập nhật 15/07/2025');
  },
};

/** Figures of a term that ran past the closing: the notice stands above the dial, where nobody misses it. */
export const MergedOrganisationTerm: Story = {
  args: { org: 'muong-khuong', period: '2020-2025', api: 'https://merged-term.api.chitieu.test/' },
  beforeEach: answers('merged-term', {
    'v1/organizations/muong-khuong/admissions/2020-2025': {
      ...seedAdmissions(),
      period: '2020-2025',
      target: null,
      revision: 2,
      updatedAt: '2025-07-15T08:30:00.000Z',
      succeededBy: { validTo: '2025-06-30', successors: [{ slug: 'xa-muong-khuong', name: 'Đảng bộ xã Mường Khương' }] },
    },
  }),
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(shadowText(canvasElement, '.heading [part="notice"]')).toBe(
        'Tổ chức này đã kết thúc hoạt động ngày 30/06/2025, được kế tục bởi Đảng bộ xã Mường Khương.',
      ),
    );
  },
};

/** A published article pinned to revision 1 (`revision="1"`): it keeps these figures whatever the data desk changes later. */
export const PinnedRevision: Story = {
  args: { org: 'muong-khuong', period: '2024', api: 'https://pinned.api.chitieu.test/', revision: '1' },
  beforeEach: answers('pinned', {
    'v1/organizations/muong-khuong/admissions/2024?revision=1': { ...seedAdmissions(), revision: 1, updatedAt: '2025-01-10T02:00:00.000Z', succeededBy: null },
  }),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadowText(canvasElement, '.updated')).toBe('Cập nhật 10/01/2025'));
  },
};
