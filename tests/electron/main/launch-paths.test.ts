/** The plans a launch asks to open, from argv (Windows/Linux) or from a second launch's data. */
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { plansFromArgv, plansFromSecondLaunch } from '../../../electron/main/launch-paths';

describe('plansFromArgv', () => {
  it('finds a double-clicked plan after the executable (packaged app)', () => {
    expect(plansFromArgv(['/home/a/Văn bản/ke-hoach.kehoach'], '/')).toEqual(['/home/a/Văn bản/ke-hoach.kehoach']);
  });

  it('skips the app folder and switches of a development launch (electron . file)', () => {
    expect(plansFromArgv(['.', '--inspect=9229', '--enable-logging', 'plans/a.kehoach'], '/work/app')).toEqual([
      resolve('/work/app', 'plans/a.kehoach'),
    ]);
    expect(plansFromArgv(['.'], '/work/app')).toEqual([]);
  });

  it('keeps several plans in order, any case of the extension, and nothing else', () => {
    expect(plansFromArgv(['/d/a.kehoach', '/d/B.KEHOACH', '/d/c.docx', '-psn_0_12345', '--file=/d/x.kehoach'], '/')).toEqual([
      '/d/a.kehoach',
      '/d/B.KEHOACH',
    ]);
  });
});

describe('plansFromSecondLaunch', () => {
  it('takes the plans the second launch sent, absolute .kehoach paths only', () => {
    const data = { plans: ['/d/a.kehoach', 'relative.kehoach', '/d/b.pdf', 42, null] };
    expect(plansFromSecondLaunch(data, ['/opt/app/kehoach-studio', '/d/other.kehoach'], '/')).toEqual(['/d/a.kehoach']);
  });

  it('falls back to the argv (without the executable) when the data is missing or unreadable', () => {
    const argv = ['/opt/app/kehoach-studio', '--original-process-start-time=1', 'b.kehoach'];
    expect(plansFromSecondLaunch(undefined, argv, '/home/a')).toEqual([resolve('/home/a', 'b.kehoach')]);
    expect(plansFromSecondLaunch({ plans: 'b.kehoach' }, argv, '/home/a')).toEqual([resolve('/home/a', 'b.kehoach')]);
  });

  it('sends nothing when the second launch had no file', () => {
    expect(plansFromSecondLaunch({ plans: [] }, ['/opt/app/kehoach-studio'], '/')).toEqual([]);
  });
});
