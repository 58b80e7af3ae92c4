import type { Request } from 'express';
import type { AppConfig } from '../config/app-config.js';

/** Whether this request may mint a development token, and if not, why (shown by the console in both languages). */
export type DevSignInAvailability = { readonly enabled: true } | { readonly enabled: false; readonly reason: string; readonly reasonZh: string };

const LOOPBACK_ADDRESSES = new Set(['127.0.0.1', '::1', '::ffff:127.0.0.1']);
const LOOPBACK_NAMES = new Set(['localhost', '127.0.0.1', '[::1]']);
/** Headers a proxy adds: their presence means the connection's address is the proxy's, not the client's. */
const FORWARDING_HEADERS = ['forwarded', 'x-forwarded-for', 'x-forwarded-host', 'x-real-ip', 'via'];

const off = (reason: string, reasonZh: string): DevSignInAvailability => ({ enabled: false, reason, reasonZh });

/** `localhost:3000` → `localhost`; `[::1]:3000` → `[::1]`. */
function hostName(host: string): string {
  return host.startsWith('[') ? host.slice(0, host.indexOf(']') + 1) : host.split(':')[0]!;
}

/**
 * The one-click sign-in is for a developer's own machine: it signs any role's token with the service's
 * own HS256 secret, exactly like `npm run token`. So it is off with an identity provider
 * (JWT_JWKS_URL), when switched off (DEV_SIGN_IN=false, the default under NODE_ENV=production) and
 * behind a proxy (TRUST_PROXY=true). A request must come from a loopback address, carry no forwarding
 * header (a proxy on the same host would make every client look local), name this machine by a
 * loopback name in Host (another name means DNS rebinding from a web page) and, when a browser sends
 * an Origin, come from a loopback origin.
 */
export function devSignInAvailability(config: AppConfig, request: Request): DevSignInAvailability {
  if (config.auth.jwksUrl !== undefined) return off('JWT_JWKS_URL is set: tokens come from the identity provider', '已配置 JWT_JWKS_URL：令牌由身份提供方签发');
  if (!config.devSignIn) return off('DEV_SIGN_IN=false (the default when NODE_ENV=production)', '已关闭（DEV_SIGN_IN=false，生产环境默认关闭）');
  if (config.trustProxy) return off('TRUST_PROXY=true: behind a proxy the client cannot be told from the proxy', '服务位于代理之后（TRUST_PROXY=true），无法确认请求来自本机');
  if (!LOOPBACK_ADDRESSES.has(request.socket.remoteAddress ?? '')) return off('only for a browser on the same machine as the service (loopback)', '仅限与服务同一台机器上的浏览器使用');
  if (FORWARDING_HEADERS.some((header) => request.headers[header] !== undefined)) return off('the request came through a proxy (forwarding headers)', '请求经由代理转发');
  if (!LOOPBACK_NAMES.has(hostName(request.headers.host ?? '').toLowerCase())) return off('open the console as http://localhost:<port>/ui (Host must name this machine)', '请通过 http://localhost:<端口>/ui 访问');
  const origin = request.headers.origin;
  if (origin !== undefined && !isLoopbackOrigin(origin)) return off('the request came from a page of another site (Origin)', '请求来自其他网站的页面');
  return { enabled: true };
}

function isLoopbackOrigin(origin: string): boolean {
  try {
    const url = new URL(origin);
    return (url.protocol === 'http:' || url.protocol === 'https:') && LOOPBACK_NAMES.has(url.hostname === '::1' ? '[::1]' : url.hostname);
  } catch {
    return false;
  }
}
