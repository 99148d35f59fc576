/**
 * A TCP port nothing listens on right now on 127.0.0.1. Without a range the OS picks one (from
 * its ephemeral range); with `{ from, to }`, a random free one in [from, to).
 */
export declare function freePort(range?: { readonly from: number; readonly to: number }): Promise<number>;
