import type { ComponentChildren } from 'preact';
import type { ApiError } from '../api/client.js';
import type { Loaded } from '../api/use-api.js';
import { tr } from '../i18n/lang.js';
import { href } from '../router.js';
import { Link } from './link.js';

export function Loading() {
  return <p class="loading" role="status">{tr('加载中…', 'Loading…')}</p>;
}

/** The API's own message in the language shown, its code, and what to do about a missing sign-in. */
export function ErrorBox(props: { error: ApiError }) {
  const { error } = props;
  const signInNeeded = error.status === 401 || error.status === 403;
  return (
    <div class="error" role="alert">
      <p><strong>{error.status > 0 ? `${error.status} ` : ''}{error.code}</strong> — {tr(error.messageZh, error.message)}</p>
      {typeof error.details.field === 'string' && <p>{tr('字段', 'Field')}: <code>{error.details.field}</code>{typeof error.details.rule === 'string' && <> · {tr('规则', 'rule')}: <code>{error.details.rule}</code></>}</p>}
      {signInNeeded && <p><Link href={href('/sign-in', { next: window.location.pathname + window.location.search })}>{tr('以有权限的身份登录', 'Sign in with a role that may see this')}</Link></p>}
    </div>
  );
}

/** Renders a load's three states; `children` only once the answer is there. */
export function Show<T>(props: { loaded: Loaded<T>; children: (value: T) => ComponentChildren }) {
  if (props.loaded.state === 'loading') return <Loading />;
  if (props.loaded.state === 'error') return <ErrorBox error={props.loaded.error} />;
  return <>{props.children(props.loaded.value)}</>;
}
