// The element classes without registering them, for developers who bundle the package themselves
// and want their own tag names or lazy registration. `@chitieu/widgets/party-target-gauge.js` and
// `@chitieu/widgets/party-cell-map.js` and `@chitieu/widgets/party-target-ranking.js` register the standard names.
export { PartyTargetGauge, type GaugeFigure } from './party-target-gauge/party-target-gauge.ts';
export { PartyCellMap, type CellMapFigure } from './party-cell-map/party-cell-map.ts';
export { PartyTargetRanking } from './party-target-ranking/party-target-ranking.ts';
export type { RankingFigure } from './party-target-ranking/ranking-figure.ts';
export { ChitieuErrorEvent, ChitieuLoadEvent } from './internal/events.ts';
export { COLOR_SCHEMES, type ColorScheme, type Failure } from './internal/chitieu-element.ts';
export { clearLoadCache, LOAD_FAILURES, type LoadFailure } from './internal/load-json.ts';
export { defineElement } from './internal/define-element.ts';
