import shared, { promiseRules } from '@chitieu/toolchain/eslint';

export default [...shared, ...promiseRules(import.meta.dirname), { ignores: ['custom-elements.json', 'test/.bundle/**'] }];
