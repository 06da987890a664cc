/**
 * The automation clients users point at a Junos CLI, run against `retwin start` as they would
 * run against a router (clients.md sections 6.3, 7, 9.4 and 9.5): Netmiko 2.4.2 (device_type
 * juniper_junos) on the master address and on re1's own address, and Ansible's network_cli
 * (junipernetworks.junos 4.1.0, ansible.netcommon 4.1.0) on the master address: junos_command,
 * junos_ping, cli_config and junos_netconf (junos_config is not among them: in 4.1.0 it needs
 * NETCONF). The scripts and the playbook are test/clients/; this file starts two routers (the
 * built executable, on free ports, each with its own state directory under a temporary one, 10
 * times real speed: one for Netmiko, one for Ansible, as both change the configuration), runs the
 * clients at the same time with /usr/bin/python3 and ansible-playbook, and checks their exit
 * status and the lines they print. The routers, and any client left running, are always killed,
 * and the temporary directory removed (test/support/client-run.ts).
 *
 * Netmiko keeps its own timing: its timing-based reads wait for 2 s of quiet, so the master run
 * takes about 50 s, and the other runs go along with it. Its fast_cli mode (the script's
 * --delay-factor) would halve that, but it then sends Enter in a loop without waiting while it
 * looks for the first prompt, so the first replies race its reads.
 *
 * Skipped (with the reason) when /usr/bin/python3 cannot import netmiko or ansible-playbook is
 * missing; CI installs both. Netmiko's reads time out after 10 s and Ansible's commands after
 * 20 s, and each client run has a deadline, so a hang fails the test well within its 3 minutes.
 */
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { test } from 'node:test';
import { ansibleEnvironment, ansibleMissing, clientsDir as clients, PYTHON, pythonEnvironment, pythonModuleMissing, runClient as run, stepLines, withRouters } from './support/client-run.js';

// The three runs go at the same time: Netmiko on one router's master address and on its re1
// address (operational commands only there), Ansible on the other router.
test('Netmiko and Ansible network_cli drive the SSH CLI as on a dual-RE Junos router', { timeout: 180_000, concurrency: true }, async (t) => {
  const noNetmiko = pythonModuleMissing('netmiko', 'python3-netmiko (Netmiko 2.4.2)');
  const noAnsible = ansibleMissing();
  if (noNetmiko !== undefined && noAnsible !== undefined) {
    t.skip(`${noNetmiko}; ${noAnsible}`);
    return;
  }
  await withRouters('retwin-clients-', ['netmiko', 'ansible'] as const, async ({ netmiko: forNetmiko, ansible: forAnsible }, scratch) => {
    const env = pythonEnvironment();

    const master = t.test('Netmiko on the master address: prompt, commands, configuration mode, commits, discarded change', async (t) => {
      if (noNetmiko !== undefined) return t.skip(noNetmiko);
      const result = await run(PYTHON, [join(clients, 'netmiko-accept.py'), '--port', String(forNetmiko.ports.ssh.master), '--role', 'master', '--deadline', '90'], { cwd: scratch, env, timeoutMs: 100_000 });
      t.diagnostic(`netmiko (master) took ${result.seconds.toFixed(1)} s`);
      for (const line of stepLines(result.output, /^(ok|FAIL) /)) t.diagnostic(line);
      assert.equal(result.status, 0, result.output);
      assert.match(result.output, /^ok base_prompt: lab@r1-re0 /m);
      assert.match(result.output, /^ok find_prompt: lab@r1-re0> /m);
      assert.match(result.output, /^ok show chassis routing-engine: Master and Backup, last line \{master\} /m);
      assert.match(result.output, /^ok commit\(comment='netmiko'\): commit complete /m);
      assert.match(result.output, /^ok commit synchronize: re0: re1: commit complete /m);
      assert.match(result.output, /^ok send_config_set \(default exit\): asked "Exit with uncommitted changes\?", answered yes /m);
      assert.match(result.output, /^ok show configuration system: building b4 \(b5 discarded\) /m);
      assert.match(result.output, /^NETMIKO OK$/m);
    });

    const backup = t.test('Netmiko on re1 (the backup RE): its prompt and {backup}', async (t) => {
      if (noNetmiko !== undefined) return t.skip(noNetmiko);
      const result = await run(PYTHON, [join(clients, 'netmiko-accept.py'), '--port', String(forNetmiko.ports.ssh.re1), '--role', 'backup', '--deadline', '45'], { cwd: scratch, env, timeoutMs: 60_000 });
      t.diagnostic(`netmiko (backup) took ${result.seconds.toFixed(1)} s`);
      assert.equal(result.status, 0, result.output);
      assert.match(result.output, /^ok base_prompt: lab@r1-re1 /m);
      assert.match(result.output, /^ok find_prompt: lab@r1-re1> /m);
      assert.match(result.output, /^ok show chassis routing-engine: Master and Backup, last line \{backup\} /m);
      assert.match(result.output, /^NETMIKO OK$/m);
    });

    const ansible = t.test('Ansible network_cli: junos_command, junos_ping, then cli_config and junos_netconf (each changed, then not)', async (t) => {
      if (noAnsible !== undefined) return t.skip(noAnsible);
      const ansibleEnv = ansibleEnvironment(join(scratch, 'ansible-home'), { ANSIBLE_NETWORK_CLI_SSH_TYPE: 'paramiko' });
      const result = await run('ansible-playbook', ['-i', join(clients, 'ansible-cli.ini'), '-e', `ansible_port=${forAnsible.ports.ssh.master}`, join(clients, 'ansible-cli-accept.yml')], { cwd: scratch, env: ansibleEnv, timeoutMs: 90_000 });
      t.diagnostic(`ansible-playbook took ${result.seconds.toFixed(1)} s`);
      for (const line of stepLines(result.output, /"msg": "CHECK /)) t.diagnostic(line.trim());
      assert.equal(result.status, 0, result.output);
      assert.match(result.output, /CHECK junos_command: Hostname: r1-re0, Model: mx960, Junos: 17\.3R1\.10; outputs end with \{master\} and \{master\}/);
      assert.match(result.output, /CHECK junos_ping: 3\/3 received; cli_config: changed True, then False; junos_netconf: changed True, then False; location building b3, netconf port 830\. ANSIBLE CLI OK"/);
      assert.match(result.output, /r1 +: ok=\d+ +changed=2 +unreachable=0 +failed=0/);
    });
    await Promise.all([master, backup, ansible]);
  });
});
