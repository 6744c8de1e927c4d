// Prints what to open once `wrangler dev` is up (pnpm start).
const base = process.env.CHITIEU_API_URL ?? 'http://127.0.0.1:8787';
const lines = [
  '',
  'Chỉ Tiêu API starting on ' + base,
  '',
  `  ${base}/docs                                              API reference (Swagger UI, bundled)`,
  `  ${base}/v1/organizations/muong-khuong/admissions/2024     2024 admissions: 53 against a target of 20`,
  `  ${base}/v1/organizations/muong-khuong/cells               25 cells and their cell-committee status`,
  `  ${base}/widgets/v1/chitieu.js                             the embed script`,
  '',
  'Data desk: the local administrator token is in apps/api/.dev.vars (README, "For the data desk").',
  '',
  'Stop with Ctrl+C.',
  '',
];
console.log(lines.join('\n'));
