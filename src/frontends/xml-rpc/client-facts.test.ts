/**
 * What PyEZ's facts and Ansible's junos_facts send through the executor (clients.md §2.2, §6.2),
 * where retwin once answered otherwise than an MX960: the home folder of the session's user,
 * `show bridge mac-table count` on each RE, the hardware facts' RPCs and
 * `get-interface-information` with `detail`.
 */
import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { findAll, openSession, payloadElements, rpcLab } from './testing/rpc-lab.js';

describe('client facts through the executor', () => {
  it('file-list ~ is the session user\'s home (PyEZ HOME)', async () => {
    const lab = rpcLab();
    const result = await openSession(lab).run('<file-list><path>~</path></file-list>');
    assert.deepEqual(result.errors, []);
    assert.equal(payloadElements(result)[0]?.attributes['root-path'], '/var/home/lab/');
  });

  it('show bridge mac-table count: l2ald count on the master, l2-learning not running on the backup', async () => {
    const lab = rpcLab();
    const master = await openSession(lab).run('<command>show bridge mac-table count</command>');
    assert.deepEqual(master.errors, []);
    assert.equal(payloadElements(master)[0]?.name, 'l2ald-rtb-mac-count');
    const backup = await openSession(lab, { slot: 're1' }).run('<command>show bridge mac-table count</command>');
    assert.deepEqual(backup.errors.map((error) => error.message), ['the l2-learning subsystem is not running']);
  });

  it('get-system-memory-information and get-system-storage answer (Ansible hardware facts)', async () => {
    const lab = rpcLab();
    const session = openSession(lab);
    const memory = await session.run('<get-system-memory-information/>');
    const total = findAll(payloadElements(memory), 'system-memory-total')[0]?.text ?? '';
    const free = findAll(payloadElements(memory), 'system-memory-free')[0]?.text ?? '';
    assert.match(total, /^\d+$/);
    assert.match(free, /^\d+$/);
    assert.ok(Number(free) < Number(total));
    const storage = await session.run('<get-system-storage/>');
    assert.ok(findAll(payloadElements(storage), 'filesystem-name').length > 0);
  });

  it('get-interface-information with detail is accepted (Ansible interfaces facts)', async () => {
    const lab = rpcLab();
    const result = await openSession(lab).run('<get-interface-information><detail/></get-interface-information>');
    assert.deepEqual(result.errors, []);
    const names = findAll(payloadElements(result), 'physical-interface').map((ifd) => ifd.children.find((child) => child.name === 'name')?.text);
    assert.ok(names.includes('em0') && names.includes('lo0'), String(names));
  });
});
