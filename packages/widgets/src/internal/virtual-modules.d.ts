// The modules vite-plugins/wire-schemas.ts generates at build time: a domain schema as JSON Schema.
declare module 'virtual:chitieu/wire-schema/*' {
  import type { JsonSchema } from './check-json.ts';

  const schema: JsonSchema;
  export default schema;
}
