import type { MessagePair } from '../../app/messages-type';

const zh = {
  intro: '',
};

export const meetingsMessages: MessagePair<typeof zh> = {
  zh,
  en: {
    intro: '',
  },
};
