// The candidates every browser benchmark compares: our embed script and the three alternatives, with
// where each one's script is served, the tags it defines, and what "rendered" means for it.
import { candidateFile, candidateTags, type Library, type Scenario } from './build-candidates.ts';
import type { ElementKind, PageElements } from './pages.ts';
import { EMBED_ENTRY, EMBED_PATH } from './paths.ts';

export const CANDIDATE_IDS = ['ours', 'vanilla', 'echarts', 'chartjs'] as const;
export type CandidateId = (typeof CANDIDATE_IDS)[number];

/** What must be in an element for it to count as rendered: `min` matches of `selector`, in its shadow root or light DOM. */
interface RenderedCheck {
  readonly selector: string;
  readonly shadow: boolean;
  readonly min: number;
}

export interface Candidate extends PageElements {
  readonly id: CandidateId;
  readonly label: string;
  /** URL path of the script a page with `scenario` loads. */
  scriptPath(scenario: Scenario): string;
  /** The definition of "rendered" for one element with `tiles` cells (maps). */
  rendered(kind: ElementKind, tiles: number): RenderedCheck;
  /** In words, for the report. */
  readonly renderedMeans: string;
}

/** URL prefix the static server mounts the built alternatives under. */
export const CANDIDATES_PATH = '/alternatives/';

const ours: Candidate = {
  id: 'ours',
  label: 'Chỉ Tiêu (<party-target-gauge>, <party-cell-map>)',
  tags: { gauge: 'party-target-gauge', map: 'party-cell-map' },
  renderedEvent: 'chitieu-load',
  scriptPath: () => `${EMBED_PATH}${EMBED_ENTRY}`,
  rendered: (kind, tiles) => (kind === 'gauge' ? { selector: 'svg path', shadow: true, min: 2 } : { selector: '[part~="tile"]', shadow: true, min: tiles }),
  renderedMeans:
    'every element fired `chitieu-load` (Lit’s `updated()` after the figure’s first render) and its shadow root holds the dial’s SVG paths, or one `[part~=tile]` per cell',
};

function alternative(library: Exclude<Library, never>, label: string, rendered: Candidate['rendered'], renderedMeans: string): Candidate {
  return {
    id: library,
    label,
    tags: candidateTags(library),
    renderedEvent: 'bench-rendered',
    scriptPath: (scenario) => `${CANDIDATES_PATH}${candidateFile(library, scenario)}`,
    rendered,
    renderedMeans,
  };
}

export const CANDIDATES: Readonly<Record<CandidateId, Candidate>> = {
  ours,
  vanilla: alternative(
    'vanilla',
    'vanilla custom element (the floor)',
    (kind, tiles) => (kind === 'gauge' ? { selector: 'svg path', shadow: true, min: 2 } : { selector: 'rect', shadow: true, min: tiles }),
    'connectedCallback wrote the SVG into the shadow root (dial paths, or one rect per cell)',
  ),
  echarts: alternative(
    'echarts',
    'ECharts 6 tree-shaken (echarts/core + GaugeChart / ScatterChart + SVGRenderer)',
    (kind, tiles) => ({ selector: 'svg path', shadow: false, min: kind === 'gauge' ? 1 : tiles }),
    'the chart fired `finished` and its SVG holds the arcs, or one path per cell',
  ),
  chartjs: alternative(
    'chartjs',
    'Chart.js 4 tree-shaken (doughnut / scatter, canvas)',
    () => ({ selector: 'canvas', shadow: false, min: 1 }),
    'the chart’s `afterRender` plugin hook ran (the canvas is drawn)',
  ),
};
