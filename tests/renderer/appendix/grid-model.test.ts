/** An agency list typed in a grid cell: "; " goes between a finished name and the next one. */
import { describe, expect, it } from 'vitest';
import { gridLayout, separateAgencies } from '../../../renderer/appendix/grid-model';

describe('separateAgencies', () => {
  it('starts a new agency after a finished name', () => {
    expect(separateAgencies('Sở Tư pháp', 'Sở Tư phápS')).toBe('Sở Tư pháp; S');
    expect(separateAgencies('Sở Tư pháp; Sở Y tế', 'Sở Tư pháp; Sở Y tếSở')).toBe('Sở Tư pháp; Sở Y tế; Sở');
  });

  it('puts "; " in place of a space or comma typed after the name', () => {
    expect(separateAgencies('Sở Tư pháp', 'Sở Tư pháp ')).toBe('Sở Tư pháp; ');
    expect(separateAgencies('Sở Tư pháp', 'Sở Tư pháp, Sở Y tế')).toBe('Sở Tư pháp; Sở Y tế');
  });

  it('leaves a separator the user typed, and text that does not follow a finished name', () => {
    expect(separateAgencies('Sở Tư pháp', 'Sở Tư pháp;')).toBe('Sở Tư pháp;');
    expect(separateAgencies('Sở Tư pháp', 'Sở Tư pháp\nSở Y tế')).toBe('Sở Tư pháp\nSở Y tế');
    expect(separateAgencies('Sở Tư pháp; ', 'Sở Tư pháp; S')).toBe('Sở Tư pháp; S');
    expect(separateAgencies('', 'Văn phòng Sở')).toBe('Văn phòng Sở');
    expect(separateAgencies('Sở Tư pháp', 'Sở Tư phá')).toBe('Sở Tư phá');
    expect(separateAgencies('Sở Tư pháp', 'XSở Tư pháp')).toBe('XSở Tư pháp');
    expect(separateAgencies('Sở Tư pháp', 'Sở Tư pháp')).toBe('Sở Tư pháp');
  });
});

describe('gridLayout', () => {
  it('keeps a deadline column wide enough for a whole date, however many columns share the grid', () => {
    const layout = gridLayout({
      columns: [
        { id: 'stt', label: 'STT', type: 'stt', width: 1 },
        { id: 'task', label: 'Nhiệm vụ', type: 'text', width: 6 },
        { id: 'deadline', label: 'Thời gian', type: 'deadline', width: 1 },
        { id: 'note', label: 'Ghi chú', type: 'note', width: 1 },
      ],
      mainColumn: 'task',
      groupLayout: 'band',
    });
    expect(layout.template).toBe('minmax(44px, 52px) minmax(72px, 6fr) minmax(100px, 1fr) minmax(72px, 1fr)');
  });
});
