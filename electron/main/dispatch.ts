import {
  channels,
  ContractError,
  type BridgeResult,
  type ChannelName,
} from '../contract';
import type { Handlers } from './handlers';
import type { Logger } from './ports';

const isChannel = (name: string): name is ChannelName =>
  Object.prototype.hasOwnProperty.call(channels, name);

/**
 * The single entry point for a request from outside main (IPC or the browser host): checks the
 * channel and validates the request against the contract before any handler sees it, then turns
 * every outcome, including unexpected exceptions, into a typed result.
 */
export async function dispatch(
  handlers: Handlers,
  name: string,
  rawRequest: unknown,
  log: Logger,
): Promise<BridgeResult<unknown>> {
  if (!isChannel(name)) {
    log.warn('unknown channel', { name: String(name).slice(0, 100) });
    return { ok: false, error: { code: 'UNKNOWN_CHANNEL', message: `Unknown channel ${name}` } };
  }
  const parsed = channels[name].request.safeParse(rawRequest);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    const field = issue?.path.join('.') || '(request)';
    log.warn('invalid request', { channel: name, field, issue: issue?.message });
    return {
      ok: false,
      error: {
        code: 'INVALID_REQUEST',
        message: `Invalid request on ${name}: ${field}: ${issue?.message ?? 'invalid'}`,
        details: { channel: name, field },
      },
    };
  }
  try {
    const handler = handlers[name] as (request: unknown) => Promise<unknown>;
    const data = await handler(parsed.data);
    return { ok: true, data };
  } catch (error) {
    if (error instanceof ContractError) {
      log.warn('request failed', { channel: name, code: error.code, message: error.message });
      return {
        ok: false,
        error: { code: error.code, message: error.message, ...(error.details ? { details: error.details } : {}) },
      };
    }
    log.error('handler crashed', { channel: name, error });
    return {
      ok: false,
      error: { code: 'INTERNAL', message: error instanceof Error ? error.message : String(error) },
    };
  }
}
