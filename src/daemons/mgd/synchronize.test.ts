import assert from 'node:assert/strict';
import { test } from 'node:test';
import { fixture } from '../../../test/support/fixtures.js';
import type { ConfigNode } from '../../config/node.js';
import { renderText } from '../../config/render-text.js';
import { SimulatedClock } from '../../lib/clock.js';
import { MemoryDisk } from '../../lib/disk.js';
import { renderCommitText } from './commit-report.js';
import { renderCommitResultsXml } from './commit-results-xml.js';
import { ConfigDatabase } from './database.js';
import { errorText, type Result } from './errors.js';
import { linkDatabases } from './in-process-peer.js';

function unwrap<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(errorText(result.error));
  return result.value;
}

const hostOf = (tree: ConfigNode): string | undefined => tree.child('system')?.child('host-name')?.value;
const FACTORY = 'system { syslog { file messages { any notice; } } }';
/** The reference configuration of procedure.md 5.2 without `system commit synchronize`. */
const GROUPS = `${fixture('procedure-reference.conf')}\n`;

async function boot(db: ConfigDatabase, text: string): Promise<void> {
  const session = unwrap(db.openSession({ user: 'root', client: 'other' }));
  unwrap(session.load(text, 'override'));
  assert.equal((await session.commit()).ok, true);
  session.close();
}

/** Two REs of one router, each on its own disk, booted separately then linked. */
async function pair() {
  const clock = new SimulatedClock(Date.UTC(2024, 2, 11, 6, 57, 31));
  const disks = { re0: new MemoryDisk(), re1: new MemoryDisk() };
  const re0 = ConfigDatabase.open({ disk: disks.re0, clock, re: 're0', softwareVersion: '17.3R1.10' });
  const re1 = ConfigDatabase.open({ disk: disks.re1, clock, re: 're1', softwareVersion: '17.3R1.10' });
  await boot(re0, FACTORY);
  await boot(re1, FACTORY);
  const link = linkDatabases(re0, re1);
  clock.advanceTo(Date.UTC(2024, 2, 11, 9, 7, 12));
  return { clock, disks, re0, re1, link };
}

/** A `configure` session on `db` whose candidate is the reference configuration minus `system commit`. */
function groupsSession(db: ConfigDatabase) {
  const session = unwrap(db.openSession({ user: 'lab', client: 'cli' }));
  unwrap(session.load(GROUPS, 'override'));
  unwrap(session.runCommands('delete system commit'));
  return session;
}

/** What must not change on an RE when a commit fails. */
function snapshot(db: ConfigDatabase, disk: MemoryDisk) {
  return { history: [...db.history], committed: renderText(db.committed), file: disk.read('/config/juniper.conf.gz'), rollbacks: disk.list('/config') };
}

const SUCCESS_FROM_RE0 = ['re0:', 'configuration check succeeds', 're1:', 'commit complete', 're0:', 'commit complete'].join('\n');

test('commit synchronize checks here, commits on the other RE, then here (procedure 4.2)', async () => {
  const { disks, re0, re1 } = await pair();
  const session = groupsSession(re0);
  const report = await session.commit({ synchronize: true });
  assert.equal(renderCommitText(report), SUCCESS_FROM_RE0);
  assert.equal(hostOf(re0.expanded), 'r1-re0');
  assert.equal(hostOf(re1.expanded), 'r1-re1', 'the other RE applies its own group');
  assert.deepEqual(re1.history[0], re0.history[0], 'same time, user, client and file on both REs');
  assert.equal(re0.history[0]?.synchronized, true);
  assert.equal(re0.history[0]?.time, Date.UTC(2024, 2, 11, 9, 7, 12));
  assert.deepEqual(disks.re1.read('/config/juniper.conf.gz'), disks.re0.read('/config/juniper.conf.gz'), 'identical committed files');
  assert.equal(
    renderCommitResultsXml(report),
    [
      '<commit-results>',
      '<routing-engine junos:style="show-name">',
      '<name>re0</name>',
      '<commit-check-success/>',
      '</routing-engine>',
      '<routing-engine junos:style="show-name">',
      '<name>re1</name>',
      '<commit-success/>',
      '</routing-engine>',
      '<routing-engine junos:style="show-name">',
      '<name>re0</name>',
      '<commit-success/>',
      '</routing-engine>',
      '</commit-results>',
    ].join('\n'),
  );
});

