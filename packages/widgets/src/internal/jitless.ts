// zod compiles object parsers with `new Function` unless told not to. Under a strict Content Security
// Policy (no 'unsafe-eval') the probe fails quietly but the browser still files a violation report to
// the newsroom's CSP endpoint. zod probes when a schema is built, i.e. when the domain module loads,
// so every entry and element module imports this file first. zod reads this shared object (it is what
// `z.config({ jitless: true })` writes); the widgets do not depend on zod directly.
const holder = globalThis as { __zod_globalConfig?: { jitless?: boolean } };
(holder.__zod_globalConfig ??= {}).jitless = true;

export {};
