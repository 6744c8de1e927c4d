// The public face of @chitieu/embed: the embed contract, defined once for the site, the API, the render Worker and the elements.
export * from './embed-elements.ts';
export * from './embed-params.ts';
export * from './image-query.ts';
export * from './embed-size.ts';
export * from './embed-summary.ts';
export * from './embed-read.ts';
export * from './read-figures.ts';
export * from './read-responses.ts';
export * from './themes.ts';
export * from './html-text.ts';
