#!/usr/bin/python3
"""PyEZ 2.1.7 (python3-junos-eznc) against retwin's NETCONF: clients.md sections 2 and 9.1.

Usage:
    /usr/bin/python3 pyez-accept.py --port PORT [--role master|backup] [--host 127.0.0.1]
        [--user lab] [--password lab123] [--deadline S]

--role master (the master RE's NETCONF address): the facts of the dual-RE MX960 (each checked,
none None, facts_refresh(exception_on_failure=True) raising nothing), rpc.get_route_engine_
information(), cli('show chassis routing-engine'), a Config session (lock, load set / text /
xml, diff, commit_check, commit(sync=True, comment=...), diff None, a load rolled back, unlock),
the error paths (a bogus statement -> ConfigLoadError with bad_element, an unknown RPC ->
RpcError 'syntax error', a wrong password -> ConnectAuthError), and a read-only user (added with
a commit first) whose commit is refused.
--role backup (re1's own NETCONF address): the facts as the backup RE gives them (master RE0,
current_re re1 and backup, hostname r1-re1) and get-route-engine-information there.

Prints `ok <step>: <result>  [seconds]` per step and `PYEZ OK` at the end; prints `FAIL ...` and
exits 1 on the first mismatch or exception. Every step runs under its own SIGALRM timeout (and
PyEZ's RPC timeout is lowered), and the whole run has a deadline, so a hung router fails fast.
"""
import argparse
import os
import threading
import warnings
from accept_steps import expect, fail, run_step, say  # noqa: E402 - beside this script

with warnings.catch_warnings():
    warnings.simplefilter('ignore', DeprecationWarning)
    import crypt  # deprecated in 3.11, still there in Debian 12's 3.11: SHA-512 crypt for the read-only user

def raises(call, kinds):
    """Calls call(); returns the exception if it is one of kinds, fails otherwise."""
    try:
        value = call()
    except kinds as error:
        return error
    fail(f'expected {" or ".join(k.__name__ for k in kinds)}, got {value!r}')


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--host', default='127.0.0.1')
    parser.add_argument('--port', type=int, required=True)
    parser.add_argument('--user', default='lab')
    parser.add_argument('--password', default='lab123')
    parser.add_argument('--role', choices=['master', 'backup'], default='master')
    parser.add_argument('--deadline', type=int, default=100, help='seconds for the whole run')
    args = parser.parse_args()

    # The whole run's deadline: a watchdog thread, whatever the main thread is blocked in.
    watchdog = threading.Timer(args.deadline, lambda: fail(f'not done within {args.deadline} s (the router hangs?)'))
    watchdog.daemon = True
    watchdog.start()

    from jnpr.junos import Device
    from jnpr.junos.exception import (ConfigLoadError, ConnectAuthError, RpcError)
    from jnpr.junos.utils.config import Config

    def open_device(user=args.user, password=args.password):
        dev = Device(host=args.host, port=args.port, user=user, password=password, gather_facts=False)
        dev.open()
        dev.timeout = 20
        return dev

    dev = run_step('connect', open_device)
    run_step('connected', lambda: dev.connected or fail('dev.connected is False'))

    if args.role == 'master':
        master_checks(dev, args, open_device, Config, ConfigLoadError, ConnectAuthError, RpcError)
    else:
        backup_checks(dev)
    run_step('close', lambda: dev.close() or 'closed')
    say('PYEZ OK')
    os._exit(0)


FACTS = ['hostname', 'model', 'version', '2RE', 'master', 'RE0', 'RE1', 're_master', 'personality',
         'serialnumber', 'current_re', 'hostname_info', 'model_info', 'version_RE0', 'version_RE1',
         'HOME', 'switch_style', 'vc_capable', 'ifd_style', 'virtual', 'fqdn', 'RE_hw_mi', 'junos_info']


