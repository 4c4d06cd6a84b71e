import type { ProjectorScreen } from '@core/session/projector-screen'
import type { Session } from '@core/session/schema'
import type { Component } from 'vue'
import { lazyComponents } from '../common/lazy-components'

export type ScreenKind = ProjectorScreen['kind']
type ScreenOf<K extends ScreenKind> = Extract<ProjectorScreen, { kind: K }>
type ViewComponent = abstract new (...args: never) => { $props: object }

interface ScreenView<K extends ScreenKind, C extends ViewComponent = ViewComponent> {
  /** Each view is a chunk of its own: the beamer's first screen paints before the rest loads. */
  readonly load: () => Promise<C>
  readonly props: (screen: ScreenOf<K>, session: Session) => InstanceType<C>['$props']
}

// Ties each view's props to its component, so a renamed prop is a type error here.
const view = <K extends ScreenKind, C extends ViewComponent>(
  load: () => Promise<{ default: C }>,
  props: (screen: ScreenOf<K>, session: Session) => InstanceType<C>['$props'],
): ScreenView<K, C> => ({ load: async () => (await load()).default, props })

/**
 * The view for every kind of screen. The mapped type makes the compiler demand one per kind,
 * so a new screen cannot silently fall back to another view.
 */
export const SCREEN_VIEWS: { readonly [K in ScreenKind]: ScreenView<K> } = {
  principle: view(
    () => import('./views/PrincipleView.vue'),
    (s) => ({ principle: s.principle, dilemma: s.dilemma }),
  ),
  welcome: view(
    () => import('./views/WelcomeView.vue'),
    ({ kind, ...props }) => props,
  ),
  lineup: view(
    () => import('./views/LineupView.vue'),
    (s) => ({
      statement: s.statement,
      leftEnd: s.leftEnd,
      rightEnd: s.rightEnd,
    }),
  ),
  principles: view(
    () => import('./views/PrinciplesOverviewView.vue'),
    ({ heading, principles }) => ({ heading, principles }),
  ),
  tally: view(
    () => import('./views/TallyView.vue'),
    ({ kind, ...props }) => props,
  ),
  speakers: view(
    () => import('./views/SpeakersView.vue'),
    ({ kind, ...props }) => props,
  ),
  'round-notes': view(
    () => import('./views/RoundNotesView.vue'),
    ({ kind, ...props }) => props,
  ),
  'look-back': view(
    () => import('./views/LookBackView.vue'),
    (s) => ({ from: s.from, items: s.items }),
  ),
  harvest: view(
    () => import('./views/HarvestView.vue'),
    (s) => ({ threads: s.threads }),
  ),
  'tension-map': view(
    () => import('./views/TensionMapView.vue'),
    (s) => ({ map: s.map }),
  ),
  closing: view(
    () => import('./views/ClosingView.vue'),
    (s) => ({ title: s.title, moreInfo: s.moreInfo }),
  ),
  'phase-title': view(
    () => import('./views/PhaseTitleView.vue'),
    (s) => ({ title: s.title }),
  ),
  break: view(
    () => import('./views/BreakView.vue'),
    (s) => ({ endsAt: s.endsAt }),
  ),
  black: view(
    () => import('./views/BlackView.vue'),
    () => ({}),
  ),
  pause: view(
    () => import('./views/PauseView.vue'),
    (_s, session) => ({ principles: session.principles }),
  ),
}

const views = lazyComponents(
  Object.fromEntries(
    Object.entries(SCREEN_VIEWS).map(([kind, entry]) => [
      kind,
      () => entry.load() as Promise<Component>,
    ]),
  ) as Record<ScreenKind, () => Promise<Component>>,
)

/** Loads the view for `kind` once; a failed load is tried again at the next call. */
export const loadScreenView = (kind: ScreenKind): Promise<Component> => views.load(kind)

/** Every view, for after the first paint: switching screens then never waits for a file. */
export const loadAllScreenViews = (): Promise<Component[]> => views.loadAll()

function viewOf<K extends ScreenKind>(kind: K, screen: ScreenOf<K>, session: Session) {
  const entry: ScreenView<K> = SCREEN_VIEWS[kind]
  const component = views.get(kind)
  return component ? { component, props: entry.props(screen, session) } : null
}

/** The component and props that draw `screen`; null while its view is still loading. */
export const screenView = (screen: ProjectorScreen, session: Session) =>
  viewOf(screen.kind, screen, session)
