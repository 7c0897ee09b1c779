/**
 * The directory's data is validated once (issue 17, speed): a merge parses only the user's entries
 * and checks the whole for contradictions, main's answer is not parsed again when main validated
 * it, and the renderer and the check worker build from main's copy without validating it.
 */
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import {
  CheckedDirectorySchema,
  createAgencyDirectory,
  directoryFromHost,
  mergeDirectories,
  type AgencyDirectoryData,
  type AgencyDirectoryInput,
} from '../../../shared/model';

const home = JSON.parse(
  readFileSync(fileURLToPath(new URL('../../../templates/agencies.json', import.meta.url)), 'utf8'),
) as AgencyDirectoryInput;

describe('directory data checked once', () => {
  it('keeps the checked base’s entries when only the province changes, and checks the merge', () => {
    const base = mergeDirectories(home, {});
    const chosen = mergeDirectories(base, { province: 'Đà Nẵng' });
    expect(chosen.province).toBe('Đà Nẵng');
    expect(chosen.organs).toBe(base.organs);
    expect(chosen.collectives).toBe(base.collectives);
    expect(() =>
      mergeDirectories(base, {
        organs: [{ id: 'so-moi', name: 'Sở Mới', system: 'nha-nuoc', level: 'tinh', until: '2025-07-01', successor: 'so-moi' }],
      }),
    ).toThrow(/quay vòng/);
    expect(() => mergeDirectories(base, { organs: [{ id: 'so-y-te', name: '', system: 'nha-nuoc', level: 'tinh' }] })).toThrow();
  });

  it('passes data it validated as main’s answer without parsing it, and parses anything else', () => {
    const base = mergeDirectories(home, {
      province: 'Ninh Bình',
      organs: [{ id: 'phong-a', name: 'Phòng A', system: 'nha-nuoc', level: 'tinh' }],
    });
    expect(CheckedDirectorySchema.safeParse(base).success).toBe(true);
    const copy = structuredClone(base) as AgencyDirectoryData & { organs: { id: string }[] };
    expect(CheckedDirectorySchema.safeParse(copy).success).toBe(true);
    const broken = { ...copy, organs: [...copy.organs, { ...copy.organs[0], parent: 'khong-co' }] };
    expect(CheckedDirectorySchema.safeParse(broken).success).toBe(false);
  });

  it('builds the renderer’s and the worker’s directory on main’s copy as it came', () => {
    const copy = structuredClone(mergeDirectories(home, { province: 'Ninh Bình', organs: [] }));
    const built = directoryFromHost(copy);
    expect(built.data).toBe(copy);
    expect(built.resolve('Sở Tài chính')).toMatchObject({ kind: 'organ', organ: { id: 'so-tai-chinh' } });
    expect(createAgencyDirectory(copy)).toBe(built);
  });
});
