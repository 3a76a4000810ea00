import type { MessagePair } from '../../app/messages-type';

const zh = {
  intro: '',
};

export const organizationsMessages: MessagePair<typeof zh> = {
  zh,
  en: {
    intro: '',
  },
};
