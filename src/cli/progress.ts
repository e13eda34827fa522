/** Progress on stderr, shown only once a run has taken more than a second (quiet for small workbooks). */
import type { Console } from "./main";

const QUIET_MS = 1000;

export class Progress {
  private readonly started: number;
  private current: string | null = null;

  constructor(
    private readonly console: Console,
    private readonly now: () => Date,
  ) {
    this.started = now().getTime();
  }

  step(label: string): void {
    this.flush();
    this.current = label;
  }

  /** Reports the step just finished if the run has become slow. */
  private flush(): void {
    if (this.current === null) return;
    const elapsed = this.now().getTime() - this.started;
    if (elapsed > QUIET_MS) {
      this.console.err(`itsm-scorecard: ${this.current}… done (${(elapsed / 1000).toFixed(1)} s)`);
    }
  }

  done(): void {
    this.flush();
    this.current = null;
  }
}
