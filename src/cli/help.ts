/** The `--help` texts of the `retwin` command and its subcommands. */

export const MAIN_HELP = `retwin: a twin of a Juniper Junos router with two Routing Engines

Usage:
  retwin <command> [options]

Commands:
  start                 Run a dual-RE router (r1, MX960, state in ./retwin-state) with
                        its control API, until Ctrl-C
  console               Run operational commands on an RE of a running router
  fault NAME            Inject a fault into a running router (halt, reboot, crash-rpd,
                        cut-link, ...) or list its state ('fault list')
  config check FILE     Check a Junos configuration as a commit check would
  config show FILE      Show a Junos configuration in text, set, XML or JSON form
  help [COMMAND]        Show help for a command (start, console, fault, config)

Options:
  -h, --help            Show this help
  -v, --version         Show retwin's version

Run 'retwin COMMAND --help' for a command's options. FILE may be '-' to read standard input.
`;

export const CONFIG_HELP = `retwin config: work with Junos configuration files offline

Usage:
  retwin config check FILE [--re re0|re1] [--input-format auto|text|set]
  retwin config show FILE [--format text|set|xml|json] [--re re0|re1] [--inheritance]
                          [--input-format auto|text|set]

  check   Parses FILE, applies the configuration groups as each Routing Engine sees
          them (re0 and re1, or only the one named by --re) and runs the commit-time
          checks. Prints 'configuration check succeeds' and exits 0 when the
          configuration is valid; prints every error (with line and column for
          syntax errors) on standard error and exits 1 otherwise. Warnings are
          printed but do not fail the check.
  show    Prints the configuration in canonical Junos form.

Options:
  --format FORMAT        Output of 'show': text (default, as 'show configuration'),
                         set ('| display set'), xml ('| display xml', as NETCONF
                         get-configuration returns it) or json ('| display json').
  --re re0|re1           The Routing Engine whose view to use: its 're0'/'re1' group
                         applies and the other's does not. With 'show', prints the
                         configuration with the groups applied (expanded).
  --inheritance          With 'show': groups applied, and in text each inherited
                         statement marked with '##' comments ('| display inheritance').
                         Uses re0's view unless --re says otherwise.
  --input-format FORMAT  How FILE is written: text (curly braces), set (set commands)
                         or auto (default: set when the first statement is a command).
  -h, --help             Show this help

FILE may be '-' to read standard input.

Exit status: 0 valid, 1 invalid configuration, 2 usage error or unreadable file.
`;

const CLIENT_OPTIONS = `  --state-dir DIR        The running router's state directory, where the control
                         token is read (default ./retwin-state)
  --host HOST            The control API's address (default 127.0.0.1)
  --control-port PORT    The control API's port (default 8080)
  -h, --help             Show this help`;

