// SPDX-License-Identifier: EUPL-1.2
/** The guidance module's public entry: the public site's navigation and its call links (112, Veilig Thuis). */
export { guidanceNav } from './guidance.pages.tsx';
export { CallLink } from './views/parts.tsx';
