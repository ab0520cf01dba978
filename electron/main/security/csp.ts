/**
 * The Content-Security-Policy of the renderer, in one place: main sends it as a header, the build
 * writes it into index.html (file:// pages get no headers), and the browser host sends it too.
 *
 * Mantine writes style attributes and <style> elements at run time, hence 'unsafe-inline' for
 * styles only; scripts come from the app's own files and nothing else. No remote content at all.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'none'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "worker-src 'self' blob:",
  "manifest-src 'self'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-src 'none'",
  "object-src 'none'",
].join('; ');
