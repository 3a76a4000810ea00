import type { MessagePair } from '../../app/messages-type';

const zh = {
  intro: '',
};

export const gapsMessages: MessagePair<typeof zh> = {
  zh,
  en: {
    intro: '',
  },
};
