/**
 * Test support for the SSH transport's tests (not used by the product): a host key, a server on
 * 127.0.0.1 with an echoing dummy front end that records what it is told, and small promise
 * wrappers around ssh2's Client.
 *
 * Owns nothing of the product. The dummy front end: user `lab`, password `lab123`; the shell
 * prints `banner\r\nlab@r1> ` and echoes what it receives; `exit\r` closes the channel with
 * status 0; exec `echo X` prints X and exits 0 (other commands are refused); subsystem
 * `netconf` echoes, other subsystems are refused.
 */
import ssh2 from 'ssh2';
import type { ClientChannel, ConnectConfig, PseudoTtyOptions, Client as SshClient } from 'ssh2';
import type { ChannelSession, LoginIdentity, TerminalSize } from '../../frontends/session-channel.js';
import { generateEd25519PrivateKey } from './host-key.js';
import type { ClientPublicKey, SshHandlers } from './ssh-handlers.js';
import { startSshServer, type SshServer, type SshServerOptions } from './ssh-server.js';

export const USER = 'lab';
export const PASSWORD = 'lab123';

let cachedHostKey: string | undefined;
export function testHostKey(): string {
  cachedHostKey ??= generateEd25519PrivateKey();
  return cachedHostKey;
}

/** What the dummy front end saw. */
export interface Recorder {
  readonly events: string[];
  readonly received: string[];
  readonly resizes: TerminalSize[];
  readonly terminals: (TerminalSize | undefined)[];
  ends: number;
  /** Public keys allowed for USER (blobs). */
  readonly authorizedKeys: Buffer[];
  readonly passwordsChecked: number[];
}

export function newRecorder(): Recorder {
  return { events: [], received: [], resizes: [], terminals: [], ends: 0, authorizedKeys: [], passwordsChecked: [] };
}

function identity(user: string, remote: { address: string; port: number }): LoginIdentity {
  return { user, remoteAddress: remote.address, remotePort: remote.port };
}

function echoSession(recorder: Recorder, name: string, channel: { write(d: string): void; close(c?: number): void }): ChannelSession {
  return {
    receive: (data) => {
      recorder.received.push(data);
      channel.write(data);
      if (data.includes('exit\r')) channel.close(0);
    },
    resize: (size) => recorder.resizes.push(size),
    end: () => {
      recorder.ends += 1;
      recorder.events.push(`end ${name}`);
    },
  };
}

export function dummyHandlers(recorder: Recorder): SshHandlers {
  return {
    checkPassword: (user, password, remote) => {
      recorder.passwordsChecked.push(password.length);
      return user === USER && password === PASSWORD ? identity(user, remote) : undefined;
    },
    checkPublicKey: (user, key: ClientPublicKey, remote) =>
      user === USER && recorder.authorizedKeys.some((k) => k.equals(key.data)) ? identity(user, remote) : undefined,
    openShell: (who, channel, terminal) => {
      recorder.events.push(`shell ${who.user}`);
      recorder.terminals.push(terminal);
      channel.write('banner\r\nlab@r1> ');
      return echoSession(recorder, 'shell', channel);
    },
    exec: (_who, command, channel) => {
      recorder.events.push(`exec ${command}`);
      if (!command.startsWith('echo ')) return undefined;
      channel.write(`${command.slice(5)}\r\n`);
      channel.close(0);
      return echoSession(recorder, 'exec', channel);
    },
    subsystem: (_who, name, channel) => {
      recorder.events.push(`subsystem ${name}`);
      return name === 'netconf' ? echoSession(recorder, 'netconf', channel) : undefined;
    },
  };
}

export async function startTestServer(
  recorder: Recorder,
  options: Partial<SshServerOptions> = {},
): Promise<SshServer> {
  return startSshServer({ host: '127.0.0.1', port: 0, hostKey: testHostKey(), handlers: dummyHandlers(recorder), onError: () => {}, ...options });
}

/** Connects and logs in; rejects with ssh2's error when the login fails. */
export function connect(port: number, config: ConnectConfig = { password: PASSWORD }): Promise<SshClient> {
  return new Promise((resolve, reject) => {
    const client = new ssh2.Client();
    client.once('ready', () => resolve(client));
    client.once('error', reject);
    client.connect({ host: '127.0.0.1', port, username: USER, readyTimeout: 5000, ...config });
  });
}

/**
 * A client channel watched from the moment it opens (nothing can be missed): all its output,
 * a wait for some text, and its exit status once it is closed.
 */
export class Watched {
  output = '';
  exitCode: number | undefined;
  readonly closed: Promise<number | undefined>;
  private waiters: { text: string; from: number; resolve: (seen: string) => void }[] = [];

  constructor(readonly stream: ClientChannel) {
    stream.on('data', (chunk: Buffer) => {
      this.output += chunk.toString('utf8');
      this.waiters = this.waiters.filter((waiter) => {
        const seen = this.output.slice(waiter.from);
        if (!seen.includes(waiter.text)) return true;
        waiter.resolve(seen);
        return false;
      });
    });
    stream.on('exit', (code: number | null) => (this.exitCode = code ?? undefined));
    this.closed = new Promise((resolve) => stream.on('close', () => resolve(this.exitCode)));
  }

  /** Resolves with the output since the last call once it contains `text`; rejects after `ms`. */
  waitFor(text: string, ms = 3000): Promise<string> {
    const from = this.consumed;
    return new Promise((resolve, reject) => {
      const timer = setTimeout(
        () => reject(new Error(`timed out waiting for ${JSON.stringify(text)}; got ${JSON.stringify(this.output.slice(from))}`)),
        ms,
      );
      const done = (seen: string): void => {
        clearTimeout(timer);
        this.consumed = from + seen.indexOf(text) + text.length;
        resolve(seen.slice(0, seen.indexOf(text) + text.length));
      };
      this.waiters.push({ text, from, resolve: done });
      const seen = this.output.slice(from);
      if (seen.includes(text)) {
        this.waiters.pop();
        done(seen);
      }
    });
  }

  private consumed = 0;
}

type Opener = (callback: (error: Error | undefined, stream: ClientChannel) => void) => void;

function watch(open: Opener): Promise<Watched> {
  return new Promise((resolve, reject) => open((error, stream) => (error ? reject(error) : resolve(new Watched(stream)))));
}

export function openShell(client: SshClient, pty: PseudoTtyOptions | false = { cols: 100, rows: 30, term: 'vt100' }): Promise<Watched> {
  return watch((done) => (pty === false ? client.shell(false, done) : client.shell(pty, done)));
}

export function exec(client: SshClient, command: string): Promise<Watched> {
  return watch((done) => client.exec(command, done));
}

export function subsystem(client: SshClient, name: string): Promise<Watched> {
  return watch((done) => client.subsys(name, done));
}

/** Resolves once the client's connection is closed. */
export function closedOf(client: SshClient): Promise<void> {
  return new Promise((resolve) => client.once('close', () => resolve()));
}

/** Waits until `check()` holds (polling every 5 ms); rejects after `ms`. */
export async function eventually(check: () => boolean, ms = 3000): Promise<void> {
  const deadline = Date.now() + ms;
  while (!check()) {
    if (Date.now() > deadline) throw new Error('condition not reached in time');
    await new Promise((resolve) => setTimeout(resolve, 5));
  }
}
