import assert from 'node:assert/strict';
import { test } from 'node:test';
import ssh2 from 'ssh2';
import type { AnyAuthMethod, AuthenticationType, AuthMethod, KeyboardInteractiveAuthMethod, ParsedKey } from 'ssh2';
import { generateEd25519PrivateKey } from './host-key.js';
import { closedOf, connect, newRecorder, PASSWORD, startTestServer, USER } from './ssh-test-support.js';

let rsaKey: string | undefined;
/** One RSA key for the file (making one takes about a second). */
function rsa(): string {
  rsaKey ??= ssh2.utils.generateKeyPairSync('rsa', { bits: 2048 }).private;
  return rsaKey;
}

function publicBlob(privateKey: string): Buffer {
  const key = ssh2.utils.parseKey(privateKey) as ParsedKey;
  return key.getPublicSSH();
}

test('a good password logs in; the handler is told the remote end', async () => {
  const recorder = newRecorder();
  let remote: { address: string; port: number } | undefined;
  const server = await startTestServer(recorder, {
    handlers: {
      checkPassword: (user, password, from) => {
        remote = from;
        return password === PASSWORD ? { user, remoteAddress: from.address, remotePort: from.port } : undefined;
      },
      checkPublicKey: () => undefined,
      openShell: () => ({ receive: () => {}, end: () => {} }),
    },
  });
  try {
    const client = await connect(server.port);
    assert.equal(remote?.address, '127.0.0.1');
    assert.ok((remote?.port ?? 0) > 0);
    client.end();
  } finally {
    await server.close();
  }
});

test('a wrong password is refused', async () => {
  const server = await startTestServer(newRecorder());
  try {
    await assert.rejects(connect(server.port, { password: 'wrong' }), /authentication methods failed/);
  } finally {
    await server.close();
  }
});

test('an authorized public key (ed25519 and rsa) logs in without a password', async () => {
  const recorder = newRecorder();
  const server = await startTestServer(recorder);
  try {
    for (const key of [generateEd25519PrivateKey(), rsa()]) {
      recorder.authorizedKeys.push(publicBlob(key));
      const client = await connect(server.port, { privateKey: key });
      client.end();
    }
    assert.deepEqual(recorder.passwordsChecked, []);
  } finally {
    await server.close();
  }
});

test('the key type given to checkPublicKey is the one in the blob', async () => {
  const seen: string[] = [];
  const key = rsa();
  const server = await startTestServer(newRecorder(), {
    handlers: {
      checkPassword: () => undefined,
      checkPublicKey: (user, offered, from) => {
        seen.push(offered.algorithm);
        return offered.data.equals(publicBlob(key)) ? { user, remoteAddress: from.address, remotePort: from.port } : undefined;
      },
      openShell: () => ({ receive: () => {}, end: () => {} }),
    },
  });
  try {
    const client = await connect(server.port, { privateKey: key });
    client.end();
    assert.ok(seen.length > 0 && seen.every((algorithm) => algorithm === 'ssh-rsa'), seen.join(','));
  } finally {
    await server.close();
  }
});

test('an unknown public key, then the password: logged in', async () => {
  const recorder = newRecorder();
  const server = await startTestServer(recorder);
  const unknown = generateEd25519PrivateKey();
  const other = ssh2.utils.generateKeyPairSync('ecdsa', { bits: 256 }).private;
  const methods: AnyAuthMethod[] = [
    { type: 'none', username: USER },
    { type: 'publickey', username: USER, key: unknown },
    { type: 'publickey', username: USER, key: other },
    { type: 'password', username: USER, password: PASSWORD },
  ];
  try {
    const client = await connect(server.port, { authHandler: methods as AuthMethod[] });
    client.end();
    assert.deepEqual(recorder.passwordsChecked, [PASSWORD.length]);
  } finally {
    await server.close();
  }
});

test('keyboard-interactive asks one hidden "Password: " and logs in', async () => {
  const server = await startTestServer(newRecorder());
  const prompts: { prompt: string; echo?: boolean }[] = [];
  try {
    const client = await connect(server.port, {
      authHandler: [
        {
          type: 'keyboard-interactive',
          username: USER,
          prompt: (_name, _instructions, _lang, asked, finish) => {
            prompts.push(...asked);
            finish([PASSWORD]);
          },
        } satisfies KeyboardInteractiveAuthMethod,
      ] as unknown as AuthMethod[],
    });
    client.end();
    assert.deepEqual(prompts, [{ prompt: 'Password: ', echo: false }]);
  } finally {
    await server.close();
  }
});

test('keyboard-interactive with a wrong password is refused', async () => {
  const server = await startTestServer(newRecorder());
  try {
    await assert.rejects(
      connect(server.port, {
        authHandler: [
          { type: 'keyboard-interactive', username: USER, prompt: (_n, _i, _l, _p, finish) => finish(['nope']) } satisfies KeyboardInteractiveAuthMethod,
        ] as unknown as AuthMethod[],
      }),
      /authentication methods failed/,
    );
  } finally {
    await server.close();
  }
});

test('six wrong passwords close the connection', async () => {
  const recorder = newRecorder();
  const server = await startTestServer(recorder);
  try {
    const client = new ssh2.Client();
    const closed = closedOf(client);
    client.on('error', () => {});
    let tries = 0;
    client.connect({
      host: '127.0.0.1',
      port: server.port,
      username: USER,
      authHandler: (_left, _partial, next) => {
        tries += 1;
        const stop = false as unknown as AuthenticationType;
        next(tries > 20 ? stop : { type: 'password', username: USER, password: `wrong${tries}` });
      },
    });
    await closed;
    assert.equal(recorder.passwordsChecked.length, 6);
  } finally {
    await server.close();
  }
});

test('a handler that throws refuses the login and reports the error', async () => {
  const errors: string[] = [];
  const server = await startTestServer(newRecorder(), {
    onError: (error, where) => errors.push(`${where}: ${error.message}`),
    handlers: {
      checkPassword: () => {
        throw new Error('accounts unavailable');
      },
      checkPublicKey: () => Promise.reject(new Error('keys unavailable')),
      openShell: () => ({ receive: () => {}, end: () => {} }),
    },
  });
  try {
    await assert.rejects(connect(server.port, { password: PASSWORD }), /authentication methods failed/);
    assert.deepEqual(errors, ['checkPassword: accounts unavailable']);
  } finally {
    await server.close();
  }
});

test('an async password check is awaited', async () => {
  const server = await startTestServer(newRecorder(), {
    handlers: {
      checkPassword: async (user, password, from) => {
        await new Promise((resolve) => setTimeout(resolve, 10));
        return password === PASSWORD ? { user, remoteAddress: from.address, remotePort: from.port } : undefined;
      },
      checkPublicKey: () => undefined,
      openShell: () => ({ receive: () => {}, end: () => {} }),
    },
  });
  try {
    const client = await connect(server.port);
    client.end();
  } finally {
    await server.close();
  }
});

test('the ssh2 compatibility patch applies to this ssh2 version, and refuses unknown shapes', async () => {
  const { allowRepeatedUserauthService } = await import('./ssh2-compat.js');
  assert.equal(allowRepeatedUserauthService({} as never), false);
  const server = await startTestServer(newRecorder(), {
    onError: (error) => assert.fail(`unexpected error: ${error.message}`),
  });
  try {
    // A login goes through bind(), which applies the patch and reports when it cannot.
    const client = await connect(server.port);
    client.end();
  } finally {
    await server.close();
  }
});
