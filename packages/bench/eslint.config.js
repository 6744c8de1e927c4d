import shared from '@chitieu/toolchain/eslint';

export default [...shared, { ignores: ['.out/**'] }];
