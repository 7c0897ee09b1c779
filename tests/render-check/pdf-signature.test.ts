/**
 * A digital signature on the exported PDF, as a signing tool adds it: an incremental update holding
 * a detached PKCS#7 signature over the whole file (the exported bytes stay as they were). poppler's
 * pdfsig must find the signature valid and covering the whole document, and qpdf must still read the
 * signed file. The certificate is self-signed, made by openssl for the test.
 */
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { plainAddPlaceholder } from '@signpdf/placeholder-plain';
import { SignPdf } from '@signpdf/signpdf';
import { P12Signer } from '@signpdf/signer-p12';
import { describe, expect, it } from 'vitest';
import { openChromiumPrinter } from '../../electron/services/chromium-printer';
import { parsePlanText } from '../../shared/model';
import { renderPdf } from '../../shared/pdf';
import { hasBrowser, NOW } from './page-tools';

const ROOT = join(import.meta.dirname, '..', '..');
const required = process.env.CI === 'true';
const hasTools = ['/usr/bin/pdfsig', '/usr/bin/openssl', '/usr/bin/qpdf'].every((tool) => existsSync(tool));

/** A PKCS#12 file in the legacy encryption node-forge reads, with its password. */
function selfSignedCertificate(dir: string): { p12: Buffer; passphrase: string } {
  const key = join(dir, 'key.pem');
  const cert = join(dir, 'cert.pem');
  const p12 = join(dir, 'van-thu.p12');
  const passphrase = 'kehoach';
  execFileSync(
    'openssl',
    [
      'req',
      '-x509',
      '-newkey',
      'rsa:2048',
      '-keyout',
      key,
      '-out',
      cert,
      '-days',
      '2',
      '-nodes',
      '-subj',
      '/CN=Van thu thu nghiem/O=Ke hoach Studio',
    ],
    { stdio: 'ignore' },
  );
  execFileSync(
    'openssl',
    [
      'pkcs12',
      '-export',
      '-inkey',
      key,
      '-in',
      cert,
      '-out',
      p12,
      '-passout',
      `pass:${passphrase}`,
      '-keypbe',
      'PBE-SHA1-3DES',
      '-certpbe',
      'PBE-SHA1-3DES',
      '-macalg',
      'sha1',
    ],
    { stdio: 'ignore' },
  );
  return { p12: readFileSync(p12), passphrase };
}

describe.runIf((hasTools && hasBrowser()) || required)('a digital signature on the exported PDF', () => {
  it('is valid and covers the whole document, and the signed file still reads', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'kehoach-sign-'));
    const plan = parsePlanText(readFileSync(join(ROOT, 'tests/fixtures/ke-hoach-58-KH-TU.kehoach'), 'utf8'));
    const printer = await openChromiumPrinter();
    let exported: Uint8Array;
    try {
      exported = (await renderPdf(plan, printer, { now: NOW })).bytes;
    } finally {
      await printer.close();
    }
    const { p12, passphrase } = selfSignedCertificate(dir);
    const withPlaceholder = plainAddPlaceholder({
      pdfBuffer: Buffer.from(exported),
      reason: 'Ký ban hành',
      contactInfo: 'vanthu@example.vn',
      name: 'Văn thư',
      location: 'Ninh Bình',
    });
    const signed = await new SignPdf().sign(withPlaceholder, new P12Signer(p12, { passphrase }));
    const path = join(dir, 'ke-hoach-da-ky.pdf');
    writeFileSync(path, signed);

    // The exported bytes are untouched: the signature is an incremental update after them.
    expect(signed.subarray(0, exported.length).equals(Buffer.from(exported))).toBe(true);
    const report = execFileSync('pdfsig', ['-nocert', path], { encoding: 'utf8' });
    expect(report).toContain('Signature Validation: Signature is Valid.');
    expect(report).toContain('Total document signed');
    // qpdf exits 3 for warnings: @signpdf's update leaves a blank line before its xref, which qpdf
    // notes; nothing in it may be an error.
    const check = spawnSync('qpdf', ['--check', path], { encoding: 'utf8' });
    expect([0, 3]).toContain(check.status);
    expect(check.stdout + check.stderr).not.toMatch(/ERROR|damaged/i);
  });
});
