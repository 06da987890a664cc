#!/usr/bin/python3
"""Netmiko 2.4.2 (device_type juniper_junos) against retwin's SSH CLI: clients.md sections 7 and 9.5.

Usage:
    /usr/bin/python3 netmiko-accept.py --port PORT [--role master|backup] [--host 127.0.0.1]
        [--hostname r1-re0] [--user lab] [--password lab123] [--delay-factor F] [--deadline S]

--role master (the router's master address, or re0's): the prompt, `show chassis
routing-engine`, an unknown command, configuration mode kept open, `commit check`, `commit
comment "netmiko"`, `commit synchronize`, a change discarded by netmiko's default exit (the CLI
asks `Exit with uncommitted changes?`, netmiko answers yes), `show configuration system` and
`show system commit` after it.
--role backup (re1's own address): the prompt and the operational commands only.

--delay-factor F runs netmiko with fast_cli and global_delay_factor F (its timing-based reads
wait 2*F s of quiet instead of 2 s); without it netmiko keeps its own timing (about 45 s).

Prints `ok <step>: <result>  [seconds]` per step and `NETMIKO OK` at the end; prints `FAIL ...`
and exits 1 on the first mismatch. Netmiko's reads have their own timeouts and the whole run
has a deadline (SIGALRM), so a hung CLI fails fast.
"""
import argparse
import signal
import sys
import time

T0 = time.monotonic()


def step(name, result=''):
    print(f'ok {name}: {result}  [{time.monotonic() - T0:.2f}s]', flush=True)


def fail(message):
    print(f'FAIL {message}', flush=True)
    sys.exit(1)


def expect(condition, message):
    if not condition:
        fail(message)


def last_line(text):
    lines = text.rstrip().splitlines()
    return lines[-1] if lines else ''


def main():
    parser = argparse.ArgumentParser()
    parser.add_argument('--host', default='127.0.0.1')
    parser.add_argument('--port', type=int, required=True)
    parser.add_argument('--user', default='lab')
    parser.add_argument('--password', default='lab123')
    parser.add_argument('--role', choices=['master', 'backup'], default='master')
    parser.add_argument('--hostname', default=None, help='default r1-re0 (master), r1-re1 (backup)')
    parser.add_argument('--delay-factor', type=float, default=None)
    parser.add_argument('--deadline', type=int, default=120, help='seconds for the whole run')
    args = parser.parse_args()
    hostname = args.hostname or ('r1-re0' if args.role == 'master' else 'r1-re1')
    banner = '{' + args.role + '}'

    signal.signal(signal.SIGALRM, lambda _s, _f: fail(f'not done within {args.deadline} s (the CLI hangs?)'))
    signal.alarm(args.deadline)

    from netmiko import ConnectHandler

    timing = {} if args.delay_factor is None else {'fast_cli': True, 'global_delay_factor': args.delay_factor}
    conn = ConnectHandler(
        device_type='juniper_junos', host=args.host, port=args.port, username=args.user,
        password=args.password, timeout=10, auth_timeout=10, banner_timeout=10,
        session_timeout=20, use_keys=False, allow_agent=False, **timing,
    )
    step('connect', f'{args.host}:{args.port}')

    base = f'{args.user}@{hostname}'
    expect(conn.base_prompt == base, f'base_prompt {conn.base_prompt!r}, wanted {base!r}')
    step('base_prompt', conn.base_prompt)
    prompt = conn.find_prompt()
    expect(prompt == base + '>', f'find_prompt() {prompt!r}, wanted {base + ">"!r}')
    step('find_prompt', prompt)

    out = conn.send_command('show chassis routing-engine')
    expect('Master' in out and 'Backup' in out, f'show chassis routing-engine lacks Master or Backup:\n{out}')
    expect(last_line(out) == banner, f'show chassis routing-engine ends with {last_line(out)!r}, wanted {banner!r}:\n{out}')
    step('show chassis routing-engine', f'Master and Backup, last line {last_line(out)}')

    out = conn.send_command('show bogus-command')
    expect('syntax error' in out, f'show bogus-command does not say syntax error:\n{out}')
    step('show bogus-command', 'syntax error')

    if args.role == 'master':
        configure(conn)

    conn.disconnect()
    step('disconnect')
    print('NETMIKO OK', flush=True)


def configure(conn):
    out = conn.send_config_set(['set system location building b4'], exit_config_mode=False)
    expect('{master}[edit]' in out, f'send_config_set output lacks {{master}}[edit]:\n{out}')
    expect('error' not in out, f'send_config_set reported an error:\n{out}')
    step('send_config_set (exit_config_mode=False)', 'contains {master}[edit]')
    expect(conn.check_config_mode() is True, 'check_config_mode() is not True in configuration mode')
    step('check_config_mode', True)

    out = conn.commit(check=True)
    expect('configuration check succeeds' in out, f'commit check:\n{out}')
    step('commit(check=True)', 'configuration check succeeds')

    out = conn.commit(comment='netmiko')
    expect('commit complete' in out, f'commit comment "netmiko":\n{out}')
    step("commit(comment='netmiko')", 'commit complete')

    out = conn.send_command_expect('commit synchronize')
    for marker in ('re0:', 're1:', 'commit complete'):
        expect(marker in out, f'commit synchronize lacks {marker!r}:\n{out}')
    step('commit synchronize', 're0: re1: commit complete')

    conn.exit_config_mode()
    expect(conn.check_config_mode() is False, 'still in configuration mode after exit_config_mode()')
    step('exit_config_mode', 'back to >')

    out = conn.send_config_set(['set system location building b5'])
    expect('Exit with uncommitted changes?' in out, f'no "Exit with uncommitted changes?" question:\n{out}')
    expect('Exiting configuration mode' in out, f'no "Exiting configuration mode":\n{out}')
    expect(conn.check_config_mode() is False, 'still in configuration mode after send_config_set')
    step('send_config_set (default exit)', 'asked "Exit with uncommitted changes?", answered yes')

    out = conn.send_command('show configuration system')
    expect('building b4;' in out, f'show configuration system lacks the committed building b4:\n{out}')
    expect('b5' not in out, f'show configuration system shows the discarded building b5:\n{out}')
    step('show configuration system', 'building b4 (b5 discarded)')

    out = conn.send_command('show system commit')
    expect('netmiko' in out, f'show system commit lacks the comment netmiko:\n{out}')
    step('show system commit', 'the comment netmiko is listed')

    conn.exit_config_mode()
    expect(conn.check_config_mode() is False, 'exit_config_mode() at > is not a no-op')
    step('exit_config_mode (again)', 'no-op')


if __name__ == '__main__':
    main()
