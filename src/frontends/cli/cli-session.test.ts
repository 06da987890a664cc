import { strict as assert } from 'node:assert';
import { describe, it } from 'node:test';
import { bootedLab, commitFrom } from '../../router/test-router.js';
import { loginOf } from '../auth/index.js';
import { cliUserOf } from './cli-access.js';
import { CliHarness } from './testing/cli-harness.js';

async function session(options: { rows?: number } = {}) {
  const lab = bootedLab();
  const cli = new CliHarness(lab.router, 're0', { clock: lab.clock, ...options });
  await cli.settle();
  cli.take();
  return { ...lab, cli };
}

describe('CLI session: operational mode', () => {
  it('prints the banner and prompt after every command, an empty line after the output', async () => {
    const { cli } = await session();
    assert.equal(await cli.run('show chassis alarms'), 'show chassis alarms\r\nNo alarms currently active\r\n\r\n{master}\r\nlab@r1-re0> ');
    assert.equal(await cli.run(''), '\r\n\r\n{master}\r\nlab@r1-re0> ');
  });

  it('accepts unique abbreviations and refuses ambiguous ones with the candidates', async () => {
    const { cli } = await session();
    assert.match(await cli.run('sh chas al'), /No alarms currently active/);
    const out = await cli.run('show c');
    assert.match(out, /\r\n {17}\^\r\n'c' is ambiguous\.\r\nPossible completions:\r\n {2}chassis +Show chassis information\r\n {2}cli +Show command-line interface settings\r\n {2}configuration +Show current configuration\r\n/);
  });

  it('marks unknown commands and bad words with a caret under them', async () => {
    const { cli } = await session();
    assert.equal(await cli.run('shw version'), 'shw version\r\n            ^\r\nunknown command.\r\n\r\n{master}\r\nlab@r1-re0> ');
    assert.match(await cli.run('show chassis foo'), /\r\n {25}\^\r\nsyntax error, expecting <command>\.\r\n/);
  });

  it('lists possible completions on ? and redraws the line', async () => {
    const { cli } = await session();
    const out = await cli.send('show chassis ?');
    assert.match(out, /^show chassis \?\r\nPossible completions:\r\n/);
    assert.match(out, / {2}alarms +Show alarm status\r\n/);
    assert.match(out, / {2}hardware +Show installed hardware components\r\n/);
    assert.ok(out.endsWith('{master}\r\nlab@r1-re0> show chassis '), JSON.stringify(out.slice(-60)));
    assert.match(await cli.run('hardware | count'), /Count: \d+ lines/);
  });

  it('completes a unique prefix on Tab', async () => {
    const { cli } = await session();
    assert.equal(await cli.send('show chas\t'), 'show chassis ');
    assert.match(await cli.run('alarms'), /No alarms currently active/);
  });

  it('pages long output with ---(more NN%)--- unless | no-more', async () => {
    const { cli } = await session({ rows: 10 });
    const first = await cli.run('show chassis hardware');
    assert.match(first, /---\(more \d+%\)---$/);
    const rest = await cli.type('N');
    assert.match(rest, /Fan Tray 1 .*\r\n\r\n\{master\}\r\nlab@r1-re0> $/);
    assert.doesNotMatch(await cli.run('show chassis hardware | no-more'), /---\(more/);
  });

  it('filters output through match, except and last', async () => {
    const { cli } = await session();
    assert.equal(await cli.run('show chassis routing-engine | match "Current state"'), 'show chassis routing-engine | match "Current state"\r\n    Current state                  Master\r\n    Current state                  Backup\r\n\r\n{master}\r\nlab@r1-re0> ');
    assert.match(await cli.run('show chassis hardware | last 1'), /\r\nFan Tray 1 [^\n]*\r\n\r\n\{master\}/);
  });

  it('asks before a mastership switch and does nothing on no', async () => {
    const { cli, router } = await session();
    const asked = await cli.run('request chassis routing-engine master switch');
    assert.match(asked, /Toggle mastership between routing engines \? \[yes,no\] \(no\) $/);
    assert.equal(await cli.run('no'), 'no\r\n\r\n{master}\r\nlab@r1-re0> ');
    assert.equal(router.master()?.slot, 're0');
  });

  it('pings over the management interface', async () => {
    const { cli } = await session();
    const out = await cli.run('ping 10.255.0.1 count 2');
    assert.match(out, /^ping 10\.255\.0\.1 count 2\r\nPING 10\.255\.0\.1 \(10\.255\.0\.1\): 56 data bytes\r\n64 bytes from 10\.255\.0\.1: icmp_seq=0 ttl=64 time=/);
    assert.match(out, /2 packets transmitted, 2 packets received, 0% packet loss/);
  });

  it('reboots the other RE after the question; this session stays', async () => {
    const { cli, router, clock } = await session();
    const booted = router.re('re1').startTime;
    assert.match(await cli.run('request system reboot other-routing-engine'), /Reboot the system \? \[yes,no\] \(no\) $/);
    assert.match(await cli.run('yes'), /Rebooting re1/);
    clock.advance(10_000);
    assert.ok((router.re('re1').startTime ?? 0) > (booted ?? 0), 're1 booted again');
    assert.equal(cli.closed, false);
  });

  it('compares files of both REs with re0: and re1: prefixes', async () => {
    const { cli } = await session();
    assert.equal(await cli.run('file compare files re0:/config/juniper.conf.gz re1:/config/juniper.conf.gz'), 'file compare files re0:/config/juniper.conf.gz re1:/config/juniper.conf.gz\r\n\r\n{master}\r\nlab@r1-re0> ');
  });

  it('recalls history with the Up arrow and kills the line with Ctrl-U', async () => {
    const { cli } = await session();
    await cli.run('show chassis alarms');
    assert.match(await cli.type('\u001b[A\r'), /No alarms currently active/);
    assert.match(await cli.type('garbage\u0015show chassis alarms\r'), /No alarms currently active/);
  });
});

describe('CLI session: configuration mode', () => {
  it('asks before leaving with uncommitted changes', async () => {
    const { cli } = await session();
    await cli.run('configure');
    await cli.run('set system location building b1');
    const asked = await cli.run('exit');
    assert.match(asked, /The configuration has been changed but not committed\r\nExit with uncommitted changes\? \[yes,no\] \(yes\) $/);
    assert.equal(await cli.run('no'), 'no\r\n\r\n{master}[edit]\r\nlab@r1-re0# ');
    await cli.run('exit');
    assert.equal(await cli.run('yes'), 'yes\r\nExiting configuration mode\r\n\r\n{master}\r\nlab@r1-re0> ');
  });

  it('edits levels, shows them and commits with check and and-quit', async () => {
    const { cli } = await session();
    await cli.run('configure');
    assert.match(await cli.run('edit system'), /\{master\}\[edit system\]\r\nlab@r1-re0# $/);
    await cli.run('set location building b2');
    assert.match(await cli.run('show location'), /building b2;/);
    assert.match(await cli.run('up'), /\{master\}\[edit\]\r\n/);
    assert.match(await cli.run('commit check'), /re0:\r\nconfiguration check succeeds\r\nre1:\r\nconfiguration check succeeds/);
    assert.match(await cli.run('commit and-quit'), /commit complete\r\nExiting configuration mode\r\n\r\n\{master\}\r\nlab@r1-re0> $/);
    assert.match(await cli.run('show configuration system location'), /building b2;/);
  });

  it('loads configuration typed at the terminal until Ctrl-D', async () => {
    const { cli } = await session();
    await cli.run('configure');
    assert.match(await cli.send('load merge terminal\r'), /\[Type \^D at a new line to end input\]\r\n$/);
    await cli.send('system {\r    location building b7;\r}\r');
    assert.match(await cli.type('\u0004'), /load complete\r\n\r\n\{master\}\[edit\]\r\nlab@r1-re0# $/);
    assert.match(await cli.run('show | compare'), /\+ {3}location \{\r\n\+ {7}building b7;/);
  });

  it('refuses an unknown statement with a caret and changes nothing', async () => {
    const { cli } = await session();
    await cli.run('configure');
    assert.match(await cli.run('set system bogus-statement'), /\r\n {23}\^\r\nsyntax error\.\r\n/);
    assert.equal(await cli.run('show | compare'), 'show | compare\r\n\r\n{master}[edit]\r\nlab@r1-re0# ');
  });
});

describe('CLI session: login classes', () => {
  it('refuses configuration mode to a read-only user, and an operator too', async () => {
    const lab = bootedLab();
    await commitFrom(lab.router.re('re0'), 'set system login user viewer uid 2101 class read-only\nset system login user oper uid 2102 class operator\n', { synchronize: true });
    for (const name of ['viewer', 'oper']) {
      const login = loginOf(lab.router.re('re0').expanded() ?? assert.fail('no configuration'), name);
      assert.ok(login);
      const cli = new CliHarness(lab.router, 're0', { clock: lab.clock, user: cliUserOf(login) });
      await cli.settle();
      cli.take();
      assert.equal(await cli.run('configure'), `configure\r\n${' '.repeat(`${name}@r1-re0> `.length)}^\r\nunknown command.\r\n\r\n{master}\r\n${name}@r1-re0> `);
      assert.match(await cli.run('show chassis alarms'), /No alarms currently active/);
    }
  });
});
