import type { z } from 'zod';
import type { ChannelName, Channels, ResponseOf } from '../../contract';

/** A handler receives the request already validated (schema output) and returns the response. */
export type Handler<K extends ChannelName> = (
  request: z.output<Channels[K]['request']>,
) => Promise<ResponseOf<K>>;

export type Handlers = { [K in ChannelName]: Handler<K> };
