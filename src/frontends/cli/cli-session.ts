/**
 * One interactive Junos CLI session on an SSH shell channel: the login lines, the prompt block
 * after every command (an empty line, the `{master}` banner, the prompt), the input loop, and
 * the stack of REs the session is on (`request routing-engine login` pushes the other RE, `exit`
 * pops it with `rlogin: connection closed`).
 *
 * Owns the I/O discipline: input goes to the line editor; an event is handled one at a time
 * (typed-ahead input waits); while a command runs, only its question (`ask`), its pager or
 * Ctrl-C (`interruptible` commands such as ping) take input. The commands themselves are
 * `operational-mode.ts` and `configuration-mode.ts`; output goes through pipes and the pager in
 * `command-output.ts`.
 *
 * The session belongs to the RE it logged in to and survives switchovers (its banner flips,
 * procedure 9.B17). When that RE halts, the session ends.
 */
import type { RoutingEngineSlot } from '../../config/groups.js';
import type { Router, RoutingEngine } from '../../router/index.js';
import type { ChannelSession, SessionChannel, TerminalSize } from '../session-channel.js';
import type { CliUser } from './cli-user.js';
import { LineEditor, type EditorEvent } from './line-editor.js';
import type { Key } from './key-decoder.js';
import type { LoginHistory } from './login-history.js';
import { handleHelp, handleComplete } from './cli-help.js';
import { runConfigurationLine, leaveConfiguration } from './configuration-mode.js';
import { runOperationalLine } from './operational-mode.js';
import { bannerLine, junosBannerLine, lastLoginLine, promptText, type BannerRole } from './prompt.js';
import { Pager } from './pager.js';
import { editPath, type ConfigContext } from './config-context.js';

export interface CliSessionOptions {
  readonly router: Router;
  readonly slot: RoutingEngineSlot;
  readonly user: CliUser;
  readonly channel: SessionChannel;
  readonly terminal?: TerminalSize;
  /** Where the user came from (`10.255.0.50`, `127.0.0.1`): the `Last login` line. */
  readonly from: string;
  readonly logins: LoginHistory;
  /**
   * The same user as the RE in `slot` knows them (its own configuration decides the class), for
   * `request routing-engine login`; undefined when that RE has no such user.
   */
  readonly loginOn: (slot: RoutingEngineSlot, user: string) => CliUser | undefined;
}

/** One RE the session is logged in to (the first is the SSH login; others come from `request routing-engine login`). */
export interface Shell {
  readonly slot: RoutingEngineSlot;
  readonly user: CliUser;
  config: ConfigContext | undefined;
}

export interface CliSettings {
  screenLength: number;
  screenWidth: number;
  timestamp: boolean;
  completeOnSpace: boolean;
}

export class CliSession implements ChannelSession {
  readonly router: Router;
  readonly settings: CliSettings;
  readonly loginOn: (slot: RoutingEngineSlot, user: string) => CliUser | undefined;
  readonly #channel: SessionChannel;
  readonly #editor: LineEditor;
  readonly #logins: LoginHistory;
  readonly #shells: Shell[] = [];
  readonly #unsubscribe: (() => void)[] = [];
  #busy = false;
  #closed = false;
  #waiter: ((answer: EditorEvent | undefined) => void) | undefined;
  #keyWaiter: ((key: Key) => void) | undefined;

  constructor(options: CliSessionOptions) {
    this.router = options.router;
    this.loginOn = options.loginOn;
    this.#channel = options.channel;
    this.#logins = options.logins;
    this.settings = {
      screenLength: options.terminal === undefined || options.terminal.rows === 0 ? 0 : options.terminal.rows,
      screenWidth: options.terminal?.cols ?? 80,
      timestamp: false,
      completeOnSpace: true,
    };
    this.#editor = new LineEditor({ write: (text) => this.#channel.write(text) });
    this.#editor.setCompleteOnSpace(true);
    this.#shells.push({ slot: options.slot, user: options.user, config: undefined });
    const re = this.re;
    this.#unsubscribe.push(re.onPowerChange((power) => power !== 'running' && this.close()));
    const previous = this.#logins.record(options.slot, this.user.name, { time: this.router.clock.now(), from: options.from });
    const lines = previous === undefined ? [] : [lastLoginLine(previous.time, previous.from)];
    lines.push(junosBannerLine(re.software.loginBanner));
    this.write(`${lines.join('\n')}\n`);
    this.writePrompt();
  }

