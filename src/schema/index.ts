import { builder } from './builder.ts';
import '../modules/users/user.schema.ts';
import '../modules/applications/application.schema.ts';
import '../modules/classification/classification.schema.ts';
import '../modules/accounts/mail-account.schema.ts';
import '../modules/accounts/mail-account-connect.schema.ts';
import '../modules/threads/thread.schema.ts';
import '../modules/sync/sync.schema.ts';
import '../modules/reviews/review.schema.ts';

export const schema = builder.toSchema({ sortSchema: false });
