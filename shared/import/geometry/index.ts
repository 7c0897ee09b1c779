export { geometryBlocks, pageColumnBlocks, type GeometryOptions } from './geometry-blocks';
export type { ColumnBlock } from './column-blocks';
export type { PageGeometry, PageRotation, PlacedText, Ruling } from './page-geometry';
