"""backmove's one theme and its small widget kit.

Every window (the break player, the walk, the prompt, the tracking questions, the onboarding
and safety cards, the dashboard, the settings, the no-tray window, the toast and the notice)
takes its colours, text sizes and spacing from `theme`, and the pieces they all build with
(labels, buttons, the stop rule, a page with a card in its middle, placing a window on the
screens) from `widgets`. Keeping them here, rather than in whichever window happened to need
them first, means a colour is changed, and checked for contrast, in one place, and a window
can be rewritten without breaking the others that borrowed from it.

- `theme`: the light and dark colours, the safety tiers' colours, the dashboard's chart
  colours, text sizes that follow the desktop's font, spacing, and the style sheets that put
  them on the kit's widgets.
- `widgets`: the shared widgets and layouts.
- `chime`: the soft sound at the start and end of a break.
"""
