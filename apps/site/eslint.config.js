import shared, { promiseRules } from '@chitieu/toolchain/eslint';

export default [...shared, ...promiseRules(import.meta.dirname), { ignores: ['test/.e2e/**'] }];
