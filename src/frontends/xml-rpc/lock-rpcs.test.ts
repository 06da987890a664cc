import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openSession, rpcLab, textsOf } from './testing/rpc-lab.js';

const LOCK = '<lock><target><candidate/></target></lock>';
const UNLOCK = '<unlock><target><candidate/></target></unlock>';
const LOAD_B1 = '<load-configuration action="set"><configuration-set>set system location building b1</configuration-set></load-configuration>';

describe('locking the candidate', () => {
  it('one session holds the lock; the other is refused with lock-denied and the holder session-id', async () => {
    const lab = rpcLab();
    const first = openSession(lab);
    const second = openSession(lab);
    assert.equal((await first.run(LOCK)).ok, true);
    assert.equal((await first.run('<lock-configuration/>')).ok, true);
    for (const request of [LOCK, '<lock-configuration/>']) {
      const refused = await second.run(request);
      assert.equal(refused.ok, false);
      assert.equal(refused.errors.length, 1);
      const [error] = refused.errors;
      assert.equal(error?.tag, 'lock-denied');
      assert.equal(error?.infoXml, `<session-id>${first.context.sessionId}</session-id>`);
      assert.match(error?.message ?? '', /^configuration database locked by:\n {2}lab terminal /);
    }
    const load = await second.run(LOAD_B1);
    assert.equal(load.failed, true);
    assert.deepEqual(textsOf(load, 'error-tag'), ['in-use']);
    assert.equal((await second.run(UNLOCK)).errors[0]?.tag, 'lock-denied');
    assert.equal((await first.run(UNLOCK)).ok, true);
    assert.equal((await second.run(LOCK)).ok, true);
  });

  it('a lock is refused while the shared candidate holds changes', async () => {
    const lab = rpcLab();
    const editor = openSession(lab);
    await editor.run(LOAD_B1);
    const refused = await openSession(lab).run('<lock-configuration/>');
    assert.equal(refused.errors[0]?.message, 'configuration database modified');
    assert.equal(refused.errors[0]?.tag, 'lock-denied');
    assert.equal(refused.errors[0]?.infoXml, '<session-id>0</session-id>');
  });

  it('unlock discards the uncommitted changes; the lock ends with the session', async () => {
    const lab = rpcLab();
    const session = openSession(lab);
    await session.run('<lock-configuration/>');
    await session.run(LOAD_B1);
    await session.run('<unlock-configuration/>');
    const diff = await session.run('<get-configuration compare="rollback" rollback="0" format="text"/>');
    assert.deepEqual(textsOf(diff, 'configuration-output'), ['']);
    await session.run('<lock-configuration/>');
    session.close();
    assert.equal((await openSession(lab).run('<lock-configuration/>')).ok, true);
  });

  it('only the candidate can be locked', async () => {
    const lab = rpcLab();
    const result = await openSession(lab).run('<lock><target><running/></target></lock>');
    assert.equal(result.errors[0]?.tag, 'operation-not-supported');
  });
});