  /** The shell the user types into (the innermost login). */
  get shell(): Shell {
    return this.#shells[this.#shells.length - 1] as Shell;
  }

  /** The user of the current shell (each RE's configuration decides the class). */
  get user(): CliUser {
    return this.shell.user;
  }

  get re(): RoutingEngine {
    return this.router.re(this.shell.slot);
  }

  get isClosed(): boolean {
    return this.#closed;
  }

  /** Writes text, turning every `\n` into `\r\n`. */
  write(text: string): void {
    if (!this.#closed && text !== '') this.#channel.write(text.replace(/\r?\n/g, '\r\n'));
  }

  role(): BannerRole {
    const re = this.re;
    return re.power === 'running' && (re.role === 'master' || re.role === 'backup') ? re.role : 'none';
  }

  /** `lab@r1-re0> ` or `lab@r1-re0# `. */
  prompt(): string {
    return promptText(this.user.name, this.re.hostName, this.shell.config !== undefined);
  }

  /** The banner line and the prompt, through the editor so that it knows where the line starts. */
  writePrompt(): void {
    if (!this.#closed) this.#editor.redraw(this.#promptBlock());
  }

  /** After a command: its output, one empty line, the banner and the prompt. */
  finish(output: string): void {
    this.write(`${output}\n`);
    this.writePrompt();
  }

  // --- ChannelSession

  receive(data: string): void {
    if (this.#closed) return;
    this.#editor.push(data);
    this.#pump();
  }

  resize(size: { readonly cols: number; readonly rows: number }): void {
    this.settings.screenWidth = size.cols;
    this.#editor.setWidth(size.cols);
  }

  end(): void {
    this.#release();
  }

  // --- what commands use

  /** Asks a question; resolves with the answer line (undefined on Ctrl-C or when the session ends). */
  ask(question: string): Promise<string | undefined> {
    this.write(question);
    this.#plainInput(true);
    return new Promise((resolve) => {
      this.#waiter = (event) => {
        this.#plainInput(false);
        resolve(event?.type === 'line' ? event.text : undefined);
      };
      this.#pump();
    });
  }

  /** Answers and typed-in configuration are plain text: no history, no completion on Space. */
  #plainInput(on: boolean): void {
    this.#editor.setHistoryEnabled(!on);
    this.#editor.setCompleteOnSpace(!on && this.settings.completeOnSpace);
  }

  /** Reads lines until Ctrl-D on an empty line (`load merge terminal`); undefined on Ctrl-C. */
  async readUntilEof(): Promise<string | undefined> {
    const lines: string[] = [];
    this.#plainInput(true);
    try {
      for (;;) {
        const event = await new Promise<EditorEvent | undefined>((resolve) => {
          this.#waiter = resolve;
          this.#pump();
        });
        if (event === undefined || event.type === 'interrupt') return undefined;
        if (event.type === 'eof') return lines.map((line) => `${line}\n`).join('');
        if (event.type === 'line') lines.push(event.text);
      }
    } finally {
      this.#plainInput(false);
    }
  }

  /** The next key typed (for the pager and Ctrl-C while a command runs). */
  nextKey(): Promise<Key> {
    return new Promise((resolve) => {
      this.#keyWaiter = resolve;
      this.#pump();
    });
  }

  /**
   * Waits `ms` of router time while a command runs (ping); Ctrl-C ends the wait early
   * (`interrupt`). Other keys typed meanwhile are dropped, as a busy Junos CLI does.
   */
  sleep(ms: number): Promise<'timeout' | 'interrupt'> {
    return new Promise((resolve) => {
      let done = false;
      const timer = this.router.clock.setTimer(ms, () => {
        if (done) return;
        done = true;
        this.#keyWaiter = undefined;
        resolve('timeout');
      });
      const listen = (): void => {
        this.#keyWaiter = (key) => {
          if (done) return;
          if (key.type === 'ctrl' && key.letter === 'c') {
            done = true;
            timer.cancel();
            resolve('interrupt');
          } else {
            listen();
          }
        };
        this.#pump();
      };
      listen();
    });
  }

