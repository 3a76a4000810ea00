import type express from 'express';
import { OPEN_IDENTITY } from '../../src/access/identity';

/** For servers a test assembles itself: every request acts as the open sandbox's admin. */
export const openAccess: express.RequestHandler = (_req, res, next) => {
  res.locals.identity = OPEN_IDENTITY;
  next();
};
