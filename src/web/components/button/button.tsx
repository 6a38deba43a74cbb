// SPDX-License-Identifier: EUPL-1.2
/**
 * Button (NLDS utrecht-button). A submit button by default; `preventDoubleClick` lets the
 * enhancement script ignore a second click within a second, so a form is not sent twice.
 */

export interface ButtonParams {
  readonly text: string;
  readonly type?: 'submit' | 'button';
  readonly appearance?: 'primary' | 'secondary';
  readonly name?: string;
  readonly value?: string;
  readonly preventDoubleClick?: boolean;
  /** Renders a link that looks like a button (for navigation, never for a state change). */
  readonly href?: string;
}

export function Button(p: ButtonParams): JSX.Element {
  const cls = `utrecht-button utrecht-button--${p.appearance === 'secondary' ? 'secondary' : 'primary'}-action`;
  if (p.href) {
    return (
      <a class={`${cls} kring-button-link`} href={p.href} safe>
        {p.text}
      </a>
    );
  }
  return (
    <button
      class={`${cls}${(p.type ?? 'submit') === 'submit' ? ' utrecht-button--submit' : ''}`}
      type={p.type ?? 'submit'}
      name={p.name}
      value={p.value}
      data-prevent-double-click={p.preventDoubleClick ? 'true' : undefined}
      safe
    >
      {p.text}
    </button>
  );
}
