import shared, { promiseRules } from '@chitieu/toolchain/eslint';

export default [{ ignores: ['public/**', 'test/.assets/**', 'test/.render/**'] }, ...shared, ...promiseRules(import.meta.dirname)];
