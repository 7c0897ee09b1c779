/** The clone the app and the command line both make: template by system and date, child checked as read. */
import { describe, expect, it } from 'vitest';
import { childTemplateId, cloneForUnit } from '../../../shared/clone';
import { parsePlanValue, serializePlan } from '../../../shared/plan-file';
import { NOW, PARTY_PARENT, cloneFor, directory, fixture, template, unit } from './helpers';

describe('cloneForUnit', () => {
  it('loads the child template of the unit’s system on the day and gives the clone as a file would read back', async () => {
    const parent = fixture(PARTY_PARENT);
    const asked: string[] = [];
    let counter = 0;
    const organ = unit('Đảng ủy Ủy ban nhân dân tỉnh');
    const { child, summary } = await cloneForUnit(parent, organ, {
      directory,
      loadTemplate: (id) => {
        asked.push(id);
        return Promise.resolve(template(id));
      },
      now: NOW,
      newId: () => `con-${organ.id}-${++counter}`,
    });
    expect(asked).toEqual([childTemplateId(organ.system, NOW)]);
    const direct = cloneFor(parent, 'Đảng ủy Ủy ban nhân dân tỉnh');
    expect(summary).toEqual(direct.summary);
    expect(serializePlan(child)).toBe(serializePlan(parsePlanValue(direct.child)));
  });

  // Found by the fuzz campaign: a plan read from a PDF cut above the issuer gave a clone whose
  // "(để báo cáo)" recipient had no name, refused by the schema ("recipients[0].name").
  it('clones a superior plan read without its issuer, naming nobody to report to', async () => {
    const parent = fixture(PARTY_PARENT);
    const unnamed = { ...parent, meta: { ...parent.meta, issuingOrgan: { ...parent.meta.issuingOrgan, citation: '' } } };
    const { child } = await cloneForUnit(unnamed, unit('Đảng ủy Ủy ban nhân dân tỉnh'), {
      directory,
      loadTemplate: (id) => Promise.resolve(template(id)),
      now: NOW,
      newId: () => 'con',
    });
    expect(child.recipients.flatMap((r) => ('name' in r ? [r.name] : r.names))).not.toContain('');
    expect(child.recipients.some((r) => r.purpose === '(để báo cáo)')).toBe(false);
  });
});
