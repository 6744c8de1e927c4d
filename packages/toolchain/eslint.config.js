export { default } from './src/eslint.config.js';
