import assert from 'node:assert/strict';
import { test } from 'node:test';
import { bootedLab, commitFrom } from '../../router/test-router.js';
import { runOperationalCommand } from '../../rpc/operational-command.js';
import type { LoginIdentity } from '../session-channel.js';
import { EOM } from './framing.js';
import { netconfAccess, type NetconfTarget } from './netconf-access.js';
import { NetconfSessions } from './session-registry.js';
import { fakeConfigAccess, fakeExecutor, RecordingChannel, settle } from './testing/fake-executor.js';

const REMOTE = { address: '192.0.2.9', port: 40000 };

function setUp(target: NetconfTarget = 'master', extra: { subsystem?: boolean } = {}) {
  const lab = bootedLab();
  const sessions = new NetconfSessions({ nextId: (() => { let n = 3000; return () => (n += 7); })() });
  const configs: ReturnType<typeof fakeConfigAccess>[] = [];
  const execute = fakeExecutor();
  const access = netconfAccess({
    router: lab.router,
    target,
    execute,
    sessions,
    configAccess: () => {
      const config = fakeConfigAccess();
      configs.push(config);
      return config;
    },
    ...extra,
  });
  const login = (): LoginIdentity => {
    const identity = access.checkPassword('lab', 'lab123', REMOTE);
    assert.ok(identity, 'lab logs in');
    return identity;
  };
  return { ...lab, sessions, configs, execute, access, login };
}

test('password logins are checked against the landing RE\'s configuration', () => {
  const { access } = setUp();
  assert.deepEqual(access.checkPassword('lab', 'lab123', REMOTE), { user: 'lab', remoteAddress: '192.0.2.9', remotePort: 40000 });
  assert.equal(access.checkPassword('lab', 'wrong', REMOTE), undefined);
  assert.equal(access.checkPassword('nobody', 'lab123', REMOTE), undefined);
});

test('subsystem netconf: a session whose hello names the user, class and a fresh session id', () => {
  const { access, login, sessions } = setUp();
  const channel = new RecordingChannel();
  const session = access.subsystem(login(), 'netconf', channel);
  assert.ok(session);
  assert.match(channel.output, /^<!-- No zombies were killed during the creation of this user interface -->\n<!-- user lab, class j-super-user -->\n<hello /);
  assert.match(channel.output, /<session-id>3007<\/session-id>\n<\/hello>\n]]>]]>\n$/);
  assert.deepEqual(sessions.list('re0').map((live) => [live.id, live.user]), [[3007, 'lab']]);
  assert.equal(access.subsystem(login(), 'sftp', new RecordingChannel()), undefined);
});

test('RPCs run with the session\'s context; the reply carries the router\'s release', async () => {
  const { access, login, execute } = setUp();
  const channel = new RecordingChannel();
  const session = access.subsystem(login(), 'netconf', channel);
  channel.take();
  session?.receive(`<rpc message-id="1"><get-software-information/></rpc>${EOM}`);
  await settle();
  assert.match(channel.take(), /^<rpc-reply xmlns="urn:ietf:params:xml:ns:netconf:base:1.0" xmlns:junos="http:\/\/xml.juniper.net\/junos\/17.3R1\/junos" message-id="1">\n<software-information>/);
  assert.deepEqual(execute.calls, ['get-software-information']);
});

test('without system services netconf ssh the subsystem is refused; the exec fallback still serves', async () => {
  const { access, login, router } = setUp();
  await commitFrom(router.re('re0'), 'delete system services netconf');
  assert.equal(access.subsystem(login(), 'netconf', new RecordingChannel()), undefined);
  const channel = new RecordingChannel();
  const session = access.exec(login(), '  xml-mode   netconf need-trailer ', channel);
  assert.ok(session);
  assert.match(channel.take(), /<session-id>\d+<\/session-id>\n<\/hello>\n]]>]]>\n$/);
  session.receive(`<rpc message-id="x"><lock/></rpc>${EOM}`);
  await settle();
  assert.equal(channel.take(), '<rpc-reply xmlns="urn:ietf:params:xml:ns:netconf:base:1.0" xmlns:junos="http://xml.juniper.net/junos/17.3R1/junos" message-id="x">\n<ok/>\n</rpc-reply>\n]]>]]>\n');
});

test('the subsystem can be switched off, leaving the exec fallback; other exec commands are refused', () => {
  const { access, login } = setUp('master', { subsystem: false });
  assert.equal(access.subsystem(login(), 'netconf', new RecordingChannel()), undefined);
  assert.ok(access.exec(login(), 'xml-mode netconf need-trailer', new RecordingChannel()));
  for (const command of ['xml-mode netconf', 'show version', 'netconf', 'xml-mode netconf need-trailer extra']) {
    assert.equal(access.exec(login(), command, new RecordingChannel()), undefined, command);
  }
});

