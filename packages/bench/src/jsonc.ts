// JSON with comments and trailing commas (wrangler.jsonc, tsconfig.json), read into a value.

/** Copies `text`, letting `outside` decide what to keep of each stretch outside string literals. */
function mapOutsideStrings(text: string, outside: (text: string, i: number) => { keep: string; next: number }): string {
  let out = '';
  let i = 0;
  while (i < text.length) {
    if (text[i] === '"') {
      let j = i + 1;
      while (j < text.length && text[j] !== '"') j += text[j] === '\\' ? 2 : 1;
      out += text.slice(i, j + 1);
      i = j + 1;
    } else {
      const { keep, next } = outside(text, i);
      out += keep;
      i = next;
    }
  }
  return out;
}

function dropComment(text: string, i: number): { keep: string; next: number } {
  if (text.startsWith('//', i)) {
    const end = text.indexOf('\n', i);
    return { keep: '', next: end === -1 ? text.length : end };
  }
  if (text.startsWith('/*', i)) {
    const end = text.indexOf('*/', i + 2);
    return { keep: ' ', next: end === -1 ? text.length : end + 2 };
  }
  return { keep: text[i]!, next: i + 1 };
}

function dropTrailingComma(text: string, i: number): { keep: string; next: number } {
  const trailing = text[i] === ',' && /^\s*[}\]]/.test(text.slice(i + 1));
  return { keep: trailing ? '' : text[i]!, next: i + 1 };
}

/**
 * Parses JSONC: `//` and `/* *\/` comments and trailing commas are dropped outside strings.
 *
 * @example parseJsonc('{ "a": 1, // one\n }') // { a: 1 }
 */
export function parseJsonc(text: string): unknown {
  return JSON.parse(mapOutsideStrings(mapOutsideStrings(text, dropComment), dropTrailingComma));
}
