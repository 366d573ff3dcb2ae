import { randomUUID } from "node:crypto";
import type { ApolloServerPlugin } from "@apollo/server";
import DataLoader from "dataloader";
import type { DataSource } from "typeorm";
import type { AccessContext } from "../auth/access";
import { ANONYMOUS, type Viewer } from "../auth/identity";
import type { Vouched } from "../auth/internal-identity";
import type { WritePolicy } from "../auth/policies";
import type { SubgraphName } from "../core/config";

/** Everything a resolver may use while answering one request. */
export interface HubContext extends AccessContext {
  requestId: string;
  subgraph: SubgraphName;
  /** Who is asking, as the gateway vouched for it. */
  viewer: Viewer;
  /** The subgraph's own database. */
  db: DataSource;
  /** DataLoaders live for one request only, so no caller ever sees another's cache (or another's permissions). */
  loaders: Map<string, DataLoader<any, any>>;
  /** The subgraph's single place that decides who may write what. */
  policy: WritePolicy;
  /** Fields that point at records of this subgraph, and their entity (see `SubgraphDefinition.references`). */
  references: Readonly<Record<string, Function>>;
  /** The caller's `Idempotency-Key` for this request's creates, and how many of each it made (`shared/records/idempotency.ts`). */
  idempotencyKey?: string;
  idempotentCreates: Map<string, number>;
  /**
   * Other officials the gateway vouched for on this request
   * (`ALSO_IDENTITIES_HEADER`): only the logging of a shared reading acts for
   * them, and each write records their tokens' use with the request's own.
   */
  alsoFor: Vouched[];
  /** The id of the gateway's identity token for this request, and how many writes it made (`shared/records/replays.ts`). */
  identityToken?: string;
  identityWrites: number;
  /**
   * The processing-log entries this request wrote under the asking official's
   * name: the gateway hands the answer to another official only once the
   * department has logged the same under that official.
   */
  processingLogged?: string[];
}

/** The answer's extension that tells the gateway so: the ids of `processingLogged`. */
export const PROCESSING_LOGGED_EXTENSION = "hubProcessingLogged";

/**
 * Sent beside it, as departments of the earlier version sent it alone: a
 * gateway of that version, which knows no entry list, then still hands the
 * answer to no other official.
 */
export const NOT_SHAREABLE_EXTENSION = "hubNotShareable";

/** Lists the processing-log entries an answer's reading wrote (see `gateway/shared-fetches.ts`). */
export function processingLoggedExtension<C extends { processingLogged?: string[] }>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ contextValue, response }) {
          if (!contextValue.processingLogged?.length || response.body.kind !== "single") return;
          response.body.singleResult.extensions = {
            ...response.body.singleResult.extensions,
            [PROCESSING_LOGGED_EXTENSION]: contextValue.processingLogged,
            [NOT_SHAREABLE_EXTENSION]: true,
          };
        },
      };
    },
  };
}

export function createContext(options: {
  db: DataSource;
  policy: WritePolicy;
  subgraph: SubgraphName;
  viewer?: Viewer;
  requestId?: string;
  references?: Readonly<Record<string, Function>>;
  idempotencyKey?: string;
  identityToken?: string;
  alsoFor?: Vouched[];
}): HubContext {
  return {
    requestId: options.requestId || randomUUID(),
    subgraph: options.subgraph,
    viewer: options.viewer ?? ANONYMOUS,
    db: options.db,
    loaders: new Map(),
    policy: options.policy,
    references: options.references ?? {},
    idempotencyKey: options.idempotencyKey,
    idempotentCreates: new Map(),
    identityToken: options.identityToken,
    identityWrites: 0,
    alsoFor: options.alsoFor ?? [],
  };
}

/** The request's loader for `key`, created on first use. */
export function loaderFor<K, V>(
  ctx: HubContext,
  key: string,
  batch: DataLoader.BatchLoadFn<K, V>,
  cacheKeyFn?: (key: K) => unknown,
): DataLoader<K, V> {
  let loader = ctx.loaders.get(key) as DataLoader<K, V> | undefined;
  if (!loader) {
    loader = new DataLoader(batch, { maxBatchSize: 1000, cacheKeyFn });
    ctx.loaders.set(key, loader);
  }
  return loader;
}
