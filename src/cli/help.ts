/** The `--help` texts of the `retwin` command and its subcommands. */

export const MAIN_HELP = `retwin: a twin of a Juniper Junos router with two Routing Engines

Usage:
  retwin <command> [options]

Commands:
  config check FILE     Check a Junos configuration as a commit check would
  config show FILE      Show a Junos configuration in text, set, XML or JSON form
  help [COMMAND]        Show help for a command

Options:
  -h, --help            Show this help
  -v, --version         Show retwin's version

FILE may be '-' to read standard input. Run 'retwin config --help' for the details.
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
