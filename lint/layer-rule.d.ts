/** Types of lint/layer-rule.js, for its tests. */
import type { Rule } from 'eslint';
export declare const allowList: Rule.RuleModule;
export declare function layerOf(path: string): import('./layers.js').Layer | null;
declare const plugin: { rules: { 'allow-list': Rule.RuleModule } };
export default plugin;
