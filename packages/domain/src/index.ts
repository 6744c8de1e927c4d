// The public face of @chitieu/domain: wire schemas, rules, calculations and reader-facing text; knows nothing of the DOM, Workers, Hono or Lit.
export * from './admission.ts';
export * from './api-error.ts';
export * from './breakdown.ts';
export * from './cell.ts';
export * from './date.ts';
export * from './organization.ts';
export * from './period.ts';
export * from './period-label.ts';
export * from './slug.ts';
export * from './source.ts';
export * from './normalized-text.ts';
export * from './public-url.ts';
export * from './target.ts';

export * from './text.ts';
export * from './rules.ts';
export * from './progress.ts';
export * from './status-counts.ts';
export * from './locale.ts';
export * from './format.ts';
export * from './gauge-text.ts';
export * from './messages.ts';
export * from './common-messages.ts';
export * from './gauge-messages.ts';
export * from './map-messages.ts';
export * from './gauge-geometry.ts';
export * from './subordinate-admissions.ts';
export * from './subordinate-totals.ts';
export * from './ranking-order.ts';
export * from './ranking-bars.ts';
export * from './ranking-text.ts';
export * from './ranking-messages.ts';
export * from './tile-layout.ts';
export * from './seed-dataset.ts';

export * from './revision.ts';
export * from './succession.ts';
export * from './newsroom.ts';
export * from './audit.ts';
export * from './csv.ts';
export * from './import-values.ts';
export * from './import-table.ts';
export * from './cell-import.ts';
export * from './admission-import.ts';
export * from './data-import.ts';

export * from './search-text.ts';
export * from './key-label.ts';
export * from './session.ts';
export * from './record-history.ts';

export * from './svg/svg-options.ts';
export * from './svg/gauge-svg.ts';
export * from './svg/cell-map-svg.ts';
export * from './svg/ranking-svg.ts';
export * from './svg/text-width.ts';

export * from './canonical-json.ts';
export * from './source-identity.ts';
export * from './validity-window.ts';
export * from './census-plan.ts';
export * from './census-write.ts';
export * from './admission-outcome.ts';
export * from './write-warning.ts';
export * from './write-checks.ts';
