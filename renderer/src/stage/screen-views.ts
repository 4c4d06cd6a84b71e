import type { ProjectorScreen } from '@core/session/projector-screen'
import type { Session } from '@core/session/schema'
import type { Component } from 'vue'
import BlackView from './views/BlackView.vue'
import BreakView from './views/BreakView.vue'
import ClosingView from './views/ClosingView.vue'
import HarvestView from './views/HarvestView.vue'
import LineupView from './views/LineupView.vue'
import LookBackView from './views/LookBackView.vue'
import PauseView from './views/PauseView.vue'
import PhaseTitleView from './views/PhaseTitleView.vue'
import PrinciplesOverviewView from './views/PrinciplesOverviewView.vue'
import PrincipleView from './views/PrincipleView.vue'
import RoundNotesView from './views/RoundNotesView.vue'
import SpeakersView from './views/SpeakersView.vue'
import TallyView from './views/TallyView.vue'
import TensionMapView from './views/TensionMapView.vue'
import WelcomeView from './views/WelcomeView.vue'

type ScreenKind = ProjectorScreen['kind']
type ScreenOf<K extends ScreenKind> = Extract<ProjectorScreen, { kind: K }>
type ViewComponent = abstract new (...args: never) => { $props: object }

interface ScreenView<K extends ScreenKind, C extends ViewComponent = ViewComponent> {
  readonly component: C
  readonly props: (screen: ScreenOf<K>, session: Session) => InstanceType<C>['$props']
}

// Ties each view's props to its component, so a renamed prop is a type error here.
const view = <K extends ScreenKind, C extends ViewComponent>(
  component: C,
  props: (screen: ScreenOf<K>, session: Session) => InstanceType<C>['$props'],
): ScreenView<K, C> => ({ component, props })

/**
 * The view for every kind of screen. The mapped type makes the compiler demand one per kind,
 * so a new screen cannot silently fall back to another view.
 */
export const SCREEN_VIEWS: { readonly [K in ScreenKind]: ScreenView<K> } = {
  principle: view(PrincipleView, (s) => ({ principle: s.principle, dilemma: s.dilemma })),
  welcome: view(WelcomeView, ({ kind, ...props }) => props),
  lineup: view(LineupView, (s) => ({
    statement: s.statement,
    leftEnd: s.leftEnd,
    rightEnd: s.rightEnd,
  })),
  principles: view(PrinciplesOverviewView, ({ heading, principles }) => ({ heading, principles })),
  tally: view(TallyView, ({ kind, ...props }) => props),
  speakers: view(SpeakersView, ({ kind, ...props }) => props),
  'round-notes': view(RoundNotesView, ({ kind, ...props }) => props),
  'look-back': view(LookBackView, (s) => ({ from: s.from, items: s.items })),
  harvest: view(HarvestView, (s) => ({ threads: s.threads })),
  'tension-map': view(TensionMapView, (s) => ({ map: s.map })),
  closing: view(ClosingView, (s) => ({ title: s.title, moreInfo: s.moreInfo })),
  'phase-title': view(PhaseTitleView, (s) => ({ title: s.title })),
  break: view(BreakView, (s) => ({ endsAt: s.endsAt })),
  black: view(BlackView, () => ({})),
  pause: view(PauseView, (_s, session) => ({ principles: session.principles })),
}

function viewOf<K extends ScreenKind>(kind: K, screen: ScreenOf<K>, session: Session) {
  const entry: ScreenView<K> = SCREEN_VIEWS[kind]
  return { component: entry.component as Component, props: entry.props(screen, session) }
}

/** The component and props that draw `screen`. */
export const screenView = (screen: ProjectorScreen, session: Session) =>
  viewOf(screen.kind, screen, session)
