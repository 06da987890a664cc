import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { loginOfClass } from '../auth/testing/configs.js';
import { findAll, openSession, payloadElements, rpcLab, textsOf } from './testing/rpc-lab.js';

describe('<command>', () => {
  it('format text: <output> with a line break then the CLI text', async () => {
    const lab = rpcLab();
    const result = await openSession(lab).run('<command format="text">show chassis routing-engine</command>');
    const [output] = payloadElements(result);
    assert.equal(output?.name, 'output');
    assert.match(output?.text ?? '', /^\nRouting Engine status:\n {2}Slot 0:\n {4}Current state {18}Master\n/);
    assert.match(output?.text ?? '', /Backup/);
  });

  it('escapes the text', async () => {
    const lab = rpcLab();
    const result = await openSession(lab).run('<command format="text">show chassis routing-engine | match "Slot|Master"</command>');
    assert.equal(payloadElements(result)[0]?.text, '\n  Slot 0:\n    Current state                  Master\n    Election priority              Master (default)\n  Slot 1:\n');
  });

  it('without format (PyEZ dev.rpc.cli): the RPC payload, here invoke-on all routing engines', async () => {
    const lab = rpcLab();
    const result = await openSession(lab).run('<command>show version invoke-on all-routing-engines</command>');
    const [payload] = payloadElements(result);
    assert.equal(payload?.name, 'multi-routing-engine-results');
    assert.deepEqual(textsOf(result, 're-name'), ['re0', 're1']);
    assert.deepEqual(textsOf(result, 'host-name'), ['r1-re0', 'r1-re1']);
  });

  it('format json and | display json: the JSON as text', async () => {
    const lab = rpcLab();
    const session = openSession(lab);
    for (const request of ['<command format="json">show chassis routing-engine </command>', '<command format="text">show chassis routing-engine | display json</command>']) {
      const result = await session.run(request);
      assert.ok('route-engine-information' in (JSON.parse(result.payload) as object), request);
    }
  });

  it('| display xml rpc: the request the command stands for (PyEZ cli warning)', async () => {
    const lab = rpcLab();
    const result = await openSession(lab).run('<command>show interfaces terse fxp0| display xml rpc</command>');
    const [rpc] = payloadElements(result);
    assert.equal(rpc?.name, 'rpc');
    const request = rpc?.children[0];
    assert.equal(request?.name, 'get-interface-information');
    assert.deepEqual(
      request?.children.map((child) => [child.name, child.text]),
      [
        ['terse', ''],
        ['interface-name', 'fxp0'],
      ],
    );
  });

  it('show configuration: <configuration-information><configuration-output> in text, <configuration> in XML', async () => {
    const lab = rpcLab();
    const session = openSession(lab);
    const text = await session.run('<command format="text">show configuration system</command>');
    assert.equal(payloadElements(text)[0]?.name, 'configuration-information');
    assert.match(textsOf(text, 'configuration-output')[0] ?? '', /commit \{\n\s+synchronize;/);
    const set = await session.run('<command format="text">show configuration system services | display set</command>');
    assert.match(textsOf(set, 'configuration-output')[0] ?? '', /^set system services ssh/m);
    const xml = await session.run('<command>show configuration system services</command>');
    assert.equal(findAll(payloadElements(xml), 'configuration').length, 1);
    assert.equal(findAll(payloadElements(xml), 'services').length, 1);
    assert.equal(findAll(payloadElements(xml), 'host-name').length, 0);
  });

  it('a command that does not parse: syntax error with the offending word', async () => {
    const lab = rpcLab();
    const session = openSession(lab);
    const unknown = await session.run('<command>show bogus-subject count</command>');
    assert.deepEqual(unknown.errors, [{ type: 'protocol', tag: 'operation-failed', severity: 'error', message: 'syntax error', badElement: 'bogus-subject' }]);
    const argument = await session.run('<command format="text">show chassis routing-engine bogus</command>');
    assert.equal(argument.errors[0]?.badElement, 'bogus');
    const pipe = await session.run('<command format="text">show version | bogus</command>');
    assert.equal(pipe.errors[0]?.badElement, 'bogus');
  });

  it('a command the class may not run: permission denied', async () => {
    const lab = rpcLab();
    const result = await openSession(lab, { login: loginOfClass('read-only') }).run('<command format="text">request system reboot</command>');
    assert.equal(result.errors[0]?.message, 'permission denied');
    assert.equal(result.errors[0]?.badElement, 'request-reboot');
  });
});
