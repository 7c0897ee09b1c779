/** Types of scripts/house-map.mjs, for the test that checks the README. */
export declare function withHouseMap(readme: string): string;
