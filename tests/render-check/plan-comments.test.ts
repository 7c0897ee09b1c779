/**
 * The plan's comments as LibreOffice reads them: opened from our DOCX, each is an annotation with
 * its author, text and resolved state (read from its ODT); saved by LibreOffice as DOCX (its own
 * XML) and read back against the plan by position and wording, each lands where it was. Needs
 * LibreOffice (installed by .ci/run); skipped elsewhere unless CI is set.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import JSZip from 'jszip';
import { describe, expect, it } from 'vitest';
import { renderDocx } from '../../shared/render/docx';
import { keepReviewComments, reviewOf } from '../../shared/review';
import { commentedPlan } from '../shared/review/plan-comments';
import { hasLibreOffice } from './page-tools';

const required = process.env.CI === 'true';

function convert(dir: string, file: string, to: string): string {
  const out = join(dir, to.split(':')[0] ?? to);
  execFileSync('soffice', [`-env:UserInstallation=file://${dir}/profile`, '--headless', '--convert-to', to, '--outdir', out, file], {
    stdio: 'ignore',
    timeout: 300_000,
  });
  return out;
}

describe.runIf(hasLibreOffice || required)('comments in LibreOffice', () => {
  it('shows each comment with its author and state, and writes them back where they were (replies as comments)', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-comments-'));
    const plan = commentedPlan();
    const file = join(dir, 'gop-y.docx');
    writeFileSync(file, await renderDocx(plan, { now: new Date('2026-05-04T08:00:00Z') }));

    const odt = await JSZip.loadAsync(readFileSync(join(convert(dir, file, 'odt'), 'gop-y.odt')));
    const content = (await odt.file('content.xml')?.async('string')) ?? '';
    const annotations = [...content.matchAll(/<office:annotation (?:(?!-end)[^>])*>(.*?)<\/office:annotation>/gsu)].map((m) => ({
      resolved: /loext:resolved="true"/u.test(m[0]),
      text: (m[1] ?? '').replace(/<[^>]+>/gu, ' '),
    }));
    expect(annotations).toHaveLength(4);
    expect(annotations.find((a) => a.text.includes('Sở Tư pháp'))?.text).toContain('Đề nghị làm rõ đối tượng quán triệt.');
    expect(annotations.find((a) => a.text.includes('Văn phòng Tỉnh ủy'))?.text).toContain('Đã tiếp thu, sửa lại.');
    expect(annotations.find((a) => a.text.includes('Sở Tài chính'))?.resolved).toBe(true);
    expect(annotations.find((a) => a.text.includes('Sở Nội vụ'))?.resolved).toBe(false);

    // Read as another's file (no model of this plan in it): placed by position and wording.
    const saved = new Uint8Array(readFileSync(join(convert(dir, file, 'docx:MS Word 2007 XML'), 'gop-y.docx')));
    const stranger = { ...plan, id: 'ke-hoach-khac', comments: [] };
    const review = await reviewOf(stranger, saved);
    expect(review.source).toBe('content');
    const kept = keepReviewComments(stranger, review.comments, 'gop-y.docx', () => 'moi').plan.comments;
    const [first, second, third] = plan.comments;
    const landed = (author: string) => kept.find((c) => c.author === author);
    expect(landed('Sở Tư pháp')).toMatchObject({ anchor: first?.anchor, quote: 'nghiêm túc, sâu sắc', text: first?.text, resolved: false });
    expect(landed('Sở Tài chính')).toMatchObject({ anchor: second?.anchor, text: second?.text, resolved: true });
    expect(landed('Sở Nội vụ')).toMatchObject({ anchor: third?.anchor, text: third?.text });
    // LibreOffice writes no reply threads (commentsExtended without w15:paraIdParent): a reply comes back as a comment on the same words.
    expect(landed('Văn phòng Tỉnh ủy')).toMatchObject({ anchor: first?.anchor, text: 'Đã tiếp thu, sửa lại.' });
  }, 600_000);
});
