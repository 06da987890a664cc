import assert from 'node:assert/strict';
import { test } from 'node:test';
import { defineRpc } from './rpc-definition.js';
import { leaf } from './rpc-element.js';
import { RpcRegistry } from './rpc-registry.js';
import { RPC_TABLE, rpcRegistry } from './rpc-table.js';
import { procedureLab } from './testing/procedure-lab.js';

test('the table answers the operational RPCs of issue 3, one per command', () => {
  assert.deepEqual(
    rpcRegistry.commands().map(({ command, rpc }) => `${command.words.join(' ')} → ${rpc.name}`),
    [
      'show chassis hardware → get-chassis-inventory',
      'show chassis routing-engine → get-route-engine-information',
      'show version → get-software-information',
      'show system commit → get-commit-information',
      'show chassis alarms → get-alarm-information',
      'show route → get-route-information',
      'show route forwarding-table → get-forwarding-table-information',
      'show interfaces → get-interface-information',
      'file show → file-show',
      'file list → file-list',
      'file compare files → file-compare',
      'file copy → file-copy',
      'show system switchover → get-switchover-information',
      'show system memory → get-system-memory-information',
      'show system storage → get-system-storage',
      'show bridge mac-table → get-bridge-mac-table',
      'show log → get-log',
      'show configuration → get-configuration',
      'request chassis routing-engine master switch → request-chassis-routing-engine-master-switch',
      'request chassis routing-engine master acquire → request-chassis-routing-engine-master-acquire',
      'request chassis routing-engine master release → request-chassis-routing-engine-master-release',
      'request system reboot → request-reboot',
      'request system halt → request-halt',
      'request system power-off → request-power-off',
      'ping → ping',
    ],
  );
  assert.equal(rpcRegistry.byCommand(['show', 'version'])?.name, 'get-software-information');
  assert.equal(rpcRegistry.byCommand(['show', 'chassis']), undefined);
  assert.equal(rpcRegistry.get('request-chassis-routing-engine-switch')?.commands.length, 0, 'an alias without a CLI command');
});

test('only show chassis hardware is master-only; only show version takes invoke-on', () => {
  assert.deepEqual(RPC_TABLE.filter((rpc) => rpc.masterOnly).map((rpc) => rpc.name), ['get-chassis-inventory']);
  assert.deepEqual(RPC_TABLE.filter((rpc) => rpc.invokeOn).map((rpc) => rpc.name), ['get-software-information']);
});

test('an unknown RPC or argument is a syntax error naming it, never a guess', () => {
  const view = procedureLab().view('re0');
  const unknown = rpcRegistry.invoke(view, 'get-no-such-thing');
  assert.deepEqual(unknown.errors.map((e) => [e.message, e.badElement]), [['syntax error', 'get-no-such-thing']]);
  assert.equal(unknown.element(), undefined);
  assert.equal(unknown.json(), undefined);
  assert.equal(unknown.text(), 'error: syntax error\n');
  assert.equal(rpcRegistry.invoke(view, 'get-chassis-inventory', { bogus: true }).errors[0]?.badElement, 'bogus');
  assert.equal(rpcRegistry.invoke(view, 'get-chassis-inventory', { detail: 'yes' }).errors[0]?.badElement, 'detail');
  assert.equal(rpcRegistry.invoke(view, 'get-chassis-inventory', { 'invoke-on': 'all-routing-engines' }).errors[0]?.badElement, 'invoke-on');
  assert.equal(rpcRegistry.invoke(view, 'get-software-information', { 'invoke-on': 're7' }).errors[0]?.badElement, 're7');
});

test('flags an RPC declares are accepted', () => {
  const reply = rpcRegistry.invoke(procedureLab().view('re0'), 'get-chassis-inventory', { detail: true });
  assert.deepEqual(reply.errors, []);
  assert.match(reply.text(), /^Hardware inventory:/);
});

test('a new RPC is one definition added to a table', () => {
  const echo = defineRpc<string>({
    name: 'get-echo',
    commands: [{ words: ['show', 'echo'], help: 'Echo the host name' }],
    arguments: [],
    run: (view) => ({ ok: true, data: view.hostName() ?? '' }),
    element: (name) => leaf('echo', name),
    text: (name) => `${name}\n`,
  });
  const registry = new RpcRegistry([...RPC_TABLE, echo]);
  const reply = registry.invoke(procedureLab().view('re1'), 'get-echo');
  assert.equal(reply.text(), 'r1-re1\n');
  assert.equal(reply.xml(), '    <echo>r1-re1</echo>\n');
  assert.equal(reply.json({ compact: true }), '{"echo":[{"data":"r1-re1"}]}');
  assert.throws(() => new RpcRegistry([echo, echo]), /registered twice/);
});

test('the master-only refusal applies to whichever RE is backup', () => {
  const lab = procedureLab();
  lab.engines.re0.state = 'backup';
  lab.engines.re1.state = 'master';
  assert.match(rpcRegistry.invoke(lab.view('re0'), 'get-chassis-inventory').text(), /^Aborted!/);
  assert.match(rpcRegistry.invoke(lab.view('re1'), 'get-chassis-inventory').text(), /^Hardware inventory:/);
});
