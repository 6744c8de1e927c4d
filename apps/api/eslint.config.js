import shared from '@chitieu/toolchain/eslint';

export default [{ ignores: ['public/**', 'test/.assets/**', 'test/.render/**'] }, ...shared];
