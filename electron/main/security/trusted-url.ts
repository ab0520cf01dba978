/**
 * Which URLs may leave the app for the OS (shell.openExternal). Only e-mail drafts and secure web
 * pages: `file:`, `javascript:`, custom schemes and anything with credentials could run programs or
 * leak data, so they are refused.
 */
export function isSafeExternalUrl(raw: string): boolean {
  if (raw.length > 8192 || /[\u0000-\u001f\u007f\s]/.test(raw.trim()) ) return false;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return false;
  }
  if (url.protocol === 'mailto:') {
    // The address part must look like one or more e-mail addresses (or be empty with a query).
    const addresses = decodeURIComponent(url.pathname);
    return addresses === '' || addresses.split(',').every((a) => /^[^@\s<>"]+@[^@\s<>"]+\.[^@\s<>"]+$/.test(a.trim()));
  }
  if (url.protocol === 'https:') {
    return url.hostname !== '' && url.username === '' && url.password === '';
  }
  if (url.protocol === 'tel:') {
    // Click-to-call from the call screen: a phone number only (RFC 3966 visual separators allowed),
    // nothing the telephony program could read as a command or a parameter.
    return /^\+?[0-9][0-9().-]{1,30}$/.test(url.pathname) && url.search === '' && url.hash === '';
  }
  return false;
}