export const START_HELP = `retwin start: run a router with two Routing Engines, live, until Ctrl-C

Usage:
  retwin start [--state-dir DIR] [--name NAME] [--model MODEL] [--config FILE]
               [--time-scale N] [--host HOST] [--control-port PORT]
               [--ssh-port PORT] [--netconf-port PORT] [--rest-port PORT]
               [--idle-timeout MINUTES]

Boots both REs (re0 becomes master by default), prints each RE as it comes up with
its role, 'ready', the control API's address and where its token is, then every
later mastership change. SIGINT (Ctrl-C) or SIGTERM halts both REs and exits 0.
The committed configuration is kept in the state directory across restarts.

Options:
  --state-dir DIR        Where the REs' disks (DIR/re0, DIR/re1) and the control
                         token (DIR/control-token) are kept (default ./retwin-state)
  --name NAME            The router's name: host names NAME-re0 and NAME-re1 in the
                         starter configuration, serial numbers (default r1)
  --model MODEL          MX960 (default), MX480, MX240 or PTX10008
  --config FILE          The first committed configuration of a NEW state directory
                         (curly-brace text or set commands), instead of the starter
                         configuration; it must pass the commit checks on both REs,
                         else retwin prints the errors and exits 1. Ignored when the
                         state directory already holds a configuration.
  --time-scale N         Run the router's clock N times faster than real time (default
                         1), e.g. 100 to watch a 300 s keepalive failover in 3 s
  --host HOST            Address the control API listens on (default 127.0.0.1; it
                         drives faults: do not expose it without need)
  --control-port PORT    Port of the control API (default 8080; 0 picks a free port,
                         printed as 'control API on http://HOST:PORT')
  --ssh-port PORT        The Junos CLI over SSH, on three ports, as the router's three
                         management addresses: PORT reaches the master RE (its sessions
                         close when mastership moves, like the master-only address),
                         PORT+1 reaches re0 and PORT+2 re1 (their sessions stay on that
                         RE through switchovers). Default 2222 (so 2222, 2223, 2224);
                         0 picks three free ports. The host key is kept in
                         DIR/ssh_host_ed25519_key.
                         The CLI port also serves NETCONF (subsystem 'netconf' and the
                         'xml-mode netconf need-trailer' exec), as Junos's port 22 does.
  --netconf-port PORT    NETCONF over SSH (needs 'system services netconf ssh'), on PORT
                         (master), PORT+1 (re0), PORT+2 (re1). Default 8300; 0: free ports
  --rest-port PORT       The Junos REST API over HTTP with Basic auth (needs 'system
                         services rest http'), on PORT, PORT+1, PORT+2 as above.
                         Default 3000; 0: free ports
  --idle-timeout MINUTES Close SSH connections idle this long (default 60; 0: never)
  -h, --help             Show this help

The starter configuration's login user is 'lab', password 'lab123' (root: lab123):
  ssh -p 2222 lab@127.0.0.1

Exit status: 0 after a clean stop, 1 when the router cannot start (bad --config,
unknown model, port in use), 2 usage error.
`;

export const CONSOLE_HELP = `retwin console: run operational commands on an RE of a running router

Usage:
  retwin console [--re re0|re1] [--user USER] [--state-dir DIR] [--host HOST]
                 [--control-port PORT]

Reads command lines ('show chassis routing-engine', 'show route', 'show system
commit', 'request chassis routing-engine master switch no-confirm' ...) and prints
their output as Junos does. On a terminal it prompts as Junos does ({master} or
{backup}, then USER@HOST-NAME> ); piped, it prints only the outputs:

  echo 'show chassis routing-engine' | retwin console --re re1

'exit', 'quit' or end of input leaves. Needs 'retwin start' running on the same
state directory (it reads the control token there).

Options:
  --re re0|re1           The RE to run commands on (default: the master)
  --user USER            The user shown in the prompt (default lab)
${CLIENT_OPTIONS}

Exit status: 0, 1 when a command failed, 2 usage error or router unreachable.
`;

export const FAULT_HELP = `retwin fault: inject a fault into a running router, or list its state

Usage:
  retwin fault NAME [--re re0|re1] [options]
  retwin fault list [--json]

Faults:
  halt --re RE           Halt the RE normally (as 'request system halt')
  reboot --re RE         Reboot the RE
  power-off --re RE      Cut the RE's power (silent: no shutdown)
  power-on --re RE       Boot a halted or powered-off RE
  remove --re RE         Pull the RE out of its slot
  insert --re RE [--fresh]
                         Put the RE back and boot it; --fresh: a new RE with an
                         empty disk (commits the factory default, fetches the master's
                         configuration)
  crash-rpd --re RE [--restart-after MS] [--fail-to-start]
                         rpd dies with a core; it stays down unless --restart-after;
                         --fail-to-start makes every new rpd exit at once
  rpd-fail-to-start --re RE [--off]
                         Every new rpd fails to start (--off: starts again)
  cut-link               Cut the internal link between the REs (no --re)
  restore-link           Restore the internal link
  fail-disk --re RE      Fail the RE's disk (commits fail, disk alarm)
  repair-disk --re RE    Repair it
  commit-delay MS --re RE
  commit-delay --clear --re RE
                         Make commits on the RE wait MS milliseconds first, or not
  list [--json]          Each RE's power, role, host name, rpd, alarms and faults

Options:
${CLIENT_OPTIONS}

Prints 'NAME RE: done', or the router's refusal on standard error.
Exit status: 0 done, 1 refused, 2 usage error or router unreachable.
`;
