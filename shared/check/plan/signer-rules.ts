/**
 * The signature block: the authority prefix in the form of the plan's system (TM./KT. in State
 * documents, T/M, K/T in Party ones), typed once, and a position and a name to sign under.
 */
import { authorityForm, isOwnSystemPrefix, ownAuthorityKind, typedAuthorityPrefix, withoutPrefix, writesAuthority } from '../../format';
import type { PlanRule } from './plan-rule';

export const signerFormRule: PlanRule = {
  id: 'hinh-thuc-ky',
  title: 'Quyền hạn ký (TM., KT. / T/M, K/T)',
  concept: 'signerAuthority',
  severity: 'lỗi',
  *check({ plan, profile }) {
    for (const [i, step] of plan.signer.authority.entries()) {
      if (!writesAuthority(step.kind, profile)) {
        const instead = ownAuthorityKind(step.kind, profile);
        const form = authorityForm(instead, profile);
        yield {
          at: ['signer', 'authority', i, 'kind'],
          message: `${profile.name} không có hình thức ký "${step.kind}"; ghi "${form}"`,
          ...(instead === step.kind
            ? {}
            : { fix: { kind: 'set-field', path: ['signer', 'authority', i, 'kind'], value: instead, label: `Đổi thành ${form}` } }),
        };
      }
      const typed = typedAuthorityPrefix(step.body, profile);
      if (typed === undefined) continue;
      const kind = ownAuthorityKind(typed.kind, profile);
      const ownForm = authorityForm(kind, profile);
      const why = isOwnSystemPrefix(typed, profile)
        ? `"${typed.form}" được ghi tự động từ quyền hạn ký, không gõ vào tên tập thể hay chức vụ`
        : `"${typed.form}" là cách ghi của ${typed.profile.name}; văn bản này ghi "${ownForm}"`;
      yield {
        at: ['signer', 'authority', i, 'body'],
        message: `Dòng quyền hạn "${step.body}": ${why}`,
        fix: {
          kind: 'set-field',
          path: ['signer', 'authority', i],
          value: { kind, body: withoutPrefix(step.body, typed) },
          label: `Ghi là ${ownForm} ${withoutPrefix(step.body, typed)}`,
        },
      };
    }
    const typed = typedAuthorityPrefix(plan.signer.position, profile);
    if (typed !== undefined) {
      const ownForm = authorityForm(typed.kind, profile);
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
                  position: withoutPrefix(plan.signer.position, typed),
                },
                label: `Ghi là ${ownForm} ${withoutPrefix(plan.signer.position, typed)}`,
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
  concept: 'signerCollective',
  severity: 'cảnh báo',
  *check({ plan, profile }) {
    const organ = plan.meta.issuingOrgan.header.normalize('NFC').toLocaleUpperCase('vi').replace(/UỶ/gu, 'ỦY');
    if (!PARTY_COMMITTEE.test(organ)) return;
    for (const [i, step] of plan.signer.authority.entries()) {
      if (step.kind !== 'KT') continue;
      yield {
        at: ['signer', 'authority', i, 'kind'],
        message: `Cấp ủy là tập thể lãnh đạo: phó bí thư ký "${authorityForm('TM', profile)} BAN THƯỜNG VỤ" rồi chức vụ, không ký "${authorityForm('KT', profile)}"`,
      };
    }
  },
};

export const signerPositionRule: PlanRule = {
  id: 'chuc-vu-nguoi-ky',
  title: 'Chức vụ người ký',
  concept: 'signerPosition',
  severity: 'lỗi',
  *check({ plan }) {
    if (plan.signer.position.trim() === '') yield { at: ['signer', 'position'], message: 'Chưa có chức vụ của người ký' };
  },
};

/** Học hàm, học vị and ranks, which NĐ 30 keeps out of the signer's name. */
const TITLES = /^(GS|PGS|TS|ThS|TSKH|BS|KS|CN|Th\.S)\.?\s+/u;

export const signerNameRule: PlanRule = {
  id: 'ho-ten-nguoi-ky',
  title: 'Họ tên người ký',
  concept: 'signerName',
  severity: 'cảnh báo',
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
