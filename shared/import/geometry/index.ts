export { geometryBlocks, type GeometryOptions } from './geometry-blocks';
export type { PageGeometry, PageRotation, PlacedText, Ruling } from './page-geometry';
