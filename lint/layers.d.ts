/** Types of lint/layers.js, for the tests that read the map. */
export interface Layer {
  readonly folder: string;
  readonly purpose: string;
  readonly imports: readonly string[];
  readonly packages: readonly string[];
}
export declare const LAYERS: readonly Layer[];
