/** Types of lint/layer-rule.js, for its tests. */
import type { Rule } from 'eslint';
import type { Layer } from './layers.js';
export declare const allowList: Rule.RuleModule;
export declare function layerOf(path: string): Layer | null;
declare const plugin: { rules: { 'allow-list': Rule.RuleModule } };
export default plugin;
