export { default } from '@chitieu/toolchain/eslint';