test('from re1 the blocks come in the reverse order, and an unchanged configuration still commits on both (procedure 4.3)', async () => {
  const { clock, re0, re1 } = await pair();
  await groupsSession(re0).commit({ synchronize: true });
  clock.advanceTo(Date.UTC(2024, 2, 11, 9, 9, 40));
  const session = unwrap(re1.openSession({ user: 'lab', client: 'cli' }));
  assert.equal(session.isModified(), false);
  const report = await session.commit({ synchronize: true });
  assert.equal(renderCommitText(report), ['re1:', 'configuration check succeeds', 're0:', 'commit complete', 're1:', 'commit complete'].join('\n'));
  assert.equal(re0.history.length, 3);
  assert.equal(re0.history[0]?.time, Date.UTC(2024, 2, 11, 9, 9, 40));
  assert.deepEqual(re0.history[0], re1.history[0]);
});

test('system commit synchronize makes a plain commit synchronize, from the commit that adds it (procedure 5.1, 9.B4)', async () => {
  const { re0, re1 } = await pair();
  const session = groupsSession(re0);
  assert.equal(renderCommitText(await session.commit({ synchronize: true })), SUCCESS_FROM_RE0);
  unwrap(session.runCommands('set system commit synchronize'));
  assert.equal(renderCommitText(await session.commit()), SUCCESS_FROM_RE0);
  assert.notEqual(re1.committed.child('system')?.child('commit')?.child('synchronize'), undefined);
  unwrap(session.runCommands('set system domain-name lab.example.net'));
  assert.equal(renderCommitText(await session.commit()), SUCCESS_FROM_RE0, 'a later plain commit too (5.2)');
  assert.equal(renderText(re1.committed), renderText(re0.committed));
  unwrap(session.runCommands('set system domain-name other.example.net'));
  assert.equal(renderCommitText(await session.commit({ noSynchronize: true })), 'commit complete', 'commit no-synchronize');
  assert.equal(re1.committed.child('system')?.child('domain-name')?.value, 'lab.example.net');
});

test('with the other RE down: an error, a warning, and a local commit (procedure 5.3)', async () => {
  const { disks, re0, re1, link } = await pair();
  const session = groupsSession(re0);
  unwrap(session.runCommands('set system commit synchronize'));
  await session.commit();
  const before = snapshot(re1, disks.re1);
  link.cut();
  unwrap(session.runCommands('set system name-server 10.20.0.53'));
  const report = await session.commit();
  assert.equal(
    renderCommitText(report),
    ['error: Could not connect to re1 : No route to host', 'warning: Cannot connect to other RE, ignoring it', 'commit complete'].join('\n'),
  );
  assert.equal(report.ok, true);
  assert.equal(re0.history[0]?.synchronized, false);
  assert.deepEqual(snapshot(re1, disks.re1), before, 'the change exists on re0 only');
  assert.equal(re0.committed.child('system')?.entries('name-server').length, 1);
});

test('a halted other RE is unreachable too', async () => {
  const { re0, re1 } = await pair();
  re1.close();
  const report = await groupsSession(re0).commit({ synchronize: true });
  assert.equal(renderCommitText(report).split('\n')[0], 'error: Could not connect to re1 : No route to host');
  assert.equal(report.ok, true);
});

test('when the other RE check fails nothing is committed on either RE', async () => {
  const { disks, re0, re1 } = await pair();
  const before = { re0: snapshot(re0, disks.re0), re1: snapshot(re1, disks.re1) };
  const session = groupsSession(re0);
  unwrap(session.runCommands('set groups re1 system login user temp uid 2100'));
  const report = await session.commit({ synchronize: true });
  assert.equal(report.ok, false);
  assert.equal(
    renderCommitText(report),
    [
      're0:',
      'configuration check succeeds',
      're1:',
      '[edit system login]',
      "  'user temp'",
      "    Missing mandatory statement: 'class'",
      'error: configuration check-out failed: (missing mandatory statements)',
      'error: remote commit-configuration failed on re1',
    ].join('\n'),
  );
  assert.deepEqual(snapshot(re0, disks.re0), before.re0);
  assert.deepEqual(snapshot(re1, disks.re1), before.re1);
  assert.equal(session.isModified(), true, 'the candidate keeps the changes');
});

