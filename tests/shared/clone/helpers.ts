/** The shipped agency directory, the fixtures and a small State plan for the cloning tests. */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import {
  createAgencyDirectory,
  parsePlanText,
  parsePlanValue,
  type AgencyDirectory,
  type Organ,
  type PlanDocument,
  type Row,
} from '../../../shared/model';
import { childTemplateId, clonePlan, resolveUnit, type CloneOptions, type CloneResult } from '../../../shared/clone';
import { TemplateSchema, type Template } from '../../../shared/template';

const ROOT = new URL('../../../', import.meta.url);

function readJson(path: string): unknown {
  return JSON.parse(readFileSync(fileURLToPath(new URL(path, ROOT)), 'utf8'));
}

export const directory: AgencyDirectory = createAgencyDirectory(readJson('templates/agencies.json') as object);

export function fixture(name: string): PlanDocument {
  return parsePlanText(readFileSync(fileURLToPath(new URL(`tests/fixtures/${name}`, ROOT)), 'utf8'));
}

export const PARTY_PARENT = 'ke-hoach-58-KH-TU.kehoach';

export function template(id: string): Template {
  return TemplateSchema.parse(readJson(`templates/${id}.json`));
}

export function unit(name: string): Organ {
  return resolveUnit(directory, name);
}

export const NOW = new Date('2026-05-04T08:00:00Z');

/** Clones with the template of the unit's system and numbered ids, as the CLI does. */
export function cloneFor(parent: PlanDocument, name: string, options: Partial<CloneOptions> = {}): CloneResult {
  const organ = unit(name);
  let counter = 0;
  return clonePlan(parent, organ, {
    directory,
    template: template(childTemplateId(organ.system, NOW)),
    now: NOW,
    newId: () => `con-${organ.id}-${++counter}`,
    ...options,
  });
}

function task(id: string, text: string, lead: string, cooperate: string[], deadline: string): Row {
  return { id, kind: 'data', level: 1, cells: { task: text, lead, cooperate, deadline } };
}

function group(id: string, text: string): Row {
  return { id, kind: 'group', level: 0, cells: { task: text } };
}

/**
 * Kế hoạch 30/KH-UBND of the People's Committee, cut down: tasks given to organs by name, by an
 * old name (Sở KH&ĐT, merged into Sở Tài chính), by short forms and through collective phrases,
 * in the table and in the body.
 */
export function stateParent(): PlanDocument {
  const base = template('nha-nuoc-ke-hoach-hanh-dong-ubnd').document;
  return parsePlanValue({
    ...base,
    id: 'ke-hoach-30-KH-UBND',
    meta: {
      ...base.meta,
      summary: 'Thực hiện Chương trình hành động số 20-CTr/TU ngày 10/01/2026 của Ban Thường vụ Tỉnh ủy',
      parentOrgan: '',
      issuingOrgan: { header: 'ỦY BAN NHÂN DÂN\nTỈNH NINH BÌNH', citation: 'UBND tỉnh' },
      place: 'Ninh Bình',
      number: '30',
      symbol: 'KH-UBND',
      date: { year: 2026, month: 1, day: 29 },
    },
    sections: base.sections.map((section, index) =>
      index === 2
        ? {
            ...section,
            blocks: [
              { type: 'item', id: 'iii-1', level: 1, marker: 'decimal', heading: false, children: [{ text: 'Quy hoạch, thu hút đầu tư' }] },
            ],
          }
        : index === 3
          ? {
              ...section,
              blocks: [
                {
                  type: 'item',
                  id: 'iv-1',
                  level: 1,
                  marker: 'decimal',
                  heading: false,
                  children: [
                    {
                      text: 'Ban Quản lý Khu kinh tế và các khu công nghiệp chủ trì, phối hợp với Sở Nội vụ, Liên đoàn Lao động tỉnh thanh tra, kiểm tra an toàn lao động trong các khu công nghiệp; hoàn thành trước ngày 30/11/2026.',
                    },
                  ],
                },
                {
                  type: 'item',
                  id: 'iv-2',
                  level: 1,
                  marker: 'decimal',
                  heading: false,
                  children: [{ text: 'Sở Tài chính tổng hợp kết quả thực hiện, tham mưu UBND tỉnh báo cáo Ban Thường vụ Tỉnh ủy.' }],
                },
              ],
            }
          : section,
    ),
    appendices: base.appendices.map((appendix) =>
      appendix.id === 'pl2'
        ? {
            ...appendix,
            rows: [
              group('g1', 'Quy hoạch, tổ chức lại không gian phát triển'),
              task(
                't1',
                'Hoàn thành lập Quy hoạch chung Khu kinh tế Ninh Cơ',
                'Ban Quản lý Khu kinh tế và các khu công nghiệp',
                ['Sở Xây dựng', 'UBND các xã, phường'],
                'Quý IV/2026',
              ),
              task('t2', 'Điều chỉnh Quy hoạch tỉnh thời kỳ 2021-2030', 'Sở KH&ĐT', ['Các sở, ban, ngành'], 'Năm 2026'),
              group('g2', 'Thu hút đầu tư, phát triển doanh nghiệp'),
              task('t3', 'Xúc tiến đầu tư vào các khu công nghiệp', 'BQL KKT và các KCN', ['Sở Tài chính'], 'Thường xuyên'),
              task('t4', 'Cải thiện chỉ số năng lực cạnh tranh cấp tỉnh (PCI)', 'Sở Tài chính', ['Các sở, ngành liên quan'], 'Quý II/2026'),
              task('t5', 'Rà soát, đơn giản hóa thủ tục hành chính', 'Các sở, ban, ngành', ['Văn phòng UBND tỉnh'], '30/6/2026'),
              task(
                't6',
                'Bảo đảm an ninh, trật tự trong các khu công nghiệp',
                'Công an tỉnh',
                ['Ban Quản lý các khu công nghiệp'],
                'Thường xuyên',
              ),
            ],
          }
        : appendix,
    ),
  });
}
