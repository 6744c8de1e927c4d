import { CELL_KINDS, COMMITTEE_STATUSES, type Cell } from '@chitieu/domain';
import { SEED } from '@chitieu/domain/seed';
import type { Meta, StoryObj } from '@storybook/web-components-vite';
import { html } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { expect } from 'storybook/test';
import { waitFor } from '../../test/story-wait.ts';
import { seedCells } from '../../test/fake-api.ts';
import { answers, apiFor, network } from '../../test/story-network.ts';

const census = SEED.cellCensuses.find((c) => c.organization === 'muong-khuong')!;
const town = SEED.organizations.find((o) => o.slug === 'muong-khuong')!;

/** An invented organisation with 128 cells of every kind and status, to show a large map stays usable. */
const manyCells: Cell[] = Array.from({ length: 128 }, (_, i) => ({
  slug: `vi-du-${i + 1}`,
  name: i % 5 === 0 ? null : `Ví dụ ${i + 1}`,
  kind: CELL_KINDS[i % CELL_KINDS.length]!,
  committee: COMMITTEE_STATUSES[(i * 3) % COMMITTEE_STATUSES.length]!,
  committeeFormedOn: null,
  fullMembers: null,
}));

type Inline = 'seed' | 'many' | 'none';

interface Args {
  org?: string;
  api?: string;
  label?: string;
  'as-of'?: string;
  revision?: string;
  lang?: string;
  'color-scheme'?: 'auto' | 'light' | 'dark';
  width: number;
  fallback: string;
  /** Story only: which inline cells to hand to the `cells` property. */
  inline: Inline;
}

function shadowOf(canvas: HTMLElement): ShadowRoot | null | undefined {
  return canvas.querySelector('party-cell-map')?.shadowRoot;
}

const meta = {
  title: 'Elements/party-cell-map',
  component: 'party-cell-map',
  args: {
    width: 360,
    inline: 'none',
    fallback: 'Từ đầu nhiệm kỳ, 5 trong 7 chi bộ tổ dân phố chưa có chi ủy đã thành lập chi ủy; còn 2 chi bộ chưa có.',
  },
  argTypes: {
    width: { control: { type: 'range', min: 240, max: 960, step: 10 }, description: 'Width of the column the element sits in (story only).' },
    fallback: { control: 'text', description: 'Light-DOM text the journalist writes (story only).' },
    inline: { control: 'inline-radio', options: ['seed', 'many', 'none'], description: 'Inline cells for the `cells` property (story only).' },
  },
  render: (args) => html`<div style="width: ${args.width}px">
    <party-cell-map
      org=${ifDefined(args.org)}
      api=${ifDefined(args.api)}
      label=${ifDefined(args.label)}
      as-of=${ifDefined(args['as-of'])}
      revision=${ifDefined(args.revision)}
      lang=${ifDefined(args.lang)}
      color-scheme=${ifDefined(args['color-scheme'])}
      .cells=${args.inline === 'seed' ? census.cells : args.inline === 'many' ? manyCells : undefined}
      .sources=${args.inline === 'seed' ? census.sources : undefined}
      >${args.fallback}</party-cell-map
    >
  </div>`,
} satisfies Meta<Args>;

export default meta;
type Story = StoryObj<Args>;

/** The article's 25 cells, inline, in a 320 px phone column: 10 had a committee, 5 formed one, 2 still have none, 8 unknown. */
export const SeedFigures: Story = {
  args: { inline: 'seed', label: town.name, 'as-of': census.asOf, width: 320 },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadowOf(canvasElement)?.querySelectorAll('[part~="tile"]')).toHaveLength(25));
    const legend = [...(shadowOf(canvasElement)?.querySelectorAll('[part="legend"] li') ?? [])].map((li) => li.textContent?.trim());
    await expect(legend).toContain('Thành lập trong nhiệm kỳ: 5');
    // Screen readers read the tiles themselves: named images in a group named by kind, no hidden table.
    const root = shadowOf(canvasElement)!;
    await expect(root.querySelector('table')).toBeNull();
    await expect(root.getElementById('group-residential')?.textContent).toBe('Chi bộ tổ dân phố · 17 chi bộ');
    const residential = root.querySelector('[role="group"][aria-labelledby="group-residential"]');
    await expect(residential?.querySelectorAll('[role="img"][aria-label]')).toHaveLength(17);
    await expect(residential?.querySelector('[role="img"][aria-label="Na Đẩy: Thành lập trong nhiệm kỳ"]') ?? null).not.toBeNull();
  },
};

