import type { MessagePair } from '../../app/messages-type';

const zh = {
  intro: '',
};

export const reviewMessages: MessagePair<typeof zh> = {
  zh,
  en: {
    intro: '',
  },
};
