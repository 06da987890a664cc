/**
 * Handshake pacing: times the server's first two SSH messages so that each answers a message of
 * the client, which takes Linux's delayed ACK out of a paramiko login (about 45 ms of it).
 *
 * Why: paramiko (Netmiko, Ansible, ncclient, PyEZ) never sets TCP_NODELAY. It writes its
 * identification line and then its KEXINIT, and later its KEXINIT and then its key exchange
 * init, each time a second small write right behind a first one; Nagle's algorithm holds the
 * second until the first is acknowledged. A server that has nothing to send at that moment
 * acknowledges only when its delayed-ACK timer fires (40 ms on Linux). ssh2 sends its KEXINIT
 * when the client's identification arrives, so the client's KEXINIT is left unanswered and the
 * client's key exchange init waits 40 ms (measured: paramiko login 55-65 ms median, 11 ms when
 * the client sets TCP_NODELAY).
 *
 * What: until the handshake is under way, the server's writes to the socket are held:
 * - the identification line is sent when the client's identification line has arrived;
 * - everything after it (ssh2's KEXINIT) is sent when the first byte after the client's
 *   identification line (its KEXINIT) has arrived, and from then on writes pass untouched.
 * So every early client write is acknowledged at once by data. A client that waits for the
 * server's identification before sending its own (RFC 4253 lets both sides send at once;
 * OpenSSH, paramiko and ssh2 all send first) is served after `fallbackMs` (default 20 ms).
 *
 * Owns only the timing of those first writes; never their content or order. It does not own the
 * SSH protocol (ssh2) nor the socket's life (ssh-connection.ts).
 */
import type { Socket } from 'node:net';

export const DEFAULT_PACING_FALLBACK_MS = 20;
/** A client identification line longer than this is not waited for (RFC 4253: 255 bytes). */
const MAX_IDENT_BYTES = 8192;

type WriteArgs = Parameters<Socket['write']>;

/** Holds the server's early writes on `socket` as described above. Call before ssh2 writes. */
export function paceHandshake(socket: Socket, fallbackMs = DEFAULT_PACING_FALLBACK_MS): void {
  const write = socket.write.bind(socket) as (...args: WriteArgs) => boolean;
  const end = socket.end.bind(socket) as (...args: unknown[]) => Socket;
  const ownMethods = Object.hasOwn(socket, 'write') || Object.hasOwn(socket, 'end');
  const held: WriteArgs[] = [];
  let timer: NodeJS.Timeout | undefined;
  let stage: 'await-client-ident' | 'await-client-kexinit' | 'done' = 'await-client-ident';
  let identSent = false;
  let seenBytes = 0;

  const sendIdent = (): void => {
    const first = held[0];
    if (identSent || first === undefined) return;
    const chunk = first[0];
    const text = typeof chunk === 'string' ? chunk : Buffer.from(chunk).toString('latin1');
    if (!text.startsWith('SSH-')) {
      finish(); // not what we expect (a pre-ident greeting?): stop pacing rather than guess
      return;
    }
    identSent = true;
    held.shift();
    write(...first);
  };

  /** Stops pacing; the held writes are sent (or dropped when the socket is gone). */
  const finish = (send = true): void => {
    if (stage === 'done') return;
    stage = 'done';
    clearTimeout(timer);
    socket.off('data', onData);
    if (ownMethods) {
      socket.write = write as Socket['write'];
      socket.end = end;
    } else {
      // Back to the prototype's methods, as if nothing had happened.
      Reflect.deleteProperty(socket, 'write');
      Reflect.deleteProperty(socket, 'end');
    }
    const pending = held.splice(0);
    if (send) for (const args of pending) write(...args);
  };

  const onData = (chunk: Buffer): void => {
    if (stage === 'await-client-ident') {
      const newline = chunk.indexOf(0x0a);
      seenBytes += chunk.length;
      if (newline === -1) {
        if (seenBytes > MAX_IDENT_BYTES) finish();
        return;
      }
      stage = 'await-client-kexinit';
      clearTimeout(timer);
      timer = setTimeout(finish, fallbackMs);
      sendIdent();
      if (newline < chunk.length - 1) finish(); // the client's KEXINIT came in the same chunk
      return;
    }
    finish();
  };

  socket.write = ((...args: WriteArgs): boolean => {
    if (stage === 'done') return write(...args);
    held.push(args);
    if (stage === 'await-client-kexinit' && !identSent) sendIdent();
    return true;
  }) as Socket['write'];
  socket.end = ((...args: unknown[]): Socket => {
    finish();
    return end(...args);
  });
  socket.on('data', onData);
  socket.once('close', () => finish(false));
  timer = setTimeout(finish, fallbackMs);
}
