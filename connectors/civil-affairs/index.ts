import type { Batch } from '../../src/landing/batch';
import type { Connector, PullContext } from '../shared/connector';
import { inboxOf } from '../shared/drop-inbox';
import { pullDropFeed } from '../shared/drop-pull';
import { CivilAffairsConfig } from './config';
import { readSocialOrgFile } from './csv-reader';
import { SOCIAL_ORGS, SOCIAL_ORGS_FILE } from './streams';

/**
 * Civil affairs (民政) social organization registry: a monthly full snapshot dropped as
 * `social_orgs_YYYYMMDD.csv`. Each new file (name + SHA-256) is read once, in batches that carry
 * the snapshot marker, so landing can mark the organizations a newer snapshot no longer lists as
 * absent.
 */
export const civilAffairsConnector: Connector = {
  source: 'civil-affairs',
  streams: [SOCIAL_ORGS],
  pull(context: PullContext): AsyncIterable<Batch> {
    const config = CivilAffairsConfig.parse({
      ...context.feed.options,
      inbox: inboxOf(context.feed),
    });
    return pullDropFeed(
      context,
      {
        source: 'civil-affairs',
        stream: SOCIAL_ORGS,
        pattern: SOCIAL_ORGS_FILE,
        snapshot: true,
        read: readSocialOrgFile,
      },
      config,
    );
  },
};
