import type { Batch } from '../../src/landing/batch';
import type { Connector, PullContext } from '../shared/connector';
import { inboxOf } from '../shared/drop-inbox';
import { pullDropFeed } from '../shared/drop-pull';
import { FederationConfig } from './config';
import { readMemberFile } from './ndjson-reader';
import { MEMBERS, MEMBERS_FILE } from './streams';

/**
 * Federation of industry and commerce (工商联) member roster: a full snapshot dropped as
 * `members_YYYYMMDD.ndjson`. Each new file (name + SHA-256) is read once, in batches that carry the
 * snapshot marker; individual members (个人会员) are skipped.
 */
export const federationConnector: Connector = {
  source: 'federation',
  streams: [MEMBERS],
  pull(context: PullContext): AsyncIterable<Batch> {
    const config = FederationConfig.parse({
      ...context.feed.options,
      inbox: inboxOf(context.feed),
    });
    return pullDropFeed(
      context,
      {
        source: 'federation',
        stream: MEMBERS,
        pattern: MEMBERS_FILE,
        snapshot: true,
        read: readMemberFile,
      },
      config,
    );
  },
};
