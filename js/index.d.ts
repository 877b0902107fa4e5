// Types of the isnad package: the functions are ready to call once imported.
export * from './isnad.js';