def master_checks(dev, args, open_device, Config, ConfigLoadError, ConnectAuthError, RpcError):
    facts = dev.facts

    def all_facts():
        dev.facts_refresh(exception_on_failure=True)
        return f'{len(list(facts.keys()))} facts gathered, no exception'
    run_step('facts_refresh(exception_on_failure=True)', all_facts)

    def check_facts():
        missing = [name for name in FACTS if facts[name] is None]
        expect(not missing, f'facts None: {missing}')
        expect(facts['hostname'] == 'r1-re0', f"hostname {facts['hostname']!r}")
        expect(facts['model'] == 'MX960', f"model {facts['model']!r}")
        expect(facts['version'] == '17.3R1.10', f"version {facts['version']!r}")
        expect(facts['2RE'] is True, f"2RE {facts['2RE']!r}")
        expect(facts['master'] == 'RE0', f"master {facts['master']!r}")
        expect(facts['RE0']['mastership_state'] == 'master', f"RE0 {facts['RE0']!r}")
        expect(facts['RE1']['mastership_state'] == 'backup', f"RE1 {facts['RE1']!r}")
        expect(facts['re_master'] == {'default': '0'}, f"re_master {facts['re_master']!r}")
        expect(facts['personality'] == 'MX', f"personality {facts['personality']!r}")
        expect(isinstance(facts['serialnumber'], str) and facts['serialnumber'].startswith('JN'), f"serialnumber {facts['serialnumber']!r}")
        expect('re0' in facts['current_re'] and 'master' in facts['current_re'], f"current_re {facts['current_re']!r}")
        expect(facts['hostname_info'] == {'re0': 'r1-re0', 're1': 'r1-re1'}, f"hostname_info {facts['hostname_info']!r}")
        expect(facts['version_RE0'] == facts['version_RE1'] == '17.3R1.10', 'version_RE0/RE1')
        expect(facts['HOME'] == f'/var/home/{args.user}', f"HOME {facts['HOME']!r}")
        expect(facts['switch_style'] == 'BRIDGE_DOMAIN', f"switch_style {facts['switch_style']!r}")
        expect(facts['vc_capable'] is False, f"vc_capable {facts['vc_capable']!r}")
        expect(facts['srx_cluster'] is None, f"srx_cluster {facts['srx_cluster']!r}")
        expect(facts['virtual'] is False, f"virtual {facts['virtual']!r}")
        expect(dev.master is True, f'dev.master {dev.master!r}')
        expect(dev.re_name == 're0', f'dev.re_name {dev.re_name!r}')
        return (f"hostname {facts['hostname']}, model {facts['model']}, version {facts['version']}, 2RE {facts['2RE']}, "
                f"master {facts['master']}, RE0 {facts['RE0']['mastership_state']}, RE1 {facts['RE1']['mastership_state']}, "
                f"re_master {facts['re_master']}, personality {facts['personality']}, serialnumber {facts['serialnumber']}, "
                f"current_re {facts['current_re']}, HOME {facts['HOME']}, switch_style {facts['switch_style']}, "
                f"dev.master {dev.master}, dev.re_name {dev.re_name}; none None")
    run_step('facts', check_facts)

    def route_engines():
        reply = dev.rpc.get_route_engine_information()
        expect(reply.tag == 'route-engine-information', f'reply tag {reply.tag!r}')
        pairs = [(re.findtext('slot'), re.findtext('mastership-state')) for re in reply.findall('route-engine')]
        expect(pairs == [('0', 'master'), ('1', 'backup')], f'route engines {pairs!r}')
        return ', '.join(f'{slot} {state}' for slot, state in pairs)
    run_step('rpc.get_route_engine_information()', route_engines)

    def cli_text():
        text = dev.cli('show chassis routing-engine', warning=False)
        expect('Current state                  Master' in text and 'Current state                  Backup' in text, f'cli text:\n{text}')
        return 'Master and Backup'
    run_step("cli('show chassis routing-engine', warning=False)", cli_text)

    cu = Config(dev)
    run_step('Config.lock()', lambda: cu.lock() is True or fail('lock() not True'))

    def load_set():
        reply = cu.load('set system location building b1', format='set')
        expect(reply.tag == 'load-configuration-results', f'load reply tag {reply.tag!r}')
        return reply.tag
    run_step("load('set system location building b1', format='set')", load_set)

    def diff_b1():
        diff = cu.diff()
        expect(diff is not None and '[edit system]' in diff and any(line.startswith('+') and 'building b1' in line for line in diff.splitlines()), f'diff {diff!r}')
        return ' | '.join(line for line in diff.strip().splitlines())
    run_step('diff()', diff_b1)

    def load_text():
        cu.load('system { location { floor 3; } }', format='text', merge=True)
        diff = cu.diff()
        expect(diff is not None and 'floor 3' in diff, f'diff after text load {diff!r}')
        return 'floor 3 in diff'
    run_step("load('system { location { floor 3; } }', format='text', merge=True)", load_text)

    def load_xml():
        cu.load('<configuration><system><location><rack>7</rack></location></system></configuration>', format='xml', merge=True)
        diff = cu.diff()
        expect(diff is not None and 'rack 7' in diff, f'diff after xml load {diff!r}')
        return 'rack 7 in diff'
    run_step("load('<configuration>...<rack>7</rack>...', format='xml', merge=True)", load_xml)

    run_step('commit_check()', lambda: cu.commit_check() is True or fail('commit_check() not True'))
    run_step("commit(sync=True, comment='acceptance')", lambda: cu.commit(sync=True, comment='acceptance') is True or fail('commit not True'))
    def no_diff():
        diff = cu.diff()
        expect(diff is None, f'diff {diff!r}')
        return 'None'
    run_step('diff() after commit', no_diff)

    def committed_location():
        reply = dev.rpc.get_config(filter_xml='<system><location/></system>', options={'database': 'committed'})
        location = reply.find('system/location')
        expect(location is not None and location.findtext('building') == 'b1' and location.findtext('floor') == '3' and location.findtext('rack') == '7',
               f'committed location {None if location is None else [(c.tag, c.text) for c in location]!r}')
        return 'building b1, floor 3, rack 7'
    run_step("rpc.get_config(<system><location/></system>, database committed)", committed_location)

    def load_then_rollback():
        cu.load('set system location floor 9', format='set')
        expect('floor 9' in (cu.diff() or ''), 'floor 9 not in the diff')
        expect(cu.rollback() is True, 'rollback() not True')
        diff = cu.diff()
        expect(diff is None, f'diff after rollback {diff!r}')
        return 'floor 9 loaded, rollback() True, diff None'
    run_step("load('set system location floor 9'); rollback()", load_then_rollback)

    def bogus():
        error = raises(lambda: cu.load('set system bogus-statement', format='set'), (ConfigLoadError,))
        expect(error.rpc_error['bad_element'], f'no bad_element: {error!r}')
        return repr(error)
    run_step("load('set system bogus-statement', format='set') -> ConfigLoadError", bogus)
    run_step('rollback() after the failed load', lambda: cu.rollback() is True or fail('rollback() not True'))

    def unknown_rpc():
        error = raises(lambda: dev.rpc.get_no_such_thing(), (RpcError,))
        expect(error.rpc_error['message'] == 'syntax error', f'message {error.rpc_error["message"]!r}')
        expect(error.rpc_error['bad_element'] == 'get-no-such-thing', f'bad_element {error.rpc_error["bad_element"]!r}')
        return repr(error)
    run_step('rpc.get_no_such_thing() -> RpcError', unknown_rpc)

    # A read-only user, added with a commit by lab (same Config session, still locked).
    hashed = crypt.crypt('viewer123', crypt.mksalt(crypt.METHOD_SHA512))
    def add_viewer():
        cu.load(f'set system login user viewer uid 2099 class read-only authentication encrypted-password "{hashed}"', format='set')
        expect(cu.commit(comment='add viewer') is True, 'commit not True')
        return 'user viewer, class read-only'
    run_step('add a read-only user (load set + commit)', add_viewer)
    run_step('Config.unlock()', lambda: cu.unlock() is True or fail('unlock() not True'))

    def wrong_password():
        error = raises(lambda: open_device(password='wrong-password'), (ConnectAuthError,))
        return repr(error)
    run_step('wrong password -> ConnectAuthError', wrong_password)

    def viewer_cannot_commit():
        viewer = open_device(user='viewer', password='viewer123')
        try:
            facts_host = viewer.rpc.get_software_information().findtext('host-name')
            vcu = Config(viewer)
            load_error = raises(lambda: vcu.load('set system location building viewer', format='set'), (RpcError,))
            commit_error = raises(lambda: vcu.commit(comment='viewer'), (RpcError,))
            expect('permission denied' in f'{load_error} {load_error.rpc_error}'.lower() or 'permission denied' in f'{commit_error} {commit_error.rpc_error}'.lower(),
                   f'no permission denied: {load_error!r} / {commit_error!r}')
            return f'show version works ({facts_host}); load -> {load_error!r}; commit -> {commit_error!r}'
        finally:
            viewer.close()
    run_step('read-only user: load and commit refused', viewer_cannot_commit)


