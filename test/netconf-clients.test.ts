/**
 * The automation clients users point at Junos's NETCONF and REST API, run against `retwin start`
 * as they would run against a router (clients.md sections 2, 4, 5, 6.1-6.2, the acceptance plans
 * 9.1, 9.2, 9.3, 9.6, and the hard parts of section 10):
 * - PyEZ 2.1.7 (test/clients/pyez-accept.py) on the master RE's NETCONF address: every fact of
 *   the dual-RE MX960 (none None, facts_refresh(exception_on_failure=True) quiet), an RPC, a CLI
 *   command, a Config session (lock, load set / text / xml, diff, commit_check, commit with
 *   synchronize, rollback, unlock), the error paths (ConfigLoadError, RpcError, ConnectAuthError)
 *   and a read-only user refused; and on re1's own NETCONF address, the backup RE's facts;
 * - ncclient 0.6.13 (ncclient-accept.py): the hello, RPCs, the Junos configuration operations
 *   with the three routing-engine results of a synchronized commit, an unknown RPC; then the same
 *   again through the exec fallback (`xml-mode netconf need-trailer` on the CLI port, after
 *   `system services netconf ssh` is deleted so that the subsystem is refused);
 * - Ansible over ansible.netcommon.netconf (ansible-netconf-accept.yml): junos_facts (min,
 *   hardware, interfaces), junos_command text and json, junos_config lines (changed, then not),
 *   rollback, and a bogus statement refused;
 * - the REST API with Python's urllib (rest-accept.py): GET in XML and JSON, parameters as query
 *   and path, POST /rpc multipart, a configuration change, stop-on-error, a wrong password.
 *
 * Each client that changes the configuration gets its own router (the built executable, on free
 * ports, each with its own state directory under a temporary one, 10 times real speed); the four
 * runs go at the same time. Each script prints `ok <step>: <what it saw>` per step and exits 1 on
 * the first mismatch; every step has a timeout and each run a deadline, so a hang fails fast. The
 * routers, and any client left running, are always killed and the temporary directory removed
 * (test/support/client-run.ts).
 *
 * Skipped (with the reason) when a client is not installed: python3-junos-eznc, python3-ncclient
 * (Debian), ansible; CI installs them. Ansible is the slowest part (about 20 s: a module run per
 * task); the whole test takes about as long, well under 2 minutes.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { ansibleEnvironment, ansibleMissing, clientsDir, PYTHON, pythonEnvironment, pythonModuleMissing, runClient, stepLines, withRouters, type ClientRun } from './support/client-run.js';

/** Prints the steps of a run as diagnostics and asserts it passed. */
function reported(t: { diagnostic(message: string): void }, name: string, result: ClientRun, steps: RegExp): void {
  t.diagnostic(`${name} took ${result.seconds.toFixed(1)} s`);
  for (const line of stepLines(result.output, steps)) t.diagnostic(line.trim());
  assert.equal(result.status, 0, result.output);
}

