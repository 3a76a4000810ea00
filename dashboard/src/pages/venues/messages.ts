import type { MessagePair } from '../../app/messages-type';

const zh = {
  intro: '',
};

export const venuesMessages: MessagePair<typeof zh> = {
  zh,
  en: {
    intro: '',
  },
};
