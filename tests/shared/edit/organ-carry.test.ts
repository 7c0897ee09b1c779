/**
 * Picking an organ for a plan written for another one: the shipped templates (a province's plans)
 * taken by a commune, a department of another province and a ward's Party committee. The opening
 * sentence names the new issuer, the place is the unit where it sits, and the nơi nhận lines of the
 * province's level become the commune's; each change is listed and applied only when accepted.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { applyOrganFill, organFill, type OrganFillChange } from '../../../shared/edit';
import { organLocality } from '../../../shared/edit/organ-place';
import {
  createAgencyDirectory,
  mergeDirectories,
  PlanDocumentSchema,
  type AgencyDirectoryInput,
  type Organ,
  type PlanDocument,
} from '../../../shared/model';
import { instantiateTemplate, TemplateSchema } from '../../../shared/template';

const read = (path: string): unknown => JSON.parse(readFileSync(fileURLToPath(new URL(`../../../${path}`, import.meta.url)), 'utf8'));
const directory = createAgencyDirectory(
  mergeDirectories(
    read('templates/agencies.json') as AgencyDirectoryInput,
    read('templates/directory/vietnam-2025.json') as AgencyDirectoryInput,
  ),
);

function organ(id: string): Organ {
  const found = directory.organ(id);
  if (found === undefined) throw new Error(id);
  return found;
}

function template(name: string): PlanDocument {
  let n = 0;
  return instantiateTemplate(TemplateSchema.parse(read(`templates/${name}.json`)), {
    newId: () => `id${String(n++)}`,
    now: new Date('2026-03-02T08:00:00Z'),
  });
}

const lines = (changes: readonly OrganFillChange[], field: OrganFillChange['field']): [string, string][] =>
  changes.filter((c) => c.field === field).map((c) => [c.before, c.after]);

const recipientNames = (plan: PlanDocument): string[] => plan.recipients.flatMap((e) => ('names' in e ? e.names : [e.name]));

describe('organ locality and place (NĐ 30, Phụ lục I, mục II.4.a)', () => {
  it('names the unit where the organ sits, without its level word unless named by a number or a person', () => {
    const place = (id: string): [string, string, string] => {
      const found = organLocality(organ(id), directory);
      return [found.level, found.place, found.provinceWord];
    };
    expect(place('so-tai-chinh')).toEqual(['tinh', 'Ninh Bình', 'tỉnh']);
    expect(place('ubnd-xa-gia-vien')).toEqual(['xa', 'Gia Viễn', 'tỉnh']);
    // Listed under the Tỉnh ủy, but a commune's committee signs in its commune.
    expect(place('dang-uy-xa-gia-vien')).toEqual(['xa', 'Gia Viễn', 'tỉnh']);
    expect(place('so-y-te-da-nang')).toEqual(['tinh', 'Đà Nẵng', 'thành phố']);
    expect(place('dang-uy-phuong-ba-dinh-ha-noi')).toEqual(['xa', 'Ba Đình', 'thành phố']);
    expect(place('ban-thuong-vu-tinh-uy')).toEqual(['tinh', 'Ninh Bình', 'tỉnh']);
    const hcm = directory.resolve('Ủy ban nhân dân Thành phố Hồ Chí Minh');
    if (hcm.kind !== 'organ') throw new Error('no HCM');
    expect(organLocality(hcm.organ, directory).place).toBe('Thành phố Hồ Chí Minh');
  });
});

describe('carrying an organ into a template written for another', () => {
  it('a commune takes the province UBND template: opening, place and each nơi nhận line, as accepted', () => {
    const plan = template('nha-nuoc-ke-hoach-hanh-dong-ubnd');
    const fill = organFill(plan, directory, organ('ubnd-xa-gia-vien'));
    expect(lines(fill.changes, 'place')).toEqual([['…', 'Gia Viễn']]);
    // The changed passage with a few words around it, not the whole paragraph twice.
    expect(lines(fill.changes, 'opening')).toEqual([
      ['… Ủy ban nhân dân tỉnh ban hành Kế hoạch …', '… Ủy ban nhân dân xã Gia Viễn ban hành Kế hoạch …'],
    ]);
    expect(lines(fill.changes, 'recipient')).toEqual([
      ['Văn phòng Chính phủ', 'UBND tỉnh'],
      ['Thường trực Tỉnh ủy', 'Thường trực Đảng ủy xã'],
      ['Thường trực HĐND tỉnh', 'Thường trực HĐND xã'],
      ['Chủ tịch, các PCT UBND tỉnh', 'Chủ tịch, các PCT UBND xã'],
      ['Các sở, ban, ngành tỉnh', 'Các cơ quan, đơn vị thuộc UBND xã'],
      ['UBND các xã, phường', ''],
    ]);
    const all = applyOrganFill(plan, fill);
    expect(PlanDocumentSchema.safeParse(all).success).toBe(true);
    // The superior's resolution keeps its issuer: only the plan's own issuer is renamed.
    const opening = all.preamble[0]?.children.map((leaf) => ('text' in leaf ? leaf.text : '')).join('');
    expect(opening).toContain('của Ban Chấp hành Đảng bộ tỉnh về …');
    expect(opening).toContain(', Ủy ban nhân dân xã Gia Viễn ban hành Kế hoạch hành động');
    expect(all.meta.place).toBe('Gia Viễn');
    expect(recipientNames(all)).toEqual([
      'UBND tỉnh',
      'Thường trực Đảng ủy xã',
      'Thường trực HĐND xã',
      'Chủ tịch, các PCT UBND xã',
      'Các cơ quan, đơn vị thuộc UBND xã',
    ]);
    // The opening keeps its formatting: the italic "sau đây gọi tắt" stays a leaf of its own.
    expect(all.preamble[0]?.children.map((leaf) => ('italic' in leaf ? leaf.italic : undefined))).toEqual(
      plan.preamble[0]?.children.map((leaf) => ('italic' in leaf ? leaf.italic : undefined)),
    );
    // Refused lines stay as the template wrote them.
    const some = applyOrganFill(plan, fill, (c) => c.field !== 'recipient' || c.after !== '');
    expect(recipientNames(some)).toContain('UBND các xã, phường');
    const none = applyOrganFill(plan, fill, (c) => c.field !== 'opening' && c.field !== 'recipient');
    expect(none.preamble).toBe(plan.preamble);
    expect(none.recipients).toBe(plan.recipients);
  });

  it('a department of another province: its name in the opening and its city as the place, nơi nhận kept', () => {
    const plan = template('nha-nuoc-ke-hoach-thuc-hien-ke-hoach-cap-tren');
    const fill = organFill(plan, directory, organ('so-y-te-da-nang'));
    expect(lines(fill.changes, 'place')).toEqual([['…', 'Đà Nẵng']]);
    expect(lines(fill.changes, 'opening')).toEqual([
      ['… vụ được giao, Sở … (sau đây gọi tắt …', '… vụ được giao, Sở Y tế thành phố Đà Nẵng (sau đây gọi tắt …'],
    ]);
    const applied = applyOrganFill(plan, fill).preamble.map((b) => b.children.map((leaf) => ('text' in leaf ? leaf.text : '')).join(''));
    // The superior's "Ủy ban nhân dân tỉnh …" in the first paragraph is not the issuer: it stays.
    expect(applied[0]).toBe(plan.preamble[0]?.children.map((leaf) => ('text' in leaf ? leaf.text : '')).join(''));
    expect(applied[1]).toContain('Sở Y tế thành phố Đà Nẵng (sau đây gọi tắt là Sở) xây dựng');
    expect(lines(fill.changes, 'recipient')).toEqual([]);
  });

  it("a ward's Party committee of Hà Nội takes the Tỉnh ủy's template: reports go to the Thành ủy", () => {
    const plan = template('dang-ke-hoach-thuc-hien-nghi-quyet');
    const fill = organFill(plan, directory, organ('dang-uy-phuong-ba-dinh-ha-noi'));
    expect(lines(fill.changes, 'place')).toEqual([['…', 'Ba Đình']]);
    expect(fill.changes.find((c) => c.field === 'opening')?.after).toBe(
      '… Nghị quyết số …-NQ/TU), Đảng ủy phường Ba Đình ban hành Kế hoạch …',
    );
    expect(lines(fill.changes, 'recipient')).toEqual([
      ['Ban Bí thư Trung ương Đảng', 'Ban Thường vụ Thành ủy'],
      ['Văn phòng Trung ương Đảng', 'Văn phòng Thành ủy'],
      ['Các đồng chí Tỉnh ủy viên', 'Các đồng chí đảng ủy viên'],
      ['Các đảng ủy trực thuộc Tỉnh ủy', 'Các chi bộ, đảng bộ trực thuộc'],
      ['Các cơ quan tham mưu, giúp việc Tỉnh ủy', 'Các cơ quan tham mưu, giúp việc Đảng ủy phường'],
      ['Các sở, ban, ngành, đoàn thể tỉnh', 'Các cơ quan, đơn vị, đoàn thể phường'],
    ]);
  });

  it('a province body: the district level passes to the communes; a commune plan back to the province', () => {
    const province = template('nha-nuoc-ke-hoach-hanh-dong-ubnd');
    const old = { ...province, recipients: [...province.recipients, { name: 'UBND các huyện, thành phố' }] };
    const fill = organFill(old, directory, organ('ubnd-tinh'));
    // "UBND các xã, phường" is already on the list: the district line goes rather than repeat it.
    expect(lines(fill.changes, 'recipient')).toEqual([['UBND các huyện, thành phố', '']]);
    const commune = applyOrganFill(province, organFill(province, directory, organ('ubnd-xa-gia-vien')));
    const back = organFill(commune, directory, organ('ubnd-tinh'));
    expect(lines(back.changes, 'recipient')).toEqual([
      ['Thường trực Đảng ủy xã', 'Thường trực Tỉnh ủy'],
      ['Thường trực HĐND xã', 'Thường trực HĐND tỉnh'],
      ['Chủ tịch, các PCT UBND xã', 'Chủ tịch, các PCT UBND tỉnh'],
      ['Các cơ quan, đơn vị thuộc UBND xã', 'Các sở, ban, ngành tỉnh'],
    ]);
    expect(lines(back.changes, 'opening')).toEqual([
      ['… Ủy ban nhân dân xã Gia Viễn ban hành Kế hoạch …', '… Ủy ban nhân dân tỉnh ban hành Kế hoạch …'],
    ]);
  });

  it('never renames inside the new name when it contains the old one', () => {
    // "Ủy ban nhân dân tỉnh Cao Bằng" holds the template's "Ủy ban nhân dân tỉnh": one pass, not two.
    const plan = template('nha-nuoc-ke-hoach-hanh-dong-ubnd');
    const fill = organFill(plan, directory, organ('ubnd-tinh-cao-bang'));
    expect(lines(fill.changes, 'opening')).toEqual([
      ['… ban nhân dân tỉnh ban hành Kế hoạch hành …', '… ban nhân dân tỉnh Cao Bằng ban hành Kế hoạch hành …'],
    ]);
    const applied = applyOrganFill(plan, fill)
      .preamble[0]?.children.map((leaf) => ('text' in leaf ? leaf.text : ''))
      .join('');
    expect(applied).toContain('-NQ/TU, Ủy ban nhân dân tỉnh Cao Bằng ban hành Kế hoạch');
    expect(lines(fill.changes, 'place')).toEqual([['…', 'Cao Bằng']]);
  });
});
