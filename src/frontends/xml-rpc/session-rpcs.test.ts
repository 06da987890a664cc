import assert from 'node:assert/strict';
import { describe, it } from 'node:test';
import { openSession, rpcLab, textsOf } from './testing/rpc-lab.js';

const LOAD = (building: string) => `<load-configuration action="set"><configuration-set>set system location building ${building}</configuration-set></load-configuration>`;
const LOCATION = '<get-configuration format="set"><configuration><system><location/></system></configuration></get-configuration>';

describe('session RPCs', () => {
  it('open-configuration private: a private copy, with Junos warning', async () => {
    const lab = rpcLab();
    const privateSession = openSession(lab);
    const opened = await privateSession.run('<open-configuration><private/></open-configuration>');
    assert.equal(opened.ok, false);
    assert.deepEqual(opened.errors.map((error) => [error.severity, error.message]), [['warning', 'uncommitted changes will be discarded on exit']]);
    await privateSession.run(LOAD('p1'));
    const shared = openSession(lab);
    assert.equal(textsOf(await shared.run(LOCATION), 'configuration-set')[0], '');
    assert.equal(textsOf(await privateSession.run(LOCATION), 'configuration-set')[0], 'set system location building p1');
    assert.equal((await privateSession.run('<close-configuration/>')).ok, true);
    assert.equal(textsOf(await privateSession.run(LOCATION), 'configuration-set')[0], '');
  });

  it('open-configuration private is refused while the shared candidate holds changes', async () => {
    const lab = rpcLab();
    await openSession(lab).run(LOAD('s1'));
    const refused = await openSession(lab).run('<open-configuration><private/></open-configuration>');
    assert.equal(refused.errors[0]?.message, 'shared configuration database modified');
  });

  it('discard-changes: the candidate back to the committed configuration', async () => {
    const lab = rpcLab();
    const session = openSession(lab);
    await session.run(LOAD('d1'));
    assert.equal((await session.run('<discard-changes/>')).ok, true);
    assert.equal(textsOf(await session.run(LOCATION), 'configuration-set')[0], '');
  });

  it('close-session: ok, and the transport is asked to close', async () => {
    const lab = rpcLab();
    const session = openSession(lab);
    await session.run('<lock-configuration/>');
    const result = await session.run('<close-session/>');
    assert.deepEqual(result, { payload: '', ok: true, errors: [], close: true });
    assert.equal((await openSession(lab).run('<lock-configuration/>')).ok, true);
  });

  it('kill-session: through the front end; the own session or an unknown one is invalid-value', async () => {
    const lab = rpcLab();
    const killed: number[] = [];
    const session = openSession(lab, { killSession: (id) => (id === 7 ? (killed.push(id), true) : false) });
    assert.equal((await session.run('<kill-session><session-id>7</session-id></kill-session>')).ok, true);
    assert.deepEqual(killed, [7]);
    assert.equal((await session.run('<kill-session><session-id>8</session-id></kill-session>')).errors[0]?.tag, 'invalid-value');
    assert.equal((await session.run(`<kill-session><session-id>${session.context.sessionId}</session-id></kill-session>`)).errors[0]?.tag, 'invalid-value');
  });
});
