import { describe, expect, it } from 'vitest';
import { packageOf } from './package-of.ts';

describe('packageOf', () => {
  it('names the package of a module in node_modules, scoped or not, pnpm layout included', () => {
    expect(packageOf('/r/node_modules/.pnpm/lit-html@3.3.3/node_modules/lit-html/lit-html.js')).toBe('lit-html');
    expect(packageOf('/r/node_modules/.pnpm/@lit+task@1.0.3/node_modules/@lit/task/task.js')).toBe('@lit/task');
  });

  it('names workspace packages by folder', () => {
    expect(packageOf('/work/main/packages/domain/src/format.ts')).toBe('@chitieu/domain');
    expect(packageOf('/work/main/packages/widgets/src/embed.ts')).toBe('@chitieu/widgets');
    expect(packageOf('../../packages/domain/src/cell.ts')).toBe('@chitieu/domain');
  });

  it('names generated modules by their virtual prefix', () => {
    expect(packageOf('\0virtual:chitieu/wire-schema/cells-response')).toBe('virtual:chitieu/wire-schema');
  });

  it('calls anything else the bundle’s own code', () => {
    expect(packageOf('src/app.ts')).toBe('own code');
  });
});
