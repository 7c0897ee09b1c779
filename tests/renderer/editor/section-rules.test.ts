/** Runs every fixture under fixtures/: the plugins of the section editor, in Node. */
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fixtureEditor, type EditorFixture } from './fixture';

const FIXTURES = join(import.meta.dirname, 'fixtures');
const cases = readdirSync(FIXTURES, { recursive: true, encoding: 'utf8' })
  .filter((file) => file.endsWith('.ts'))
  .sort();

describe('section editor rules', () => {
  it('has fixtures', () => {
    expect(cases.length).toBeGreaterThan(10);
  });

  it.each(cases)('%s', async (file) => {
    const { fixture } = (await import(pathToFileURL(join(FIXTURES, file)).href)) as { fixture: EditorFixture };
    const frozen = structuredClone(fixture.input);
    const editor = fixtureEditor(fixture.input);
    fixture.run(editor);
    expect({ children: editor.children, selection: editor.selection }).toEqual(fixture.output);
    fixture.check?.(editor);
    // The plugins never change what they were given.
    expect(fixture.input).toEqual(frozen);
  });
});
