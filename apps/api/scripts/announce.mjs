// Prints what to open once `wrangler dev` is up (pnpm start).
const base = process.env.CHITIEU_API_URL ?? 'http://127.0.0.1:8787';
const lines = [
  '',
  'Chỉ Tiêu starting on ' + base,
  '',
  `  ${base}/                                                  start here: the demo article, both elements live`,
  `  ${base}/builder                                           the embed builder: pick figures, copy a code`,
  `  ${base}/embed/party-cell-map?org=muong-khuong             an iframe embed (its oEmbed: /oembed?url=…)`,
  `  ${base}/docs                                              API reference (Swagger UI, bundled)`,
  `  ${base}/v1/organizations/muong-khuong/admissions/2024     2024 admissions: 53 against a target of 20`,
  `  ${base}/v1/organizations/muong-khuong/cells               25 cells and their cell-committee status`,
  `  ${base}/widgets/v1/chitieu.js                             the hosted script (a loader of the elements)`,
  '',
  'Data desk: the local administrator token is in apps/api/.dev.vars (README, "For the data desk").',
  '',
  'Stop with Ctrl+C.',
  '',
];
console.log(lines.join('\n'));
