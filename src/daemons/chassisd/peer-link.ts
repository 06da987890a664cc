/**
 * The internal link as chassisd sees it: a way to send a message to the other RE's chassisd.
 * Messages from the other RE arrive through `Chassisd.receive`. The router's internal link
 * implements this (and can be cut); `memory-link.ts` is a stand-alone one for tests.
 */
import type { PeerMessage } from './mastership-events.js';

export interface PeerLink {
  /** Sends a message; a cut link drops it silently (the other RE notices the silence). */
  send(message: PeerMessage): void;
}
