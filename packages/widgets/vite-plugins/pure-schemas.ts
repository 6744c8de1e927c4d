// Lets the bundler drop the domain's zod schemas, and with them all of zod, from the elements.
//
// A domain module builds its wire schemas when it loads (`export const CellSchema = z.strictObject(…)`).
// `treeshake.manualPureFunctions: ['z']` tells Rolldown that the `z.…` calls are pure, but some
// initialisers also spread an object or map over an array to build their argument, which the bundler
// must assume has side effects; one such schema keeps all of zod (24 kB gzip) in the bundle. This
// transform marks every top-level initialiser of a domain module that calls zod as a pure call, so an
// unused schema goes and a used one stays. Only the browser bundles use it; the domain itself is
// untouched.
import { parseAst, type Plugin } from 'vite';

const DOMAIN_SOURCE = /[\\/]packages[\\/]domain[\\/]src[\\/][^\\/]+(?:[\\/][^\\/]+)*\.ts$/;

interface Node {
  readonly type: string;
  readonly start: number;
  readonly end: number;
}
interface Declarator extends Node {
  readonly init: Node | null;
}
interface Statement extends Node {
  readonly declaration?: Statement | null;
  readonly declarations?: readonly Declarator[];
}

/** The source with each top-level `const x = <call using z>` initialiser wrapped in a pure-annotated call. */
function markSchemasPure(code: string): string {
  const program = parseAst(code) as unknown as { body: readonly Statement[] };
  const inits: Node[] = [];
  for (const statement of program.body) {
    const declaration = statement.type === 'ExportNamedDeclaration' ? statement.declaration : statement;
    if (declaration?.type !== 'VariableDeclaration') continue;
    for (const declarator of declaration.declarations ?? []) {
      const init = declarator.init;
      if (init && /\bz\.[a-zA-Z]+\(/.test(code.slice(init.start, init.end))) inits.push(init);
    }
  }
  let out = code;
  for (const init of inits.reverse()) {
    out = `${out.slice(0, init.start)}/* @__PURE__ */ (() => (${out.slice(init.start, init.end)}))()${out.slice(init.end)}`;
  }
  return out;
}

/** Applies markSchemasPure() to @chitieu/domain's modules in a build of the elements. */
export function pureDomainSchemas(): Plugin {
  return {
    name: 'chitieu-pure-domain-schemas',
    apply: 'build',
    transform: {
      filter: { id: DOMAIN_SOURCE },
      handler(code, id) {
        if (!DOMAIN_SOURCE.test(id) || !code.includes('z.')) return null;
        return { code: markSchemasPure(code), map: null };
      },
    },
  };
}
