// Public API of @leernetwerk/elements: element classes, their events, and the shared pieces a host
// or a custom widget needs. Importing this module registers nothing; import `ln-*.js` files (or
// the CDN bundle) for that.

// Shared building blocks
export { LnElement, type Dir } from './shared/ln-element.js';
export { defineElement } from './shared/define.js';
export { LnEvent } from './shared/events.js';
export {
  LANGS,
  msg,
  messagesReady,
  sdkMessages,
  setMessages,
  onMessagesChange,
  toLang,
  type Lang,
  type Messages,
  type MessageOverrides,
  type MessageShape,
} from './shared/messages.js';
export { tokens } from './shared/tokens.styles.js';
export { LiveRegionController } from './shared/live-region.js';
export { renderErrorSummary, focusErrorSummary, errorSummaryStyles, type FieldError } from './shared/error-summary.js';
export {
  deliver,
  postJson,
  mailtoHref,
  isEmailAddress,
  plainText,
  resolveAction,
  MAILTO_MAX_LENGTH,
  type DeliveryResult,
  type DeliveryFailure,
  type DeliverOptions,
  type PostOptions,
} from './shared/delivery.js';
export { DraftStore, type DraftBackend, type DraftStoreOptions } from './shared/draft-store.js';
export {
  FormFlowController,
  type FormCheck,
  type FormDraftStatus,
  type FormFlowOptions,
  type FormFlowState,
  type FormFlowStatus,
  type FormHostOptions,
  type FormSubmission,
} from './shared/form-flow.js';
export { domainText, type DomainText, type LabelKind } from './shared/domain.js';

// Data: provider, context, controllers and the shared loading/error/notice UI
export {
  LnProvider,
  dataContext,
  DataController,
  DataConsumer,
  renderDataState,
  dataStateStyles,
  loadFromUrl,
  loadDefault,
  prepare,
  DataLoadError,
  DEFAULT_TIMEOUT,
  type DataState,
  type DataStatus,
  type DataError,
  type DataErrorKind,
  type DataNotice,
  type DataControllerOptions,
  type DataConsumerOptions,
  type LoadedData,
  type LoadOptions,
} from './provider/index.js';

// <ln-question-form> and its <ln-step-plan>
export { LnQuestionForm, QUESTION_PARAM, TOPIC_PARAM } from './question-form/question-form.js';
export {
  QuestionFormController,
  DEFAULT_DEBOUNCE,
  DEFAULT_MIN_SCORE,
  type QuestionFormState,
  type QuestionFormOptions,
  type FormStatus,
  type StepPlanMode,
  type DraftStatus,
  type StepPlanState,
} from './question-form/question-form.controller.js';
export {
  LnQuestionSubmitEvent,
  LnQuestionChangeEvent,
  LnStepPlanOpenEvent,
  type QuestionDraft,
  type QuestionSubmitDetail,
} from './question-form/question-form.events.js';
export { readSharedQuestions, type SharedQuestionPool } from './question-form/question-form.questions.js';
export { LnStepPlan } from './step-plan/step-plan.js';
export { stepPlanText } from './step-plan/step-plan.text.js';
export { StepPlanController, STEP_COUNT, type StepPlanControllerOptions, type StepPlanViewState } from './step-plan/step-plan.controller.js';
export { LnStepPlanChangeEvent, type StepPlanChangeDetail } from './step-plan/step-plan.events.js';

// <ln-offering-finder> and the offering card it shares with <ln-offering-form>
export { LnOfferingFinder } from './offering-finder/offering-finder.js';
export {
  OfferingFinderController,
  FINDER_DEBOUNCE,
  type OfferingFinderState,
  type OfferingFinderOptions,
  type ActiveFilter,
} from './offering-finder/offering-finder.controller.js';
export {
  LnSearchChangeEvent,
  LnFilterChangeEvent,
  type SearchChangeDetail,
  type FilterChangeDetail,
} from './offering-finder/offering-finder.events.js';
export { renderOfferingCard, offeringCardStyles, type OfferingCardOptions } from './offering-finder/offering-card.js';

// <ln-agenda-browser> and the <ln-take-part> form it (and the offering finder) puts on items
export { LnAgendaBrowser } from './agenda-browser/agenda-browser.js';
export {
  AgendaBrowserController,
  type AgendaBrowserState,
  type AgendaBrowserOptions,
} from './agenda-browser/agenda-browser.controller.js';
export { LnAgendaToggleEvent, type AgendaToggleDetail } from './agenda-browser/agenda-browser.events.js';
export {
  AGENDA_VIEWS,
  agendaSections,
  type AgendaView,
  type AgendaFilters,
  type AgendaGroup,
  type AgendaSection,
} from './agenda-browser/agenda-model.js';
export { offeringsForAgendaItem, type AgendaOffering } from './agenda-browser/agenda-offerings.js';
export { AGENDA_PARAMS, QUESTION_ABOUT_PARAM } from './agenda-browser/agenda-url.js';
export { LnTakePart } from './take-part/take-part.js';
export {
  TakePartController,
  validateTakePart,
  type TakePartState,
  type TakePartValues,
} from './take-part/take-part.controller.js';
export {
  LnTakePartSubmitEvent,
  type TakePartDetail,
  type TakePartChoice,
  type SubjectType,
} from './take-part/take-part.events.js';

// <ln-gap-map>
export { LnGapMap } from './gap-map/gap-map.js';
export {
  GapMapController,
  moveInGrid,
  type GapMapState,
  type GapMapOptions,
  type GapMapView,
} from './gap-map/gap-map.controller.js';
export {
  gapGrid,
  gapLevel,
  GAP_LEVELS,
  MAP_DIMENSIONS,
  type Grid,
  type GridCell,
  type GapLevel,
  type MapDimension,
} from './gap-map/gap-grid.js';

// <ln-offering-form>
export { LnOfferingForm } from './offering-form/offering-form.js';
export {
  OfferingFormController,
  type OfferingFormState,
  type OfferingFormOptions,
  type OfferingFormStatus,
  type OfferingDraftStatus,
} from './offering-form/offering-form.controller.js';
export { LnOfferingSubmitEvent, type OfferingSubmitDetail } from './offering-form/offering-form.events.js';
export { slugify, type OfferingDraft } from './offering-form/offering-form.draft.js';