test('when this RE check fails the other RE is not asked', async () => {
  const { disks, re0, re1 } = await pair();
  const before = snapshot(re1, disks.re1);
  const session = groupsSession(re0);
  unwrap(session.runCommands('set groups re0 system login user temp uid 2100'));
  const report = await session.commit({ synchronize: true });
  assert.equal(
    renderCommitText(report),
    ['re0:', '[edit system login]', "  'user temp'", "    Missing mandatory statement: 'class'", 'error: commit failed: (missing mandatory statements)'].join('\n'),
  );
  assert.deepEqual(snapshot(re1, disks.re1), before);
});

test('warnings are printed under the header of the RE whose check produced them (procedure 8.5)', async () => {
  const { re0 } = await pair();
  const session = groupsSession(re0);
  unwrap(session.runCommands('set system commit synchronize'));
  await session.commit();
  unwrap(session.runCommands('set groups re1 system backup-router 10.255.1.1 destination 10.0.0.0/8'));
  const report = await session.commit();
  assert.equal(
    renderCommitText(report),
    [
      're0:',
      'configuration check succeeds',
      're1:',
      '[edit system]',
      "  'backup-router 10.255.1.1'",
      '    warning: backup-router 10.255.1.1 is not on a subnet of fxp0.0; backup route not installed',
      'commit complete',
      're0:',
      'commit complete',
    ].join('\n'),
  );
  const xml = renderCommitResultsXml(report);
  assert.match(xml, /<name>re1<\/name>\n<rpc-error>\n<error-type>application<\/error-type>\n<error-tag>invalid-value<\/error-tag>\n<error-severity>warning<\/error-severity>\n<error-path>\[edit system\]<\/error-path>/);
  unwrap(session.rollback(1));
  assert.equal(renderCommitText(await session.commit()), SUCCESS_FROM_RE0);
});

test('a locked other RE refuses; commit synchronize force overrides the lock and ends its sessions', async () => {
  const { clock, disks, re0, re1 } = await pair();
  clock.advanceTo(Date.UTC(2024, 2, 11, 9, 20, 0));
  const holder = unwrap(re1.openSession({ user: 'ops', client: 'cli', mode: 'exclusive', terminal: 'pts/3', pid: 5150 }));
  unwrap(holder.runCommands('set system location building b9'));
  let ended = false;
  holder.onTerminated(() => (ended = true));
  const before = snapshot(re1, disks.re1);
  const session = groupsSession(re0);
  const refused = await session.commit({ synchronize: true });
  assert.equal(
    renderCommitText(refused),
    [
      're0:',
      'configuration check succeeds',
      're1:',
      'error: configuration database locked by:',
      '  ops terminal pts/3 (pid 5150) on since 2024-03-11 09:20:00 UTC',
      '      exclusive [edit]',
      'error: remote commit-configuration failed on re1',
    ].join('\n'),
  );
  assert.deepEqual(snapshot(re1, disks.re1), before);
  const forced = await session.commit({ synchronize: true, force: true });
  assert.equal(renderCommitText(forced), ['re0:', 're1:', 'commit complete', 're0:', 'commit complete'].join('\n'));
  assert.equal(ended, true);
  assert.equal(holder.isOpen, false);
  assert.equal(hostOf(re1.expanded), 'r1-re1');
  assert.equal(re1.sharedModified(), false, 'the uncommitted changes are lost');
});

test('an other RE holding uncommitted changes refuses a plain commit synchronize', async () => {
  const { re0, re1 } = await pair();
  const editor = unwrap(re1.openSession({ user: 'ops', client: 'cli' }));
  unwrap(editor.runCommands('set system location building b9'));
  const report = await groupsSession(re0).commit({ synchronize: true });
  assert.deepEqual(renderCommitText(report).split('\n').slice(2), ['re1:', 'error: configuration database modified', 'error: remote commit-configuration failed on re1']);
});

