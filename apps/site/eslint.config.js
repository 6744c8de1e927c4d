import shared from '@chitieu/toolchain/eslint';

export default [...shared, { ignores: ['test/.e2e/**'] }];
