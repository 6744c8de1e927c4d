// The all-in-one embed script (dist/chitieu.js, served at /widgets/v1/chitieu.js): registers every
// element. Safe to load twice; each definition is guarded.
import './internal/jitless.ts';
import './party-target-gauge/define.ts';
import './party-cell-map/define.ts';

export { PartyTargetGauge } from './party-target-gauge/party-target-gauge.ts';
export { PartyCellMap } from './party-cell-map/party-cell-map.ts';
