// The candidates every browser benchmark compares: our embed script, the floor, the two chart libraries
// and the gauge-only peers, with where each one's script is served, the tags it defines, which
// scenarios it draws, and what "rendered" means for it.
import { candidateFile, candidateTags, libraryScenarios, type Library, type Scenario } from './build-candidates.ts';
import type { ElementKind, PageElements } from './pages.ts';
import { EMBED_ENTRY, EMBED_PATH } from './paths.ts';

export const CANDIDATE_IDS = ['ours', 'vanilla', 'echarts', 'chartjs', 'webawesome', 'shoelace', 'justgage'] as const;
export type CandidateId = (typeof CANDIDATE_IDS)[number];
/** What a newsroom developer would otherwise pick for a gauge: everything but ours and the hand-written floor. */
export const PEER_IDS = ['echarts', 'chartjs', 'webawesome', 'shoelace', 'justgage'] as const satisfies readonly CandidateId[];

/** What must be in an element for it to count as rendered: `min` matches of `selector`, in its shadow root or light DOM. */
interface RenderedCheck {
  readonly selector: string;
  readonly shadow: boolean;
  readonly min: number;
}

export interface Candidate extends PageElements {
  readonly id: CandidateId;
  readonly label: string;
  /** The scenarios it draws (the progress rings and JustGage draw no map). */
  readonly scenarios: readonly Scenario[];
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
  scenarios: ['gauge', 'map', 'both'],
  scriptPath: () => `${EMBED_PATH}${EMBED_ENTRY}`,
  rendered: (kind, tiles) => (kind === 'gauge' ? { selector: 'svg path', shadow: true, min: 2 } : { selector: '[part~="tile"]', shadow: true, min: tiles }),
  renderedMeans:
    'every element fired `chitieu-load` (its base’s `updated()` after the figure’s first render) and its shadow root holds the dial’s SVG paths, or one `[part~=tile]` per cell',
};

function alternative(library: Exclude<Library, never>, label: string, rendered: Candidate['rendered'], renderedMeans: string): Candidate {
  return {
    id: library,
    label,
    tags: candidateTags(library),
    renderedEvent: 'bench-rendered',
    scenarios: libraryScenarios(library),
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
  webawesome: alternative(
    'webawesome',
    'Web Awesome 3 <wa-progress-ring>, the component alone (no theme stylesheet)',
    () => ({ selector: 'wa-progress-ring', shadow: false, min: 1 }),
    'the ring’s `updateComplete` resolved with no update pending (its indicator drawn), the number in its label',
  ),
  shoelace: alternative(
    'shoelace',
    'Shoelace 2 <sl-progress-ring>, the component alone (no theme stylesheet)',
    () => ({ selector: 'sl-progress-ring', shadow: false, min: 1 }),
    'the ring’s `updateComplete` resolved with no update pending (its indicator drawn), the number in its label',
  ),
  justgage: alternative(
    'justgage',
    'JustGage 2 (native SVG, no Raphaël), no animation',
    () => ({ selector: 'svg path', shadow: false, min: 2 }),
    'JustGage called `onAnimationEnd` (animation off: once its SVG is drawn)',
  ),
};

/** The candidates that draw every element of `scenario`, in CANDIDATE_IDS order. */
export function candidatesFor(scenario: Scenario): CandidateId[] {
  return CANDIDATE_IDS.filter((id) => CANDIDATES[id].scenarios.includes(scenario));
}
