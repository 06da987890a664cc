/**
 * The NETCONF front end with the real xml-rpc executor (`executeRpc`, xml-rpc's `configAccess`)
 * on a booted dual-RE router: ssh2's Client, then ncclient 0.6.13 running the steps of the
 * acceptance plan (clients.md §9.2) when /usr/bin/python3 has it.
 */
import assert from 'node:assert/strict';
import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { test } from 'node:test';
import { bootedLab } from '../../router/test-router.js';
import { connect, subsystem, testHostKey } from '../../transports/ssh/ssh-test-support.js';
import { startSshServer } from '../../transports/ssh/ssh-server.js';
import { executeRpc } from '../xml-rpc/index.js';
import { EOM } from './framing.js';
import { netconfAccess } from './netconf-access.js';
import { NetconfSessions } from './session-registry.js';

const PYTHON = '/usr/bin/python3';
const hasNcclient = spawnSync(PYTHON, ['-c', 'import ncclient.manager'], { stdio: 'ignore' }).status === 0;

async function serve(options: { subsystem?: boolean } = {}) {
  const lab = bootedLab();
  const errors: string[] = [];
  const handlers = netconfAccess({ router: lab.router, target: 'master', execute: executeRpc, sessions: new NetconfSessions({ nextId: (() => { let n = 52000; return () => (n += 1); })() }), ...options });
  const server = await startSshServer({ host: '127.0.0.1', port: 0, hostKey: testHostKey(), handlers, onError: (error, where) => errors.push(`${where}: ${error.message}`) });
  return { ...lab, server, errors };
}

test('ssh2 client with the real executor: route-engine information, an unknown RPC, close-session', async () => {
  const { server, errors } = await serve();
  try {
    const client = await connect(server.port);
    const channel = await subsystem(client, 'netconf');
    await channel.waitFor(`</hello>\n${EOM}\n`);
    channel.stream.write(`<rpc message-id="1"><get-route-engine-information/></rpc>${EOM}<rpc message-id="2"><get-foo-bar/></rpc>${EOM}<rpc message-id="3"><close-session/></rpc>${EOM}`);
    const engines = await channel.waitFor(EOM);
    assert.match(engines, /^<rpc-reply xmlns="urn:ietf:params:xml:ns:netconf:base:1.0" xmlns:junos="http:\/\/xml.juniper.net\/junos\/17.3R1\/junos" message-id="1">\n/);
    assert.deepEqual([...engines.matchAll(/<mastership-state>(\w+)<\/mastership-state>/g)].map((found) => found[1]), ['master', 'backup']);
    assert.match(await channel.waitFor(EOM), /message-id="2">\n<rpc-error>\n<error-type>protocol<\/error-type>\n<error-tag>operation-failed<\/error-tag>\n<error-severity>error<\/error-severity>\n<error-message>syntax error<\/error-message>\n<error-info>\n<bad-element>get-foo-bar<\/bad-element>/);
    assert.match(await channel.waitFor(EOM), /message-id="3">\n<ok\/>\n<\/rpc-reply>\n]]>]]>$/);
    assert.equal(await channel.closed, 0);
    client.end();
    assert.deepEqual(errors, []);
  } finally {
    await server.close();
  }
});

/** clients.md §9.2, steps 1 to 7, with checks; prints JSON. */
const ACCEPTANCE = String.raw`
import json, sys
from ncclient import manager
from ncclient.operations.rpc import RPCError
from ncclient.xml_ import to_ele
port = int(sys.argv[1])
out = {}
m = manager.connect(host='127.0.0.1', port=port, username='lab', password='lab123', hostkey_verify=False,
                    look_for_keys=False, allow_agent=False, device_params={'name': 'junos'}, timeout=15)
out['session_id'] = m.session_id
out['junos_cap'] = any('junos' in c for c in m.server_capabilities)
out['base11'] = 'urn:ietf:params:netconf:base:1.1' in m.server_capabilities
r = m.rpc(to_ele('<get-route-engine-information/>'))
out['mastership'] = [e.text for e in r.xpath('//mastership-state')]
r = m.command('show chassis routing-engine', format='text')
out['command_has_backup'] = 'Backup' in r.xpath('//output')[0].text
out['lock'] = len(m.lock(target='candidate').xpath('//ok')) > 0
out['load'] = len(m.load_configuration(action='set', config=['set system location building b2']).xpath('//ok')) > 0
r = m.compare_configuration(0)
out['compare'] = '[edit system]' in (r.xpath('//configuration-output')[0].text or '')
r = m.validate(source='candidate')
out['validate_errors'] = len(r.xpath('//rpc-error'))
r = m.commit(synchronize=True, comment='nc')
out['commit'] = [e.xpath('name')[0].text for e in r.xpath('//routing-engine')]
out['rollback'] = len(m.rollback(0).xpath('//ok')) > 0
out['discard'] = len(m.discard_changes().xpath('//ok')) > 0
out['unlock'] = len(m.unlock(target='candidate').xpath('//ok')) > 0
r = m.get_configuration(format='set')
out['committed'] = 'set system location building b2' in r.xpath('//configuration-set')[0].text
try:
    m.rpc('<get-no-such-thing/>')
    out['error'] = None
except RPCError as error:
    out['error'] = error.message
m.close_session()
out['closed'] = not m.connected
print(json.dumps(out))
`;

for (const mode of ['subsystem', 'exec fallback'] as const) {
  test(`ncclient acceptance steps (clients.md §9.2) with the real executor over the ${mode}`, { skip: !hasNcclient && 'ncclient is not importable by /usr/bin/python3' }, async () => {
    const folder = mkdtempSync(join(tmpdir(), 'retwin-ncclient-'));
    const { server, errors } = await serve(mode === 'exec fallback' ? { subsystem: false } : {});
    try {
      const script = join(folder, 'accept.py');
      writeFileSync(script, ACCEPTANCE);
      const run = await new Promise<{ ok: boolean; stdout: string; stderr: string }>((resolve) => {
        execFile(PYTHON, [script, String(server.port)], { timeout: 60_000 }, (error, stdout, stderr) => resolve({ ok: error === null, stdout, stderr }));
      });
      assert.ok(run.ok, run.stderr);
      assert.deepEqual(JSON.parse(run.stdout), {
        session_id: '52001',
        junos_cap: true,
        base11: false,
        mastership: ['master', 'backup'],
        command_has_backup: true,
        lock: true,
        load: true,
        compare: true,
        validate_errors: 0,
        commit: ['re0', 're1', 're0'],
        rollback: true,
        discard: true,
        unlock: true,
        committed: true,
        error: 'syntax error',
        closed: true,
      });
      assert.deepEqual(errors, []);
    } finally {
      await server.close();
      rmSync(folder, { recursive: true, force: true });
    }
  });
}
