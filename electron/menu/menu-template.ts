import type { MenuItemConstructorOptions } from 'electron';

export interface MenuActions {
  isMac: boolean;
  devTools: boolean;
  importReport(): void;
  showAbout(): void;
}

/** The application menu, in Korean (the window's language); roles give the native behaviour. */
export function menuTemplate(actions: MenuActions): MenuItemConstructorOptions[] {
  const view: MenuItemConstructorOptions[] = [
    { role: 'zoomIn', label: '확대' },
    { role: 'zoomOut', label: '축소' },
    { role: 'resetZoom', label: '원래 크기' },
    { type: 'separator' },
    { role: 'togglefullscreen', label: '전체 화면' },
  ];
  if (actions.devTools)
    view.push({ type: 'separator' }, { role: 'toggleDevTools', label: '개발자 도구' });
  return [
    ...(actions.isMac ? [{ role: 'appMenu' } satisfies MenuItemConstructorOptions] : []),
    {
      label: '파일',
      submenu: [
        {
          label: '보고서 가져오기…',
          accelerator: 'CmdOrCtrl+O',
          click: () => actions.importReport(),
        },
        { type: 'separator' },
        actions.isMac ? { role: 'close', label: '창 닫기' } : { role: 'quit', label: '종료' },
      ],
    },
    {
      label: '편집',
      submenu: [
        { role: 'undo', label: '실행 취소' },
        { role: 'redo', label: '다시 실행' },
        { type: 'separator' },
        { role: 'cut', label: '잘라내기' },
        { role: 'copy', label: '복사' },
        { role: 'paste', label: '붙여넣기' },
        { role: 'selectAll', label: '모두 선택' },
      ],
    },
    { label: '보기', submenu: view },
    { label: '도움말', submenu: [{ label: '정보', click: () => actions.showAbout() }] },
  ];
}
