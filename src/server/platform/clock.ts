/** The one source of "now". Production uses the system clock; tests set or advance it. */
export interface Clock {
  now(): Date;
}

export const systemClock: Clock = { now: () => new Date() };

export class TestClock implements Clock {
  #current: Date;
  constructor(start: Date | string = '2026-11-23T02:00:00Z') {
    this.#current = new Date(start);
  }
  now(): Date {
    return new Date(this.#current);
  }
  set(to: Date | string): void {
    this.#current = new Date(to);
  }
  advanceMinutes(minutes: number): void {
    this.#current = new Date(this.#current.getTime() + minutes * 60_000);
  }
}