/** The same cells read from the API (`org`), served here by the test fake from the seed. */
export const FromTheApi: Story = {
  args: { org: 'muong-khuong', api: apiFor('ok') },
  beforeEach: network('ok'),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadowOf(canvasElement)?.querySelectorAll('[part~="tile"]')).toHaveLength(25));
  },
};

/** An invented organisation with 128 cells in every kind and status. */
export const OneHundredTwentyEightCells: Story = {
  name: '128 cells',
  args: { inline: 'many', label: 'Ví dụ: 128 chi bộ', width: 640 },
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadowOf(canvasElement)?.querySelectorAll('[part~="tile"]')).toHaveLength(128));
  },
};

export const Loading: Story = {
  args: { org: 'muong-khuong', api: apiFor('hang') },
  beforeEach: network('hang'),
};

/** The API answers 404: a readable message, and the journalist's own sentence below it. */
export const ErrorState: Story = {
  name: 'Error',
  args: { org: 'muong-khuong', api: apiFor('not-found') },
  beforeEach: network('not-found'),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadowOf(canvasElement)?.querySelector('[part="status"]')?.getAttribute('data-state')).toBe('error'));
  },
};

export const Empty: Story = {
  args: { label: 'Ví dụ: chưa có chi bộ' },
};

export const English: Story = {
  args: { ...SeedFigures.args, lang: 'en', width: 360 },
};

export const Dark: Story = {
  args: { ...SeedFigures.args, 'color-scheme': 'dark' },
  parameters: { backgrounds: { value: '#0d1117' } },
};

/** A newspaper's own status colours, font and frame through `--chitieu-*` custom properties and `::part`. */
export const WithNewsroomTheme: Story = {
  args: { ...SeedFigures.args, width: 480 },
  decorators: [
    (story) => html`<style>
        .newsroom {
          font-family: Georgia, 'Times New Roman', serif;
          --chitieu-status-existing-color: #1b7837;
          --chitieu-status-formed-color: #2166ac;
          --chitieu-status-none-color: #b2182b;
          --chitieu-background: #fbf7ef;
          --chitieu-border: none;
          --chitieu-radius: 0;
        }
        .newsroom ::part(title) {
          text-transform: uppercase;
          letter-spacing: 0.04em;
        }
      </style>
      <div class="newsroom">${story()}</div>`,
  ],
};

/**
 * The town merged into a commune on 1 July 2025: its census of 31 December 2024 still stands, and a
 * muted last line of the footer says the organisation ended and who took over. The answer is written
 * inline here, as the API sends it (`succeededBy`, `updatedAt`).
 */
export const MergedOrganisation: Story = {
  args: { org: 'muong-khuong', api: 'https://merged.api.chitieu.test/' },
  beforeEach: answers('merged', {
    'v1/organizations/muong-khuong/cells': {
      ...seedCells(),
      revision: 2,
      updatedAt: '2025-07-15T08:30:00.000Z',
      succeededBy: { validTo: '2025-06-30', successors: [{ slug: 'xa-muong-khuong', name: 'Đảng bộ xã Mường Khương' }] },
    },
  }),
  play: async ({ canvasElement }) => {
    await waitFor(() =>
      expect(shadowOf(canvasElement)?.querySelector('[part="notice"]')?.textContent).toBe(
        'Tổ chức này đã kết thúc hoạt động ngày 30/06/2025, được kế tục bởi Đảng bộ xã Mường Khương.',
      ),
    );
    await expect(shadowOf(canvasElement)?.querySelector('.heading [part="notice"]')).toBeNull();
    await expect(shadowOf(canvasElement)?.querySelector('[part="footer"] [part="notice"]') ?? null).not.toBeNull();
    await expect(shadowOf(canvasElement)?.querySelector('.updated')?.textContent).toBe('Cập nhật 15/07/2025');
  },
};

/** A published article pinned to revision 1 (`revision="1"`): it keeps these figures whatever the data desk changes later. */
export const PinnedRevision: Story = {
  args: { org: 'muong-khuong', api: 'https://pinned.api.chitieu.test/', revision: '1' },
  beforeEach: answers('pinned', {
    'v1/organizations/muong-khuong/cells?revision=1': { ...seedCells(), revision: 1, updatedAt: '2025-01-10T02:00:00.000Z', succeededBy: null },
  }),
  play: async ({ canvasElement }) => {
    await waitFor(() => expect(shadowOf(canvasElement)?.querySelector('.updated')?.textContent).toBe('Cập nhật 10/01/2025'));
  },
};