test('exec fallback needs system services ssh or netconf ssh', async () => {
  const { access, login, router } = setUp();
  await commitFrom(router.re('re0'), 'delete system services netconf\ndelete system services ssh');
  assert.equal(access.exec(login(), 'xml-mode netconf need-trailer', new RecordingChannel()), undefined);
});

test('a shell on the NETCONF port speaks NETCONF; without netconf ssh it says so and closes', async () => {
  const { access, login, router } = setUp();
  const channel = new RecordingChannel();
  access.openShell(login(), channel);
  assert.match(channel.output, /<hello xmlns=/);
  await commitFrom(router.re('re0'), 'delete system services netconf');
  const refused = new RecordingChannel();
  access.openShell(login(), refused);
  assert.equal(refused.output, 'error: NETCONF over SSH is not enabled (system services netconf ssh)\n');
  assert.equal(refused.exitCode, 1);
});

test('ids are unique across the router\'s addresses; kill-session reaches a session on the same RE only', async () => {
  const lab = setUp('master');
  const re0Access = netconfAccess({ router: lab.router, target: 're0', execute: lab.execute, sessions: lab.sessions, configAccess: fakeConfigAccess });
  const re1Access = netconfAccess({ router: lab.router, target: 're1', execute: lab.execute, sessions: lab.sessions, configAccess: fakeConfigAccess });
  const viaMaster = new RecordingChannel();
  const viaRe0 = new RecordingChannel();
  const viaRe1 = new RecordingChannel();
  lab.access.subsystem(lab.login(), 'netconf', viaMaster);
  const killer = re0Access.subsystem(re0Access.checkPassword('lab', 'lab123', REMOTE) as LoginIdentity, 'netconf', viaRe0);
  re1Access.subsystem(re1Access.checkPassword('lab', 'lab123', REMOTE) as LoginIdentity, 'netconf', viaRe1);
  assert.deepEqual(lab.sessions.list().map((live) => `${live.id}@${live.slot}`), ['3007@re0', '3014@re0', '3021@re1']);
  viaRe0.take();
  killer?.receive(`<rpc message-id="1"><kill-session><session-id>3021</session-id></kill-session></rpc>${EOM}<rpc message-id="2"><kill-session><session-id>3007</session-id></kill-session></rpc>${EOM}`);
  await settle();
  const replies = viaRe0.take();
  assert.match(replies, /message-id="1">\n<rpc-error>\n<error-type>protocol<\/error-type>\n<error-tag>invalid-value/);
  assert.match(replies, /message-id="2">\n<ok\/>/);
  assert.equal(viaMaster.closed, true);
  assert.equal(viaRe1.closed, false);
  assert.deepEqual(lab.sessions.list().map((live) => live.id), [3014, 3021]);
  assert.equal(lab.configs[0]?.closes, 1, 'the killed session\'s configuration is closed');
});

test('the end of a session closes its configuration and leaves the registry', () => {
  const { access, login, sessions, configs } = setUp();
  const session = access.subsystem(login(), 'netconf', new RecordingChannel());
  session?.end();
  assert.deepEqual(sessions.list(), []);
  assert.equal(configs[0]?.closes, 1);
});

test('via the master address: the session closes when its RE stops being master', () => {
  const { access, login, router, clock } = setUp('master');
  clock.advance(300_000);
  const channel = new RecordingChannel();
  access.subsystem(login(), 'netconf', channel);
  const switched = runOperationalCommand(router, 're0', 'request chassis routing-engine master switch no-confirm');
  clock.advance(5_000);
  assert.equal(router.master()?.slot, 're1', switched.output);
  assert.equal(channel.closed, true);
});

test('via an RE\'s own address: the session stays through a switchover and ends when the RE halts', () => {
  const { router, clock, sessions, execute } = setUp('re0');
  clock.advance(300_000);
  const access = netconfAccess({ router, target: 're0', execute, sessions, configAccess: fakeConfigAccess });
  const channel = new RecordingChannel();
  access.subsystem(access.checkPassword('lab', 'lab123', REMOTE) as LoginIdentity, 'netconf', channel);
  runOperationalCommand(router, 're0', 'request chassis routing-engine master switch no-confirm');
  clock.advance(5_000);
  assert.equal(router.master()?.slot, 're1');
  assert.equal(channel.closed, false);
  router.faults.halt('re0');
  clock.advance(5_000);
  assert.equal(channel.closed, true);
  assert.deepEqual(sessions.list(), []);
});
