import { z } from 'zod';
import {
  ipcContract,
  type IpcChannel,
  type IpcContract,
  type IpcResult,
} from '../../shared/ipc-contract';
import { isTrustedSender, type SenderInfo } from './trusted-sender';

export type ParsedArgs<K extends IpcChannel> = z.output<IpcContract[K]['args']>;

export interface IpcCallContext<Sender = unknown> {
  sender: Sender;
}

export type GuardedHandler<K extends IpcChannel> = (
  event: SenderInfo,
  rawArgs: unknown,
) => Promise<IpcResult<K>>;

/**
 * Wraps a handler: refuses foreign senders, validates the argument with the contract's schema,
 * and turns every failure into a rejected promise with a message naming the channel. Nothing a
 * renderer sends can throw out of the handler and take main down.
 */
export function guardIpcHandler<K extends IpcChannel, Sender>(
  channel: K,
  handler: (args: ParsedArgs<K>, context: IpcCallContext<Sender>) => Promise<IpcResult<K>>,
  ourContents: () => unknown,
): GuardedHandler<K> {
  return async (event, rawArgs) => {
    if (!isTrustedSender(event, ourContents())) {
      console.warn(`refused ${channel} from ${event.senderFrame?.url ?? 'an unknown frame'}`);
      throw new Error(`${channel}: refused, the call did not come from the app's own window`);
    }
    const parsed = ipcContract[channel].args.safeParse(rawArgs);
    if (!parsed.success) {
      throw new Error(`${channel}: invalid arguments: ${z.prettifyError(parsed.error)}`);
    }
    try {
      return await handler(parsed.data as ParsedArgs<K>, { sender: event.sender as Sender });
    } catch (error) {
      const message = error instanceof Error ? error.message : String(error);
      console.error(`${channel} failed: ${message}`);
      throw new Error(`${channel}: ${message}`, { cause: error });
    }
  };
}
