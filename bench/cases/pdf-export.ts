/**
 * `pdf-export`: HTML render, Chromium print of every section and the page-number overlay, pdf-lib
 * finishing; the browser is started once for the whole run, as the app keeps its printer. Compared
 * with LibreOffice converting our DOCX.
 */
import { renderPdf } from '../../shared/pdf';
import { SLOW } from '../lib/measure';
import { libreOfficeReference } from '../references/libreoffice';
import type { BenchCase } from './case';

export const pdfExport: BenchCase = {
  name: 'pdf-export',
  unavailable: (context) => (context.tools.chromium.path === null ? `no Chromium to print with (${context.tools.chromium.install})` : null),
  async measure(plan, context) {
    const printer = await context.printer();
    const {
      timing,
      value: { pages },
    } = await context.time(`pdf-export ${plan.size}`, () => renderPdf(plan.plan, printer, { now: context.now }), SLOW);
    const office = await libreOfficeReference(plan, context);
    return { timing, reference: office.reference, facts: { pages, ...(office.pages === null ? {} : { reference_pages: office.pages }) } };
  },
};