test('if this RE cannot write after the other committed, the other RE is rolled back', async () => {
  const { disks, re0, re1 } = await pair();
  const before = { re0: snapshot(re0, disks.re0), re1: snapshot(re1, disks.re1) };
  const told: string[] = [];
  re1.onCommit((expanded, _previous, info) => told.push(`${info.reason}:${hostOf(expanded) ?? '-'}`));
  const session = groupsSession(re0);
  disks.re0.fail();
  const report = await session.commit({ synchronize: true });
  assert.equal(report.ok, false);
  assert.equal(
    renderCommitText(report),
    [
      're0:',
      'configuration check succeeds',
      're1:',
      'commit complete',
      're0:',
      'error: could not write the configuration database: disk failure',
      'error: commit on re1 rolled back to its previous configuration',
    ].join('\n'),
  );
  assert.deepEqual(told, ['peer-commit:r1-re1', 'peer-undo:-']);
  assert.deepEqual(snapshot(re1, disks.re1), before.re1, 're1 holds what it held before, files and history');
  disks.re0.repair();
  assert.deepEqual(snapshot(re0, disks.re0), before.re0);
  assert.equal(renderCommitText(await session.commit({ synchronize: true })), SUCCESS_FROM_RE0);
});

test('commit check with synchronization checks on both REs and changes nothing', async () => {
  const { disks, re0, re1 } = await pair();
  const before = snapshot(re1, disks.re1);
  const session = groupsSession(re0);
  const report = await session.commitCheck({ synchronize: true });
  assert.equal(renderCommitText(report), ['re0:', 'configuration check succeeds', 're1:', 'configuration check succeeds'].join('\n'));
  assert.deepEqual(snapshot(re1, disks.re1), before);
  unwrap(session.runCommands('set groups re1 system login user temp uid 2100'));
  const failed = await session.commitCheck({ synchronize: true });
  assert.equal(failed.ok, false);
  assert.match(renderCommitText(failed), /^re0:\nconfiguration check succeeds\nre1:\n\[edit system login\]/);
});

test('commit confirmed with synchronize arms the same deadline on both REs', async () => {
  const { clock, re0, re1 } = await pair();
  const session = groupsSession(re0);
  const report = await session.commit({ synchronize: true, confirmed: 3 });
  const confirmLine = 'commit confirmed will be automatically rolled back in 3 minutes unless confirmed';
  assert.equal(renderCommitText(report), ['re0:', 'configuration check succeeds', 're1:', confirmLine, 'commit complete', 're0:', confirmLine, 'commit complete'].join('\n'));
  assert.deepEqual(re1.pendingConfirm, re0.pendingConfirm);
  clock.advance(3 * 60_000);
  assert.equal(hostOf(re0.committed), undefined);
  assert.equal(hostOf(re1.expanded), undefined);
  assert.equal(re1.history[0]?.user, 'root');
});

test('the backup installs a copy of the master file as a commit by root via other (procedure 5.3, 9.B25)', async () => {
  const { clock, disks, re0, re1, link } = await pair();
  await groupsSession(re0).commit({ synchronize: true });
  link.cut();
  const session = unwrap(re0.openSession({ user: 'lab', client: 'cli' }));
  unwrap(session.runCommands('set system name-server 10.20.0.53'));
  assert.equal((await session.commit({ synchronize: true })).ok, true);
  clock.advanceTo(Date.UTC(2024, 2, 11, 11, 11, 5));
  const entry = unwrap(re1.installFile(re0.rollbackFile(0) as Uint8Array));
  assert.deepEqual(disks.re1.read('/config/juniper.conf.gz'), disks.re0.read('/config/juniper.conf.gz'), 'the same file, header included');
  assert.equal(entry.user, 'root');
  assert.equal(entry.client, 'other');
  assert.equal(entry.time, Date.UTC(2024, 2, 11, 11, 11, 5));
  assert.equal(hostOf(re1.expanded), 'r1-re1');
  assert.equal(re1.committed.child('system')?.entries('name-server').length, 1);
});
