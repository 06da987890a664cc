/**
 * NETCONF end to end over real SSH on 127.0.0.1: ssh2's Client against `startSshServer` with the
 * NETCONF handlers of a booted router, then (when /usr/bin/python3 has it) ncclient 0.6.13 with
 * the Junos device handler, over the subsystem and over the exec fallback. The executor is the
 * small fake of testing/fake-executor.ts. Setup times (connect → server hello) are printed.
 */
import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { bootedLab, commitFrom } from '../../router/test-router.js';
import { connect, exec, subsystem, testHostKey } from '../../transports/ssh/ssh-test-support.js';
import { startSshServer, type SshServer } from '../../transports/ssh/ssh-server.js';
import { EOM } from './framing.js';
import { netconfAccess } from './netconf-access.js';
import { NETCONF_NS } from './netconf-xml.js';
import { NetconfSessions } from './session-registry.js';
import { fakeConfigAccess, fakeExecutor } from './testing/fake-executor.js';

const PYTHON = '/usr/bin/python3';
const hasNcclient = spawnSync(PYTHON, ['-c', 'import ncclient.manager'], { stdio: 'ignore' }).status === 0;

async function serve(options: { subsystem?: boolean } = {}) {
  const lab = bootedLab();
  const errors: string[] = [];
  const handlers = netconfAccess({ router: lab.router, target: 'master', execute: fakeExecutor(), sessions: new NetconfSessions(), configAccess: fakeConfigAccess, ...options });
  const server: SshServer = await startSshServer({ host: '127.0.0.1', port: 0, hostKey: testHostKey(), handlers, onError: (error, where) => errors.push(`${where}: ${error.message}`) });
  return { ...lab, server, errors };
}

const CLIENT_HELLO = `<?xml version="1.0" encoding="UTF-8"?><nc:hello xmlns:nc="${NETCONF_NS}"><nc:capabilities><nc:capability>urn:ietf:params:netconf:base:1.0</nc:capability></nc:capabilities></nc:hello>${EOM}`;

test('ssh2 client: hello at once, RPCs in split chunks, close-session closes the channel', async (t) => {
  const { server, errors } = await serve();
  try {
    const started = performance.now();
    const client = await connect(server.port);
    const channel = await subsystem(client, 'netconf');
    const hello = await channel.waitFor(`</hello>\n${EOM}\n`);
    const setupMs = performance.now() - started;
    t.diagnostic(`ssh2 client: connect to server hello ${setupMs.toFixed(1)} ms`);
    assert.match(hello, /<!-- user lab, class j-super-user -->\n<hello xmlns="urn:ietf:params:xml:ns:netconf:base:1.0">/);
    assert.match(hello, /<session-id>1<\/session-id>/);
    const stream = `${CLIENT_HELLO}<nc:rpc xmlns:nc="${NETCONF_NS}" message-id="m1"><get-software-information/></nc:rpc>${EOM}<rpc message-id="m2"><nc:close-session xmlns:nc="${NETCONF_NS}"/></rpc>${EOM}`;
    const cut = stream.indexOf(EOM) + 3;
    channel.stream.write(stream.slice(0, cut));
    await new Promise((resolve) => setTimeout(resolve, 10));
    channel.stream.write(stream.slice(cut));
    const first = await channel.waitFor(EOM);
    assert.equal(first, `<rpc-reply xmlns="${NETCONF_NS}" xmlns:junos="http://xml.juniper.net/junos/17.3R1/junos" xmlns:nc="${NETCONF_NS}" message-id="m1">\n<software-information>\n<host-name>r1</host-name>\n</software-information>\n</rpc-reply>\n${EOM}`);
    assert.equal(await channel.closed, 0);
    assert.match(channel.output, /message-id="m2">\n<ok\/>\n<\/rpc-reply>\n]]>]]>\n<!-- session end at \d{4}-\d\d-\d\d \d\d:\d\d:\d\d UTC -->\n$/);
    client.end();
    assert.deepEqual(errors, []);
  } finally {
    await server.close();
  }
});

