import type { MessagePair } from '../../app/messages-type';

const zh = {
  intro: '',
};

export const organizationMessages: MessagePair<typeof zh> = {
  zh,
  en: {
    intro: '',
  },
};
