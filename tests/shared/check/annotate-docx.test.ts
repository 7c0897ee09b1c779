/**
 * Findings written back as Word comments in a copy of a received DOCX: each anchored on the
 * paragraph the finding numbers, read back by our review reader and by pandoc, comments already in
 * the file kept, and the original bytes untouched.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { annotateDocx, checkDocx, type Finding } from '../../../shared/check';
import { flattenParagraphs } from '../../../shared/check/docx/docx-rule';
import { readDocx } from '../../../shared/import/docx';
import { readReview, type ReviewDocument } from '../../../shared/review/read-review';
import { buildWordSeed } from '../import/word-fixture';

const NOW = new Date('2026-12-07T09:00:00Z');
const REVIEWED = join(import.meta.dirname, '..', '..', 'fixtures', 'review', 'gop-y-so-tu-phap.docx');

function paragraphText(review: ReviewDocument, index: number): string {
  return (review.paragraphs[index]?.segments ?? [])
    .filter((s) => s.kind !== 'del')
    .map((s) => s.text)
    .join('');
}

/** The text of the paragraph each comment id is anchored on. */
function anchors(review: ReviewDocument): Map<string, string> {
  const out = new Map<string, string>();
  review.paragraphs.forEach((p, i) => {
    for (const c of p.comments) out.set(c.id, paragraphText(review, i));
  });
  return out;
}

async function seedWithFindings(): Promise<{ bytes: Uint8Array; findings: Finding[] }> {
  // A Party plan dated 2026 that calls itself under HD 36 and uses a State signing form: findings on numbered paragraphs.
  const { bytes } = await buildWordSeed({ bodyStart: ['Văn bản trình bày theo Hướng dẫn số 36-HD/VPTW.'] });
  const { findings } = await checkDocx(bytes, { today: NOW });
  return { bytes, findings };
}

describe('annotateDocx', () => {
  it('anchors one comment per finding on the paragraph the finding numbers, and leaves the original untouched', async () => {
    const { bytes, findings } = await seedWithFindings();
    const numbered = findings.filter((f) => f.location.kind === 'docx' && f.location.paragraph !== undefined);
    expect(numbered.length).toBeGreaterThan(0);
    const before = Uint8Array.from(bytes);
    const annotated = await annotateDocx(bytes, findings, { now: NOW });
    expect(bytes).toEqual(before);

    const review = await readReview(annotated);
    expect(review.comments).toHaveLength(findings.length);
    expect(new Set(review.comments.map((c) => c.author))).toEqual(new Set(['Kế hoạch Studio']));
    const paragraphs = flattenParagraphs(await readDocx(bytes));
    const anchored = anchors(review);
    review.comments.forEach((c, i) => {
      const finding = findings[i];
      if (finding === undefined) throw new Error('more comments than findings');
      expect(c.text).toContain(finding.message);
      expect(c.text.startsWith(finding.severity.toLocaleUpperCase('vi'))).toBe(true);
      if (finding.location.kind === 'docx' && finding.location.paragraph !== undefined) {
        expect(anchored.get(c.id)).toBe(paragraphs[finding.location.paragraph - 1]?.p.text);
      }
    });
    // The annotated copy is still the same document to the checker.
    expect((await checkDocx(annotated, { today: NOW })).findings.map((f) => f.message)).toEqual(findings.map((f) => f.message));
  });

  it('keeps the comments a reviewer already left, with ids of its own', async () => {
    const bytes = new Uint8Array(readFileSync(REVIEWED));
    const existing = await readReview(bytes);
    expect(existing.comments.length).toBeGreaterThan(0);
    const { findings } = await checkDocx(bytes, { today: NOW });
    expect(findings.length).toBeGreaterThan(0);
    const review = await readReview(await annotateDocx(bytes, findings, { now: NOW }));
    expect(review.comments).toHaveLength(existing.comments.length + findings.length);
    expect(review.comments.slice(0, existing.comments.length).map((c) => [c.id, c.text])).toEqual(
      existing.comments.map((c) => [c.id, c.text]),
    );
    expect(new Set(review.comments.map((c) => c.id)).size).toBe(review.comments.length);
  });

  it('is read by pandoc, a reader that is not ours, with every comment in place', async () => {
    const { bytes, findings } = await seedWithFindings();
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-annotate-'));
    const file = join(dir, 'nhan-xet.docx');
    writeFileSync(file, await annotateDocx(bytes, findings, { now: NOW }));
    const json = execFileSync('pandoc', ['--track-changes=all', '-f', 'docx', '-t', 'json', file], { encoding: 'utf8' });
    const starts = json.match(/"comment-start"/gu) ?? [];
    expect(starts).toHaveLength(findings.length);
    expect(json).toContain('Kế hoạch Studio');
  });

  it('refuses a file that is not a DOCX with a Vietnamese message', async () => {
    await expect(annotateDocx(new TextEncoder().encode('không phải docx'), [], { now: NOW })).rejects.toThrow(/DOCX|Word/u);
  });
});
