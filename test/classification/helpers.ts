import { classify } from '../../src/modules/classification/classify.ts';
import type { Classification, ThreadContext } from '../../src/modules/classification/classification.types.ts';
import { messageFromFields } from '../../src/modules/classification/message-from-fields.ts';
import type { MessageFields } from '../../src/modules/classification/message-from-fields.ts';

/** Classifies a message written inline in a test. */
export function classifyFields(fields: MessageFields, context?: ThreadContext, now?: Date): Classification {
  return classify(messageFromFields(fields), context, now ? { now } : {});
}
