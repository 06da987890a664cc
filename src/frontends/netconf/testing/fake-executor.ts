/**
 * Test support for the NETCONF tests (not used by the product): a small stand-in for the xml-rpc
 * executor, a ConfigAccess that counts closes, a recording SessionChannel and a session context.
 *
 * The fake executor answers by the request's local name:
 * - `get-software-information` → `<software-information>` with `<host-name>r1</host-name>`;
 * - `lock`, `unlock` → `<ok/>`; `warn` → a warning and `<ok/>`;
 * - `describe` → `<request name=… namespace=… attributes=…/>` (what reached the executor);
 * - `slow` (attribute `ms`) → `<slow ms=…/>` after that many milliseconds (real time);
 * - `kill-session` → `context.killSession(<session-id>)`: `<ok/>`, or an error when it refused;
 * - `close-session` → `<ok/>` and `close` (as xml-rpc's); `explode` → throws;
 * - anything else → Junos's `syntax error` with the name as bad element.
 */
import type { Router } from '../../../router/index.js';
import type { Login } from '../../auth/index.js';
import type { SessionChannel } from '../../session-channel.js';
import type { ConfigAccess, XmlElement, XmlRpcContext, XmlRpcResult } from '../../xml-rpc/xml-rpc-types.js';

export interface FakeExecutor {
  (request: XmlElement, context: XmlRpcContext): Promise<XmlRpcResult>;
  /** The local names run, in order. */
  readonly calls: string[];
}

const OK: XmlRpcResult = { payload: '', ok: true, errors: [] };

function answer(request: XmlElement, context: XmlRpcContext): XmlRpcResult | Promise<XmlRpcResult> {
  switch (request.name) {
    case 'get-software-information':
      return { payload: '<software-information>\n<host-name>r1</host-name>\n</software-information>\n', ok: false, errors: [] };
    case 'lock':
    case 'unlock':
      return OK;
    case 'warn':
      return { payload: '', ok: true, errors: [{ type: 'protocol', tag: 'operation-failed', severity: 'warning', message: 'statement not found' }] };
    case 'describe': {
      const attributes = Object.entries(request.attributes).map(([name, value]) => `${name}=${value}`).join(',');
      const children = request.children.map((child) => `${child.name}@${child.namespace ?? ''}`).join(',');
      return { payload: `<request name="${request.name}" namespace="${request.namespace ?? ''}" attributes="${attributes}" children="${children}"/>`, ok: false, errors: [] };
    }
    case 'slow': {
      const ms = Number(request.attributes.ms ?? '10');
      return new Promise((resolve) => setTimeout(() => resolve({ payload: `<slow ms="${ms}"/>`, ok: false, errors: [] }), ms));
    }
    case 'kill-session': {
      const id = Number(request.children.find((child) => child.name === 'session-id')?.text.trim());
      if (context.killSession?.(id) === true) return OK;
      return { payload: '', ok: false, errors: [{ type: 'protocol', tag: 'invalid-value', severity: 'error', message: `no such session: ${id}` }] };
    }
    case 'close-session':
      return { ...OK, close: true };
    case 'explode':
      throw new Error('boom');
    default:
      return { payload: '', ok: false, errors: [{ type: 'protocol', tag: 'operation-failed', severity: 'error', message: 'syntax error', badElement: request.name }] };
  }
}

export function fakeExecutor(): FakeExecutor {
  const calls: string[] = [];
  const execute = async (request: XmlElement, context: XmlRpcContext): Promise<XmlRpcResult> => {
    calls.push(request.name);
    return answer(request, context);
  };
  return Object.assign(execute, { calls });
}

/** A ConfigAccess without a database: every use is refused; `closes` counts `close()`. */
export function fakeConfigAccess(): ConfigAccess & { closes: number } {
  const error = { type: 'application', tag: 'operation-failed', severity: 'error', message: 'no configuration in this test' } as const;
  const access = {
    closes: 0,
    session: () => ({ error }),
    openPrivate: () => ({ error }),
    current: () => undefined,
    close: () => {
      access.closes += 1;
    },
  };
  return access;
}

/** A SessionChannel that records what is written and whether (and how) it was closed. */
export class RecordingChannel implements SessionChannel {
  output = '';
  exitCode: number | undefined;
  closed = false;

  write(data: string): void {
    if (!this.closed) this.output += data;
  }

  close(exitCode = 0): void {
    if (this.closed) return;
    this.closed = true;
    this.exitCode = exitCode;
  }

  /** The output so far, forgotten. */
  take(): string {
    const out = this.output;
    this.output = '';
    return out;
  }
}

export const LAB_LOGIN: Login = {
  user: 'lab',
  uid: 2000,
  className: 'super-user',
  reportedClass: 'j-super-user',
  permissions: undefined as unknown as Login['permissions'],
};

/** A context for session tests: no router behind it (the fake executor does not need one). */
export function fakeContext(sessionId: number, extra: Partial<XmlRpcContext> = {}): XmlRpcContext {
  return { router: undefined as unknown as Router, slot: 're0', login: LAB_LOGIN, sessionId, config: fakeConfigAccess(), ...extra };
}

/** Resolves after the pending promise callbacks and `ms` milliseconds have run. */
export function settle(ms = 0): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, ms));
}
