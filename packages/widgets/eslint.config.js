import shared from '@chitieu/toolchain/eslint';

export default [...shared, { ignores: ['custom-elements.json', 'test/.bundle/**'] }];
