import { classify } from '../../src/classifier/classify.ts';
import type { Classification, ThreadContext } from '../../src/classifier/classification.types.ts';
import { messageFromFields } from '../../src/classifier/prepare/message-from-fields.ts';
import type { MessageFields } from '../../src/classifier/prepare/message-from-fields.ts';

/** Classifies a message written inline in a test. */
export function classifyFields(fields: MessageFields, context?: ThreadContext, now?: Date): Classification {
  return classify(messageFromFields(fields), context, now ? { now } : {});
}
