// A newsroom's Web Awesome gauge: <wa-progress-ring> (Web Awesome 3), imported on its own as its
// documentation shows for a single component, wrapped as progress-ring.ts describes.
import '@awesome.me/webawesome/dist/components/progress-ring/progress-ring.js';
import { defineRingGauge } from './progress-ring.ts';

defineRingGauge('bench-webawesome-gauge', 'wa-progress-ring');
