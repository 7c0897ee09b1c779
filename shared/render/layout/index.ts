/** The layout stage: model + profile → a neutral tree that the backends draw. */
export * from './layout-types';
export * from './build-layout';
export * from './styles';
export { numberLine, placeDateLine } from './header-block';
export { appendixRefLine } from './appendix-section';
export { authorityLines, positionLine, archiveLine } from './signature-block';
export { textWidthMm } from './text-width';
