/**
 * Authentication and authorization for every front end (SSH CLI, NETCONF, REST): who may log in
 * (`checkPassword`, `checkPublicKey` → `Login`; `cachedCheckPassword` remembers successful password
 * checks, login-cache.ts) and what a login may do (`mayRunCommand`,
 * `mayConfigure`, `mayViewConfiguration`, `mayEditConfiguration`, `mayCommit`, `mayRollback`,
 * `mayViewSecrets`), with the refusal texts Junos uses. The public face of this folder; it owns
 * nothing itself. Inputs are the committed configuration as the asking RE sees it
 * (`re.expanded()`); every function is pure over it, but for the login cache (login-cache.ts).
 */
export { checkPassword, checkPublicKey, loginOf, type Login, type PublicKeyOptions } from './authenticate.js';
export { cachedCheckPassword, clearLoginCache, LOGIN_CACHE_LIMIT, LoginCache } from './login-cache.js';
export { commandRefusal, COMMAND_PERMISSIONS, mayRunCommand, NO_FLAG, requiredPermission, type CommandRefusal } from './command-permissions.js';
export {
  CONFIGURATION_AREAS,
  configurationArea,
  mayCommit,
  mayConfigure,
  mayEditConfiguration,
  mayRollback,
  mayViewConfiguration,
  mayViewSecrets,
} from './configuration-permissions.js';
export { PREDEFINED_CLASSES, resolveLoginClass, type LoginClass } from './login-class.js';
export {
  CLI_PERMISSION_DENIED,
  EXPECTING_COMMAND,
  HIDDEN_STATEMENT,
  netconfPermissionDenied,
  PERMISSION_DENIED,
  UNKNOWN_COMMAND,
  type PermissionDeniedError,
} from './messages.js';
