// The embed build's last minifying pass (compress-again.ts) on small modules: what it takes out, and
// what it must keep. The real build's output is checked in the browser (src/embed.test.ts) and by
// every element's tests.
import { describe, expect, it } from 'vitest';
import { compressAgain } from './compress-again.ts';

/** Runs `code`, an ES module, and returns its default export. */
async function run(code: string): Promise<unknown> {
  return ((await import(`data:text/javascript,${encodeURIComponent(code)}`)) as { default: unknown }).default;
}

describe('compressAgain', () => {
  it('inlines a constant and a function called once, and the module still gives the same answer', async () => {
    const source = 'var e=100,t=20;function n(r){return r*e-t}export default[n(3)];';
    const code = await compressAgain('chunks/x.js', source);
    expect(code).not.toContain('function');
    expect(code.length).toBeLessThan(source.length);
    expect(await run(code)).toEqual(await run(source));
  });

  it('keeps a property read whose value nothing uses, as a getter may act', async () => {
    const code = await compressAgain('chunks/x.js', 'var e=[],t={get root(){return e.push(1),e}};function n(){t.root}n();export default e;');
    expect(await run(code)).toEqual([1]);
  });

  it('keeps the import of the loader and the places of an element chunk’s bindings', async () => {
    const code = await compressAgain('chunks/x.js', 'import $0 from"../chitieu.js";var[e,,t]=$0;customElements.define(`x-y`,class extends e{static s=t});');
    expect(code).toMatch(/^import (\w+) from"\.\.\/chitieu\.js";var\[\w+,,\w+\]=\1;/);
  });

  it('fails naming the file when the code does not parse', async () => {
    await expect(compressAgain('chunks/broken.js', 'var =;')).rejects.toThrow(/^minifying chunks\/broken\.js again: /);
  });
});
