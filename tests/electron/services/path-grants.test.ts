/** The app writes only where the user chose, with the right extension, never over a protected file. */
import { describe, expect, it } from 'vitest';
import { createPathGrants } from '../../../electron/services/path-grants';
import { UserError } from '../../../electron/services/user-error';

describe('path grants', () => {
  it('refuses a path nobody chose', () => {
    const grants = createPathGrants();
    expect(() => grants.check('/home/u/.bashrc.kehoach', 'plan')).toThrow(UserError);
  });

  it('allows a chosen path for the kind it was chosen for only', () => {
    const grants = createPathGrants();
    grants.grant('/home/u/ke-hoach.docx', 'docx');
    expect(grants.check('/home/u/ke-hoach.docx', 'docx')).toBe('/home/u/ke-hoach.docx');
    expect(() => grants.check('/home/u/ke-hoach.docx', 'pdf')).toThrow(/\.pdf/u);
    expect(grants.allows('/home/u/ke-hoach.docx', 'docx')).toBe(true);
  });

  it('normalizes paths before comparing, so ".." cannot reach a granted name elsewhere', () => {
    const grants = createPathGrants();
    grants.grant('/home/u/a.kehoach', 'plan');
    expect(grants.check('/home/u/x/../a.kehoach', 'plan')).toBe('/home/u/a.kehoach');
    expect(() => grants.check('/home/u/a.kehoach/../../etc/a.kehoach', 'plan')).toThrow(UserError);
  });

  it('never writes over a protected file, even after a grant', () => {
    const grants = createPathGrants();
    grants.protect('/home/u/moi.kehoach');
    grants.grant('/home/u/moi.kehoach', 'plan');
    expect(() => grants.check('/home/u/moi.kehoach', 'plan')).toThrow(/chỉ được mở để xem/u);
  });

  it('checks the extension', () => {
    const grants = createPathGrants();
    grants.grant('/home/u/a.txt', 'plan');
    expect(() => grants.check('/home/u/a.txt', 'plan')).toThrow(/\.kehoach/u);
  });
});
