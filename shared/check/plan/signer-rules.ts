/**
 * The signature block: the authority prefix in the form of the plan's system (TM./KT. in State
 * documents, T/M, K/T in Party ones), typed once, and a position and a name to sign under.
 */
import { PROFILES, type FormatProfile } from '../../format';
import { AuthorityKindSchema, type AuthorityKind } from '../../model';
import { both } from '../rule';
import type { PlanRule } from './plan-rule';

interface PrefixForm {
  readonly kind: AuthorityKind;
  readonly form: string;
  readonly profile: FormatProfile;
}

/** Every written prefix of both systems, longest first so "TUQ." wins over "T…". */
const PREFIXES: readonly PrefixForm[] = Object.values(PROFILES)
  .flatMap((profile) =>
    AuthorityKindSchema.options.flatMap((kind) => {
      const form = profile.signature.authorityForms[kind];
      return form === undefined ? [] : [{ kind, form, profile }];
    }),
  )
  .sort((a, b) => b.form.length - a.form.length);

/** The prefix typed at the start of a text; "Q." is written alike in both systems, so the plan's own wins. */
export function typedPrefix(text: string, profile: FormatProfile): PrefixForm | undefined {
  const upper = text.trimStart().toLocaleUpperCase('vi');
  const matches = PREFIXES.filter((p) => upper.startsWith(`${p.form} `) || upper === p.form);
  return matches.find((p) => p.profile.id === profile.id) ?? matches[0];
}

/** The kind to store: TUQ becomes TL where the system has no TUQ (HD 36 uses T/L). */
function ownKind(kind: AuthorityKind, profile: FormatProfile): AuthorityKind {
  return profile.signature.authorityForms[kind] === undefined ? 'TL' : kind;
}

function stripPrefix(text: string, prefix: PrefixForm): string {
  return text.trimStart().slice(prefix.form.length).trim();
}

export const signerFormRule: PlanRule = {
  id: 'hinh-thuc-ky',
  title: 'Quyền hạn ký (TM., KT. / T/M, K/T)',
  sources: both('lỗi', 'NĐ 30/2020, Phụ lục I, mục II.7.b', 'HD 36-HD/VPTW, mục II.1.7.1'),
  *check({ plan, profile }) {
    const own = profile.signature.authorityForms;
    for (const [i, step] of plan.signer.authority.entries()) {
      if (own[step.kind] === undefined) {
        yield {
          at: ['signer', 'authority', i, 'kind'],
          message: `${profile.name} không có hình thức ký "${step.kind}"; ký thừa lệnh ghi "${own.TL ?? ''}"`,
          ...(own.TL === undefined
            ? {}
            : { fix: { kind: 'set-field', path: ['signer', 'authority', i, 'kind'], value: 'TL', label: `Đổi thành ${own.TL}` } }),
        };
      }
      const typed = typedPrefix(step.body, profile);
      if (typed === undefined) continue;
      const kind = ownKind(typed.kind, profile);
      const ownForm = own[kind] ?? typed.form;
      const why =
        typed.profile.system === profile.system
          ? `"${typed.form}" được ghi tự động từ quyền hạn ký, không gõ vào tên tập thể hay chức vụ`
          : `"${typed.form}" là cách ghi của ${typed.profile.name}; văn bản này ghi "${ownForm}"`;
      yield {
        at: ['signer', 'authority', i, 'body'],
        message: `Dòng quyền hạn "${step.body}": ${why}`,
        fix: {
          kind: 'set-field',
          path: ['signer', 'authority', i],
          value: { kind, body: stripPrefix(step.body, typed) },
          label: `Ghi là ${ownForm} ${stripPrefix(step.body, typed)}`,
        },
      };
    }
    const typed = typedPrefix(plan.signer.position, profile);
    if (typed !== undefined) {
      const ownForm = own[ownKind(typed.kind, profile)] ?? typed.form;
      yield {
        at: ['signer', 'position'],
        message: `Chức vụ người ký "${plan.signer.position}" có sẵn "${typed.form}": quyền hạn ký ghi riêng, theo cách ghi "${ownForm}"`,
        ...(typed.kind === 'Q'
          ? {
              fix: {
                kind: 'set-field',
                path: ['signer'],
                value: {
                  ...plan.signer,
                  authority: [...plan.signer.authority, { kind: 'Q', body: '' }],
                  position: stripPrefix(plan.signer.position, typed),
                },
                label: `Ghi là ${ownForm} ${stripPrefix(plan.signer.position, typed)}`,
              },
            }
          : {}),
      };
    }
  },
};

const PARTY_COMMITTEE = /(TỈNH|THÀNH|HUYỆN|QUẬN|THỊ|ĐẢNG) ỦY|BAN THƯỜNG VỤ|BAN CHẤP HÀNH/u;

export const partyCommitteeSignerRule: PlanRule = {
  id: 'ky-thay-cap-uy',
  title: 'Cấp ủy ký thay mặt tập thể',
  sources: { 'hd36-2018': { severity: 'cảnh báo', cite: 'HD 36-HD/VPTW, mục II.1.7.1' } },
  *check({ plan, profile }) {
    const organ = plan.meta.issuingOrgan.header.normalize('NFC').toLocaleUpperCase('vi').replace(/UỶ/gu, 'ỦY');
    if (!PARTY_COMMITTEE.test(organ)) return;
    for (const [i, step] of plan.signer.authority.entries()) {
      if (step.kind !== 'KT') continue;
      yield {
        at: ['signer', 'authority', i, 'kind'],
        message: `Cấp ủy là tập thể lãnh đạo: phó bí thư ký "${profile.signature.authorityForms.TM ?? 'T/M'} BAN THƯỜNG VỤ" rồi chức vụ, không ký "${profile.signature.authorityForms.KT ?? 'K/T'}"`,
      };
    }
  },
};

export const signerPositionRule: PlanRule = {
  id: 'chuc-vu-nguoi-ky',
  title: 'Chức vụ người ký',
  sources: both('lỗi', 'NĐ 30/2020, Phụ lục I, mục II.7.c', 'HD 36-HD/VPTW, mục II.1.7.1'),
  *check({ plan }) {
    if (plan.signer.position.trim() === '') yield { at: ['signer', 'position'], message: 'Chưa có chức vụ của người ký' };
  },
};

/** Học hàm, học vị and ranks, which NĐ 30 keeps out of the signer's name. */
const TITLES = /^(GS|PGS|TS|ThS|TSKH|BS|KS|CN|Th\.S)\.?\s+/u;

export const signerNameRule: PlanRule = {
  id: 'ho-ten-nguoi-ky',
  title: 'Họ tên người ký',
  sources: both('cảnh báo', 'NĐ 30/2020, Phụ lục I, mục II.7.c', 'HD 36-HD/VPTW, mục II.1.7.1'),
  *check({ plan }) {
    const name = plan.signer.name.trim();
    if (name === '') {
      yield { at: ['signer', 'name'], message: 'Chưa có họ tên người ký: ghi họ tên trước khi trình ký', unfinished: true };
      return;
    }
    const title = TITLES.exec(name);
    if (title !== null) {
      const bare = name.slice(title[0].length);
      yield {
        at: ['signer', 'name'],
        message: `Không ghi học hàm, học vị trước họ tên người ký ("${title[0].trim()}")`,
        fix: { kind: 'set-field', path: ['signer', 'name'], value: bare, label: `Ghi là ${bare}` },
      };
    }
  },
};
