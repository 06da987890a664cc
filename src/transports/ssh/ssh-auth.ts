/**
 * SSH user authentication for one connection: turns ssh2's authentication requests into calls of
 * the handlers (`checkPassword`, `checkPublicKey`) and their answers into accept or reject.
 *
 * Owns: the methods offered (publickey, password, keyboard-interactive), the public key signature
 * check (the handler only says whether a key is authorized), the single `Password:` prompt of
 * keyboard-interactive, and the attempt limits. It does not own accounts, keys or passwords
 * (the handlers do) and never logs or keeps a password.
 *
 * Choices:
 * - `none` is answered with the method list and is not counted as a failure (as OpenSSH does).
 * - A refused public key leaves every method open, so the password can follow (paramiko and
 *   ncclient try keys first). Unauthorized keys are counted apart from real failures, with a
 *   larger limit (`maxKeyRefusals`, default 20): a client with many agent keys must still reach
 *   the password, which is where OpenSSH's "Too many authentication failures" bites.
 * - Wrong passwords and bad signatures count towards `maxFailures` (default 6); reaching either
 *   limit answers the request and then disconnects.
 * - The key type given to `checkPublicKey` is the one inside the key blob (`ssh-rsa`), not the
 *   signature algorithm the client named (`rsa-sha2-256`): that is what authorized_keys says.
 * - A handler that throws or rejects refuses the login (the error goes to `onError`).
 */
import ssh2 from 'ssh2';
import type { AuthContext, KeyboardAuthContext, PublicKeyAuthContext } from 'ssh2';
import type { LoginIdentity } from '../../frontends/session-channel.js';
import type { LoginDecision, RemoteEndpoint, SshErrorReporter, SshHandlers } from './ssh-handlers.js';

/** The methods offered to every client, in the order OpenSSH lists them. */
export const AUTH_METHODS = ['publickey', 'password', 'keyboard-interactive'] as const;
export const DEFAULT_MAX_AUTH_FAILURES = 6;
export const DEFAULT_MAX_KEY_REFUSALS = 20;

export interface AuthenticatorOptions {
  readonly handlers: Pick<SshHandlers, 'checkPassword' | 'checkPublicKey'>;
  readonly remote: RemoteEndpoint;
  readonly maxFailures?: number;
  readonly maxKeyRefusals?: number;
  readonly onError: SshErrorReporter;
  /** Called with the identity just before the client is told it is logged in. */
  readonly onAccepted: (identity: LoginIdentity) => void;
  /** Called after the answer to the request that reached a limit: disconnect. */
  readonly onTooManyFailures: () => void;
  /** True once the connection is gone (late answers of async handlers are dropped). */
  readonly isClosed: () => boolean;
}

/** The handler for ssh2's `authentication` event of one connection. */
export function createAuthenticator(options: AuthenticatorOptions): (ctx: AuthContext) => void {
  const maxFailures = options.maxFailures ?? DEFAULT_MAX_AUTH_FAILURES;
  const maxKeyRefusals = options.maxKeyRefusals ?? DEFAULT_MAX_KEY_REFUSALS;
  const methods = [...AUTH_METHODS];
  let failures = 0;
  let keyRefusals = 0;
  let accepted = false;

  const ask = async (what: string, call: () => LoginDecision): Promise<LoginIdentity | undefined> => {
    try {
      return await call();
    } catch (error) {
      options.onError(error instanceof Error ? error : new Error(String(error)), what);
      return undefined;
    }
  };

  const accept = (ctx: AuthContext, identity: LoginIdentity): void => {
    if (options.isClosed() || accepted) return;
    accepted = true;
    options.onAccepted(identity);
    ctx.accept();
  };

  /** Refuses; `counted` says which limit the refusal counts towards. */
  const reject = (ctx: AuthContext, counted: 'failure' | 'key' | 'none'): void => {
    if (options.isClosed()) return;
    if (counted === 'failure') failures += 1;
    if (counted === 'key') keyRefusals += 1;
    ctx.reject(methods);
    if (failures >= maxFailures || keyRefusals >= maxKeyRefusals) options.onTooManyFailures();
  };

  const checkPassword = async (ctx: AuthContext, password: string): Promise<void> => {
    const identity = await ask('checkPassword', () => options.handlers.checkPassword(ctx.username, password, options.remote));
    if (identity === undefined) reject(ctx, 'failure');
    else accept(ctx, identity);
  };

  const checkKey = async (ctx: PublicKeyAuthContext): Promise<void> => {
    const parsed = ssh2.utils.parseKey(ctx.key.data);
    const key = Array.isArray(parsed) ? undefined : parsed;
    if (key === undefined || key instanceof Error) {
      reject(ctx, 'key');
      return;
    }
    const identity = await ask('checkPublicKey', () =>
      options.handlers.checkPublicKey(ctx.username, { algorithm: key.type, data: ctx.key.data }, options.remote),
    );
    if (identity === undefined) {
      reject(ctx, 'key');
      return;
    }
    if (ctx.signature === undefined || ctx.blob === undefined) {
      // Only a query ("would this key do?"): ssh2's accept() answers PK_OK.
      if (!options.isClosed()) ctx.accept();
      return;
    }
    if (key.verify(ctx.blob, ctx.signature, ctx.hashAlgo) === true) accept(ctx, identity);
    else reject(ctx, 'failure');
  };

  const promptPassword = (ctx: KeyboardAuthContext): void => {
    ctx.prompt([{ prompt: 'Password: ', echo: false }], (answers: string[] | Error) => {
      // An Error means the client abandoned the prompt for another request: nothing to answer.
      if (answers instanceof Error) return;
      void checkPassword(ctx, answers[0] ?? '');
    });
  };

  return (ctx: AuthContext): void => {
    // A request that crossed our disconnect on the wire gets no answer (and no handler call).
    if (options.isClosed()) return;
    switch (ctx.method) {
      case 'none':
        reject(ctx, 'none');
        return;
      case 'password':
        void checkPassword(ctx, ctx.password);
        return;
      case 'publickey':
        void checkKey(ctx);
        return;
      case 'keyboard-interactive':
        promptPassword(ctx);
        return;
      default:
        reject(ctx, 'failure');
    }
  };
}