def backup_checks(dev):
    facts = dev.facts

    def check_facts():
        expect(facts['2RE'] is True, f"2RE {facts['2RE']!r}")
        expect(facts['master'] == 'RE0', f"master {facts['master']!r}")
        expect(facts['RE1']['mastership_state'] == 'backup', f"RE1 {facts['RE1']!r}")
        current = facts['current_re']
        expect(current is not None and 're1' in current and 'backup' in current and 'master' not in current, f'current_re {current!r}')
        expect(facts['hostname'] == 'r1-re1', f"hostname {facts['hostname']!r}")
        expect(facts['model'] == 'MX960', f"model {facts['model']!r}")
        expect(facts['version'] == '17.3R1.10', f"version {facts['version']!r}")
        expect(facts['personality'] == 'MX', f"personality {facts['personality']!r}")
        expect(facts['switch_style'] == 'BRIDGE_DOMAIN', f"switch_style {facts['switch_style']!r}")
        # What Junos's backup RE answers to get-chassis-inventory ("can only be used on the
        # master routing engine"): PyEZ leaves serialnumber None there.
        expect(facts['serialnumber'] is None, f"serialnumber {facts['serialnumber']!r}")
        expect(dev.master is False, f'dev.master {dev.master!r}')
        expect(dev.re_name == 're1', f'dev.re_name {dev.re_name!r}')
        return (f"master {facts['master']}, current_re {current}, hostname {facts['hostname']}, model {facts['model']}, "
                f"version {facts['version']}, switch_style {facts['switch_style']}, serialnumber None (master only), "
                f"dev.master {dev.master}, dev.re_name {dev.re_name}")
    run_step('facts on the backup RE', check_facts)

    def route_engines():
        reply = dev.rpc.get_route_engine_information()
        pairs = [(re.findtext('slot'), re.findtext('mastership-state')) for re in reply.findall('route-engine')]
        expect(pairs == [('0', 'master'), ('1', 'backup')], f'route engines {pairs!r}')
        return ', '.join(f'{slot} {state}' for slot, state in pairs)
    run_step('rpc.get_route_engine_information() on the backup RE', route_engines)


if __name__ == '__main__':
    main()
