import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import path from 'node:path';
import { PathGuard } from '../../electron/main/files/path-guard';
import { isSafeExternalUrl } from '../../electron/main/security/trusted-url';
import { isTrustedSenderUrl } from '../../electron/main/security/trusted-sender';
import { CONTENT_SECURITY_POLICY } from '../../electron/main/security/csp';
import { mainWindowOptions } from '../../electron/main/window/window-options';
import { DEFAULT_WINDOW_STATE } from '../../electron/main/window/window-state';

describe('the main window is locked down', () => {
  const options = mainWindowOptions(DEFAULT_WINDOW_STATE, '/app/out/preload/index.cjs');

  it('isolates the page, sandboxes it and gives it no Node', () => {
    expect(options.webPreferences).toMatchObject({
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      webviewTag: false,
      preload: '/app/out/preload/index.cjs',
    });
  });

  it('waits for ready-to-show to appear, at the remembered size', () => {
    expect(options.show).toBe(false);
    const placed = mainWindowOptions({ x: 10, y: 20, width: 1000, height: 700, maximized: false }, 'p');
    expect(placed).toMatchObject({ x: 10, y: 20, width: 1000, height: 700 });
  });
});

describe('Content-Security-Policy', () => {
  const directives = new Map(
    CONTENT_SECURITY_POLICY.split(';').map((d) => {
      const [name, ...values] = d.trim().split(/\s+/);
      return [name!, values] as const;
    }),
  );

  it('denies by default and loads scripts only from the app', () => {
    expect(directives.get('default-src')).toEqual(["'none'"]);
    expect(directives.get('script-src')).toEqual(["'self'"]);
    expect(directives.get('object-src')).toEqual(["'none'"]);
    expect(directives.get('base-uri')).toEqual(["'none'"]);
  });

  it('never allows eval, inline scripts or remote hosts', () => {
    expect(CONTENT_SECURITY_POLICY).not.toMatch(/unsafe-eval|https?:|\*/);
    expect(directives.get('script-src')).not.toContain("'unsafe-inline'");
  });
});

describe('isSafeExternalUrl', () => {
  it('refuses every scheme but mailto:, https: and tel:', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('file', 'javascript', 'http', 'ftp', 'data', 'vbscript', 'smb', 'chrome', 'relance', 'ms-settings'),
        fc.webPath(),
        (scheme, rest) => !isSafeExternalUrl(`${scheme}:${rest}`) && !isSafeExternalUrl(`${scheme}://host/${rest}`),
      ),
    );
  });

  it('accepts any plain https URL', () => {
    fc.assert(fc.property(fc.webUrl({ validSchemes: ['https'] }), (url) => isSafeExternalUrl(url)));
  });

  it('accepts a tel: link to a phone number and nothing else under tel:', () => {
    expect(isSafeExternalUrl('tel:+33145678901')).toBe(true);
    expect(isSafeExternalUrl('tel:01.45.67.89.01')).toBe(true);
    expect(isSafeExternalUrl('tel:+33-1-45-67-89-01')).toBe(true);
    expect(isSafeExternalUrl('tel:')).toBe(false);
    expect(isSafeExternalUrl('tel:+33145678901?call=auto')).toBe(false);
    expect(isSafeExternalUrl('tel:0145;ext=2')).toBe(false);
    expect(isSafeExternalUrl('tel:javascript:alert(1)')).toBe(false);
    expect(isSafeExternalUrl('tel:01 45 67 89 01')).toBe(false);
  });

  it('refuses control characters and spaces that could split a command line', () => {
    expect(isSafeExternalUrl('https://example.com/\nfile:///etc/passwd')).toBe(false);
    expect(isSafeExternalUrl('https://example.com/ x')).toBe(false);
  });
});

describe('isTrustedSenderUrl', () => {
  const app = 'file:///opt/Relance/resources/app.asar/out/renderer/index.html';

  it('trusts the app page, with or without a route in the hash', () => {
    expect(isTrustedSenderUrl(app, app)).toBe(true);
    expect(isTrustedSenderUrl(`${app}#/parametres`, app)).toBe(true);
  });

  it('refuses other files, other origins and missing senders', () => {
    expect(isTrustedSenderUrl('file:///tmp/evil.html', app)).toBe(false);
    expect(isTrustedSenderUrl('https://evil.example/', app)).toBe(false);
    expect(isTrustedSenderUrl(undefined, app)).toBe(false);
    expect(isTrustedSenderUrl('not a url', app)).toBe(false);
  });

  it('compares origins for the development server', () => {
    expect(isTrustedSenderUrl('http://localhost:5173/#/x', 'http://localhost:5173/')).toBe(true);
    expect(isTrustedSenderUrl('http://localhost:5174/', 'http://localhost:5173/')).toBe(false);
  });
});

describe('PathGuard', () => {
  const guard = new PathGuard(['/data/Relance']);

  it('accepts the root and what lies beneath it', () => {
    expect(guard.isAllowed('/data/Relance')).toBe(true);
    expect(guard.isAllowed('/data/Relance/2026/lettre.pdf')).toBe(true);
  });

  it('refuses siblings that share a prefix, traversals and relative paths', () => {
    expect(guard.isAllowed('/data/Relance-evil/x.pdf')).toBe(false);
    expect(guard.isAllowed('/data/Relance/../secret')).toBe(false);
    expect(guard.isAllowed('data/Relance/x.pdf')).toBe(false);
  });

  it('never lets a path that resolves outside the roots through', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('..', '.', 'a', 'Relance', 'data', ''), { maxLength: 8 }), (parts) => {
        const candidate = '/' + parts.join('/');
        const resolved = path.resolve(candidate);
        const inside = resolved === '/data/Relance' || resolved.startsWith('/data/Relance/');
        return guard.isAllowed(candidate) === inside;
      }),
    );
  });
});