  /** Shows `text` (a command's output, lines ending `\n`) through the pager when paging is on. */
  async page(text: string, paging: boolean): Promise<void> {
    if (!paging || this.settings.screenLength === 0) {
      this.write(text);
      return;
    }
    const pager = new Pager(text, { rows: this.settings.screenLength, cols: this.settings.screenWidth });
    let step = pager.start();
    this.write(step.output);
    while (!step.done && !this.#closed) {
      step = pager.key(await this.nextKey());
      this.write(step.output);
    }
  }

  /** `request routing-engine login`: the session goes on on `slot`. */
  pushShell(slot: RoutingEngineSlot, user: CliUser, from: string): string {
    const previous = this.#logins.record(slot, user.name, { time: this.router.clock.now(), from });
    this.#shells.push({ slot, user, config: undefined });
    const re = this.re;
    const last = previous === undefined ? '' : `${lastLoginLine(previous.time, previous.from)}\n`;
    return `${last}\n${junosBannerLine(re.software.loginBanner)}\n`;
  }

  /** `exit` from the outermost shell ends the session; from a nested one, back to the previous RE. */
  popShell(): boolean {
    if (this.#shells.length === 1) return false;
    this.#shells.pop();
    return true;
  }

  /** `set cli complete-on-space on|off`. */
  setCompleteOnSpace(on: boolean): void {
    this.settings.completeOnSpace = on;
    this.#editor.setCompleteOnSpace(on);
  }

  /** Ends the session (exit, the RE halted, or the connection closed). */
  close(): void {
    if (this.#closed) return;
    this.#release();
    this.#channel.close(0);
  }

  #release(): void {
    if (this.#closed) return;
    this.#closed = true;
    for (const shell of this.#shells) if (shell.config !== undefined) leaveConfiguration(shell);
    for (const stop of this.#unsubscribe) stop();
    this.#waiter?.(undefined);
  }

  #pump(): void {
    while (!this.#closed) {
      if (this.#keyWaiter !== undefined) {
        const key = this.#editor.nextKey();
        if (key === undefined) return;
        const waiter = this.#keyWaiter;
        this.#keyWaiter = undefined;
        waiter(key);
        continue;
      }
      if (this.#busy && this.#waiter === undefined) return;
      const event = this.#editor.next();
      if (event === undefined) return;
      if (this.#waiter !== undefined) {
        const waiter = this.#waiter;
        this.#waiter = undefined;
        waiter(event);
        continue;
      }
      this.#busy = true;
      void this.#handle(event)
        .catch((caught: unknown) => this.finish(`error: ${(caught as Error).message}\n`))
        .finally(() => {
          this.#busy = false;
          this.#pump();
        });
    }
  }

  async #handle(event: EditorEvent): Promise<void> {
    switch (event.type) {
      case 'line':
        if (this.shell.config === undefined) await runOperationalLine(this, event.text);
        else await runConfigurationLine(this, this.shell.config, event.text);
        return;
      case 'help':
        handleHelp(this, event.text);
        this.#editor.redraw(this.#promptBlock());
        return;
      case 'complete': {
        const completed = handleComplete(this, event.text, event.trigger, () => this.#editor.newLine());
        if (completed.listed) this.#editor.redraw(this.#promptBlock());
        else if (completed.text !== undefined) this.#editor.replaceLine(completed.text);
        return;
      }
      case 'interrupt':
        // The editor has echoed the line break: Junos shows a fresh prompt block.
        this.write('\n');
        this.writePrompt();
        return;
      case 'eof':
        return;
    }
  }

  /** The banner and prompt as the editor redraws them after a completion list. */
  #promptBlock(): string {
    const banner = bannerLine(this.role(), this.shell.config === undefined ? undefined : editPath(this.shell.config));
    return `${banner === '' ? '' : `${banner}\r\n`}${this.prompt()}`;
  }
}
