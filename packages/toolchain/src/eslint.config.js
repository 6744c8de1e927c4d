// The lint rules every package shares. A package's eslint.config.js re-exports this array,
// optionally extended with its own entries, and code that runs in Workers or browsers adds
// `promiseRules`.
import js from '@eslint/js';
import globals from 'globals';
import tseslint from 'typescript-eslint';

export default tseslint.config(
  { ignores: ['**/dist/**', '**/node_modules/**', '**/.wrangler/**', '**/storybook-static/**', '**/worker-configuration.d.ts', '**/coverage/**'] },
  js.configs.recommended,
  ...tseslint.configs.recommended,
  {
    languageOptions: { globals: { ...globals.es2024 } },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_' }],
      '@typescript-eslint/consistent-type-imports': 'error',
      'no-console': ['error', { allow: ['warn', 'error', 'info'] }],
      eqeqeq: ['error', 'always'],
      // No exported binding that can be reassigned (`export let`, `export var`): the embed build links
      // the element chunks to the loader's shared code by value, one array of its exports
      // (packages/widgets/vite-plugins/shared-in-loader.ts), which a reassigned export would silently
      // leave stale. Reassigning an exported function or class is already no-func-assign and no-class-assign.
      'no-restricted-syntax': [
        'error',
        {
          selector: "ExportNamedDeclaration > VariableDeclaration[kind!='const']",
          message: 'Export a const (or a function that reads the value): an exported let or var can be reassigned.',
        },
      ],
    },
  },
  {
    files: ['**/*.mjs', '**/*.js', '**/*.cjs'],
    languageOptions: { globals: { ...globals.node } },
    rules: { 'no-console': 'off' },
  },
);

/**
 * Type-aware rules for code that runs in a Worker or a browser, where a promise nobody awaits fails
 * silently: a write that never lands, an element that never renders, an error no `onError` sees.
 * Reads the package's own tsconfig.json through the TypeScript project service.
 *
 * @param {string} tsconfigRootDir the package's folder (`import.meta.dirname` of its eslint.config.js)
 * @example export default [...shared, ...promiseRules(import.meta.dirname)];
 */
export function promiseRules(tsconfigRootDir) {
  return [
    {
      files: ['src/**/*.ts', 'test/**/*.ts'],
      languageOptions: { parserOptions: { projectService: true, tsconfigRootDir } },
      rules: {
        '@typescript-eslint/no-floating-promises': 'error',
        '@typescript-eslint/no-misused-promises': 'error',
      },
    },
  ];
}