test('PyEZ, ncclient, Ansible netconf and REST clients drive NETCONF and REST as on a dual-RE Junos router', { timeout: 150_000, concurrency: true }, async (t) => {
  const noPyez = pythonModuleMissing('jnpr.junos', 'python3-junos-eznc (PyEZ 2.1.7)');
  const noNcclient = pythonModuleMissing('ncclient', 'python3-ncclient (ncclient 0.6.13)');
  const noAnsible = ansibleMissing();
  const noPython = pythonModuleMissing('urllib.request', 'python3');
  if (noPyez !== undefined && noNcclient !== undefined && noAnsible !== undefined && noPython !== undefined) {
    t.skip(`${noPyez}; ${noNcclient}; ${noAnsible}`);
    return;
  }
  await withRouters('retwin-netconf-clients-', ['pyez', 'ncclient', 'ansible', 'rest'] as const, async (routers, scratch) => {
    const env = pythonEnvironment();
    const python = (script: string, args: readonly string[], timeoutMs: number): Promise<ClientRun> =>
      runClient(PYTHON, [join(clientsDir, script), ...args], { cwd: scratch, env, timeoutMs });

    const pyezMaster = t.test('PyEZ on the master RE: facts, RPC, CLI, Config session, error paths, a read-only user', async (t) => {
      if (noPyez !== undefined) return t.skip(noPyez);
      const result = await python('pyez-accept.py', ['--port', String(routers.pyez.ports.netconf.master), '--role', 'master', '--deadline', '90'], 100_000);
      reported(t, 'pyez (master)', result, /^(ok|FAIL) /);
      assert.match(result.output, /^ok facts_refresh\(exception_on_failure=True\): \d+ facts gathered, no exception /m);
      assert.match(
        result.output,
        /^ok facts: hostname r1-re0, model MX960, version 17\.3R1\.10, 2RE True, master RE0, RE0 master, RE1 backup, re_master \{'default': '0'\}, personality MX, serialnumber JN\w+, current_re \[(?=[^\]]*'re0')(?=[^\]]*'master')[^\]]*\], HOME \/var\/home\/lab, switch_style BRIDGE_DOMAIN, dev\.master True, dev\.re_name re0; none None /m,
      );
      assert.match(result.output, /^ok rpc\.get_route_engine_information\(\): 0 master, 1 backup /m);
      assert.match(result.output, /^ok cli\('show chassis routing-engine', warning=False\): Master and Backup /m);
      assert.match(result.output, /^ok diff\(\): \[edit system\] \| \+ +location \{ \| \+ +building b1; \| \+ +\} /m);
      assert.match(result.output, /^ok commit\(sync=True, comment='acceptance'\): True /m);
      assert.match(result.output, /^ok diff\(\) after commit: None /m);
      assert.match(result.output, /^ok rpc\.get_config\(.*\): building b1, floor 3, rack 7 /m);
      assert.match(result.output, /^ok load\('set system location floor 9'\); rollback\(\): floor 9 loaded, rollback\(\) True, diff None /m);
      assert.match(result.output, /^ok load\('set system bogus-statement', format='set'\) -> ConfigLoadError: ConfigLoadError\(severity: error, bad_element: bogus-statement, message: error: syntax error\) /m);
      assert.match(result.output, /^ok rpc\.get_no_such_thing\(\) -> RpcError: RpcError\(severity: error, bad_element: get-no-such-thing, message: syntax error\) /m);
      assert.match(result.output, /^ok wrong password -> ConnectAuthError: ConnectAuthError\(127\.0\.0\.1\) /m);
      assert.match(result.output, /^ok read-only user: load and commit refused: .*permission denied/m);
      assert.match(result.output, /^PYEZ OK$/m);
    });

    const pyezBackup = t.test('PyEZ on re1 (the backup RE): facts say master RE0, current_re re1 and backup', async (t) => {
      if (noPyez !== undefined) return t.skip(noPyez);
      const result = await python('pyez-accept.py', ['--port', String(routers.pyez.ports.netconf.re1), '--role', 'backup', '--deadline', '60'], 70_000);
      reported(t, 'pyez (backup)', result, /^(ok|FAIL) /);
      assert.match(
        result.output,
        /^ok facts on the backup RE: master RE0, current_re \['re1', 'backup'\], hostname r1-re1, model MX960, version 17\.3R1\.10, switch_style BRIDGE_DOMAIN, serialnumber None \(master only\), dev\.master False, dev\.re_name re1 /m,
      );
      assert.match(result.output, /^ok rpc\.get_route_engine_information\(\) on the backup RE: 0 master, 1 backup /m);
      assert.match(result.output, /^PYEZ OK$/m);
    });

    const ncclient = t.test('ncclient: over the netconf subsystem, then over the exec fallback on the CLI port', async (t) => {
      if (noNcclient !== undefined) return t.skip(noNcclient);
      const ports = routers.ncclient.ports;
      const result = await python('ncclient-accept.py', ['--port', String(ports.netconf.master), '--cli-port', String(ports.ssh.master), '--deadline', '90'], 100_000);
      reported(t, 'ncclient', result, /^(ok|FAIL) /);
      for (const pass of ['pass 1', 'pass 2']) {
        assert.match(result.output, new RegExp(`^ok ${pass} hello: session_id \\d+, \\d+ capabilities, a junos one, no base:1\\.1 `, 'm'));
        assert.match(result.output, new RegExp(`^ok ${pass} get-route-engine-information: master, backup `, 'm'));
        assert.match(result.output, new RegExp(`^ok ${pass} command\\('show chassis routing-engine', format='text'\\): output names Master and Backup `, 'm'));
        assert.match(result.output, new RegExp(`^ok ${pass} compare_configuration\\(0\\): \\[edit system`, 'm'));
        assert.match(result.output, new RegExp(`^ok ${pass} commit\\(synchronize=True, comment=\\.\\.\\.\\): re0 commit-check-success, re1 commit-success, re0 commit-success `, 'm'));
        assert.match(result.output, new RegExp(`^ok ${pass} rollback\\(0\\): <ok/>, floor 42 gone `, 'm'));
        assert.match(result.output, new RegExp(`^ok ${pass} discard_changes\\(\\): <ok/> `, 'm'));
        assert.match(result.output, new RegExp(`^ok ${pass} get_configuration\\(format='set'\\): set system location building b2x? present `, 'm'));
        assert.match(result.output, new RegExp(`^ok ${pass} rpc\\('<get-no-such-thing/>'\\): RPCError 'syntax error', bad-element get-no-such-thing `, 'm'));
      }
      assert.match(result.output, /^ok pass 1 connect \(subsystem, NETCONF port\): channel netconf-subsystem-\d+ /m);
      assert.match(result.output, /^ok pass 2 connect \(CLI port: subsystem refused, exec fallback\): subsystem refused .*channel netconf-command-\d+ \(exec xml-mode netconf need-trailer\) /m);
      assert.match(result.output, /^ok pass 3 connect \(subsystem back\): NETCONF port answers again /m);
      assert.match(result.output, /^NCCLIENT OK$/m);
    });

    const ansible = t.test('Ansible netconf: junos_facts, junos_command, junos_config (changed, then not), rollback, a bogus statement', async (t) => {
      if (noAnsible !== undefined) return t.skip(noAnsible);
      const ansibleEnv = ansibleEnvironment(join(scratch, 'ansible-home'));
      const result = await runClient(
        'ansible-playbook',
        ['-i', join(clientsDir, 'ansible-netconf.ini'), '-e', `ansible_port=${routers.ansible.ports.netconf.master}`, '--diff', join(clientsDir, 'ansible-netconf-accept.yml')],
        { cwd: scratch, env: ansibleEnv, timeoutMs: 120_000 },
      );
      reported(t, 'ansible-playbook (netconf)', result, /"msg": "CHECK /);
      assert.match(
        result.output,
        /CHECK junos_facts: hostname r1-re0, model mx960, version 17\.3R1\.10, serialnum JN\w+, has_2RE True, routing engines 0,1 \(master\/backup\), memtotal_mb \d+, filesystems \d+, modules \d+, interfaces \d+"/,
      );
      assert.match(result.output, /CHECK junos_command: text Master and Backup; json master,backup; rpc json master,backup"/);
      assert.match(result.output, /CHECK junos_config: changed True, then False; rollback 1 changed True, building b3 gone; bogus-statement failed True \(syntax error\)\. ANSIBLE NETCONF OK"/);
      assert.match(result.output, /^\+ +building b3;$/m, 'the --diff of junos_config');
      assert.match(result.output, /r1 +: ok=\d+ +changed=2 +unreachable=0 +failed=0 +skipped=0 +rescued=0 +ignored=1/);
    });

    const rest = t.test('REST with urllib: GET XML and JSON, parameters, POST /rpc multipart, a commit, stop-on-error, 401', async (t) => {
      if (noPython !== undefined) return t.skip(noPython);
      const ports = routers.rest.ports;
      const args = ['--port', String(ports.rest.master), '--deadline', '50'];
      if (noNcclient === undefined) args.push('--netconf-port', String(ports.netconf.master));
      const result = await python('rest-accept.py', args, 60_000);
      reported(t, 'rest', result, /^(ok|FAIL) /);
      assert.match(result.output, /^ok GET \/rpc\/get-route-engine-information: 200 application\/xml; charset=utf-8, 2 route-engine: master, backup /m);
      assert.match(result.output, /^ok GET \/rpc\/get-route-engine-information \(Accept: application\/json\): 200 application\/json; charset=utf-8, mastership-state data master, backup /m);
      assert.match(result.output, /^ok GET \/rpc\/get-software-information@format=json: host-name r1-re0, junos-version 17\.3R1\.10 /m);
      assert.match(result.output, /^ok GET \?interface-name=em0 and \/interface-name=em0: same answer/m);
      assert.match(result.output, /^ok POST \/rpc\?stop-on-error=1 \(two RPCs\): multipart\/mixed; boundary=\S+; parts software-information, route-engine-information /m);
      assert.match(result.output, /^ok GET \/rpc\/get-configuration@database=committed: building b6 committed /m);
      if (noNcclient === undefined) assert.match(result.output, /^ok NETCONF get_configuration\(format=set\) sees the REST commit: set system location building b6 /m);
      assert.match(result.output, /^ok POST \/rpc\?stop-on-error=1 with a bad RPC in the middle: 3 parts, the third the syntax error; the commit never ran /m);
      assert.match(result.output, /^ok wrong password: 401/m);
      assert.match(result.output, /^REST OK$/m);
    });

    await Promise.all([pyezMaster, pyezBackup, ncclient, ansible, rest]);
  });
});
