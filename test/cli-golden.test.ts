/**
 * The golden CLI transcripts of test/golden, run in order over real SSH connections against one
 * router living through the procedure's main line (procedure.md sections 2 to 7) on a simulated
 * clock. Each file logs in anew (its `@login` line says where) and must match byte for byte.
 */
import { strict as assert } from 'node:assert';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, describe, it } from 'node:test';
import { cliAccess, type AccessTarget } from '../src/frontends/cli/cli-access.js';
import { LoginHistory } from '../src/frontends/cli/login-history.js';
import { loadOrCreateHostKey } from '../src/transports/ssh/host-key.js';
import { startSshServer, type SshServer } from '../src/transports/ssh/ssh-server.js';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { fixturesDir } from './support/fixtures.js';
import { at, procedureScenario } from './support/procedure-scenario.js';
import { loginOf, openShell, runTranscript } from './support/ssh-transcript.js';

const golden = join(fixturesDir, '..', 'golden');
const files = readdirSync(golden)
  .filter((name) => name.endsWith('.txt'))
  .sort();

describe('golden CLI transcripts over SSH (procedure main line)', () => {
  const { clock, router } = procedureScenario();
  const servers = new Map<AccessTarget, SshServer>();
  const keyDir = mkdtempSync(join(tmpdir(), 'retwin-golden-'));

  before(async () => {
    const key = loadOrCreateHostKey(join(keyDir, 'host-key'));
    const logins = new LoginHistory();
    // The operator's earlier login (procedure section 1's `Last login` line).
    logins.record('re0', 'lab', { time: Date.UTC(2024, 2, 8, 14, 19, 44), from: '10.255.0.50' });
    for (const target of ['master', 're0', 're1'] as const) {
      servers.set(target, await startSshServer({ host: '127.0.0.1', port: 0, hostKey: key.privateKey, handlers: cliAccess({ router, target, logins }) }));
    }
  });

  after(async () => {
    await Promise.all([...servers.values()].map((server) => server.close()));
    rmSync(keyDir, { recursive: true, force: true });
  });

  for (const name of files) {
    it(name, async () => {
      const path = join(golden, name);
      const login = loginOf(path);
      const server = servers.get(login.target as AccessTarget);
      assert.ok(server, `unknown @login target ${login.target}`);
      const shell = await openShell(server.port, login.user, login.password);
      try {
        const { actual, expected } = await runTranscript(path, shell, clock, at);
        assert.equal(actual, expected);
      } finally {
        shell.close();
      }
    });
  }
});
