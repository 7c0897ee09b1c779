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

  it('grants nothing for a path with another kind’s extension', () => {
    const grants = createPathGrants();
    expect(() => {
      grants.grant('/home/u/a.txt', 'plan');
    }).toThrow(/\.kehoach/u);
    expect(() => grants.check('/home/u/a.txt', 'plan')).toThrow(/\.kehoach/u);
    expect(() => grants.checkReadable('/home/u/a.txt')).toThrow(UserError);
  });

  it('reads only a file the user chose to open, or one it may write', () => {
    const grants = createPathGrants();
    expect(() => grants.checkReadable('/etc/passwd')).toThrow(/Chưa chọn tệp/u);
    grants.offer('/home/u/cap-tren.kehoach');
    expect(grants.checkReadable('/home/u/x/../cap-tren.kehoach')).toBe('/home/u/cap-tren.kehoach');
    // Offered for reading is not granted for writing: opening it as a plan does that.
    expect(() => grants.check('/home/u/cap-tren.kehoach', 'plan')).toThrow(UserError);
    grants.grant('/home/u/xuat.docx', 'docx');
    expect(grants.checkReadable('/home/u/xuat.docx')).toBe('/home/u/xuat.docx');
  });
});
