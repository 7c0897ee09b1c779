/** The layout stage: model + profile → a neutral tree that the backends draw. */
export * from './layout-types';
export * from './build-layout';
export * from './styles';
export { headerBlock } from './header-block';
export { pageSetup, textWidth } from './appendix-section';
export { signatureBlock, type SignaturePart } from './signature-block';
export { basisBlock, titleBlock } from './title-block';
export { textWidthMm } from './text-width';
export { blockKey, sectionKey } from './body-blocks';
export { rowKey } from './appendix-table';
