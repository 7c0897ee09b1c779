/** `docx-export`: plan → sign-ready DOCX (layout, `docx`, embedded model), against pandoc on the same content. */
import { renderDocx } from '../../shared/render/docx';
import { FAST } from '../lib/measure';
import { pandocReference } from '../references/pandoc';
import { alwaysAvailable, type BenchCase } from './case';

export const docxExport: BenchCase = {
  name: 'docx-export',
  unavailable: alwaysAvailable,
  async measure(plan, context) {
    const { timing, value: bytes } = await context.time(
      `docx-export ${plan.size}`,
      () => renderDocx(plan.plan, { now: context.now }),
      FAST,
    );
    return { timing, reference: await pandocReference(plan, context), facts: { docx_kb: Math.round(bytes.length / 1024) } };
  },
};
