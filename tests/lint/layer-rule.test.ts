/** The layers' allow-list refuses what is not written down, type-only and dynamic imports included. */
import { RuleTester } from 'eslint';
import { fileURLToPath } from 'node:url';
import tseslint from 'typescript-eslint';
import { describe, it } from 'vitest';
import { allowList } from '../../lint/layer-rule.js';

RuleTester.describe = describe;
RuleTester.it = it;

const at = (path: string): string => fileURLToPath(new URL(`../../${path}`, import.meta.url));
const tester = new RuleTester({ languageOptions: { parser: tseslint.parser } });

tester.run('layers/allow-list', allowList, {
  valid: [
    { filename: at('shared/format/x.ts'), code: "import { toRoman } from '../model';" },
    { filename: at('shared/model/x.ts'), code: "import { z } from 'zod';" },
    { filename: at('renderer/editor/x.ts'), code: "import { useDialogs } from '../base/dialogs';" },
    { filename: at('electron/services/x.ts'), code: "import { readFile } from 'node:fs/promises';" },
    { filename: at('tests/anything.ts'), code: "import { app } from 'electron';" },
  ],
  invalid: [
    { filename: at('shared/model/x.ts'), code: "import type { BrowserWindow } from 'electron';", errors: [{ messageId: 'package' }] },
    { filename: at('shared/model/x.ts'), code: "export { x } from 'slate-dom';", errors: [{ messageId: 'package' }] },
    {
      filename: at('shared/model/x.ts'),
      code: "import { matchKey } from '../import/normalize/clean-text';",
      errors: [{ messageId: 'folder' }],
    },
    { filename: at('shared/import/x.ts'), code: "const m = import('../check');", errors: [{ messageId: 'folder' }] },
    { filename: at('renderer/editor/x.ts'), code: "import { App } from '../app/App';", errors: [{ messageId: 'folder' }] },
    { filename: at('renderer/state/x.ts'), code: "import { readFile } from 'node:fs';", errors: [{ messageId: 'package' }] },
    { filename: at('shared/newfolder/x.ts'), code: 'export const a = 1;', errors: [{ messageId: 'unlisted' }] },
    { filename: at('shared/model/x.ts'), code: "import { a } from '../../templates/x';", errors: [{ messageId: 'outside' }] },
  ],
});
