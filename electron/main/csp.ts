// The one Content-Security-Policy of the app. Electron sends it as a header from the
// app:// protocol handler; the browser edition's build writes it into index.html.
// style-src allows inline styles because antd sets its theme (the app's red, motion) as CSS variables in a style element at run time, and components take inline style props;
// styles cannot run script, and script-src stays 'self' with no remote origins anywhere.
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self' 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "worker-src 'self' blob:",
  "connect-src 'self' blob: data:",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'none'",
  "frame-ancestors 'none'",
].join('; ');