test('ssh2 client: subsystem refused without netconf ssh, then the exec fallback on a new channel', async () => {
  const { server, router } = await serve();
  try {
    await commitFrom(router.re('re0'), 'delete system services netconf');
    const client = await connect(server.port);
    await assert.rejects(subsystem(client, 'netconf'));
    const channel = await exec(client, 'xml-mode netconf need-trailer');
    await channel.waitFor(`</hello>\n${EOM}\n`);
    channel.stream.write(`${CLIENT_HELLO}<rpc message-id="7"><lock/></rpc>${EOM}`);
    assert.match(await channel.waitFor(EOM), /message-id="7">\n<ok\/>\n<\/rpc-reply>\n]]>]]>$/);
    client.end();
  } finally {
    await server.close();
  }
});

/** Connects with ncclient's Junos handler, checks the hello, runs RPCs, closes; prints JSON. */
const NCCLIENT_SCRIPT = String.raw`
import json, sys, time
from ncclient import manager
from ncclient.operations.rpc import RPCError
from ncclient.xml_ import to_ele
port = int(sys.argv[1])
out = {}
start = time.perf_counter()
m = manager.connect(host='127.0.0.1', port=port, username='lab', password='lab123', hostkey_verify=False,
                    look_for_keys=False, allow_agent=False, device_params={'name': 'junos'}, timeout=10)
out['setup_ms'] = (time.perf_counter() - start) * 1000
out['session_id'] = m.session_id
out['capabilities'] = sorted(m.server_capabilities)
reply = m.rpc(to_ele('<get-software-information/>'))
out['host_name'] = reply.xpath('//host-name')[0].text
out['lock_ok'] = len(m.lock(target='candidate').xpath('//ok')) == 1
try:
    m.rpc('<get-no-such-thing/>')
    out['error'] = None
except RPCError as error:
    out['error'] = error.message
out['connected_before_close'] = m.connected
m.close_session()
out['connected_after_close'] = m.connected
print(json.dumps(out))
`;

function runNcclient(script: string, port: number): Promise<{ ok: boolean; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile(PYTHON, [script, String(port)], { timeout: 30_000 }, (error, stdout, stderr) => resolve({ ok: error === null, stdout, stderr }));
  });
}

for (const mode of ['subsystem', 'exec fallback'] as const) {
  test(`ncclient 0.6.13 (Junos handler) over the ${mode}: session id, capabilities, RPCs, close_session`, { skip: !hasNcclient && 'ncclient is not importable by /usr/bin/python3' }, async (t) => {
    const folder = mkdtempSync(join(tmpdir(), 'retwin-ncclient-'));
    const { server, errors } = await serve(mode === 'exec fallback' ? { subsystem: false } : {});
    try {
      const script = join(folder, 'client.py');
      writeFileSync(script, NCCLIENT_SCRIPT);
      const run = await runNcclient(script, server.port);
      assert.ok(run.ok, run.stderr);
      const out = JSON.parse(run.stdout) as Record<string, unknown>;
      assert.equal(out.session_id, '1');
      const capabilities = out.capabilities as string[];
      assert.ok(capabilities.includes('http://xml.juniper.net/netconf/junos/1.0'));
      assert.ok(capabilities.includes('urn:ietf:params:netconf:capability:candidate:1.0'));
      assert.ok(!capabilities.includes('urn:ietf:params:netconf:base:1.1'));
      assert.equal(out.host_name, 'r1');
      assert.equal(out.lock_ok, true);
      assert.equal(out.error, 'syntax error');
      assert.equal(out.connected_before_close, true);
      assert.equal(out.connected_after_close, false);
      assert.deepEqual(errors, []);
      t.diagnostic(`ncclient over the ${mode}: manager.connect (SSH login + hello exchange) ${Number(out.setup_ms).toFixed(1)} ms`);
    } finally {
      await server.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });
}
