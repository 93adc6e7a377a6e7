export { createMboxReader, MBOX_PAGE_SIZE } from './mbox-reader.ts';
