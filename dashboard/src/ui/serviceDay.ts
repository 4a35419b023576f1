import { api } from '../api/careloop';
import type { ServiceDay } from '../api/types';
import { date, today } from './format';
import { useLoad } from './useLoad';

// one question per page load: the service's today changes at its midnight, and a form shows the answer it had
let asked: Promise<ServiceDay> | undefined;

function askOnce(): Promise<ServiceDay> {
  asked ??= api.serviceDay().catch((error: unknown) => {
    asked = undefined;
    throw error;
  });
  return asked;
}

/** "Today" as case-service's date rules count it (the hospice's zone), once it has answered. */
export function useServiceDay(): ServiceDay | undefined {
  return useLoad(askOnce, []).data;
}

/** The latest date a date input accepts: the service's today once known, else the browser's. */
export function latestDay(day: ServiceDay | undefined): string {
  return day?.date ?? today();
}

/**
 * What a date input says beside it when the browser's calendar shows another day than the service's: which "today"
 * the rules mean. Nothing when both agree.
 */
export function serviceDayHint(day: ServiceDay | undefined, browserToday = today()): string | undefined {
  if (!day || day.date === browserToday) return undefined;
  return `“Today” is ${date(day.date)} where the hospice works (${day.zone}); your calendar shows ${date(browserToday)}.`;
}
