/**
 * The operational-mode command table of the Junos CLI: every command of the RPC registry (its
 * words, help and CLI arguments) plus the CLI's own commands (`configure`, `exit`, `set cli ...`,
 * `request routing-engine login ...`, `restart routing`), arranged as a tree of words with the
 * help text of every intermediate word (`show`, `show chassis`, ...).
 *
 * Owns the table only: matching typed words against it is `op-parser.ts`'s, running a command
 * the session's. Help texts are ours, in Junos's style.
 */
import type { RegisteredRpc, RpcArgument } from '../../rpc/rpc-definition.js';
import { INVOKE_ON, INVOKE_ON_VALUES } from '../../rpc/invoke-on.js';
import { rpcRegistry } from '../../rpc/rpc-table.js';

export type BuiltinName =
  | 'configure'
  | 'exit'
  | 'set-cli-screen-length'
  | 'set-cli-screen-width'
  | 'set-cli-timestamp'
  | 'set-cli-complete-on-space'
  | 'show-cli'
  | 'routing-engine-login'
  | 'restart-routing';

export type OpAction = { readonly kind: 'rpc'; readonly rpc: RegisteredRpc } | { readonly kind: 'builtin'; readonly name: BuiltinName };

export interface OpCommand {
  readonly words: readonly string[];
  readonly help: string;
  /** The arguments typed after the words (RPC arguments hidden from the CLI are left out). */
  readonly arguments: readonly RpcArgument[];
  readonly action: OpAction;
  /** Exactly one of these flags must be given (`request routing-engine login re0|re1|...`). */
  readonly oneOf?: readonly string[];
}

export interface OpNode {
  readonly word: string;
  readonly help: string;
  readonly children: Map<string, OpNode>;
  command?: OpCommand;
}

const BUILTINS: readonly OpCommand[] = [
  {
    words: ['configure'],
    help: 'Manipulate software configuration information',
    arguments: [
      { kind: 'flag', name: 'exclusive', help: 'Obtain exclusive lock (other users cannot make changes)' },
      { kind: 'flag', name: 'private', help: 'Work in private database (other users cannot see changes)' },
    ],
    action: { kind: 'builtin', name: 'configure' },
  },
  { words: ['exit'], help: 'Exit the management session', arguments: [], action: { kind: 'builtin', name: 'exit' } },
  { words: ['quit'], help: 'Exit the management session', arguments: [], action: { kind: 'builtin', name: 'exit' } },
  {
    words: ['set', 'cli', 'screen-length'],
    help: 'Set number of lines on screen',
    arguments: [{ kind: 'value', name: 'length', help: 'Number of lines on screen (0 means no paging)', positional: true }],
    action: { kind: 'builtin', name: 'set-cli-screen-length' },
  },
  {
    words: ['set', 'cli', 'screen-width'],
    help: 'Set number of characters on a line',
    arguments: [{ kind: 'value', name: 'width', help: 'Number of characters on a line (0 means no wrapping)', positional: true }],
    action: { kind: 'builtin', name: 'set-cli-screen-width' },
  },
  {
    words: ['set', 'cli', 'timestamp'],
    help: 'Timestamp CLI output',
    arguments: [{ kind: 'flag', name: 'disable', help: 'Disable timestamping' }],
    action: { kind: 'builtin', name: 'set-cli-timestamp' },
  },
  {
    words: ['set', 'cli', 'complete-on-space'],
    help: 'Set whether typing space completes current word',
    arguments: [{ kind: 'value', name: 'setting', help: 'Complete on space', values: ['on', 'off'], positional: true }],
    action: { kind: 'builtin', name: 'set-cli-complete-on-space' },
  },
  { words: ['show', 'cli'], help: 'Show command-line interface settings', arguments: [], action: { kind: 'builtin', name: 'show-cli' } },
  {
    words: ['request', 'routing-engine', 'login'],
    help: 'Log in to another Routing Engine',
    arguments: [
      { kind: 'flag', name: 'other-routing-engine', help: 'Log in to the other Routing Engine' },
      { kind: 'flag', name: 're0', help: 'Log in to Routing Engine 0' },
      { kind: 'flag', name: 're1', help: 'Log in to Routing Engine 1' },
    ],
    oneOf: ['other-routing-engine', 're0', 're1'],
    action: { kind: 'builtin', name: 'routing-engine-login' },
  },
  {
    words: ['restart', 'routing'],
    help: 'Routing protocol daemon',
    arguments: [
      { kind: 'flag', name: 'gracefully', help: 'Gracefully restart the process' },
      { kind: 'flag', name: 'immediately', help: 'Immediately restart (SIGKILL) the process' },
    ],
    action: { kind: 'builtin', name: 'restart-routing' },
  },
];

/** Help of the words that only lead to commands. */
const PREFIX_HELP: Readonly<Record<string, string>> = {
  show: 'Show system information',
  'show chassis': 'Show chassis information',
  'show system': 'Show system-wide information',
  'show route': 'Show routing table information',
  set: 'Set CLI properties, date/time, craft interface message',
  'set cli': 'Set CLI properties',
  request: 'Make system-level requests',
  'request chassis': 'Perform chassis-specific operations',
  'request chassis routing-engine': 'Routing Engine operations',
  'request chassis routing-engine master': 'Change Routing Engine mastership',
  'request routing-engine': 'Routing Engine operations',
  'request system': 'System-level operations',
  file: 'Perform file operations',
  'file compare': 'Compare files',
  restart: 'Restart software process',
  clear: 'Clear information in the system',
};

/** The RPC commands with their CLI arguments (`invoke-on` added where the RPC takes it). */
function rpcCommands(): OpCommand[] {
  return rpcRegistry.commands().map(({ command, rpc }) => {
    const argumentsOnCli: RpcArgument[] = rpc.arguments.filter((argument) => argument.cli !== false);
    if (rpc.invokeOn) argumentsOnCli.push({ kind: 'value', name: INVOKE_ON, help: 'Invoke remote command on other Routing Engines', values: INVOKE_ON_VALUES });
    return { words: command.words, help: command.help, arguments: argumentsOnCli, action: { kind: 'rpc', rpc } };
  });
}

function buildTree(commands: readonly OpCommand[]): OpNode {
  const root: OpNode = { word: '', help: '', children: new Map() };
  for (const command of commands) {
    let node = root;
    command.words.forEach((word, index) => {
      let child = node.children.get(word);
      if (child === undefined) {
        const key = command.words.slice(0, index + 1).join(' ');
        const help = index === command.words.length - 1 ? command.help : (PREFIX_HELP[key] ?? key);
        child = { word, help, children: new Map() };
        node.children.set(word, child);
      }
      node = child;
    });
    if (node.command !== undefined) throw new Error(`operational command '${command.words.join(' ')}' is defined twice`);
    node.command = command;
  }
  return root;
}

/** The operational command tree (built once). */
export const OP_TREE: OpNode = buildTree([...rpcCommands(), ...BUILTINS]);
