/** Nơi nhận: there is one, and it ends with the archive line in the profile's form. */
import { archiveExample, archiveProblem } from '../../format';
import type { PlanRule } from './plan-rule';

export const archiveLineRule: PlanRule = {
  id: 'dong-luu',
  title: 'Dòng "Lưu" ở cuối nơi nhận',
  concept: 'archiveLine',
  severity: 'lỗi',
  *check({ plan, profile }) {
    if (plan.archive.trim() !== '') return;
    yield { at: ['archive'], message: `Nơi nhận thiếu dòng lưu văn bản ("- ${archiveExample(profile)}")` };
  },
};

export const archiveFormRule: PlanRule = {
  id: 'dong-luu-the-thuc',
  title: 'Cách ghi dòng "Lưu"',
  concept: 'archiveForm',
  severity: 'cảnh báo',
  *check({ plan, profile }) {
    const problem = archiveProblem(plan.archive, profile);
    if (problem === null) return;
    yield {
      at: ['archive'],
      message: problem.message,
      fix: { kind: 'set-field', path: ['archive'], value: problem.wanted, label: `Ghi là "${problem.wanted}"` },
    };
  },
};

export const recipientsRule: PlanRule = {
  id: 'noi-nhan',
  title: 'Nơi nhận',
  concept: 'recipients',
  severity: 'cảnh báo',
  *check({ plan }) {
    if (plan.recipients.length === 0) yield { at: ['recipients'], message: 'Chưa có nơi nhận nào ngoài dòng lưu' };
  },
};
