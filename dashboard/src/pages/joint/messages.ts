import type { MessagePair } from '../../app/messages-type';

const zh = {
  intro: '',
};

export const jointMessages: MessagePair<typeof zh> = {
  zh,
  en: {
    intro: '',
  },
};
