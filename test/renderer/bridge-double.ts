import type { RelanceApi } from '../../renderer/src/bridge';

type Calls = Partial<Omit<RelanceApi, 'on'>>;

/** A bridge whose every call answers what the test says, and records what it was asked. */
export function bridgeDouble(overrides: Calls = {}) {
  const calls: { name: string; request: unknown }[] = [];
  const api = new Proxy({} as RelanceApi, {
    get(_target, name: string) {
      if (name === 'on') return () => () => undefined;
      return async (request: unknown) => {
        calls.push({ name, request });
        const fn = (overrides as Record<string, (r: unknown) => unknown>)[name];
        return fn ? fn(request) : { ok: true, data: {} };
      };
    },
  });
  return { api, calls };
}
