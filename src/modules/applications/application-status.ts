/** Application statuses in the order an application moves through them; REJECTED ends it. */
export const APPLICATION_STATUSES = ['APPLIED', 'INTERVIEWING', 'TECHNICAL_ROUND', 'OFFER_EXTENDED', 'REJECTED'] as const;
export type ApplicationStatus = (typeof APPLICATION_STATUSES)[number];

export const APPLICATION_SOURCES = ['MANUAL', 'EMAIL'] as const;
export type ApplicationSource = (typeof APPLICATION_SOURCES)[number];

export const STATUS_CHANGE_CAUSES = ['EMAIL', 'MANUAL', 'REVERT'] as const;
export type StatusChangeCause = (typeof STATUS_CHANGE_CAUSES)[number];
