import { AllCommunityModule, ModuleRegistry, themeQuartz } from 'ag-grid-community';

// Community modules only: row grouping, tree data and the clipboard are Enterprise and not used.
ModuleRegistry.registerModules([AllCommunityModule]);

export const gridTheme = themeQuartz.withParams({
  fontFamily: "'Noto Sans KR', sans-serif",
  fontSize: 13,
  headerFontWeight: 700,
  headerBackgroundColor: '#eef1f6',
  rowHeight: 34,
  // two lines: a name and its unit wrap instead of ending in '…' when the source panel is open
  headerHeight: 48,
  cellHorizontalPadding: 8,
  accentColor: '#1f4e8c',
  wrapperBorderRadius: 6,
  spacing: 6,
});
