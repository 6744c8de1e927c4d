// A newsroom's Shoelace gauge: <sl-progress-ring> (Shoelace 2), imported on its own (cherry-picked)
// as its documentation shows, wrapped as progress-ring.ts describes.
import '@shoelace-style/shoelace/dist/components/progress-ring/progress-ring.js';
import { defineRingGauge } from './progress-ring.ts';

defineRingGauge('bench-shoelace-gauge', 'sl-progress-ring');
