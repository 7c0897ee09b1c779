/**
 * The Slate editor works on the plan's own blocks: paragraphs, numbered items and bullets, whose
 * children are text leaves and cross-reference inlines. This tells Slate's types so.
 */
import type { BaseEditor } from 'slate';
import type { ReactEditor } from 'slate-react';
import type { Block, CrossRef, TextLeaf } from '../../shared/model';

declare module 'slate' {
  interface CustomTypes {
    Editor: BaseEditor & ReactEditor;
    Element: Block | CrossRef;
    Text: TextLeaf;
  }
}
