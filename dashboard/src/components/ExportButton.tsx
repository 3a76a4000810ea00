import { DownloadOutlined } from '@ant-design/icons';
import { App, Button, Dropdown } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { loadSession, authorizationHeader } from '../app/session';

/** The hub's downloads (`GET /exports` lists them with their parameters). */
export type ExportName = 'gaps' | 'discrepancies' | 'follow-ups';

/** The download's address: `/exports/<name>.<format>?<parameters without empty ones>`. */
export function exportUrl(
  name: ExportName,
  format: 'csv' | 'xlsx',
  params: Record<string, string | undefined>,
): string {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value) query.set(key, value);
  return `/exports/${name}.${format}${query.size ? `?${query}` : ''}`;
}

/** The file name the hub gives (Content-Disposition), else a name of our own. */
function fileNameOf(response: Response, fallback: string): string {
  const disposition = response.headers.get('content-disposition') ?? '';
  const utf8 = /filename\*=UTF-8''([^;]+)/i.exec(disposition);
  if (utf8) return decodeURIComponent(utf8[1]);
  const plain = /filename="?([^";]+)"?/i.exec(disposition);
  return plain ? plain[1] : fallback;
}

/**
 * One click to CSV or Excel of exactly what the list shows (the same filters). The download is
 * fetched with the session's credential, then saved: a plain link could not carry the key.
 */
export function ExportButton(props: {
  name: ExportName;
  params: Record<string, string | undefined>;
  testId?: string;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const download = async (format: 'csv' | 'xlsx') => {
    setBusy(true);
    try {
      const response = await fetch(exportUrl(props.name, format, props.params), {
        headers: authorizationHeader(loadSession()),
      });
      if (!response.ok) {
        const body = (await response.json().catch(() => null)) as {
          errors?: Array<{ message: string }>;
        } | null;
        throw new Error(body?.errors?.[0]?.message ?? `HTTP ${response.status}`);
      }
      const blob = await response.blob();
      const link = document.createElement('a');
      link.href = URL.createObjectURL(blob);
      link.download = fileNameOf(response, `${props.name}.${format}`);
      document.body.appendChild(link);
      link.click();
      link.remove();
      setTimeout(() => URL.revokeObjectURL(link.href), 60_000);
    } catch (error) {
      void message.error(t('common.exportFailed', { message: (error as Error).message }));
    } finally {
      setBusy(false);
    }
  };
  return (
    // Opened by a click, not a hover: touch screens and slow machines alike.
    <Dropdown
      trigger={['click']}
      menu={{
        items: [
          { key: 'xlsx', label: t('common.exportXlsx'), onClick: () => void download('xlsx') },
          { key: 'csv', label: t('common.exportCsv'), onClick: () => void download('csv') },
        ],
      }}
    >
      <Button icon={<DownloadOutlined />} loading={busy} data-testid={props.testId ?? 'export'}>
        {t('common.export')}
      </Button>
    </Dropdown>
  );
}
