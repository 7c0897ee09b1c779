/** Types of scripts/house-map.mjs, for the test that checks the README. */
export declare const START: string;
export declare const END: string;
export declare function houseMap(): string;
export declare function withHouseMap(readme: string): string;
