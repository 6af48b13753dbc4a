import { addCatalogues } from './catalogues.ts';
import { enUS } from './messages-en-us.ts';
import { zhCN } from './messages-zh-cn.ts';

/**
 * Every screen's strings in both languages. Imported for its effect by the frames (AppLayout,
 * CitizenRoot), whose chunks load before any page inside them renders.
 */
addCatalogues({ 'zh-CN': zhCN, 'en-US': enUS });
