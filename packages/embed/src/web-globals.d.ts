// The one web global this package uses, as Workers, Node and browsers all provide it. Declared here,
// not taken from the DOM library, so the package cannot lean on anything else of a browser; the
// packages that import it type it from their own environment.
declare class URLSearchParams implements Iterable<[string, string]> {
  constructor(init?: string | Record<string, string> | Iterable<readonly [string, string]>);
  get(name: string): string | null;
  getAll(name: string): string[];
  has(name: string): boolean;
  set(name: string, value: string): void;
  keys(): IterableIterator<string>;
  toString(): string;
  [Symbol.iterator](): IterableIterator<[string, string]>;
}
