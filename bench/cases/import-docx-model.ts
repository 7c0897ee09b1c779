/**
 * `import-docx-model`: our own DOCX read back through its embedded model, which is trusted only
 * after it is rendered and its visible text compared with the document's; against the same read
 * without that check (the model taken on its fingerprint, as before issue 22).
 */
import { importDocx } from '../../shared/import';
import { readDocx } from '../../shared/import/docx';
import { parsePlanText } from '../../shared/plan-file';
import { FAST } from '../lib/measure';
import { alwaysAvailable, type BenchCase } from './case';

export const importDocxModelCase: BenchCase = {
  name: 'import-docx-model',
  unavailable: alwaysAvailable,
  async measure(plan, context) {
    const bytes = await context.docx(plan);
    const { timing, value } = await context.time(`import-docx-model ${plan.size}`, () => importDocx(bytes), FAST);
    const unchecked = await context.time(
      `import-docx-model unchecked ${plan.size}`,
      async () => {
        const model = (await readDocx(bytes)).embeddedModel;
        return model?.contentMatches === true ? parsePlanText(model.json) : null;
      },
      FAST,
    );
    return { timing, reference: { name: 'model unchecked', timing: unchecked.timing }, facts: { source: value.report.source } };
  },
};
