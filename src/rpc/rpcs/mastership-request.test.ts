import assert from 'node:assert/strict';
import { test } from 'node:test';
import type { MastershipAction } from '../../daemons/chassisd/index.js';
import { pair, redundancy } from '../../daemons/chassisd/test-pair.js';
import { rpcRegistry } from '../rpc-table.js';
import type { RouterView } from '../router-view.js';
import { procedureLab } from '../testing/procedure-lab.js';

const at = (h: number, m: number, s: number): number => Date.UTC(2024, 2, 11, h, m, s);
const GRES = 'set chassis redundancy graceful-switchover';

/** The lab with real chassisd on both REs, booted at 09:00 (no GRES) and settled. */
function lab() {
  const chassis = pair({ start: at(9, 0, 0), fpcSlots: [0, 1] });
  chassis.bootBoth(redundancy(''));
  const router = procedureLab();
  router.engines.re0.chassisd = chassis.re0;
  router.engines.re1.chassisd = chassis.re1;
  return { chassis, router };
}

/**
 * What the operator sees after typing `request chassis routing-engine master <action>` and
 * answering `answer`: the CLI's part (warning, question, the empty line after the answer) around
 * the RPC's reply, as the CLI will put them together.
 */
function typed(view: RouterView, action: MastershipAction, answer = 'yes'): string {
  const prompt = view.prepareMastershipRequest(action);
  if (prompt.kind === 'refused') return prompt.lines.map((line) => `${line}\n`).join('');
  const asked = `${prompt.warning === undefined ? '' : `${prompt.warning}\n`}${prompt.question}${answer}\n`;
  if (answer !== 'yes') return asked;
  return `${asked}\n${rpcRegistry.invoke(view, `request-chassis-routing-engine-master-${action}`, { 'no-confirm': true }).text()}`;
}

test('procedure 7.1 to 7.5: switch without GRES, the GRES switch back, the 240-second refusal, switch check', () => {
  const { chassis, router } = lab();
  chassis.clock.advanceTo(at(9, 40, 5));
  assert.equal(
    typed(router.view('re0'), 'switch', 'no'),
    'warning: Traffic will be interrupted while the PFE is re-initialized\nToggle mastership between routing engines ? [yes,no] (no) no\n',
  );
  chassis.clock.advanceTo(at(9, 40, 22));
  assert.equal(
    typed(router.view('re0'), 'switch'),
    [
      'warning: Traffic will be interrupted while the PFE is re-initialized',
      'Toggle mastership between routing engines ? [yes,no] (no) yes',
      '',
      'Resolving mastership...',
      'Complete. The other routing engine becomes the master.',
      '',
    ].join('\n'),
  );
  assert.deepEqual([chassis.re0.role, chassis.re1.role], ['backup', 'master']);

  chassis.clock.advanceTo(at(9, 42, 30));
  chassis.re0.commit(redundancy(GRES));
  chassis.re1.commit(redundancy(GRES));
  chassis.clock.advanceTo(at(9, 46, 32));
  assert.equal(
    typed(router.view('re0'), 'switch'),
    'Toggle mastership between routing engines ? [yes,no] (no) yes\n\nResolving mastership...\nComplete. The local routing engine becomes the master.\n',
  );
  chassis.clock.advanceTo(at(9, 46, 51));
  assert.equal(
    typed(router.view('re0'), 'switch'),
    'Toggle mastership between routing engines ? [yes,no] (no) yes\n\nResolving mastership...\nCommand aborted. Not ready for mastership switch, try after 221 secs.\n',
  );
  assert.equal(chassis.re0.role, 'master');
  chassis.clock.advanceTo(at(9, 51, 0));
  assert.equal(rpcRegistry.invoke(router.view('re0'), 'request-chassis-routing-engine-master-switch', { check: true }).text(), 'Switchover Ready\n');
  assert.equal(chassis.re0.role, 'master', 'check changes nothing');
});

test('branch D: acquire on the backup after the master died, without GRES', () => {
  const { chassis, router } = lab();
  chassis.clock.advanceTo(at(13, 0, 0));
  chassis.re0.halt();
  chassis.clock.advanceTo(at(13, 5, 0));
  assert.equal(chassis.re1.role, 'backup', 'no failover configured');
  assert.equal(
    typed(router.view('re1'), 'acquire'),
    'warning: Traffic will be interrupted while the PFE is re-initialized\nAttempt to become the master routing engine ? [yes,no] (no) yes\n\nResolving mastership...\nComplete. The local routing engine becomes the master.\n',
  );
  assert.equal(chassis.re1.role, 'master');
});

test('the XML is an <output> with one <message> per line; refusals are rpc-errors', () => {
  const { chassis, router } = lab();
  chassis.clock.advance(600_000);
  const done = rpcRegistry.invoke(router.view('re0'), 'request-chassis-routing-engine-master-release', { 'no-confirm': true });
  assert.equal(
    done.xml(),
    [
      '    <output>',
      '        <message>Resolving mastership...</message>',
      '        <message>Complete. The other routing engine becomes the master.</message>',
      '    </output>',
      '',
    ].join('\n'),
  );
  const refused = rpcRegistry.invoke(router.view('re1'), 'request-chassis-routing-engine-master-acquire');
  assert.equal(refused.failed, true);
  assert.equal(refused.text(), 'error: The local routing engine is already the master\n');
  assert.match(refused.xml(), /^<rpc-error>\n[\s\S]*<error-message>\nThe local routing engine is already the master\n<\/error-message>\n<\/rpc-error>\n$/);
  assert.equal(refused.element(), undefined);
});

test('the alias a Juniper upgrade tool sends switches too; unknown arguments are refused', () => {
  const { chassis, router } = lab();
  chassis.clock.advance(600_000);
  const reply = rpcRegistry.invoke(router.view('re0'), 'request-chassis-routing-engine-switch', { 'no-confirm': true });
  assert.equal(reply.text(), 'Resolving mastership...\nComplete. The other routing engine becomes the master.\n');
  assert.deepEqual([chassis.re0.role, chassis.re1.role], ['backup', 'master']);
  assert.equal(rpcRegistry.invoke(router.view('re0'), 'request-chassis-routing-engine-master-switch', { force: true }).errors[0]?.badElement, 'force');
});
